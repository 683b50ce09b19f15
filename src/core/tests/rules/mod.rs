//! Tests of the rule engine: for each rule a case that fires and a near miss that does not,
//! the seeds' own board, stable ids, acknowledgements, and properties over random layouts.

mod acknowledgements;
mod custom;
mod default_board;
mod handoff;
mod ids;
mod leads;
mod load;
mod mitigated;
mod overlap;
#[cfg(not(target_arch = "wasm32"))]
mod properties;
mod tension;
mod unowned;

use super::id;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::{analyze, Severity, Warning, WarningKind};

/// The seeds' layout after some edits; panics (failing the test) if one is refused.
fn after(edits: &[Edit]) -> Layout {
    edits.iter().fold(Layout::seeds_default(), |layout, edit| layout.apply(edit).expect("edit applies"))
}

/// Move a card to the top of another lane.
fn mv(raw: &str, from: Lane, to: Lane) -> Edit {
    Edit::Move { id: id(raw), from, to, index: 0 }
}

fn share(raw: &str, to: Lane) -> Edit {
    Edit::Share { id: id(raw), to, index: 0 }
}

/// Make a lane the lead of a card, or (`None`) leave it with no lead.
fn lead(raw: &str, lane: Option<Lane>) -> Edit {
    Edit::SetLead { id: id(raw), lane }
}

/// Take a card out of one role lane (into Unassigned when it was its only owner).
fn remove(raw: &str, from: Lane) -> Edit {
    Edit::Remove { id: id(raw), from }
}

/// The warnings of one kind.
fn of_kind(layout: &Layout, kind: WarningKind) -> Vec<Warning> {
    analyze(layout).into_iter().filter(|w| w.kind == kind).collect()
}

/// The warnings of one kind that concern an activity.
fn about(layout: &Layout, kind: WarningKind, raw: &str) -> Vec<Warning> {
    of_kind(layout, kind).into_iter().filter(|w| w.concerns(&id(raw))).collect()
}

/// The one warning with this id prefix (`kind/rule`) that concerns an activity.
fn only(layout: &Layout, rule: &str, raw: &str) -> Warning {
    let found: Vec<Warning> = analyze(layout)
        .into_iter()
        .filter(|w| w.id.as_str().starts_with(rule) && w.concerns(&id(raw)))
        .collect();
    assert_eq!(found.len(), 1, "expected one {rule} warning about {raw}, got {found:#?}");
    found.into_iter().next().unwrap()
}

fn severities(warnings: &[Warning]) -> Vec<Severity> {
    warnings.iter().map(|w| w.severity).collect()
}
