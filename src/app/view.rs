//! What the board draws, derived from the layout and its warnings in one pass per change, so
//! drawing a card is a lookup. Derived, never stored.

use crate::core::activity::ActivityId;
use crate::core::health::{is_open, warnings_by_activity};
use crate::core::layout::Layout;
use crate::core::rules::{Severity, Warning, WarningId};
use std::rc::Rc;

/// A warning as a card's badge shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct CardWarning {
    pub id: WarningId,
    pub severity: Severity,
    pub title: Rc<str>,
}

/// Each card's open warnings, sorted by activity id for binary search.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardWarnings {
    cards: Vec<(ActivityId, Rc<[CardWarning]>)>,
    /// What every card without warnings gets, shared rather than allocated at every redraw.
    none: Rc<[CardWarning]>,
}

impl BoardWarnings {
    /// Indexes the open warnings (neither acknowledged nor mitigated) that mark cards one by
    /// one (`Warning::marks_cards`) by the cards they name.
    pub fn new(warnings: &[Rc<Warning>], layout: &Layout) -> BoardWarnings {
        let index = warnings_by_activity(warnings);
        let mut cards: Vec<(ActivityId, Rc<[CardWarning]>)> = Vec::new();
        for run in index.chunk_by(|a, b| a.0 == b.0) {
            let open: Rc<[CardWarning]> = run
                .iter()
                .map(|&(_, at)| &warnings[at])
                .filter(|w| w.marks_cards() && is_open(layout, w))
                .map(|w| CardWarning {
                    id: w.id.clone(),
                    severity: w.severity,
                    title: w.title.as_str().into(),
                })
                .collect();
            if !open.is_empty() {
                cards.push((run[0].0.clone(), open));
            }
        }
        BoardWarnings { cards, none: Rc::from(Vec::new()) }
    }

    pub fn for_card(&self, id: &ActivityId) -> Rc<[CardWarning]> {
        match self.cards.binary_search_by(|(other, _)| other.cmp(id)) {
            Ok(at) => self.cards[at].1.clone(),
            Err(_) => self.none.clone(),
        }
    }
}

/// The cards a selected warning names, to highlight on the board.
pub fn highlighted(warnings: &[Rc<Warning>], selected: Option<&WarningId>) -> Vec<ActivityId> {
    selected
        .and_then(|id| warnings.iter().find(|w| &w.id == id))
        .map(|w| w.activities.clone())
        .unwrap_or_default()
}
