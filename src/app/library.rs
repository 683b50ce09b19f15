//! The user's saved layouts as the app knows them: what storage holds under each slot, kept
//! in step by the app's own writes and by the saves other tabs report. Holding the saved text
//! here lets switching, deleting and undoing a delete decide without reading storage, and
//! keeps a deleted layout's text byte for byte for "Undo delete".

use super::problem::StorageProblem;
use crate::core::layout::Layout;
use crate::core::library::{LibraryEntry, SlotId};
use crate::core::persist::decode_saved;
use std::rc::Rc;

/// One slot's saved text and, when it can be read, its title (for the list).
#[derive(Clone, Debug, PartialEq)]
struct SavedText {
    raw: Rc<str>,
    title: Option<String>,
}

/// Every saved layout of this app instance, by slot.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedLayouts {
    /// Sorted by slot, each slot once. A handful of layouts: a sorted list serves as a map
    /// and costs far less wasm than a `BTreeMap`.
    slots: Vec<(SlotId, SavedText)>,
    /// The slot storage remembers as the one last worked on.
    remembered: Option<SlotId>,
}

impl SavedLayouts {
    /// What storage held at start-up: each slot's text and the remembered slot.
    pub fn new(saved: impl IntoIterator<Item = (SlotId, String)>, remembered: Option<SlotId>) -> Self {
        let mut layouts = SavedLayouts { slots: Vec::new(), remembered };
        for (slot, raw) in saved {
            layouts.record_read(slot, raw);
        }
        layouts
    }

    /// The layout to open at start-up: the remembered one if it still exists, else the first.
    pub fn startup_slot(&self) -> SlotId {
        match self.remembered {
            Some(slot) if self.contains(slot) => slot,
            _ => self.slots().next().unwrap_or(SlotId::FIRST),
        }
    }

    pub fn remembered(&self) -> Option<SlotId> {
        self.remembered
    }

    pub fn remember(&mut self, slot: SlotId) {
        self.remembered = Some(slot);
    }

    pub fn slots(&self) -> impl Iterator<Item = SlotId> + '_ {
        self.slots.iter().map(|(slot, _)| *slot)
    }

    pub fn contains(&self, slot: SlotId) -> bool {
        self.find(slot).is_ok()
    }

    /// The saved text of `slot`, exactly as stored.
    pub fn raw(&self, slot: SlotId) -> Option<Rc<str>> {
        self.saved(slot).map(|saved| saved.raw.clone())
    }

    /// The layout saved in `slot`, `Ok(None)` when nothing is saved there.
    pub fn load(&self, slot: SlotId) -> Result<Option<Layout>, StorageProblem> {
        let Some(saved) = self.saved(slot) else { return Ok(None) };
        decode_saved(&saved.raw)
            .map(Some)
            .map_err(|err| StorageProblem::Unreadable { raw: saved.raw.to_string(), reason: err.to_string() })
    }

    /// Every saved layout in slot order, with its title (none when unreadable).
    pub fn entries(&self) -> Vec<LibraryEntry> {
        self.slots
            .iter()
            .map(|(slot, saved)| LibraryEntry { slot: *slot, title: saved.title.clone() })
            .collect()
    }

    /// A slot no saved layout uses and that is not `current` (which may not be saved yet).
    pub fn unused(&self, current: SlotId) -> SlotId {
        SlotId::unused(self.slots().chain([current]))
    }

    /// Text this app just wrote for `layout`.
    pub fn record_written(&mut self, slot: SlotId, raw: Rc<str>, layout: &Layout) {
        self.record(slot, raw, Some(layout.title().to_string()));
    }

    /// Text read from storage (at start-up, or saved by another tab).
    pub fn record_read(&mut self, slot: SlotId, raw: String) {
        let title = decode_saved(&raw).ok().map(|layout| layout.title().to_string());
        self.record(slot, raw.into(), title);
    }

    /// Saved text whose title the caller already knows (`None`: it cannot be read).
    pub fn record(&mut self, slot: SlotId, raw: Rc<str>, title: Option<String>) {
        let saved = SavedText { raw, title };
        match self.find(slot) {
            Ok(at) => self.slots[at].1 = saved,
            Err(at) => self.slots.insert(at, (slot, saved)),
        }
    }

    pub fn forget(&mut self, slot: SlotId) {
        if let Ok(at) = self.find(slot) {
            self.slots.remove(at);
        }
    }

    /// Where `slot` is in the sorted list, or where it would go.
    fn find(&self, slot: SlotId) -> Result<usize, usize> {
        self.slots.binary_search_by(|(at, _)| at.cmp(&slot))
    }

    fn saved(&self, slot: SlotId) -> Option<&SavedText> {
        self.find(slot).ok().map(|at| &self.slots[at].1)
    }
}
