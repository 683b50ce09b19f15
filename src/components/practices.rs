//! "Practices in place": the guide's seven practices, each ticked when the team already has
//! it. A tension whose suggested practices are all ticked shows as mitigated (the rule engine
//! decides; see `rules::mitigation`), so the board points at the decisions still to make.

use super::context::AppContext;
use crate::app::Msg;
use crate::core::edit::Edit;
use crate::core::layout::Layout;
use crate::core::rules::mitigation::Mitigation;
use yew::prelude::*;

/// A plain view function (see `board`). A read-only board lists the practices in place
/// without boxes to tick.
pub fn practices_panel(app: &AppContext, layout: &Layout) -> Html {
    let heading_id = app.id("practices");
    // Every item keyed, none left empty: a read-only board lists only the practices in place.
    let shown =
        Mitigation::ALL.into_iter().filter(|&practice| !app.read_only || layout.has_practice(practice));
    let items = shown.map(|practice| {
        let in_place = layout.has_practice(practice);
        if app.read_only {
            return html! { <li key={practice.slug()}>{ practice.title() }</li> };
        }
        let onchange = app.dispatch.reform(move |event: Event| {
            let in_place =
                event.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|input| input.checked());
            Msg::Edited(Edit::SetPractice { practice, in_place })
        });
        html! {
            <li key={practice.slug()}>
                <label class="rl-check">
                    <input type="checkbox" checked={in_place} {onchange} data-practice={practice.slug()} />
                    { practice.title() }
                </label>
            </li>
        }
    });
    html! {
        <section class="rl-practices" aria-labelledby={heading_id.clone()}>
            <h2 class="rl-panel-title" id={heading_id}>{"Practices in place"}</h2>
            <p class="rl-quiet">{"Tick what your team already does: the tensions it covers show as mitigated."}</p>
            <ul class="rl-practice-list" role="list">{ for items }</ul>
            if app.read_only && layout.practices().next().is_none() {
                <p class="rl-quiet">{"None recorded."}</p>
            }
        </section>
    }
}
