//! The board: the three role lanes and the Unassigned tray, side by side on wide screens
//! and stacked on narrow ones.

use super::card::CardWarning;
use super::lane::{lane_view, LaneProps};
use super::state::{Action, PointerDrag};
use crate::core::activity::ActivityId;
use crate::core::health::warnings_by_activity;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::lift::Lift;
use crate::core::rules::{Warning, WarningId};
use std::rc::Rc;
use yew::prelude::*;

/// Each card's open warnings, built once per change so drawing a card is a lookup.
/// Sorted by activity id, for binary search.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardWarnings {
    cards: Vec<(ActivityId, Rc<[CardWarning]>)>,
}

impl BoardWarnings {
    /// Indexes the open (unacknowledged) warnings by the cards they name.
    pub fn new(warnings: &[Rc<Warning>], layout: &Layout) -> BoardWarnings {
        let index = warnings_by_activity(warnings);
        let mut cards: Vec<(ActivityId, Rc<[CardWarning]>)> = Vec::new();
        for run in index.chunk_by(|a, b| a.0 == b.0) {
            let open: Rc<[CardWarning]> = run
                .iter()
                .map(|&(_, at)| &warnings[at])
                .filter(|w| layout.acknowledgement(&w.id).is_none())
                .map(|w| CardWarning {
                    id: w.id.clone(),
                    severity: w.severity,
                    title: w.title.clone().into(),
                })
                .collect();
            if !open.is_empty() {
                cards.push((run[0].0.clone(), open));
            }
        }
        BoardWarnings { cards }
    }

    pub fn for_card(&self, id: &ActivityId) -> Rc<[CardWarning]> {
        match self.cards.binary_search_by(|(other, _)| other.cmp(id)) {
            Ok(at) => self.cards[at].1.clone(),
            Err(_) => Rc::from(Vec::new()),
        }
    }
}

#[derive(PartialEq)]
pub struct BoardProps {
    pub layout: Rc<Layout>,
    pub warnings: Rc<BoardWarnings>,
    /// Every warning (to find the selected one's cards).
    pub all_warnings: Rc<Vec<Rc<Warning>>>,
    pub selected: Option<WarningId>,
    pub lift: Option<Lift>,
    pub drag: Option<PointerDrag>,
    pub read_only: bool,
    pub instructions_id: String,
    /// The app's root element: drag hit-testing and the drag ghost stay inside it.
    pub root: NodeRef,
    pub dispatch: Callback<Action>,
}

/// A plain view function rather than a component: it has no state of its own and redraws
/// with its parent anyway, so a component's lifecycle would only add WebAssembly.
pub fn board(props: &BoardProps) -> Html {
    let placements = props.layout.placements();
    let highlighted: Rc<Vec<ActivityId>> = Rc::new(
        props
            .selected
            .as_ref()
            .and_then(|id| props.all_warnings.iter().find(|w| &w.id == id))
            .map(|w| w.activities.clone())
            .unwrap_or_default(),
    );
    html! {
        <div class="rl-board">
            { for Lane::ALL.into_iter().map(|lane| lane_view(&LaneProps {
                lane,
                layout: props.layout.clone(),
                warnings: props.warnings.clone(),
                highlighted: highlighted.clone(),
                lift: props.lift.clone().filter(|l| l.lane == lane),
                drag: props.drag.clone(),
                read_only: props.read_only,
                instructions_id: props.instructions_id.clone(),
                root: props.root.clone(),
                dispatch: props.dispatch.clone(),
            }, &placements)) }
        </div>
    }
}
