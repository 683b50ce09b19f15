//! A lane's header: code, role name, one-line summary, activity count and headcount.

use super::context::AppContext;
use crate::app::Msg;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::MAX_HEADCOUNT;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A plain view function (see `board`). The heading, summary and count are HTML text
/// (fixed words, numbers and ids made of lane slugs: nothing the user typed), which costs
/// less WebAssembly than `html!` elements. The headcount field stays an element, so that a
/// redraw never replaces it under the user's cursor.
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
    let count = count.to_string();
    let mut text = String::new();
    let mut push = |parts: &[&str]| parts.iter().for_each(|part| text.push_str(part));
    push(&[
        r#"<h2 class="rl-lane-title" id=""#,
        &heading_id,
        r#""><span class="rl-lane-code">"#,
        lane.code(),
        "</span>",
    ]);
    if lane.is_role() {
        push(&[
            r#"<span class="rl-sr-only"> · </span><span class="rl-lane-name">"#,
            lane.full_name(),
            "</span>",
        ]);
    }
    push(&[r#"</h2><p class="rl-lane-summary">"#, lane.summary(), "</p>"]);
    let count = format!(r#"<span class="rl-count" data-count="{count}">{count} {noun}</span>"#);
    let headcount_id = format!("{heading_id}-headcount");
    html! {
        <header class="rl-lane-header">
            { Html::from_html_unchecked(text.into()) }
            <div class="rl-lane-meta">
                { Html::from_html_unchecked(count.into()) }
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
