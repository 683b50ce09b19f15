//! The board: the three role lanes and the Unassigned tray, side by side on wide screens
//! and stacked on narrow ones.

use super::lane::LaneView;
use super::state::{Action, PointerDrag};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::lift::Lift;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub layout: Rc<Layout>,
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
    html! {
        <div class={classes!("rl-board", dragging)}>
            { for Lane::ALL.into_iter().map(|lane| html! {
                <LaneView
                    key={lane.slug()}
                    {lane}
                    layout={props.layout.clone()}
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
