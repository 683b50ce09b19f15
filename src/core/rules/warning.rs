//! What the rule engine says about a layout: a warning's kind, severity and stable id.
//! Warnings are derived from the layout every time and never stored; only the id of an
//! acknowledged warning is kept, so ids are built from what a warning is about.

use super::mitigation::Mitigation;
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::lane::Lane;
use std::fmt;

/// The families of warnings PRODUCT.md names ("What the warnings mean").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    Unowned,
    Overlap,
    Tension,
    Handoff,
    Load,
}

impl WarningKind {
    pub const ALL: [WarningKind; 5] = [
        WarningKind::Unowned,
        WarningKind::Overlap,
        WarningKind::Tension,
        WarningKind::Handoff,
        WarningKind::Load,
    ];

    /// The value of `data-warning` (part of the interface contract in PRODUCT.md).
    pub fn slug(self) -> &'static str {
        match self {
            WarningKind::Unowned => "unowned",
            WarningKind::Overlap => "overlap",
            WarningKind::Tension => "tension",
            WarningKind::Handoff => "handoff",
            WarningKind::Load => "load",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            WarningKind::Unowned => "Unowned",
            WarningKind::Overlap => "Overlap",
            WarningKind::Tension => "Tension",
            WarningKind::Handoff => "Handoff",
            WarningKind::Load => "Load",
        }
    }
}

/// How urgently a warning wants attention. Declared High first, so sorting puts it first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    High,
    Medium,
    Low,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::High, Severity::Medium, Severity::Low];

    /// One step less urgent; Low stays Low.
    pub fn lowered(self) -> Severity {
        match self {
            Severity::High => Severity::Medium,
            _ => Severity::Low,
        }
    }

    /// Lowercase, for class names and data attributes (no Unicode case tables in the wasm).
    pub fn slug(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Severity::High => "High",
            Severity::Medium => "Medium",
            Severity::Low => "Low",
        }
    }
}

/// The rule part of an area split's id (`area_split`), which `Warning::marks_cards` reads.
pub(super) const AREA_SPLIT_RULE: &str = "area-split";

/// Longest warning id a layout may acknowledge, in bytes. Real ids (kind, rule, an activity
/// id and a lane or two) stay far below it; the cap bounds what a link can make us keep.
pub const MAX_WARNING_ID_BYTES: usize = 200;

/// Opaque, stable id of a warning: its kind, its rule and what it concerns (activity ids,
/// a lane, an area), never list positions, so an acknowledgement still matches after
/// unrelated moves and matches again when a warning that went away comes back.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WarningId(String);

impl WarningId {
    /// `kind/rule/part/part...`; parts are slugs and ids, which never contain '/'.
    pub(super) fn new(kind: WarningKind, rule: &str, parts: &[&str]) -> WarningId {
        let length =
            kind.slug().len() + rule.len() + parts.iter().map(|part| part.len() + 1).sum::<usize>() + 1;
        let mut id = String::with_capacity(length);
        id.push_str(kind.slug());
        id.push('/');
        id.push_str(rule);
        for part in parts {
            id.push('/');
            id.push_str(part);
        }
        WarningId(id)
    }

    /// An id read back from saved data or a link. It need not name a warning that fires
    /// now: an acknowledgement outlives its warning. Its length is checked with the layout.
    pub(in crate::core) fn from_saved(id: String) -> WarningId {
        WarningId(id)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WarningId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One finding about a layout, with everything the panel, the badges and the highlights
/// need: who and what it concerns, why (in the seeds' words) and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub id: WarningId,
    pub kind: WarningKind,
    pub severity: Severity,
    /// The cards to highlight (the `data-activities` of the warning).
    pub activities: Vec<ActivityId>,
    pub lanes: Vec<Lane>,
    pub area: Option<OverlapArea>,
    pub title: String,
    pub explanation: String,
    pub mitigations: Vec<Mitigation>,
    /// Every practice in `mitigations` is in place (`Layout::has_practice`): the board says
    /// "your practices cover it". Shown folded, like an acknowledged warning, but not the
    /// user's word: it opens again when a practice is taken away.
    pub mitigated: bool,
}

impl Warning {
    /// Folds a warning whose practices are all in place: one step less severe, its
    /// explanation naming them.
    pub(super) fn mitigate(&mut self) {
        self.mitigated = true;
        self.severity = self.severity.lowered();
        self.explanation.push_str(" Mitigated by the practices in place: ");
        for (at, practice) in self.mitigations.iter().enumerate() {
            if at > 0 {
                self.explanation.push_str("; ");
            }
            self.explanation.push_str(practice.title());
        }
        self.explanation.push('.');
    }

    /// Whether the warning concerns this card (for its badge).
    pub fn concerns(&self, id: &ActivityId) -> bool {
        self.activities.contains(id)
    }

    /// Whether the warning is about its cards one by one, so each carries a badge. An area
    /// split or a lane's load is one decision about a group: it is listed once and lights
    /// its cards up when selected, but a badge on every card of the group would mark most
    /// of the board and point at nothing.
    pub fn marks_cards(&self) -> bool {
        let rule = self.id.as_str().split('/').nth(1);
        self.kind != WarningKind::Load && rule != Some(AREA_SPLIT_RULE)
    }
}
