//! The user's named layouts: the title of the one on the board (editable), a list to switch
//! between them, and New, Duplicate and Delete, with an "Undo delete" right after a delete.

use super::context::AppContext;
use crate::app::{AppState, Msg};
use crate::core::edit::Edit;
use crate::core::library::{LibraryEntry, SlotId};
use crate::core::order;
use yew::prelude::*;

/// A plain view function: all its state lives in the app state.
pub fn library_bar(app: &AppContext, state: &AppState) -> Html {
    let dispatch = &app.dispatch;
    let on_title = dispatch.reform(|event: Event| {
        let title = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
        Msg::Edited(Edit::Rename { title })
    });
    let on_switch = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Some(slot) = SlotId::parse(&value) {
                dispatch.emit(Msg::LayoutChosen(slot));
            }
        })
    };
    let send = |msg: Msg| app.on_click(msg);
    // The list always holds the layout on the board, as it is now, even before it is saved.
    let layout = state.layout();
    let current = LibraryEntry { slot: state.slot, title: Some(layout.title().to_string()) };
    let mut shown: Vec<LibraryEntry> =
        state.saved.entries().into_iter().filter(|e| e.slot != state.slot).collect();
    shown.push(current);
    order::sort_by_key(&mut shown, |e| e.slot);
    html! {
        <div class="rl-library" role="group" aria-label="Your layouts">
            <label class="rl-field">
                <span>{"Layout title"}</span>
                <input id={app.id("title")} type="text" maxlength="80" value={layout.title().to_string()}
                    placeholder="Untitled layout" onchange={on_title} data-layout-title="" />
            </label>
            <label class="rl-field">
                <span>{"Switch to"}</span>
                <select id={app.id("layouts")} onchange={on_switch} data-layout-list="">
                    { for shown.iter().map(|entry| html! {
                        <option key={entry.slot.number()} value={entry.slot.to_string()} selected={entry.slot == state.slot}>
                            { entry.label() }
                        </option>
                    }) }
                </select>
            </label>
            <button type="button" class="rl-button" onclick={send(Msg::NewLayoutPressed)}>{"New layout"}</button>
            <button type="button" class="rl-button" onclick={send(Msg::DuplicatePressed)}>{"Duplicate"}</button>
            <button type="button" class="rl-button" onclick={send(Msg::DeletePressed)}>{"Delete layout"}</button>
            if let Some(deleted) = &state.deleted {
                <p class="rl-library-status" role="status">
                    { format!("Deleted \u{201c}{}\u{201d}. ", deleted.label) }
                    <button type="button" class="rl-link" onclick={send(Msg::UndoDeletePressed)}>{"Undo delete"}</button>
                </p>
            }
        </div>
    }
}
