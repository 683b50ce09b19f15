//! Board-wide actions: undo, redo, add an activity, reset to the seeds' layout (confirmed).

use super::activity_form::{ActivityForm, FormPurpose};
use super::state::Action;
use crate::core::edit::Edit;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let confirming = use_state(|| false);
    let adding = use_state(|| false);
    let send = |action: Action| props.dispatch.reform(move |_: MouseEvent| action.clone());
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_: MouseEvent| flag.set(!*flag))
    };
    let reset = {
        let (dispatch, confirming) = (props.dispatch.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            dispatch.emit(Action::Edit(Edit::Reset));
        })
    };
    let close_adding = {
        let adding = adding.clone();
        Callback::from(move |_| adding.set(false))
    };
    html! {
        <div class="rl-toolbar-wrap">
            <div class="rl-toolbar" role="toolbar" aria-label="Board actions">
                <button type="button" class="rl-button" onclick={send(Action::Undo)} disabled={!props.can_undo}
                    aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">{"Undo"}</button>
                <button type="button" class="rl-button" onclick={send(Action::Redo)} disabled={!props.can_redo}
                    aria-keyshortcuts="Control+Shift+Z Control+Y" title="Redo (Ctrl+Shift+Z)">{"Redo"}</button>
                <button type="button" class="rl-button rl-button--primary" aria-expanded={adding.to_string()}
                    onclick={toggle(&adding)}>{"Add activity"}</button>
                if *confirming {
                    <span class="rl-confirm" role="group" aria-label="Confirm reset">
                        <span>{"Reset to the seeds' layout?"}</span>
                        <button type="button" class="rl-button rl-button--danger" onclick={reset}>{"Reset board"}</button>
                        <button type="button" class="rl-button" onclick={toggle(&confirming)}>{"Cancel"}</button>
                    </span>
                } else {
                    <button type="button" class="rl-button" onclick={toggle(&confirming)}>{"Reset…"}</button>
                }
            </div>
            if *adding {
                <ActivityForm purpose={FormPurpose::Add} dispatch={props.dispatch.clone()} on_close={close_adding} />
            }
        </div>
    }
}
