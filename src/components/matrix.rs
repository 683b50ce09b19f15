//! The matrix view (`app::matrix` writes it): a press (click, tap, Space or Enter) steps a
//! cell, the arrow keys move between cells, and each change is an ordinary edit: undone,
//! announced, warned about and saved like a move. This component only turns its cells'
//! events into messages, listening once on the table rather than on every cell. The cell
//! Tab reaches is the one last pressed or reached with the arrows (`AppState::matrix_cell`);
//! focusing a cell with the mouse changes nothing, so the table is not redrawn between a
//! press and its release, which would lose the click.

use super::context::AppContext;
use crate::app::matrix::matrix_html;
use crate::app::view::BoardWarnings;
use crate::app::Msg;
use crate::core::activity::ActivityId;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use web_sys::Element;
use yew::prelude::*;

/// The cell an event happened in: its row's element and its lane.
fn cell_of(event: &Event) -> Option<(Element, Lane)> {
    let cell = event.target_dyn_into::<Element>()?.closest("[data-cell]").ok()??;
    let row = cell.closest("[data-row]").ok()??;
    let lane = Lane::from_slug(&cell.get_attribute("data-cell")?)?;
    Some((row, lane))
}

/// The activity of a row (`data-row`), or of the row above or below it (`data-up`,
/// `data-down`: empty at the ends).
fn row_id(row: &Element, attribute: &str) -> Option<ActivityId> {
    row.get_attribute(attribute).filter(|id| !id.is_empty()).map(ActivityId::new)
}

/// A plain view function (see `board`).
pub fn matrix(
    context: &AppContext,
    layout: &Layout,
    warnings: &BoardWarnings,
    active: Option<&(ActivityId, Lane)>,
) -> Html {
    let onclick = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            let cell = cell_of(&event).and_then(|(row, lane)| Some((row_id(&row, "data-row")?, lane)));
            if let Some((id, lane)) = cell {
                dispatch.emit(Msg::CellPressed { id, lane });
            }
        })
    };
    let onkeydown = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            let (row, step) = match event.key().as_str() {
                "ArrowUp" => ("data-up", 0),
                "ArrowDown" => ("data-down", 0),
                "ArrowLeft" => ("data-row", -1),
                "ArrowRight" => ("data-row", 1),
                _ => return,
            };
            let Some((element, lane)) = cell_of(&event) else { return };
            event.prevent_default();
            let lane = if step == 0 { Some(lane) } else { lane.neighbour(step).filter(|l| l.is_role()) };
            if let (Some(id), Some(lane)) = (row_id(&element, row), lane) {
                dispatch.emit(Msg::CellReached { id, lane });
            }
        })
    };
    let table = matrix_html(layout, warnings, active, &context.id("matrix-help"));
    html! {
        <div class="rl-matrix-wrap" {onclick} {onkeydown}>
            { Html::from_html_unchecked(table.into()) }
        </div>
    }
}
