//! Role Lanes: design product-management roles by placing activities in PM, PDM and PMM
//! lanes. `core` is the pure domain; `shell` talks to the browser; `components` draw it.

pub mod app;
pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod shell;

#[cfg(target_arch = "wasm32")]
pub use components::app::{App, AppProps};
