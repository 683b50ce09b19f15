//! The user's named layouts: switching, New, Duplicate, Delete and "Undo delete", and what
//! other tabs save. Each decides from `SavedLayouts`, the app's copy of what storage holds;
//! the writes themselves are effects, and `persist` saves whatever layout ends up open.

use super::effect::Effect;
use super::problem::StorageProblem;
use super::state::{AppState, DeletedLayout};
use crate::core::edit::Edit;
use crate::core::history::History;
use crate::core::layout::Layout;
use crate::core::library::{copy_title, display_title, LibraryEntry, SlotId};
use crate::core::persist::{decode_saved, encode_saved};

impl AppState {
    /// Puts a saved layout on the board. One that cannot be read shows as the seeds' layout
    /// with the unreadable-data alert, and is not overwritten.
    pub(super) fn open_saved(&mut self, slot: SlotId, effects: &mut Vec<Effect>) {
        let (layout, problem) = match self.saved.load(slot) {
            Ok(found) => (found.unwrap_or_else(Layout::seeds_default), None),
            Err(problem) => (Layout::seeds_default(), Some(problem)),
        };
        self.open(slot, layout, problem, effects);
    }

    fn open(
        &mut self,
        slot: SlotId,
        layout: Layout,
        problem: Option<StorageProblem>,
        effects: &mut Vec<Effect>,
    ) {
        self.say(format!("Opened {}.", display_title(layout.title())), effects);
        self.history = History::new(layout);
        self.slot = slot;
        self.visit = None;
        // A problem belongs to the layout it was found in, except that blocked storage
        // stays blocked whichever layout is open.
        self.problem = if self.storage_available { problem } else { Some(StorageProblem::Blocked) };
        self.clear_view(effects);
    }

    /// Opens `layout` as a new entry in the list; `persist` saves it.
    pub(super) fn add_layout(&mut self, layout: Layout, effects: &mut Vec<Effect>) {
        let slot = self.saved.unused(self.slot);
        self.open(slot, layout, None, effects);
    }

    /// A fresh layout with the seeds' placements, titled so it stands out in the list.
    pub(super) fn create_layout(&mut self, effects: &mut Vec<Effect>) {
        let slot = self.saved.unused(self.slot);
        let fresh = Layout::seeds_default();
        let titled = fresh.apply(&Edit::Rename { title: format!("Layout {slot}") }).unwrap_or(fresh);
        self.add_layout(titled, effects);
    }

    pub(super) fn duplicate_layout(&mut self, effects: &mut Vec<Effect>) {
        let layout = self.layout();
        let rename = Edit::Rename { title: copy_title(layout.title()) };
        let copy = layout.apply(&rename).unwrap_or_else(|_| layout.clone());
        self.add_layout(copy, effects);
    }

    /// Deletes the layout on the board and opens the next one (a fresh one if it was the
    /// last). Its saved text waits in `deleted` for an undo.
    pub(super) fn delete_layout(&mut self, effects: &mut Vec<Effect>) {
        let slot = self.slot;
        let raw = self.saved.raw(slot).unwrap_or_else(|| encode_saved(self.layout()).into());
        // Its saved title; the board's when it was never saved; none when unreadable.
        let title = match self.saved.load(slot) {
            Ok(saved) => Some(saved.as_ref().unwrap_or(self.layout()).title().to_string()),
            Err(_) => None,
        };
        let label = LibraryEntry { slot, title }.label();
        self.saved.forget(slot);
        effects.push(Effect::Remove(slot));
        self.deleted = Some(DeletedLayout { slot, raw, label });
        let next = self.saved.slots().next();
        match next {
            Some(next) => self.open_saved(next, effects),
            None => self.create_layout(effects),
        }
    }

    /// Puts the deleted layout back, in its old slot unless a newer layout took that number.
    pub(super) fn undo_delete(&mut self, effects: &mut Vec<Effect>) {
        let Some(deleted) = self.deleted.take() else { return };
        let slot =
            if self.saved.contains(deleted.slot) { self.saved.unused(deleted.slot) } else { deleted.slot };
        self.saved.record_read(slot, deleted.raw.to_string());
        effects.push(Effect::Write { slot, raw: deleted.raw });
        self.open_saved(slot, effects);
    }

    /// The user chose to replace unreadable saved data with the board.
    pub(super) fn discard_unreadable(&mut self, effects: &mut Vec<Effect>) {
        if matches!(self.problem, Some(StorageProblem::Unreadable { .. })) && self.is_own() {
            self.problem = None;
            self.write_own(effects);
        }
    }

    /// Another tab saved or deleted one of this instance's layouts. A change to the layout on
    /// show is taken over (undoably); one this build cannot read holds saving until a reload.
    pub(super) fn other_tab_saved(&mut self, slot: SlotId, raw: Option<String>, effects: &mut Vec<Effect>) {
        let Some(raw) = raw else {
            self.saved.forget(slot);
            if slot == self.slot {
                self.notice = Some("This layout was deleted in another tab. It is still on screen here, and your next change saves it again.".into());
            }
            return;
        };
        // Decoded once: for the list's title and, when it is the layout on show, for the board.
        let decoded = decode_saved(&raw);
        self.saved.record(slot, raw.into(), decoded.as_ref().ok().map(|layout| layout.title().to_string()));
        if slot != self.slot {
            return;
        }
        match decoded {
            Ok(layout) => match self.visit.as_mut() {
                Some(visit) => {
                    visit.own.push(layout);
                }
                None => {
                    if self.history.push(layout) {
                        self.lift = None;
                        self.say("This layout was changed in another tab; the board shows that change. Undo takes it back.", effects);
                    }
                }
            },
            Err(_) => self.problem = Some(StorageProblem::Stale),
        }
    }
}
