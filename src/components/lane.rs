//! One lane: its header and its cards, with the drop highlight and insertion line while a
//! card is dragged over it.

use super::card::{Card, CardActivity, CardStatus};
use super::context::AppContext;
use super::lane_header::lane_header;
use crate::app::descriptions::Descriptions;
use crate::app::menu::CardPlace;
use crate::app::state::PointerDrag;
use crate::app::view::{grouped_lane, BoardWarnings, CardGroup};
use crate::app::Msg;
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
    /// In the grouped view, the groups folded shut; `None` draws each lane in its order.
    pub collapsed: Option<&'a [(Lane, Category)]>,
}

/// A plain view function (see `board`): a lane redraws whenever the board does.
pub fn lane_view(context: &AppContext, view: &BoardView, lane: Lane) -> Html {
    let cards = view.layout.lane(lane);
    let heading_id = context.id(lane.slug());
    let drop_index = view.drag.and_then(|d| d.target).filter(|t| t.lane == lane).map(|t| t.index);
    let source = view.drag.filter(|d| d.from == lane).map(|d| &d.id);
    let copying = view.drag.is_some_and(|d| d.copy && lane.is_role() && d.from != lane);
    let lifted = view.lift.filter(|l| l.lane == lane).map(|l| &l.id);

    // Insertion points count the other cards shown, in the order shown, as the drop does.
    let mut counted = 0;
    // `first` and `last` leave out the Move menu's "up" and "down": in a grouped lane, at
    // the ends of the card's group (the menu then steps within it).
    let mut card_item = |id: &ActivityId, first: bool, last: bool| {
        let is_source = source == Some(id);
        let insert_before = !is_source && drop_index == Some(counted);
        if !is_source {
            counted += 1;
        }
        let place =
            CardPlace { lane, owners: view.placements.of(id), lead: view.placements.lead(id), first, last };
        let status = CardStatus {
            highlighted: view.highlighted.contains(id),
            lifted: lifted == Some(id),
            dragged: is_source,
            insert_before,
        };
        let activity = card_activity(id, view.layout.custom_activity(id), view.descriptions);
        html! { <Card key={id.as_str()} app={context.clone()} {activity} {place} warnings={view.warnings.for_card(id)} {status} /> }
    };
    let items: Html = match view.collapsed {
        Some(collapsed) => grouped_lane(view.layout, lane, collapsed, lifted)
            .into_iter()
            .map(|group| group_view(context, lane, &group, &mut card_item))
            .collect(),
        None => {
            cards.iter().enumerate().map(|(at, id)| card_item(id, at == 0, at + 1 == cards.len())).collect()
        }
    };
    let insert_at_end = drop_index.is_some_and(|i| i >= counted);
    html! {
        <section key={lane.slug()} class="rl-lane" data-lane={lane.slug()}
            data-drop-target={drop_index.is_some().then_some("")} data-copy-target={copying.then_some("")} aria-labelledby={heading_id.clone()}>
            { lane_header(context, lane, heading_id, cards.len(), view.layout.headcount(lane)) }
            <ul class="rl-cards" data-insert-end={insert_at_end.then_some("")} role="list">
                { items }
                if cards.is_empty() {
                    <li class="rl-empty" aria-hidden="true">{ empty_hint(lane) }</li>
                }
            </ul>
        </section>
    }
}

/// One category's group in a grouped lane: a heading that folds it, and its cards.
fn group_view(
    context: &AppContext,
    lane: Lane,
    group: &CardGroup,
    card_item: &mut impl FnMut(&ActivityId, bool, bool) -> Html,
) -> Html {
    let category = group.category;
    let onclick = context.on_click(Msg::GroupToggled { lane, category });
    let count = group.cards.len();
    html! {
        <li key={category.label()} class="rl-group" data-group={category.label()}>
            <button type="button" class="rl-group-toggle" aria-expanded={group.open.to_string()} {onclick}>
                <span class="rl-group-name">{ category.label() }</span>
                <span class="rl-group-count">{ count }<span class="rl-sr-only">{" activities"}</span></span>
            </button>
            if group.open {
                <ul class="rl-group-cards" role="list">{ for group.cards.iter().enumerate().map(|(at, id)| card_item(id, at == 0, at + 1 == count)) }</ul>
            }
        </li>
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
