//! How the board is drawn: the lanes or the matrix, compact cards, lanes grouped under the
//! seeds' categories. Each is a toggle button (`aria-pressed`); the choice is remembered.

use super::context::AppContext;
use crate::app::view::ViewSettings;
use crate::app::Msg;
use yew::prelude::*;

/// A plain view function (see `board`).
pub fn view_bar(context: &AppContext, view: ViewSettings) -> Html {
    let toggle = |label: &'static str, on: bool, next: ViewSettings| {
        let onclick = context.on_click(Msg::ViewChanged(next));
        html! { <button type="button" class="rl-button rl-button--small" aria-pressed={on.to_string()} {onclick}>{ label }</button> }
    };
    html! {
        <div class="rl-view-bar" role="group" aria-label="View">
            { toggle("Lanes", !view.matrix, ViewSettings { matrix: false, ..view }) }
            { toggle("Matrix", view.matrix, ViewSettings { matrix: true, ..view }) }
            { toggle("Compact", view.compact, ViewSettings { compact: !view.compact, ..view }) }
            if !view.matrix {
                { toggle("Group by category", view.grouped, ViewSettings { grouped: !view.grouped, ..view }) }
            }
        </div>
    }
}
