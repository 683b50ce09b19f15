//! Board-wide actions: undo, redo, add an activity, reset to the seeds' layout (confirmed).

use super::activity_form::{ActivityForm, FormPurpose};
use super::context::AppContext;
use crate::app::Msg;
use crate::core::edit::Edit;
use yew::prelude::*;

/// The toolbar's hooks, kept by the app (`App`): a reset waiting for its confirmation, and
/// the add-activity form open.
pub struct ToolbarHandles {
    pub confirming: UseStateHandle<bool>,
    pub adding: UseStateHandle<bool>,
}

/// A plain view function (see `board`): a component's lifecycle code would cost
/// WebAssembly on every page for two flags.
pub fn toolbar(app: &AppContext, can_undo: bool, can_redo: bool, handles: &ToolbarHandles) -> Html {
    let ToolbarHandles { confirming, adding } = handles;
    let send = |msg: Msg| app.on_click(msg);
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_: MouseEvent| flag.set(!*flag))
    };
    let reset = {
        let (dispatch, confirming) = (app.dispatch.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            dispatch.emit(Msg::Edited(Edit::Reset));
        })
    };
    let close_adding = {
        let adding = adding.clone();
        Callback::from(move |_| adding.set(false))
    };
    html! {
        <div class="rl-toolbar-wrap">
            <div class="rl-toolbar" role="toolbar" aria-label="Board actions">
                <button type="button" class="rl-button" onclick={send(Msg::UndoPressed)} disabled={!can_undo}
                    aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">{"Undo"}</button>
                <button type="button" class="rl-button" onclick={send(Msg::RedoPressed)} disabled={!can_redo}
                    aria-keyshortcuts="Control+Shift+Z Control+Y" title="Redo (Ctrl+Shift+Z)">{"Redo"}</button>
                <button type="button" class="rl-button rl-button--primary" aria-expanded={(**adding).to_string()}
                    onclick={toggle(adding)}>{"Add activity"}</button>
                if **confirming {
                    <span class="rl-confirm" role="group" aria-label="Confirm reset">
                        <span>{"Reset to the seeds' layout?"}</span>
                        <button type="button" class="rl-button rl-button--danger" onclick={reset}>{"Reset board"}</button>
                        <button type="button" class="rl-button" onclick={toggle(confirming)}>{"Cancel"}</button>
                    </span>
                } else {
                    <button type="button" class="rl-button" onclick={toggle(confirming)}>{"Reset…"}</button>
                }
            </div>
            if **adding {
                <ActivityForm app={app.clone()} purpose={FormPurpose::Add} on_close={close_adding} />
            }
        </div>
    }
}
