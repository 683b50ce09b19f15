//! The pure core: domain types, the activity catalog, edits, undo history, the keyboard
//! move model, the layout codec and saved-data format, and the rule engine that derives
//! warnings. Nothing here imports yew, web_sys, gloo or wasm_bindgen, so all of it runs and
//! is tested natively.

/// Text only shown when asked for (a catalog description, a practice's advice), as it ships.
/// The board's own WebAssembly leaves it out (about 2.5 KiB of its first load) and asks the
/// file-formats module for it the first time someone opens one (`app::descriptions`);
/// native builds and that module keep it.
#[cfg(any(not(target_arch = "wasm32"), feature = "exchange-module"))]
macro_rules! about {
    ($text:literal) => {
        $text
    };
}
#[cfg(all(target_arch = "wasm32", not(feature = "exchange-module")))]
macro_rules! about {
    ($text:literal) => {
        ""
    };
}

pub mod activity;
pub mod announce;
pub mod catalog;
pub mod codec;
pub mod drop;
pub mod edit;
pub mod exchange;
pub mod groups;
pub mod health;
pub mod history;
pub mod lane;
pub mod layout;
pub mod library;
pub mod lift;
pub mod matrix;
pub mod name;
pub mod order;
pub mod persist;
pub mod rules;

#[cfg(test)]
pub(crate) mod tests;
