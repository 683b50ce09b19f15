//! The board: the three role lanes and the Unassigned tray, side by side on wide screens
//! and stacked on narrow ones.

use super::context::AppContext;
use super::lane::{lane_view, BoardView};
use crate::app::view::BoardWarnings;
use crate::app::AppState;
use crate::core::activity::ActivityId;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use yew::prelude::*;

/// A plain view function rather than a component: it has no state of its own and redraws
/// with its parent anyway, so a component's lifecycle would only add WebAssembly.
pub fn board(
    context: &AppContext,
    layout: &Layout,
    warnings: &BoardWarnings,
    highlighted: &[ActivityId],
    state: &AppState,
) -> Html {
    let view = BoardView {
        layout,
        placements: layout.placements(),
        warnings,
        highlighted,
        lift: state.lift.as_ref(),
        drag: state.drag.as_ref(),
        descriptions: &state.descriptions,
        collapsed: state.view.grouped.then_some(state.collapsed.as_slice()),
    };
    html! {
        <div class="rl-board">
            { for Lane::ALL.into_iter().map(|lane| lane_view(context, &view, lane)) }
        </div>
    }
}
