//! The user's named layouts: the title of the one on the board (editable), a list to switch
//! between them, and New, Duplicate and Delete, with an "Undo delete" right after a delete.

use super::library_ops::{DeletedLayout, LibraryOps};
use crate::core::layout::Layout;
use crate::core::library::{LibraryEntry, SlotId};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct LibraryBarProps {
    pub entries: Rc<Vec<LibraryEntry>>,
    pub slot: SlotId,
    /// The layout on the board (Duplicate copies it).
    pub layout: Rc<Layout>,
    pub deleted: Option<DeletedLayout>,
    pub ops: LibraryOps,
    /// Renames the layout on the board (an undoable edit).
    pub on_rename: Callback<String>,
    pub id_prefix: String,
}

/// A plain view function: all its state lives in the app and in storage.
pub fn library_bar(props: &LibraryBarProps) -> Html {
    let title_id = format!("{}-title", props.id_prefix);
    let list_id = format!("{}-layouts", props.id_prefix);
    let on_title = props
        .on_rename
        .reform(|event: Event| event.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    let on_switch = {
        let ops = props.ops.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Some(slot) = SlotId::parse(&value) {
                ops.open(slot);
            }
        })
    };
    let ops = props.ops.clone();
    let on_new = {
        let (ops, slot) = (ops.clone(), props.slot);
        Callback::from(move |_: MouseEvent| ops.create(slot))
    };
    let on_undo = {
        let ops = ops.clone();
        Callback::from(move |_: MouseEvent| ops.undo_delete())
    };
    // The list always holds the layout on the board, as it is now, even before it is saved.
    let current = LibraryEntry { slot: props.slot, title: Some(props.layout.title().to_string()) };
    let mut shown: Vec<LibraryEntry> =
        props.entries.iter().filter(|e| e.slot != props.slot).cloned().collect();
    shown.push(current);
    shown.sort_unstable_by_key(|e| e.slot);
    html! {
        <div class="rl-library" role="group" aria-label="Your layouts">
            <label class="rl-field">
                <span>{"Layout title"}</span>
                <input id={title_id} type="text" maxlength="80" value={props.layout.title().to_string()}
                    placeholder="Untitled layout" onchange={on_title} data-layout-title="" />
            </label>
            <label class="rl-field">
                <span>{"Switch to"}</span>
                <select id={list_id} onchange={on_switch} data-layout-list="">
                    { for shown.iter().map(|entry| html! {
                        <option key={entry.slot.number()} value={entry.slot.to_string()} selected={entry.slot == props.slot}>
                            { entry.label() }
                        </option>
                    }) }
                </select>
            </label>
            <button type="button" class="rl-button" onclick={on_new}>{"New layout"}</button>
            <button type="button" class="rl-button" onclick={action(&ops, props, Op::Duplicate)}>{"Duplicate"}</button>
            <button type="button" class="rl-button" onclick={action(&ops, props, Op::Delete)}>{"Delete layout"}</button>
            if let Some(deleted) = &props.deleted {
                <p class="rl-library-status" role="status">
                    { format!("Deleted \u{201c}{}\u{201d}. ", deleted.label) }
                    <button type="button" class="rl-link" onclick={on_undo}>{"Undo delete"}</button>
                </p>
            }
        </div>
    }
}

enum Op {
    Duplicate,
    Delete,
}

/// Duplicate and Delete act on the layout on the board, read when clicked.
fn action(ops: &LibraryOps, props: &LibraryBarProps, op: Op) -> Callback<MouseEvent> {
    let (ops, slot, layout) = (ops.clone(), props.slot, props.layout.clone());
    Callback::from(move |_| match op {
        Op::Duplicate => ops.duplicate(slot, &layout),
        Op::Delete => ops.delete(slot, &layout),
    })
}
