//! Saving to localStorage without ever losing work. Storage can be missing (blocked
//! cookies, sandboxed iframes), full, or hold data we cannot read; each case is a
//! `StorageProblem` value the app shows, never a panic, and the app carries on in memory.
//! Each named layout has a key of its own under the instance's prefix (see `core::library`).

use crate::core::layout::Layout;
use crate::core::library::{LibraryEntry, SlotId};
use crate::core::persist::{decode_saved, encode_saved};
use wasm_bindgen::JsCast;

/// Something about storage the user must know.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageProblem {
    /// No localStorage here: changes last only as long as the page.
    Blocked,
    /// A save failed for lack of space: what is on screen is newer than what is saved.
    Full,
    /// Saved data exists but cannot be read. It is kept as it is, raw text and all.
    Unreadable { raw: String, reason: String },
    /// Another tab saved this layout in a form this build cannot read (a newer version):
    /// saving here would overwrite newer work, so it waits for a reload.
    Stale,
}

impl StorageProblem {
    pub fn message(&self) -> String {
        match self {
            StorageProblem::Blocked => "This browser does not let Role Lanes use storage here, so your changes last only until you close this page. Use a share link or export to keep them.".into(),
            StorageProblem::Full => "Browser storage is full, so your latest changes are on screen but not saved. Free some space (or clear other sites' data); Role Lanes will try again on your next change.".into(),
            StorageProblem::Unreadable { reason, .. } => format!(
                "Your saved layout could not be read: {reason}. It has been left untouched and is not being overwritten; the board shows the seeds' layout instead, and your changes are not saved until you choose what to do with the old data."
            ),
            StorageProblem::Stale => "Another tab saved this layout with a newer version of Role Lanes. Reload this page to see it; until then your changes here are not saved, so they cannot overwrite it.".into(),
        }
    }

    /// Whether saving must wait: writing now would overwrite something the user has not seen.
    pub fn holds_saving(&self) -> bool {
        !matches!(self, StorageProblem::Full)
    }
}

/// One app instance's layouts in localStorage, namespaced so several embeds never collide.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    prefix: String,
    storage: Option<web_sys::Storage>,
}

impl Store {
    /// Opens the store for a namespace; `Blocked` when the browser refuses storage.
    pub fn open(namespace: &str) -> (Store, Option<StorageProblem>) {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        let problem = storage.is_none().then_some(StorageProblem::Blocked);
        (Store { prefix: format!("role-lanes/{namespace}/"), storage }, problem)
    }

    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    /// The slot a storage key (from a `storage` event) belongs to, if it is one of ours.
    pub fn slot_of_key(&self, key: &str) -> Option<SlotId> {
        SlotId::from_key(key, &self.prefix)
    }

    /// The slots that hold a saved layout, in order. Only keys are read, nothing decoded.
    pub fn slots(&self) -> Vec<SlotId> {
        let Some(storage) = &self.storage else { return Vec::new() };
        let count = storage.length().unwrap_or(0);
        let mut slots: Vec<SlotId> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter_map(|key| self.slot_of_key(&key))
            .collect();
        slots.sort_unstable();
        slots
    }

    /// Every saved layout, in slot order, with its title (none when unreadable).
    pub fn entries(&self) -> Vec<LibraryEntry> {
        self.slots()
            .into_iter()
            .map(|slot| LibraryEntry {
                slot,
                title: self.load(slot).ok().flatten().map(|layout| layout.title().to_string()),
            })
            .collect()
    }

    /// The slot this instance last worked on, so a reload opens it again.
    pub fn active_slot(&self) -> SlotId {
        let remembered = self.read(&self.active_key()).and_then(|text| SlotId::parse(&text));
        let slots = self.slots();
        match remembered {
            Some(slot) if slots.contains(&slot) => slot,
            _ => slots.first().copied().unwrap_or(SlotId::FIRST),
        }
    }

    pub fn set_active_slot(&self, slot: SlotId) {
        let (Some(storage), key, value) = (&self.storage, self.active_key(), slot.to_string()) else {
            return;
        };
        if self.read(&key).as_deref() != Some(value.as_str()) {
            let _ = storage.set_item(&key, &value);
        }
    }

    /// The layout saved in `slot`, `Ok(None)` when nothing was saved there yet.
    pub fn load(&self, slot: SlotId) -> Result<Option<Layout>, StorageProblem> {
        let Some(storage) = &self.storage else { return Ok(None) };
        match storage.get_item(&slot.key(&self.prefix)) {
            Ok(None) => Ok(None),
            Ok(Some(raw)) => decode_saved(&raw)
                .map(Some)
                .map_err(|err| StorageProblem::Unreadable { raw, reason: err.to_string() }),
            Err(_) => Err(StorageProblem::Blocked),
        }
    }

    pub fn save(&self, slot: SlotId, layout: &Layout) -> Result<(), StorageProblem> {
        self.write(slot, &encode_saved(layout))
    }

    /// The saved text of `slot` exactly as stored (to undo a delete byte for byte).
    pub fn raw(&self, slot: SlotId) -> Option<String> {
        self.read(&slot.key(&self.prefix))
    }

    /// Puts saved text back as it was.
    pub fn write(&self, slot: SlotId, raw: &str) -> Result<(), StorageProblem> {
        let Some(storage) = &self.storage else { return Err(StorageProblem::Blocked) };
        storage.set_item(&slot.key(&self.prefix), raw).map_err(|err| {
            let name = err.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
            if name == "QuotaExceededError" {
                StorageProblem::Full
            } else {
                StorageProblem::Blocked
            }
        })
    }

    pub fn remove(&self, slot: SlotId) {
        if let Some(storage) = &self.storage {
            let _ = storage.remove_item(&slot.key(&self.prefix));
        }
    }

    fn read(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    fn active_key(&self) -> String {
        format!("{}active", self.prefix)
    }
}
