//! localStorage for one app instance. Storage can be missing (blocked cookies, sandboxed
//! iframes) or full; each failure is a `StorageProblem` value, never a panic. Each named
//! layout has a key of its own under the instance's prefix (see `core::library`). Only text
//! is read and written here: what it means is the app layer's business.

use crate::app::StorageProblem;
use crate::core::library::SlotId;
use crate::core::order;
use wasm_bindgen::JsCast;

/// One app instance's layouts in localStorage, namespaced so several embeds never collide.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    prefix: String,
    storage: Option<web_sys::Storage>,
}

impl Store {
    /// Opens the store for a namespace; `is_available` says whether the browser allows it.
    pub fn open(namespace: &str) -> Store {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        Store { prefix: format!("role-lanes/{namespace}/"), storage }
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
        order::sort(&mut slots);
        slots
    }

    /// Every saved layout's text, in slot order.
    pub fn read_all(&self) -> Vec<(SlotId, String)> {
        self.slots().into_iter().filter_map(|slot| Some((slot, self.raw(slot)?))).collect()
    }

    /// The slot this instance last worked on, as storage remembers it.
    pub fn remembered(&self) -> Option<SlotId> {
        self.read(&self.active_key()).and_then(|text| SlotId::parse(&text))
    }

    pub fn remember(&self, slot: SlotId) {
        if let Some(storage) = &self.storage {
            let _ = storage.set_item(&self.active_key(), &slot.to_string());
        }
    }

    /// How this instance was last shown (`ViewSettings::to_text`).
    pub fn view(&self) -> Option<String> {
        self.read(&self.view_key())
    }

    /// Remembers the view; a preference, so storage that refuses it is not worth an alert.
    pub fn remember_view(&self, text: &str) {
        if let Some(storage) = &self.storage {
            let _ = storage.set_item(&self.view_key(), text);
        }
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

    fn view_key(&self) -> String {
        format!("{}view", self.prefix)
    }

    fn active_key(&self) -> String {
        format!("{}active", self.prefix)
    }
}
