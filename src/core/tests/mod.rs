//! Native tests of the core, one file per behaviour family.

#[cfg(not(target_arch = "wasm32"))]
mod allocations;
mod announce;
// Reads the source tree from disk, which only a native test can.
#[cfg(not(target_arch = "wasm32"))]
mod architecture;
pub(crate) mod codec;
pub(crate) mod deflate;
mod edits;
pub(crate) mod exchange;
mod history;
mod keyboard;
mod leads;
mod library;
mod persistence;
mod practices;
mod purity;
mod rules;
#[cfg(not(target_arch = "wasm32"))]
mod strategies;
mod views;

use super::activity::ActivityId;
use super::lane::Lane;
use super::layout::Layout;

fn id(raw: &str) -> ActivityId {
    ActivityId::new(raw)
}

/// Lanes holding an activity, as their codes, for readable assertions.
fn lanes_of(layout: &Layout, raw: &str) -> Vec<Lane> {
    layout.lanes_of(&id(raw))
}
