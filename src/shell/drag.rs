//! Pointer dragging for mouse, pen and touch in one code path. A mouse drag starts after
//! a few pixels of movement; a touch drag starts on a long press (or at once on the grip),
//! so a quick swipe over a card still scrolls the page. The controller only reports
//! `DragSignal`s; what a drop means is decided by the core (`core::drop`).

use crate::core::drop::DropTarget;
use crate::core::lane::Lane;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, PointerEvent};
use yew::Callback;

/// What the drag controller tells the app.
#[derive(Clone, Debug, PartialEq)]
pub enum DragSignal {
    Started,
    Over { target: Option<DropTarget>, copy: bool },
    Dropped { target: Option<DropTarget>, copy: bool },
    Cancelled,
}

const MOUSE_SLOP_PX: f64 = 5.0;
const TOUCH_SLOP_PX: f64 = 10.0;
const LONG_PRESS_MS: u32 = 450;
const EDGE_SCROLL_PX: f64 = 48.0;

struct Active {
    pointer_id: i32,
    start: (f64, f64),
    grab_offset: (f64, f64),
    started: bool,
    card: HtmlElement,
    root: Element,
    ghost: Option<HtmlElement>,
    last: Option<(Option<DropTarget>, bool)>,
    on_signal: Callback<DragSignal>,
    _listeners: Vec<EventListener>,
    _long_press: Option<Timeout>,
}

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
}

/// Starts watching a pointer that went down on `card`. `at_once` skips the long press
/// (used for the grip handle, which has `touch-action: none`).
pub fn begin(
    event: &PointerEvent,
    card: HtmlElement,
    root: Element,
    at_once: bool,
    on_signal: Callback<DragSignal>,
) {
    let is_touch = event.pointer_type() != "mouse";
    if (!is_touch && event.button() != 0) || ACTIVE.with(|a| a.borrow().is_some()) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let rect = card.get_bounding_client_rect();
    let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
    let mut listeners = Vec::new();
    // gloo's `EventListener::new` is passive: a `prevent_default` inside it is ignored and
    // logs an error. Every listener here may call it (`on_move`, Escape, touchmove, contextmenu).
    let blocking = EventListenerOptions::enable_prevent_default();
    for name in ["pointermove", "pointerup", "pointercancel"] {
        listeners.push(EventListener::new_with_options(&window, name, blocking, move |event| {
            if let Some(event) = event.dyn_ref::<PointerEvent>() {
                on_pointer(event);
            }
        }));
    }
    listeners.push(EventListener::new_with_options(&window, "keydown", blocking, |event| {
        let escape = event.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|k| k.key() == "Escape");
        if escape && is_started() {
            event.prevent_default();
            finish(Some(DragSignal::Cancelled));
        }
    }));
    // Once a touch drag has started, stop the page from scrolling under the finger.
    for name in ["touchmove", "contextmenu"] {
        listeners.push(EventListener::new_with_options(&window, name, blocking, |event| {
            if is_started() {
                event.prevent_default();
            }
        }));
    }
    let long_press = (is_touch && !at_once).then(|| Timeout::new(LONG_PRESS_MS, start));
    let active = Active {
        pointer_id: event.pointer_id(),
        start: (x, y),
        grab_offset: (x - rect.left(), y - rect.top()),
        started: false,
        card,
        root,
        ghost: None,
        last: None,
        on_signal,
        _listeners: listeners,
        _long_press: long_press,
    };
    ACTIVE.with(|a| *a.borrow_mut() = Some(active));
    if is_touch && at_once {
        start();
    }
}

fn is_started() -> bool {
    ACTIVE.with(|a| a.borrow().as_ref().is_some_and(|active| active.started))
}

fn on_pointer(event: &PointerEvent) {
    let mine =
        ACTIVE.with(|a| a.borrow().as_ref().is_some_and(|active| active.pointer_id == event.pointer_id()));
    if !mine {
        return;
    }
    let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
    let copy = event.ctrl_key() || event.alt_key();
    match event.type_().as_str() {
        "pointermove" => on_move(event, x, y, copy),
        "pointerup" if is_started() => {
            // Drop where the insertion line was last shown: it is what the user aimed at,
            // and hit-testing again here would force a layout of the whole board.
            let target = ACTIVE.with(|a| {
                a.borrow().as_ref().and_then(|active| match active.last {
                    Some((target, _)) => target,
                    None => hit_test(active, x, y),
                })
            });
            finish(Some(DragSignal::Dropped { target, copy }));
        }
        "pointercancel" if is_started() => finish(Some(DragSignal::Cancelled)),
        _ => finish(None),
    }
}

