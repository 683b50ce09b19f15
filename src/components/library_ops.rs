//! What the named-layouts controls do: open, create, duplicate, delete and undo a delete.
//! Each writes to storage first and then tells the reducer which layout is on the board,
//! so the list and the board never disagree; a deleted layout's saved text is kept, byte
//! for byte, until the user undoes the delete or leaves.

use super::state::Action;
use crate::core::edit::Edit;
use crate::core::layout::Layout;
use crate::core::library::{copy_title, LibraryEntry, SlotId};
use crate::shell::storage::{StorageProblem, Store};
use yew::prelude::*;

/// A layout just deleted, kept so "Undo delete" can put it back exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedLayout {
    pub slot: SlotId,
    pub raw: String,
    pub label: String,
}

#[derive(Clone, PartialEq)]
pub struct LibraryOps {
    pub store: Store,
    pub dispatch: Callback<Action>,
    pub problem: UseStateHandle<Option<StorageProblem>>,
    pub deleted: UseStateHandle<Option<DeletedLayout>>,
    pub changed: Callback<()>,
}

impl LibraryOps {
    /// Puts a saved layout on the board. One that cannot be read shows as the seeds'
    /// layout with the usual unreadable-data alert, and is not overwritten.
    pub fn open(&self, slot: SlotId) {
        let (layout, problem) = match self.store.load(slot) {
            Ok(saved) => (saved.unwrap_or_else(Layout::seeds_default), None),
            Err(problem) => (Layout::seeds_default(), Some(problem)),
        };
        self.problem.set(problem);
        self.dispatch.emit(Action::Open { slot, layout });
    }

    /// A slot no saved layout uses, read from storage now (another tab may have added one)
    /// and never the one on the board, which may not be saved yet.
    fn unused_slot(&self, current: SlotId) -> SlotId {
        SlotId::unused(self.store.slots().into_iter().chain([current]))
    }

    /// Saves `layout` as a new entry in the list and opens it.
    pub fn add(&self, current: SlotId, layout: Layout) {
        let slot = self.unused_slot(current);
        let saved = self.store.save(slot, &layout);
        self.problem.set(saved.err());
        self.dispatch.emit(Action::Open { slot, layout });
        self.changed.emit(());
    }

    /// A fresh layout with the seeds' placements, titled so it stands out in the list.
    pub fn create(&self, current: SlotId) {
        let slot = self.unused_slot(current);
        let fresh = Layout::seeds_default();
        let titled = fresh.apply(&Edit::Rename { title: format!("Layout {slot}") }).unwrap_or(fresh);
        self.add(current, titled);
    }

    pub fn duplicate(&self, current: SlotId, layout: &Layout) {
        let copy = layout
            .apply(&Edit::Rename { title: copy_title(layout.title()) })
            .unwrap_or_else(|_| layout.clone());
        self.add(current, copy);
    }

    /// Deletes the layout on the board and opens the next one (a fresh one if it was the
    /// last). Its saved text waits in `deleted` for an undo.
    pub fn delete(&self, slot: SlotId, current: &Layout) {
        let raw = self.store.raw(slot).unwrap_or_else(|| crate::core::persist::encode_saved(current));
        // Its saved title; the board's when it was never saved; none when unreadable.
        let title = match self.store.load(slot) {
            Ok(saved) => Some(saved.as_ref().unwrap_or(current).title().to_string()),
            Err(_) => None,
        };
        let label = LibraryEntry { slot, title }.label();
        self.store.remove(slot);
        self.deleted.set(Some(DeletedLayout { slot, raw, label }));
        match self.store.slots().first() {
            Some(&next) => self.open(next),
            None => self.create(slot),
        }
        self.changed.emit(());
    }

    /// Puts the deleted layout back, in its old slot unless a newer layout took that number.
    pub fn undo_delete(&self) {
        let Some(deleted) = (*self.deleted).clone() else { return };
        let slot = if self.store.raw(deleted.slot).is_some() {
            self.unused_slot(deleted.slot)
        } else {
            deleted.slot
        };
        match self.store.write(slot, &deleted.raw) {
            Ok(()) => {
                self.deleted.set(None);
                self.open(slot);
            }
            Err(problem) => self.problem.set(Some(problem)),
        }
        self.changed.emit(());
    }
}
