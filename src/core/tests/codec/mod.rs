//! Tests of the layout codec: the bytes of each field against the documented format, an
//! input for every error, the size caps, share links, and properties over random and
//! damaged inputs.

mod envelope_errors;
mod field_errors;
mod format;
#[cfg(not(target_arch = "wasm32"))]
mod limits;
pub(in crate::core) mod migration;
#[cfg(not(target_arch = "wasm32"))]
mod properties;
#[cfg(not(target_arch = "wasm32"))]
mod share;
#[cfg(not(target_arch = "wasm32"))]
mod share_properties;
pub(in crate::core) mod spec;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod workshop;

use crate::core::layout::{Layout, LayoutData};

/// The seeds' board with some fields changed, checked like any layout.
fn seeds_with(change: impl FnOnce(&mut LayoutData)) -> Layout {
    let mut data = LayoutData::from(Layout::seeds_default());
    change(&mut data);
    Layout::try_from(data).expect("a valid layout")
}