fn on_move(event: &PointerEvent, x: f64, y: f64, copy: bool) {
    let (started, start_at) =
        ACTIVE.with(|a| a.borrow().as_ref().map(|s| (s.started, s.start)).unwrap_or_default());
    if !started {
        let distance = (x - start_at.0).hypot(y - start_at.1);
        if event.pointer_type() == "mouse" {
            if distance > MOUSE_SLOP_PX {
                start();
            }
        } else if distance > TOUCH_SLOP_PX {
            // The finger moved before the long press: it is a scroll, not a drag.
            finish(None);
        }
        if !is_started() {
            return;
        }
    }
    event.prevent_default();
    let signal = ACTIVE.with(|a| {
        let mut guard = a.borrow_mut();
        let active = guard.as_mut()?;
        if let Some(ghost) = &active.ghost {
            let style = ghost.style();
            let _ = style
                .set_property("transform", &translate(x - active.grab_offset.0, y - active.grab_offset.1));
        }
        let now = (hit_test(active, x, y), copy);
        (active.last != Some(now)).then(|| {
            active.last = Some(now);
            (active.on_signal.clone(), DragSignal::Over { target: now.0, copy })
        })
    });
    if let Some((callback, signal)) = signal {
        callback.emit(signal);
    }
    scroll_near_edges(y);
}

/// Lifts the card: shows a ghost under the pointer and tells the app.
fn start() {
    let callback = ACTIVE.with(|a| {
        let mut guard = a.borrow_mut();
        let active = guard.as_mut().filter(|active| !active.started)?;
        active.started = true;
        active.ghost = make_ghost(&active.card, &active.root);
        Some(active.on_signal.clone())
    });
    if let Some(callback) = callback {
        callback.emit(DragSignal::Started);
    }
}

fn make_ghost(card: &HtmlElement, root: &Element) -> Option<HtmlElement> {
    let ghost: HtmlElement = card.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    // The copy must not count as a card: tests and embedders select cards by these.
    ghost.remove_attribute("data-activity").ok()?;
    ghost.remove_attribute("tabindex").ok()?;
    if let Ok(inner) = ghost.query_selector_all("[data-activity], [id], [tabindex]") {
        for i in 0..inner.length() {
            if let Some(el) = inner.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.remove_attribute("data-activity");
                let _ = el.remove_attribute("id");
                let _ = el.remove_attribute("tabindex");
            }
        }
    }
    let rect = card.get_bounding_client_rect();
    ghost.set_attribute("aria-hidden", "true").ok()?;
    ghost.set_class_name("rl-card rl-ghost");
    // Nor show the card's states: the ghost is the card in the hand.
    for state in ["data-lifted", "data-dragged", "data-insert-before", "data-highlighted"] {
        let _ = ghost.remove_attribute(state);
    }
    let style = ghost.style();
    style.set_property("width", &px(rect.width())).ok()?;
    style.set_property("transform", &translate(rect.left(), rect.top())).ok()?;
    root.append_child(&ghost).ok()?;
    Some(ghost)
}

/// Whole pixels: formatting an `f64` would pull float printing into the binary.
fn px(value: f64) -> String {
    format!("{}px", value.round() as i32)
}

fn translate(x: f64, y: f64) -> String {
    format!("translate({}, {})", px(x), px(y))
}

/// The lane under the point and the insertion index among its other cards.
fn hit_test(active: &Active, x: f64, y: f64) -> Option<DropTarget> {
    let document = web_sys::window()?.document()?;
    let mut under = document.element_from_point(x as f32, y as f32)?;
    // In an embedded widget the page sees only the host: look inside its shadow root.
    if let Some(shadow) = under.shadow_root() {
        under = shadow.element_from_point(x as f32, y as f32)?;
    }
    let lane_el = under.closest("[data-lane]").ok()??;
    if !active.root.contains(Some(&lane_el)) {
        return None;
    }
    let lane = Lane::from_slug(&lane_el.get_attribute("data-lane")?)?;
    let cards = lane_el.query_selector_all("[data-activity]").ok()?;
    let card_node: &web_sys::Node = active.card.as_ref();
    let mut index = 0;
    for i in 0..cards.length() {
        let Some(node) = cards.item(i) else { continue };
        if node.is_same_node(Some(card_node)) {
            continue;
        }
        let Ok(card) = node.dyn_into::<Element>() else { continue };
        let rect = card.get_bounding_client_rect();
        if rect.top() + rect.height() / 2.0 < y {
            index += 1;
        }
    }
    Some(DropTarget { lane, index })
}

fn scroll_near_edges(y: f64) {
    let Some(window) = web_sys::window() else { return };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if y < EDGE_SCROLL_PX {
        window.scroll_by_with_x_and_y(0.0, -12.0);
    } else if height > 0.0 && y > height - EDGE_SCROLL_PX {
        window.scroll_by_with_x_and_y(0.0, 12.0);
    }
}

/// Ends the drag: removes the ghost, reports `signal`, and drops the listeners after the
/// current event has finished (a listener must not be freed while it runs).
fn finish(signal: Option<DragSignal>) {
    let Some(active) = ACTIVE.with(|a| a.borrow_mut().take()) else { return };
    if let Some(ghost) = &active.ghost {
        ghost.remove();
    }
    if let Some(signal) = signal {
        active.on_signal.emit(signal);
    }
    Timeout::new(0, move || drop(active)).forget();
}
