//! A card's warning badge: how many open warnings name the card and how severe the worst is.
//! Hover shows the titles; the button's name reads them to a screen reader; pressing it
//! lists them, each one able to select its warning (highlighting every card it names). The
//! list is drawn only while it is open: most badges are never opened, and a board of closed
//! badges is a lighter first render.

use super::context::AppContext;
use crate::app::view::CardWarning;
use crate::app::Msg;
use yew::prelude::*;

/// A disclosure button (`aria-expanded`) and, while open, the list after it. One element
/// when closed: a native `details` would add a shadow tree and two more elements to every
/// card with warnings, which the browser restyles and lays out on every move.
pub fn warning_badge(
    app: &AppContext,
    warnings: &[CardWarning],
    name: &AttrValue,
    open: bool,
    on_press: Callback<MouseEvent>,
) -> Html {
    let worst = warnings.iter().map(|w| w.severity).min().map(|s| s.slug()).unwrap_or_default();
    let titles = warnings.iter().map(|w| &*w.title).collect::<Vec<_>>().join("; ");
    let count = warnings.len();
    let noun = if count == 1 { "warning" } else { "warnings" };
    html! {
        <>
            <button type="button" class="rl-badge" data-severity={worst} aria-expanded={open.to_string()}
                aria-label={format!("{count} {noun} on {}: {titles}", name)} title={titles.clone()} onclick={on_press}>
                { format!("⚠ {count}") }
            </button>
            if open {
            <ul class="rl-badge-list" role="list">
                { for warnings.iter().map(|w| {
                    let select = app.on_click(Msg::WarningSelected(Some(w.id.clone())));
                    html! {
                        <li key={w.id.as_str()}>
                            <span class="rl-sev" data-severity={w.severity.slug()}>{ w.severity.label() }</span>
                            { " " }{ w.title.to_string() }{ " " }
                            <button type="button" class="rl-link" onclick={select}>{"Show all its cards"}</button>
                        </li>
                    }
                }) }
            </ul>
            }
        </>
    }
}

/// Whether the `details` element that fired `toggle` is now open.
pub fn toggled_open(event: &Event) -> bool {
    event.target_dyn_into::<web_sys::Element>().is_some_and(|details| details.has_attribute("open"))
}
