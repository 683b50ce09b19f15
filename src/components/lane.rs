//! One lane: its header and its cards, with the drop highlight and insertion line while a
//! card is dragged over it.

use super::board::BoardWarnings;
use super::card::{Card, CardProps};
use super::lane_header::{lane_header, LaneHeaderProps};
use super::state::{Action, PointerDrag};
use crate::core::activity::{ActivityId, Category, Kind};
use crate::core::catalog;
use crate::core::lane::Lane;
use crate::core::layout::{CustomActivity, Layout, Placements};
use crate::core::lift::Lift;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct LaneProps {
    pub lane: Lane,
    pub layout: Rc<Layout>,
    pub warnings: Rc<BoardWarnings>,
    /// Cards of the selected warning.
    pub highlighted: Rc<Vec<ActivityId>>,
    /// The keyboard-lifted card, when it is in this lane.
    pub lift: Option<Lift>,
    pub drag: Option<PointerDrag>,
    pub read_only: bool,
    pub instructions_id: String,
    pub root: NodeRef,
    pub dispatch: Callback<Action>,
}

/// A plain view function (see `board`): a lane redraws whenever the board does.
/// `placements` is the board's index of where every card sits, built once for all lanes.
pub fn lane_view(props: &LaneProps, placements: &Placements) -> Html {
    let lane = props.lane;
    let cards = props.layout.lane(lane);
    let heading_id = format!("{}-{}", props.instructions_id, lane.slug());
    let drop_index = props.drag.as_ref().and_then(|d| d.target).filter(|t| t.lane == lane).map(|t| t.index);
    let source = props.drag.as_ref().filter(|d| d.from == lane).map(|d| d.id.clone());
    let copying = props.drag.as_ref().is_some_and(|d| d.copy && lane.is_role() && d.from != lane);

    let describedby = AttrValue::from(props.instructions_id.clone());
    // Insertion points count the other cards only, as the drop does.
    let mut counted = 0;
    let items = cards.iter().enumerate().map(|(index, id)| {
        let is_source = source.as_ref() == Some(id);
        let insert_before = !is_source && drop_index == Some(counted);
        if !is_source {
            counted += 1;
        }
        let custom = props.layout.custom_activity(id);
        let text = card_text(id, custom);
        let card = CardProps {
            id: id.clone(),
            lane,
            name: text.name,
            category: text.category,
            deliverable: text.deliverable,
            description: text.description,
            is_custom: custom.is_some(),
            area: custom.and_then(|c| c.area),
            expected: custom.and_then(|c| c.expected_lanes.first().copied()),
            owners: placements.of(id),
            warnings: props.warnings.for_card(id),
            highlighted: props.highlighted.contains(id),
            first: index == 0,
            last: index + 1 == cards.len(),
            lifted: props.lift.as_ref().is_some_and(|l| &l.id == id),
            dragged: is_source,
            insert_before,
            read_only: props.read_only,
            describedby: describedby.clone(),
            root: props.root.clone(),
            dispatch: props.dispatch.clone(),
        };
        html! { <Card key={id.as_str()} ..card /> }
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
            { lane_header(&LaneHeaderProps {
                lane,
                heading_id,
                count: cards.len(),
                headcount: props.layout.headcount(lane),
                read_only: props.read_only,
                dispatch: props.dispatch.clone(),
            }) }
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
struct CardText {
    name: AttrValue,
    category: &'static str,
    deliverable: bool,
    description: AttrValue,
}

fn card_text(id: &ActivityId, custom: Option<&CustomActivity>) -> CardText {
    if let Some(entry) = catalog::entry(id) {
        return CardText {
            name: AttrValue::Static(entry.name),
            category: entry.category.label(),
            deliverable: entry.kind == Kind::Deliverable,
            description: AttrValue::Static(entry.description),
        };
    }
    CardText {
        name: custom.map_or_else(|| AttrValue::from(id.to_string()), |c| AttrValue::Rc(c.name.shared())),
        category: Category::Custom.label(),
        deliverable: false,
        description: match custom {
            Some(c) if !c.description.is_empty() => AttrValue::from(c.description.clone()),
            _ => AttrValue::Static(""),
        },
    }
}

fn empty_hint(lane: Lane) -> &'static str {
    match lane {
        Lane::Unassigned => "Everything has an owner.",
        _ => "No activities yet. Drag one here.",
    }
}
