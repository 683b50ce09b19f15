//! A lane's header: code, role name, one-line summary, activity count and headcount.

use super::context::AppContext;
use crate::app::Msg;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::MAX_HEADCOUNT;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A plain view function (see `board`); the headcount field is read from its own event.
pub fn lane_header(
    context: &AppContext,
    lane: Lane,
    heading_id: String,
    count: usize,
    headcount: u8,
) -> Html {
    let onchange = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else { return };
            match input.value().trim().parse::<u8>() {
                Ok(count) if (1..=MAX_HEADCOUNT).contains(&count) => {
                    dispatch.emit(Msg::Edited(Edit::SetHeadcount { lane, count }));
                }
                // Out of range: put the last good value back rather than guess.
                _ => input.set_value(&headcount.to_string()),
            }
        })
    };
    let noun = if count == 1 { "activity" } else { "activities" };
    let headcount_id = format!("{heading_id}-headcount");
    html! {
        <header class="rl-lane-header">
            <h2 class="rl-lane-title" id={heading_id}>
                <span class="rl-lane-code">{ lane.code() }</span>
                if lane.is_role() {
                    <span class="rl-sr-only">{" · "}</span>
                    <span class="rl-lane-name">{ lane.full_name() }</span>
                }
            </h2>
            <p class="rl-lane-summary">{ lane.summary() }</p>
            <div class="rl-lane-meta">
                <span class="rl-count" data-count={count.to_string()}>{ format!("{count} {noun}") }</span>
                if lane.is_role() {
                    <label class="rl-headcount" for={headcount_id.clone()}>
                        <span>{"People"}</span>
                        <input id={headcount_id} type="number" inputmode="numeric"
                            min="1" max={MAX_HEADCOUNT.to_string()} value={headcount.to_string()}
                            disabled={context.read_only} {onchange}
                            aria-label={format!("Headcount of {}", lane.code())} />
                    </label>
                }
            </div>
        </header>
    }
}
