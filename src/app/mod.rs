//! The application layer: everything the app does, without a browser. `AppState` is the whole
//! state (the undo history, the keyboard lift and pointer drag, the shared view, the user's
//! saved layouts, alerts and notices); `update` takes a `Msg` named for what happened and
//! returns the `Effect`s to perform as plain values. The shell performs them (storage, the
//! address bar, focus, the live region, files) and reports back with more messages, so the
//! app's behaviour is tested natively, by driving it like a user.
//!
//! Like the core, nothing here imports yew, web_sys, gloo or wasm_bindgen (a test checks).

pub mod descriptions;
pub mod effect;
pub mod exchange;
pub mod library;
pub mod matrix;
pub mod menu;
pub mod msg;
pub mod problem;
pub mod state;
pub mod update;
pub mod view;

mod board;
mod files;
mod library_update;
mod visit;

#[cfg(test)]
mod tests;

pub use effect::Effect;
pub use msg::Msg;
pub use problem::StorageProblem;
pub use state::{AppState, Startup};
pub use update::update;
