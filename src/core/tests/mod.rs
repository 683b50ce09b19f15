//! Native tests of the core, one file per behaviour family.

mod edits;
mod history;
mod keyboard;
mod persistence;
mod purity;
mod rules;

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
