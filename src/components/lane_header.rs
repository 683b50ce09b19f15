//! A lane's header: code, role name, one-line summary, activity count and headcount.

use super::state::Action;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::MAX_HEADCOUNT;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct LaneHeaderProps {
    pub lane: Lane,
    pub heading_id: String,
    pub count: usize,
    pub headcount: u8,
    pub read_only: bool,
    pub dispatch: Callback<Action>,
}

/// A plain view function (see `board`); the headcount field is read from its own event.
pub fn lane_header(props: &LaneHeaderProps) -> Html {
    let lane = props.lane;
    let onchange = {
        let (dispatch, current) = (props.dispatch.clone(), props.headcount);
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else { return };
            match input.value().trim().parse::<u8>() {
                Ok(count) if (1..=MAX_HEADCOUNT).contains(&count) => {
                    dispatch.emit(Action::Edit(Edit::SetHeadcount { lane, count }));
                }
                // Out of range: put the last good value back rather than guess.
                _ => input.set_value(&current.to_string()),
            }
        })
    };
    let noun = if props.count == 1 { "activity" } else { "activities" };
    let headcount_id = format!("{}-headcount", props.heading_id);
    html! {
        <header class="rl-lane-header">
            <h2 class="rl-lane-title" id={props.heading_id.clone()}>
                <span class="rl-lane-code">{ lane.code() }</span>
                if lane.is_role() {
                    <span class="rl-sr-only">{" · "}</span>
                    <span class="rl-lane-name">{ lane.full_name() }</span>
                }
            </h2>
            <p class="rl-lane-summary">{ lane.summary() }</p>
            <div class="rl-lane-meta">
                <span class="rl-count" data-count={props.count.to_string()}>{ format!("{} {noun}", props.count) }</span>
                if lane.is_role() {
                    <label class="rl-headcount" for={headcount_id.clone()}>
                        <span>{"People"}</span>
                        <input id={headcount_id} type="number" inputmode="numeric"
                            min="1" max={MAX_HEADCOUNT.to_string()} value={props.headcount.to_string()}
                            disabled={props.read_only} {onchange}
                            aria-label={format!("Headcount of {}", lane.code())} />
                    </label>
                }
            </div>
        </header>
    }
}
