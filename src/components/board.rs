//! The board: the three role lanes and the Unassigned tray, side by side on wide screens
//! and stacked on narrow ones.

use super::lane::LaneView;
use super::state::{Action, PointerDrag};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::activity::ActivityId;
use crate::core::lift::Lift;
use super::card::CardWarning;
use crate::core::health::warnings_by_activity;
use crate::core::rules::{Warning, WarningId};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Each card's open warnings, built once per change so drawing a card is a lookup.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardWarnings {
    pub cards: BTreeMap<ActivityId, Rc<[CardWarning]>>,
}

impl BoardWarnings {
    /// Indexes the open (unacknowledged) warnings by the cards they name.
    pub fn new(warnings: &[Rc<Warning>], layout: &Layout) -> BoardWarnings {
        let cards = warnings_by_activity(warnings)
            .into_iter()
            .filter_map(|(id, positions)| {
                let open: Rc<[CardWarning]> = positions
                    .into_iter()
                    .map(|at| &warnings[at])
                    .filter(|w| layout.acknowledgement(&w.id).is_none())
                    .map(|w| CardWarning { id: w.id.clone(), severity: w.severity, title: w.title.clone().into() })
                    .collect();
                (!open.is_empty()).then_some((id, open))
            })
            .collect();
        BoardWarnings { cards }
    }

    pub fn for_card(&self, id: &ActivityId) -> Rc<[CardWarning]> {
        self.cards.get(id).cloned().unwrap_or_else(|| Rc::from(Vec::new()))
    }
}
use yew::prelude::*;

#[derive(Properties, PartialEq)]
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

#[component]
pub fn Board(props: &BoardProps) -> Html {
    let dragging = props.drag.is_some().then_some("rl-board--dragging");
    let highlighted: Rc<Vec<ActivityId>> = Rc::new(
        props.selected.as_ref().and_then(|id| props.all_warnings.iter().find(|w| &w.id == id)).map(|w| w.activities.clone()).unwrap_or_default(),
    );
    html! {
        <div class={classes!("rl-board", dragging)}>
            { for Lane::ALL.into_iter().map(|lane| html! {
                <LaneView
                    key={lane.slug()}
                    {lane}
                    layout={props.layout.clone()}
                    warnings={props.warnings.clone()}
                    highlighted={highlighted.clone()}
                    lift={props.lift.clone().filter(|l| l.lane == lane)}
                    drag={props.drag.clone()}
                    read_only={props.read_only}
                    instructions_id={props.instructions_id.clone()}
                    root={props.root.clone()}
                    dispatch={props.dispatch.clone()}
                />
            }) }
        </div>
    }
}
