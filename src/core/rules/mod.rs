//! The rule engine: reads a layout and says, in the seeds' own terms, where the roles will
//! collide and what nobody owns or leads. Pure and deterministic; warnings are derived on
//! every change and never stored (only acknowledgements are, by warning id). The practices
//! a layout has in place mitigate the tensions they cover (`Warning::mitigated`).
//!
//! Each rule lives in its own file and cites the seed passage it comes from; the guide's
//! overlap areas and best practices are data (`areas`, `mitigation`).

pub mod acknowledgement;
mod area_split;
pub mod areas;
mod board;
mod handoff;
mod load;
mod misplaced;
pub mod mitigation;
mod overlap;
mod slots;
mod unowned;
pub mod warning;

pub use acknowledgement::{parse_note, Acknowledgement, MAX_NOTE_CHARS};
pub use mitigation::Mitigation;
pub use warning::{Severity, Warning, WarningId, WarningKind, MAX_WARNING_ID_BYTES};

use crate::core::layout::Layout;
use crate::core::order;
use board::Board;

/// Every warning about a layout, most severe first, then by kind, then by id. Runs in
/// O(n log n) in the number of activities and never panics.
pub fn analyze(layout: &Layout) -> Vec<Warning> {
    let board = Board::new(layout);
    let mut warnings = Vec::new();
    unowned::check(&board, &mut warnings);
    overlap::check(&board, &mut warnings);
    area_split::check(&board, &mut warnings);
    misplaced::check(&board, &mut warnings);
    handoff::check(&board, &mut warnings);
    load::check(&board, &mut warnings);
    // PRODUCT.md, "Practices in place": a tension whose practices are all in place is
    // mitigated. Only tensions: the guide's practices are how to "Navigate Overlaps and
    // Tensions" between two roles that each know their part; an unowned card, shared work
    // nobody leads, an unowned handoff or an empty or overloaded lane is a decision the
    // board still waits for, which no meeting makes by itself.
    for warning in warnings.iter_mut().filter(|w| w.kind == WarningKind::Tension) {
        if !warning.mitigations.is_empty() && warning.mitigations.iter().all(|&m| layout.has_practice(m)) {
            warning.mitigate();
        }
    }
    in_order(warnings)
}

/// Sorts by (severity, kind, id); ids are unique, so the order is total. Grouping by
/// severity and kind first (15 groups, one pass) leaves only short id sorts. Both enums are
/// declared in sort order, so their discriminants number the groups in order.
fn in_order(warnings: Vec<Warning>) -> Vec<Warning> {
    let group = |w: &Warning| w.severity as usize * WarningKind::ALL.len() + w.kind as usize;
    let mut groups: Vec<Vec<Warning>> =
        (0..Severity::ALL.len() * WarningKind::ALL.len()).map(|_| Vec::new()).collect();
    let total = warnings.len();
    for warning in warnings {
        groups[group(&warning)].push(warning);
    }
    let mut sorted = Vec::with_capacity(total);
    for mut warnings in groups {
        order::sort_by(&mut warnings, |a, b| a.id.cmp(&b.id));
        sorted.append(&mut warnings);
    }
    sorted
}
