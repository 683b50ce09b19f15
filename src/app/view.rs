//! What the board draws, derived from the layout and its warnings in one pass per change, so
//! drawing a card is a lookup. Derived, never stored.

use crate::core::activity::{ActivityId, Category};
use crate::core::groups::groups;
use crate::core::health::{is_open, warnings_by_activity};
use crate::core::lane::Lane;
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

/// How the board is drawn, which each browser remembers for the instance: the lanes or the
/// matrix, compact or roomy cards, and lanes grouped under the seeds' categories or not.
/// A view choice, never part of a layout or a share link.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewSettings {
    pub matrix: bool,
    pub compact: bool,
    pub grouped: bool,
}

impl ViewSettings {
    /// The words storage keeps ("matrix compact"): readable, and a word a later version
    /// adds or drops is simply not understood rather than an error.
    pub fn to_text(self) -> String {
        let words = [(self.matrix, "matrix"), (self.compact, "compact"), (self.grouped, "grouped")];
        let on: Vec<&str> = words.iter().filter(|(on, _)| *on).map(|(_, word)| *word).collect();
        on.join(" ")
    }

    /// Reads what `to_text` wrote; unknown words are ignored, so nothing here can fail.
    pub fn parse(text: &str) -> ViewSettings {
        let has = |word: &str| text.split(' ').any(|w| w == word);
        ViewSettings { matrix: has("matrix"), compact: has("compact"), grouped: has("grouped") }
    }
}

/// One category's group in a lane of the grouped view.
#[derive(Debug, PartialEq)]
pub struct CardGroup<'a> {
    pub category: Category,
    /// Folded groups draw their heading only. A group holding `keep_open` (the card moved
    /// with the keyboard) never folds, so the card being moved stays in sight.
    pub open: bool,
    /// Its cards, in the lane's order.
    pub cards: Vec<&'a ActivityId>,
}

/// A lane as the grouped view draws it.
pub fn grouped_lane<'a>(
    layout: &'a Layout,
    lane: Lane,
    collapsed: &[(Lane, Category)],
    keep_open: Option<&ActivityId>,
) -> Vec<CardGroup<'a>> {
    let lane_cards = layout.lane(lane);
    let mut drawn = Vec::new();
    for (category, at) in groups(layout, lane_cards) {
        let cards: Vec<&ActivityId> = at.into_iter().map(|i| &lane_cards[i]).collect();
        let open =
            !collapsed.contains(&(lane, category)) || keep_open.is_some_and(|kept| cards.contains(&kept));
        drawn.push(CardGroup { category, open, cards });
    }
    drawn
}

/// The cards a grouped lane shows, in order, without `except` (the dragged card): what a
/// pointer's drop position counts.
pub fn shown_in_groups<'a>(groups: &[CardGroup<'a>], except: &ActivityId) -> Vec<&'a ActivityId> {
    groups
        .iter()
        .filter(|g| g.open)
        .flat_map(|g| g.cards.iter().copied())
        .filter(|id| *id != except)
        .collect()
}
