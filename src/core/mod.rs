//! The pure core: domain types, the activity catalog, edits, undo history, the keyboard
//! move model, the layout codec and saved-data format, and the rule engine that derives
//! warnings. Nothing here imports yew, web_sys, gloo or wasm_bindgen, so all of it runs and
//! is tested natively.

pub mod activity;
pub mod announce;
pub mod catalog;
pub mod codec;
pub mod drop;
pub mod edit;
pub mod exchange;
pub mod health;
pub mod history;
pub mod lane;
pub mod layout;
pub mod library;
pub mod lift;
pub mod name;
pub mod order;
pub mod persist;
pub mod rules;

#[cfg(test)]
pub(crate) mod tests;
