//! One lane: its header and its cards, with the drop highlight and insertion line while a
//! card is dragged over it.

use super::card::{Card, CardActivity, CardStatus};
use super::context::AppContext;
use super::lane_header::lane_header;
use crate::app::descriptions::Descriptions;
use crate::app::menu::CardPlace;
use crate::app::state::PointerDrag;
use crate::app::view::BoardWarnings;
use crate::core::activity::{ActivityId, Category, Kind};
use crate::core::catalog;
use crate::core::lane::Lane;
use crate::core::layout::{CustomActivity, Layout, Placements};
use crate::core::lift::Lift;
use yew::prelude::*;

/// What every lane draws from: the board's layout and its derived indexes, built once for
/// all four lanes.
pub struct BoardView<'a> {
    pub layout: &'a Layout,
    /// Where every card sits.
    pub placements: Placements<'a>,
    pub warnings: &'a BoardWarnings,
    /// Cards of the selected warning.
    pub highlighted: &'a [ActivityId],
    pub lift: Option<&'a Lift>,
    pub drag: Option<&'a PointerDrag>,
    /// The catalog's descriptions, once fetched.
    pub descriptions: &'a Descriptions,
}

/// A plain view function (see `board`): a lane redraws whenever the board does.
pub fn lane_view(context: &AppContext, view: &BoardView, lane: Lane) -> Html {
    let cards = view.layout.lane(lane);
    let heading_id = context.id(lane.slug());
    let drop_index = view.drag.and_then(|d| d.target).filter(|t| t.lane == lane).map(|t| t.index);
    let source = view.drag.filter(|d| d.from == lane).map(|d| &d.id);
    let copying = view.drag.is_some_and(|d| d.copy && lane.is_role() && d.from != lane);
    let lifted = view.lift.filter(|l| l.lane == lane).map(|l| &l.id);

    // Insertion points count the other cards only, as the drop does.
    let mut counted = 0;
    let items = cards.iter().enumerate().map(|(index, id)| {
        let is_source = source == Some(id);
        let insert_before = !is_source && drop_index == Some(counted);
        if !is_source {
            counted += 1;
        }
        let place = CardPlace {
            lane,
            owners: view.placements.of(id),
            lead: view.placements.lead(id),
            first: index == 0,
            last: index + 1 == cards.len(),
        };
        let status = CardStatus {
            highlighted: view.highlighted.contains(id),
            lifted: lifted == Some(id),
            dragged: is_source,
            insert_before,
        };
        let activity = card_activity(id, view.layout.custom_activity(id), view.descriptions);
        html! { <Card key={id.as_str()} {activity} {place} warnings={view.warnings.for_card(id)} {status} /> }
    });
    let items: Html = items.collect();
    let insert_at_end = drop_index.is_some_and(|i| i >= counted);
    let classes = classes!(
        "rl-lane",
        format!("rl-lane--{}", lane.slug()),
        drop_index.is_some().then_some("rl-lane--drop-target"),
        copying.then_some("rl-lane--copy-target"),
    );
    html! {
        <section key={lane.slug()} class={classes} data-lane={lane.slug()} aria-labelledby={heading_id.clone()}>
            { lane_header(context, lane, heading_id, cards.len(), view.layout.headcount(lane)) }
            <ul class={classes!("rl-cards", insert_at_end.then_some("rl-cards--insert-end"))} role="list">
                { items }
                if cards.is_empty() {
                    <li class="rl-empty" aria-hidden="true">{ empty_hint(lane) }</li>
                }
            </ul>
        </section>
    }
}

/// What a card shows. Catalog text is `'static`, so most cards allocate nothing here.
fn card_activity(
    id: &ActivityId,
    custom: Option<&CustomActivity>,
    descriptions: &Descriptions,
) -> CardActivity {
    if let Some(entry) = catalog::entry(id) {
        return CardActivity {
            id: id.clone(),
            name: AttrValue::Static(entry.name),
            category: entry.category.label(),
            deliverable: entry.kind == Kind::Deliverable,
            description: AttrValue::Static(""),
            about: descriptions.of(id.as_str()),
            custom: None,
        };
    }
    CardActivity {
        id: id.clone(),
        name: custom.map_or_else(|| AttrValue::from(id.to_string()), |c| AttrValue::Rc(c.name.shared())),
        category: Category::Custom.label(),
        deliverable: false,
        description: match custom {
            Some(c) if !c.description.is_empty() => AttrValue::from(c.description.clone()),
            _ => AttrValue::Static(""),
        },
        about: None,
        custom: Some((custom.and_then(|c| c.area), custom.and_then(|c| c.expected_lanes.first().copied()))),
    }
}

fn empty_hint(lane: Lane) -> &'static str {
    match lane {
        Lane::Unassigned => "Everything has an owner.",
        _ => "No activities yet. Drag one here.",
    }
}
