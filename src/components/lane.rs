//! One lane: its header and its cards, with the drop highlight and insertion line while a
//! card is dragged over it.

use super::board::BoardWarnings;
use super::card::{Card, CardProps, CardWarning};
use crate::core::activity::ActivityId;
use super::lane_header::LaneHeader;
use super::state::{Action, PointerDrag};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::lift::Lift;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
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

#[component]
pub fn LaneView(props: &LaneProps) -> Html {
    let lane = props.lane;
    let cards = props.layout.lane(lane);
    let heading_id = format!("{}-{}", props.instructions_id, lane.slug());
    let drop_index = props.drag.as_ref().and_then(|d| d.target).filter(|t| t.lane == lane).map(|t| t.index);
    let source = props.drag.as_ref().filter(|d| d.from == lane).map(|d| d.id.clone());
    let copying = props.drag.as_ref().is_some_and(|d| d.copy && lane.is_role() && d.from != lane);

    // Insertion points count the other cards only, as the drop does.
    let mut counted = 0;
    let items = cards.iter().enumerate().map(|(index, id)| {
        let is_source = source.as_ref() == Some(id);
        let insert_before = !is_source && drop_index == Some(counted);
        if !is_source {
            counted += 1;
        }
        let info = props.layout.info(id);
        let custom = props.layout.custom_activity(id);
        let card = CardProps {
            id: id.clone(),
            lane,
            name: info.map(|i| i.name).unwrap_or(id.as_str()).to_string().into(),
            category: info.map(|i| i.category.label()).unwrap_or_default(),
            deliverable: info.is_some_and(|i| i.kind == crate::core::activity::Kind::Deliverable),
            description: info.map(|i| i.description).unwrap_or_default().to_string().into(),
            is_custom: info.is_some_and(|i| i.is_custom),
            area: custom.and_then(|c| c.area),
            expected: custom.and_then(|c| c.expected_lanes.first().copied()),
            owners: props.layout.lanes_of(id),
            warnings: card_warnings(&props.warnings, &props.layout, id),
            highlighted: props.highlighted.contains(id),
            index,
            lane_len: cards.len(),
            lifted: props.lift.as_ref().is_some_and(|l| &l.id == id),
            dragged: is_source,
            insert_before,
            read_only: props.read_only,
            describedby: props.instructions_id.clone(),
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
        <section class={classes} data-lane={lane.slug()} aria-labelledby={heading_id.clone()}>
            <LaneHeader {lane} heading_id={heading_id} count={cards.len()} headcount={props.layout.headcount(lane)}
                read_only={props.read_only} dispatch={props.dispatch.clone()} />
            <ul class={classes!("rl-cards", insert_at_end.then_some("rl-cards--insert-end"))} role="list">
                { items }
                if cards.is_empty() {
                    <li class="rl-empty" aria-hidden="true">{ empty_hint(lane) }</li>
                }
            </ul>
        </section>
    }
}

/// The open (unacknowledged) warnings naming a card, for its badge.
fn card_warnings(warnings: &BoardWarnings, layout: &Layout, id: &ActivityId) -> Vec<CardWarning> {
    let Some(positions) = warnings.by_activity.get(id) else { return Vec::new() };
    positions
        .iter()
        .filter_map(|&at| warnings.all.get(at))
        .filter(|w| layout.acknowledgement(&w.id).is_none())
        .map(|w| CardWarning { id: w.id.clone(), severity: w.severity, title: w.title.clone() })
        .collect()
}

fn empty_hint(lane: Lane) -> &'static str {
    match lane {
        Lane::Unassigned => "Everything has an owner.",
        _ => "No activities yet. Drag one here.",
    }
}
