//! The board: the three role lanes and the Unassigned tray, side by side on wide screens
//! and stacked on narrow ones.

use super::lane::LaneView;
use super::state::{Action, PointerDrag};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::activity::ActivityId;
use crate::core::lift::Lift;
use crate::core::rules::{Warning, WarningId};
use std::collections::BTreeMap;
use std::rc::Rc;

/// The warnings, and for each activity the positions of those naming it (for badges).
#[derive(Clone, Debug, PartialEq)]
pub struct BoardWarnings {
    pub all: Vec<Warning>,
    pub by_activity: BTreeMap<ActivityId, Vec<usize>>,
}
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub layout: Rc<Layout>,
    pub warnings: Rc<BoardWarnings>,
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
        props.selected.as_ref().and_then(|id| props.warnings.all.iter().find(|w| &w.id == id)).map(|w| w.activities.clone()).unwrap_or_default(),
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
