//! One warning: what, why (in the seeds' words), what helps, and the actions: show its
//! cards on the board, or acknowledge it with a note (it then stays listed, folded).

use super::state::Action;
use crate::core::edit::Edit;
use crate::core::rules::{parse_note, Warning, MAX_NOTE_CHARS};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WarningItemProps {
    pub warning: Rc<Warning>,
    /// The acknowledgement note, when acknowledged.
    pub note: Option<AttrValue>,
    /// Names of the first activities it concerns, in order (the rest are counted).
    pub names: Vec<String>,
    pub selected: bool,
    pub read_only: bool,
    pub dispatch: Callback<Action>,
}

/// Who a warning is about: its activities (the first few, then a count), or its lanes.
fn concerns(names: &[String], warning: &Warning) -> String {
    if names.is_empty() {
        return warning.lanes.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ");
    }
    let listed = names.join(", ");
    match warning.activities.len().saturating_sub(names.len()) {
        0 => listed,
        more => format!("{listed} and {more} more"),
    }
}

#[component]
pub fn WarningItem(props: &WarningItemProps) -> Html {
    let writing = use_state(|| false);
    let expanded = use_state(|| false);
    let error = use_state(|| None::<String>);
    let note_ref = use_node_ref();
    let warning = &props.warning;
    let id = warning.id.clone();

    let select = {
        let (dispatch, id, selected) = (props.dispatch.clone(), id.clone(), props.selected);
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::SelectWarning((!selected).then(|| id.clone()))))
    };
    let save = {
        let (dispatch, id, note_ref, writing, error) = (props.dispatch.clone(), id.clone(), note_ref.clone(), writing.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let raw = note_ref.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            match parse_note(&raw) {
                Ok(note) => {
                    dispatch.emit(Action::Edit(Edit::Acknowledge { warning: id.clone(), note }));
                    writing.set(false);
                    error.set(None);
                }
                Err(err) => error.set(Some(err.to_string())),
            }
        })
    };
    let reopen = {
        let (dispatch, id) = (props.dispatch.clone(), id.clone());
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Edit(Edit::Unacknowledge { warning: id.clone() })))
    };
    let flip = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_: MouseEvent| flag.set(!*flag))
    };

    let acknowledged = props.note.is_some();
    let folded = acknowledged && !*expanded;
    let severity = warning.severity.slug();
    let classes = classes!(
        "rl-warning",
        format!("rl-warning--{severity}"),
        acknowledged.then_some("rl-warning--acknowledged"),
        props.selected.then_some("rl-warning--selected"),
    );
    let activities = warning.activities.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(" ");
    let concerns = concerns(&props.names, warning);
    html! {
        <li class="rl-warning-slot">
            <article class={classes} data-warning={warning.kind.slug()} data-activities={activities}
                data-severity={severity} aria-label={format!("{} warning: {}", warning.severity.label(), warning.title)}>
                <header class="rl-warning-head">
                    <span class="rl-kind">{ warning.kind.label() }</span>
                    <h4 class="rl-warning-title">{ warning.title.clone() }</h4>
                </header>
                if let Some(note) = &props.note {
                    <p class="rl-ack-note">
                        <strong>{"Acknowledged"}</strong>
                        { if note.is_empty() { String::new() } else { format!(": {note}") } }
                    </p>
                }
                if !folded {
                    <p class="rl-warning-concerns">{ concerns }</p>
                    <p class="rl-warning-why">{ warning.explanation.clone() }</p>
                    if !warning.mitigations.is_empty() {
                        <details class="rl-mitigations">
                            <summary>{ format!("What helps ({})", warning.mitigations.len()) }</summary>
                            <ul>
                                { for warning.mitigations.iter().map(|m| html! {
                                    <li key={m.slug()}><strong>{ m.title() }</strong>{ ". " }{ m.advice() }</li>
                                }) }
                            </ul>
                        </details>
                    }
                }
                <div class="rl-warning-actions">
                    if !warning.activities.is_empty() {
                        <button type="button" class="rl-button rl-button--small" aria-pressed={props.selected.to_string()} onclick={select}>
                            { if props.selected { "Hide on board" } else { "Show on board" } }
                        </button>
                    }
                    if acknowledged {
                        <button type="button" class="rl-button rl-button--small" aria-expanded={expanded.to_string()} onclick={flip(&expanded)}>
                            { if *expanded { "Fold" } else { "Details" } }
                        </button>
                        if !props.read_only {
                            <button type="button" class="rl-button rl-button--small" onclick={reopen}>{"Reopen"}</button>
                        }
                    } else if !props.read_only && !*writing {
                        <button type="button" class="rl-button rl-button--small" onclick={flip(&writing)}>{"Acknowledge…"}</button>
                    }
                </div>
                if *writing && !acknowledged {
                    <form class="rl-ack-form" onsubmit={save} aria-label={format!("Acknowledge: {}", warning.title)}>
                        <label class="rl-field">
                            <span>{"Note (optional): why this is fine for you"}</span>
                            <textarea ref={note_ref} rows="2" maxlength={(MAX_NOTE_CHARS * 4).to_string()} />
                        </label>
                        <div class="rl-form-actions">
                            <button type="submit" class="rl-button rl-button--primary rl-button--small">{"Acknowledge"}</button>
                            <button type="button" class="rl-button rl-button--small" onclick={flip(&writing)}>{"Cancel"}</button>
                        </div>
                        <p class="rl-error" aria-live="assertive">{ error.as_deref().unwrap_or_default() }</p>
                    </form>
                }
            </article>
        </li>
    }
}
