//! A card's warning badge: how many open warnings name the card and how severe the worst is.
//! Hover shows the titles; the button's name reads them to a screen reader; pressing it
//! lists them, each one able to select its warning (highlighting every card it names). The
//! list is drawn only while it is open: most badges are never opened, and a board of closed
//! badges is a lighter first render.

use super::context::AppContext;
use crate::app::view::CardWarning;
use crate::app::Msg;
use yew::prelude::*;

/// A native disclosure (`details`/`summary`): keyboard and screen-reader support come with
/// the element. `open` is the card's record of the element's own state, which `on_toggle`
/// (the element's `toggle` event) keeps up to date.
pub fn warning_badge(
    app: &AppContext,
    warnings: &[CardWarning],
    name: &AttrValue,
    open: bool,
    on_toggle: Callback<Event>,
) -> Html {
    let worst = warnings.iter().map(|w| w.severity).min().map(|s| s.slug()).unwrap_or_default();
    let titles = warnings.iter().map(|w| &*w.title).collect::<Vec<_>>().join("; ");
    let count = warnings.len();
    let noun = if count == 1 { "warning" } else { "warnings" };
    html! {
        <details class="rl-badge-wrap" open={open} ontoggle={on_toggle}>
            <summary class={classes!("rl-badge", format!("rl-badge--{worst}"))}
                aria-label={format!("{count} {noun} on {}: {titles}", name)} title={titles.clone()}>
                <span aria-hidden="true">{ format!("⚠ {count}") }</span>
            </summary>
            if open {
            <ul class="rl-badge-list" role="list">
                { for warnings.iter().map(|w| {
                    let select = {
                        let (dispatch, id) = (app.dispatch.clone(), w.id.clone());
                        Callback::from(move |_: MouseEvent| dispatch.emit(Msg::WarningSelected(Some(id.clone()))))
                    };
                    html! {
                        <li key={w.id.as_str()}>
                            <span class={classes!("rl-sev", format!("rl-sev--{}", w.severity.slug()))}>{ w.severity.label() }</span>
                            { " " }{ w.title.to_string() }{ " " }
                            <button type="button" class="rl-link" onclick={select}>{"Show all its cards"}</button>
                        </li>
                    }
                }) }
            </ul>
            }
        </details>
    }
}

/// Keeps `flag` equal to whether the `details` element that fired `toggle` is open: the
/// badges and a warning's disclosures draw their contents only while open.
pub fn follow_toggle(flag: &UseStateHandle<bool>) -> Callback<Event> {
    let flag = flag.clone();
    Callback::from(move |event: Event| flag.set(toggled_open(&event)))
}

/// Whether the `details` element that fired `toggle` is now open.
pub fn toggled_open(event: &Event) -> bool {
    event.target_dyn_into::<web_sys::Element>().is_some_and(|details| details.has_attribute("open"))
}
