//! One warning: what, why (in the seeds' words), what helps, and the actions: show its
//! cards on the board, or acknowledge it with a note (it then stays listed, folded).

use super::context::AppContext;
use super::warning_badge::toggled_open;
use crate::app::descriptions::Descriptions;
use crate::app::Msg;
use crate::core::edit::Edit;
use crate::core::rules::{Warning, MAX_NOTE_CHARS};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WarningItemProps {
    pub app: AppContext,
    pub warning: Rc<Warning>,
    /// The acknowledgement note, when acknowledged.
    pub note: Option<AttrValue>,
    /// Names of the first activities it concerns, in order (the rest are counted).
    pub names: Vec<String>,
    pub selected: bool,
    /// Where the practices' advice stands (fetched when first opened).
    pub texts: Descriptions,
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

/// A component so that Yew can skip redrawing an unchanged warning: a 1,000-activity board
/// has hundreds. The fold, the advice and the note form are native disclosures
/// (`details`/`summary`); the advice list is drawn only while it is open and the note form
/// from its first opening (their state is the element's own, followed by `toggle`), as a
/// card's badge draws its list: most are never opened, and a warning that appears under a keyboard
/// move's preview is half the elements to create, style and lay out.
#[component]
pub fn WarningItem(props: &WarningItemProps) -> Html {
    let app = &props.app;
    let advice_open = use_state(|| false);
    // `_eq`: resetting them when they are already folded (as on every mount) draws nothing again.
    let form_open = use_state_eq(|| false);
    // Once opened, the note form stays drawn: a note typed, then folded away, is still there.
    let form_drawn = use_state_eq(|| false);
    let warning = &props.warning;
    let id = warning.id.clone();
    let select = app.on_click(Msg::WarningSelected((!props.selected).then(|| id.clone())));
    let save = {
        let (dispatch, id) = (app.dispatch.clone(), id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // The core tidies and checks the note; `maxlength` already keeps it in bounds.
            let note = event
                .target_dyn_into::<Element>()
                .and_then(|form| form.query_selector("textarea").ok().flatten())
                .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
                .map(|area| area.value())
                .unwrap_or_default();
            dispatch.emit(Msg::Edited(Edit::Acknowledge { warning: id.clone(), note }));
        })
    };
    let reopen = app.on_click(Msg::Edited(Edit::Unacknowledge { warning: id.clone() }));

    // Acknowledging (or undoing it) starts the form afresh, folded: the panel keys each
    // item by its warning and whether it is acknowledged, so the item is drawn anew.
    let acknowledged = props.note.is_some();
    let toggle_form = {
        let (form_open, form_drawn) = (form_open.clone(), form_drawn.clone());
        Callback::from(move |event: Event| {
            let open = toggled_open(&event);
            form_open.set(open);
            if open {
                form_drawn.set(true);
            }
        })
    };
    // Opening "What helps" before the advice is at hand fetches it.
    let toggle_advice = {
        let (advice_open, dispatch) = (advice_open.clone(), app.dispatch.clone());
        let fetch = warning.mitigations.iter().any(|&m| props.texts.advice(m).wants_fetch());
        Callback::from(move |event: Event| {
            let open = toggled_open(&event);
            if open && fetch {
                dispatch.emit(Msg::DescriptionsWanted);
            }
            advice_open.set(open);
        })
    };
    let severity = warning.severity.slug();
    let activities = warning.activities.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(" ");
    let body = html! {
        <>
            <p class="rl-warning-concerns">{ concerns(&props.names, warning) }</p>
            <p class="rl-warning-why">{ warning.explanation.clone() }</p>
            if !warning.mitigations.is_empty() {
                <details class="rl-mitigations" open={*advice_open} ontoggle={toggle_advice}>
                    <summary>{ format!("What helps ({})", warning.mitigations.len()) }</summary>
                    if *advice_open {
                        <ul>
                            { for warning.mitigations.iter().map(|m| html! {
                                <li key={m.slug()}><strong>{ m.title() }</strong>{ ". " }{ props.texts.advice(*m).shown("advice") }</li>
                            }) }
                        </ul>
                    }
                </details>
            }
        </>
    };
    html! {
        <li class="rl-warning-slot" key={warning.id.as_str()}>
            <article class="rl-warning" data-warning={warning.kind.slug()} data-activities={activities}
                data-severity={severity} data-mitigated={warning.mitigated.then_some("")}
                data-acknowledged={acknowledged.then_some("")} data-selected={props.selected.then_some("")}
                aria-label={format!("{} warning{}: {}", warning.severity.label(), if warning.mitigated { ", mitigated" } else { "" }, warning.title)}>
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
                if warning.mitigated {
                    <p class="rl-ack-note"><strong>{"Mitigated"}</strong>{": the practices it needs are in place."}</p>
                }
                if acknowledged || warning.mitigated {
                    // Acknowledged and mitigated warnings stay listed, folded: the why is one click away.
                    <details class="rl-fold">
                        <summary class="rl-button rl-button--small">{"Details"}</summary>
                        { body }
                    </details>
                } else {
                    { body }
                }
                <div class="rl-warning-actions">
                    if !warning.activities.is_empty() {
                        <button type="button" class="rl-button rl-button--small" aria-pressed={props.selected.to_string()} onclick={select}>
                            { if props.selected { "Hide on board" } else { "Show on board" } }
                        </button>
                    }
                    if acknowledged && !app.read_only {
                        <button type="button" class="rl-button rl-button--small" onclick={reopen}>{"Reopen"}</button>
                    }
                </div>
                if !acknowledged && !warning.mitigated && !app.read_only {
                    <details class="rl-ack" open={*form_open} ontoggle={toggle_form}>
                        <summary class="rl-button rl-button--small">{"Acknowledge…"}</summary>
                        if *form_open || *form_drawn {
                            <form class="rl-ack-form" onsubmit={save} aria-label={format!("Acknowledge: {}", warning.title)}>
                                <label class="rl-field">
                                    <span>{"Note (optional): why this is fine for you"}</span>
                                    <textarea rows="2" name="note" maxlength={MAX_NOTE_CHARS.to_string()} />
                                </label>
                                <div class="rl-form-actions">
                                    <button type="submit" class="rl-button rl-button--primary rl-button--small">{"Acknowledge"}</button>
                                </div>
                            </form>
                        }
                    </details>
                }
            </article>
        </li>
    }
}
