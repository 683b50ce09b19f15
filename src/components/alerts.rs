//! Problems the user must know about, in `role="alert"`: storage blocked or full, or saved
//! data that could not be read (offered for download before anything replaces it).

use crate::shell::dom::text_data_url;
use crate::shell::storage::StorageProblem;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct AlertsProps {
    pub problem: Option<StorageProblem>,
    /// The user chose to discard unreadable data and save the board over it.
    pub on_replace: Callback<()>,
}

/// A plain view function rather than a component: it has no state of its own and redraws
/// with its parent anyway, so a component's lifecycle would only add WebAssembly.
pub fn alerts(props: &AlertsProps) -> Html {
    let Some(problem) = &props.problem else { return html! {} };
    let actions = match problem {
        StorageProblem::Unreadable { raw, .. } => {
            let on_replace = props.on_replace.reform(|_: MouseEvent| ());
            html! {
                <div class="rl-alert-actions">
                    <a class="rl-button" href={text_data_url(raw)} download="role-lanes-unreadable-layout.json">
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
pub fn notice_alert(notice: &Option<String>, on_dismiss: &Callback<Option<String>>) -> Html {
    let Some(text) = notice else { return html! {} };
    html! {
        <div class="rl-alert" role="alert" data-notice="">
            <p class="rl-alert-text">{ text.clone() }</p>
            <div class="rl-alert-actions">
                <button type="button" class="rl-button" onclick={on_dismiss.reform(|_: MouseEvent| None)}>{"Dismiss"}</button>
            </div>
        </div>
    }
}
