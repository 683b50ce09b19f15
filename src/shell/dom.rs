//! Small DOM helpers the components share: focusing a card after it re-renders, marking
//! the first render for the benchmark, and offering text for download.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// CSS selector for a card in a lane (ids and lane slugs are plain kebab-case).
pub fn card_selector(lane_slug: &str, activity_id: &str) -> String {
    format!("[data-lane=\"{lane_slug}\"] [data-activity=\"{}\"]", activity_id.replace(['"', '\\'], ""))
}

/// Focuses the first element under `root` matching `selector`; when there is none (the
/// card was deleted), focuses `root` itself so keyboard shortcuts keep reaching the app.
/// `scroll` brings it into view (keyboard moves); without it the page stays put.
pub fn focus_within(root: &Element, selector: &str, scroll: bool) {
    let target = root.query_selector(selector).ok().flatten().unwrap_or_else(|| root.clone());
    if let Ok(element) = target.dyn_into::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = element.focus_with_options(&options);
    }
}

/// The focused element as the app under `root` sees it: in an embedded widget, the one
/// inside its shadow root (the page's `activeElement` is then the widget's host).
pub fn active_element(root: &Element) -> Option<Element> {
    match root.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element(),
        Err(_) => web_sys::window()?.document()?.active_element(),
    }
}

/// Whether focus is on `root` or inside it.
pub fn has_focus_within(root: &Element) -> bool {
    active_element(root).is_some_and(|active| root.contains(Some(&active)))
}

/// Blurs the focused card under `root` unless it matches `selector` (the card that is to
/// have focus after the render).
pub fn blur_card_unless(root: &Element, selector: &str) {
    let active = active_element(root);
    let Some(card) = active.filter(|el| el.has_attribute("data-activity") && root.contains(Some(el))) else {
        return;
    };
    if !card.matches(selector).unwrap_or(true) {
        if let Ok(card) = card.dyn_into::<HtmlElement>() {
            let _ = card.blur();
        }
    }
}

/// Focuses `root` if focus fell out of the page (its element was removed by a render).
/// Only asked for when focus was inside the app before (`Driver::perform`), so a board that
/// loads or changes under a visitor never takes focus from the page.
pub fn keep_focus_inside(root: &Element) {
    let lost = active_element(root).is_none_or(|el| el.tag_name() == "BODY");
    if let (true, Ok(root)) = (lost, root.clone().dyn_into::<HtmlElement>()) {
        let _ = root.focus();
    }
}

/// Scrolls the first element under `root` matching `selector` to the middle of the view.
pub fn scroll_into_view(root: &Element, selector: &str) {
    if let Ok(Some(element)) = root.query_selector(selector) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Records when the board first rendered (read by the `bench` command).
pub fn mark_board_rendered() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("role-lanes:board-rendered");
    }
}

/// A `data:` URL holding `text` of type `mime`, for a download link that needs no server
/// and no Blob.
pub fn text_data_url(mime: &str, text: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(text).into();
    format!("data:{mime};charset=utf-8,{encoded}")
}

/// Whether the event started inside a text field, where Ctrl+Z belongs to the field.
pub fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    target.and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|el| match el.tag_name().as_str() {
        // A checkbox has no undo of its own: Ctrl+Z there is the board's.
        "INPUT" => !matches!(el.get_attribute("type").as_deref(), Some("checkbox" | "radio")),
        tag => matches!(tag, "TEXTAREA" | "SELECT"),
    })
}

/// Says `text` in the app's live region. A trailing zero-width space on alternate messages
/// makes screen readers read a repeated sentence again.
pub fn announce(root: &Element, text: &str, mark: bool) {
    if let Ok(Some(region)) = root.query_selector("[data-live-region]") {
        let text = if mark { format!("{text}\u{200b}") } else { text.to_string() };
        region.set_text_content(Some(&text));
    }
}

/// Focuses and selects a text field, so Ctrl+C copies it.
pub fn select_field(root: &Element, selector: &str) {
    let field = root.query_selector(selector).ok().flatten();
    if let Some(input) = field.and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = input.focus();
        input.select();
    }
}

/// Dispatches a bubbling event named `name` from the app's element, for the host page.
pub fn tell_host(root: &Element, name: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    // Out of an embedded widget's shadow root, to its host element and the page.
    init.set_composed(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(name, &init) {
        let _ = root.dispatch_event(&event);
    }
}

/// CSS selector for a matrix cell: a role's column in an activity's row.
pub fn cell_selector(lane_slug: &str, activity_id: &str) -> String {
    format!("[data-row=\"{}\"] [data-cell=\"{lane_slug}\"]", activity_id.replace(['"', '\\'], ""))
}

/// Runs `then` once Yew has drawn what the current event changed: Yew draws in a microtask,
/// and a zero timeout runs after every microtask. (A component's effect hook would do the
/// same, at the cost of its own code in the WebAssembly.)
pub fn after_render(then: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, then).forget();
}
