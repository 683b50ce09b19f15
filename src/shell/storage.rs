//! Saving to localStorage without ever losing work. Storage can be missing (blocked
//! cookies, sandboxed iframes), full, or hold data we cannot read; each case is a
//! `StorageProblem` value the app shows, never a panic, and the app carries on in memory.

use crate::core::layout::Layout;
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
}

impl StorageProblem {
    pub fn message(&self) -> String {
        match self {
            StorageProblem::Blocked => "This browser does not let Role Lanes use storage here, so your changes last only until you close this page. Use a share link or export to keep them.".into(),
            StorageProblem::Full => "Browser storage is full, so your latest changes are on screen but not saved. Free some space (or clear other sites' data); Role Lanes will try again on your next change.".into(),
            StorageProblem::Unreadable { reason, .. } => format!(
                "Your saved layout could not be read: {reason}. It has been left untouched and is not being overwritten; the board shows the seeds' layout instead, and your changes are not saved until you choose what to do with the old data."
            ),
        }
    }
}

/// One app instance's slot in localStorage, namespaced so several embeds never collide.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    key: String,
    storage: Option<web_sys::Storage>,
}

impl Store {
    /// Opens the store for a namespace; `Blocked` when the browser refuses storage.
    pub fn open(namespace: &str) -> (Store, Option<StorageProblem>) {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        let problem = storage.is_none().then_some(StorageProblem::Blocked);
        (Store { key: format!("role-lanes/{namespace}/layout"), storage }, problem)
    }

    /// The saved layout, `Ok(None)` when nothing was saved yet.
    pub fn load(&self) -> Result<Option<Layout>, StorageProblem> {
        let Some(storage) = &self.storage else { return Ok(None) };
        match storage.get_item(&self.key) {
            Ok(None) => Ok(None),
            Ok(Some(raw)) => decode_saved(&raw)
                .map(Some)
                .map_err(|err| StorageProblem::Unreadable { raw, reason: err.to_string() }),
            Err(_) => Err(StorageProblem::Blocked),
        }
    }

    pub fn save(&self, layout: &Layout) -> Result<(), StorageProblem> {
        let Some(storage) = &self.storage else { return Err(StorageProblem::Blocked) };
        storage.set_item(&self.key, &encode_saved(layout)).map_err(|err| {
            let name = err.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
            if name == "QuotaExceededError" {
                StorageProblem::Full
            } else {
                StorageProblem::Blocked
            }
        })
    }
}
