//! Problems the user must know about, in `role="alert"`: storage blocked or full, saved data
//! that could not be read (offered for download before anything replaces it), and links or
//! files that could not be opened.

use super::context::AppContext;
use crate::app::{Msg, StorageProblem};
use crate::shell::dom::text_data_url;
use yew::prelude::*;

/// A plain view function rather than a component: it has no state of its own and redraws
/// with its parent anyway, so a component's lifecycle would only add WebAssembly.
pub fn alerts(app: &AppContext, problem: Option<&StorageProblem>) -> Html {
    let Some(problem) = problem else { return html! {} };
    let actions = match problem {
        StorageProblem::Unreadable { raw, .. } if !app.read_only => {
            let on_replace = app.on_click(Msg::UnreadableDiscarded);
            html! {
                <div class="rl-alert-actions">
                    <a class="rl-button" href={text_data_url("application/json", raw)} download="role-lanes-unreadable-layout.json">
                        {"Download the unreadable data"}
                    </a>
                    <button type="button" class="rl-button rl-button--danger" onclick={on_replace}>
                        {"Discard it and save this board instead"}
                    </button>
                </div>
            }
        }
        _ => html! {},
    };
    html! {
        <div class="rl-alert" role="alert" data-storage-problem="">
            <p class="rl-alert-text">{ problem.message() }</p>
            { actions }
        </div>
    }
}

/// A link or a file that could not be opened: said in `role="alert"` until dismissed.
pub fn notice_alert(app: &AppContext, notice: Option<&str>) -> Html {
    let Some(text) = notice else { return html! {} };
    html! {
        <div class="rl-alert" role="alert" data-notice="">
            <p class="rl-alert-text">{ text.to_string() }</p>
            <div class="rl-alert-actions">
                <button type="button" class="rl-button" onclick={app.on_click(Msg::NoticeDismissed)}>{"Dismiss"}</button>
            </div>
        </div>
    }
}
