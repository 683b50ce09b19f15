//! What the screen-reader live region says after each change, so a person who cannot see
//! the board always knows where a card went, and who leads and who contributes to it.

use super::activity::ActivityId;
use super::edit::Edit;
use super::groups::category_of;
use super::lane::{Lane, LaneSet};
use super::layout::Layout;
use super::lift::Lift;
use super::rules::Mitigation;

/// "PDM, position 2 of 17", or "the Unassigned tray, ..." for the tray.
pub fn place(layout: &Layout, id: &ActivityId, lane: Lane) -> String {
    spot(layout, id, lane, false)
}

/// `place`, or with `grouped` as the grouped view draws the lane, counted in the card's
/// group: "PMM, Market Research, position 2 of 3".
fn spot(layout: &Layout, id: &ActivityId, lane: Lane, grouped: bool) -> String {
    let cards = layout.lane(lane);
    let at = cards.iter().position(|other| other == id).map_or(0, |i| i + 1);
    if !grouped {
        return format!("{}, position {at} of {}", lane_phrase(lane), cards.len());
    }
    let category = category_of(layout, id);
    let same = |card: &&ActivityId| category_of(layout, card) == category;
    let (at, total) = (cards[..at].iter().filter(same).count(), cards.iter().filter(same).count());
    format!("{}, {}, position {at} of {total}", lane_phrase(lane), category.label())
}

fn lane_phrase(lane: Lane) -> &'static str {
    match lane {
        Lane::Unassigned => "Unassigned",
        role => role.code(),
    }
}

/// `grouped`: the board shows lanes grouped by category, and positions count in the group.
pub fn lifted(layout: &Layout, lift: &Lift, grouped: bool) -> String {
    format!(
        "Lifted {} in {}. Arrow keys move it, Space drops it, Escape cancels.",
        layout.name_of(&lift.id),
        spot(layout, &lift.id, lift.lane, grouped)
    )
}

pub fn moved(layout: &Layout, lift: &Lift, grouped: bool) -> String {
    let preview = lift.preview(layout);
    format!("{}: {}.", layout.name_of(&lift.id), spot(&preview, &lift.id, lift.lane, grouped))
}

pub fn cancelled(layout: &Layout, lift: &Lift) -> String {
    format!(
        "Move cancelled. {} is back in {}.",
        layout.name_of(&lift.id),
        place(layout, &lift.id, lift.origin)
    )
}

/// One sentence on what an edit did, read from the layouts before and after it.
pub fn edited(before: &Layout, edit: &Edit, after: &Layout) -> String {
    let name = |id: &ActivityId| after.name_of(id);
    match edit {
        Edit::Move { id, from, to, .. } if from == to => {
            format!("Moved {} to {}.", name(id), place(after, id, *to))
        }
        Edit::Move { id, from, to, .. } => {
            if after.lane(*to).contains(id) {
                let end =
                    if roles(after, id).len() > 1 { ["; ", &owners(after, id)].concat() } else { ".".into() };
                format!("Moved {} from {} to {}{end}", name(id), from.code(), place(after, id, *to))
            } else {
                format!("Removed {} from {}; {}", name(id), from.code(), owners(after, id))
            }
        }
        Edit::Share { id, .. } => format!("{} is now shared: {}", name(id), owners(after, id)),
        Edit::Remove { id, from } => {
            format!("Removed {} from {}; {}", name(id), from.code(), owners(after, id))
        }
        Edit::SetHeadcount { lane, count } => format!("{} headcount set to {count}.", lane.code()),
        Edit::AddCustom { name: new, lane, .. } => format!("Added {} to {}.", new, lane_phrase(*lane)),
        Edit::EditCustom { id, name: new, .. } if before.name_of(id) != new.as_str() => {
            format!("Renamed {} to {}.", before.name_of(id), new)
        }
        Edit::EditCustom { id, description, .. } => {
            let old = before.custom_activity(id);
            let only_description = old.is_some_and(|old| {
                after.custom_activity(id).is_some_and(|new| {
                    old.area == new.area
                        && old.expected_lanes == new.expected_lanes
                        && &old.description != description
                })
            });
            if only_description {
                format!("Updated the description of {}.", name(id))
            } else {
                format!("Updated {}.", name(id))
            }
        }
        Edit::DeleteCustom { id } => format!("Deleted {}. Undo brings it back.", before.name_of(id)),
        Edit::Rename { .. } => {
            format!("Layout renamed to {}.", crate::core::library::display_title(after.title()))
        }
        Edit::Reset => "Board reset to the seeds' layout. Undo brings yours back.".to_string(),
        Edit::Acknowledge { warning, .. } if before.acknowledgement(warning).is_some() => {
            "Updated the note on the acknowledged warning.".to_string()
        }
        Edit::Acknowledge { .. } => {
            "Warning acknowledged; it stays listed, folded, with your note. Undo takes it back.".to_string()
        }
        Edit::Unacknowledge { .. } => "Acknowledgement removed; the warning is open again.".to_string(),
        Edit::SetLead { id, .. } => led(after, id),
        Edit::SetPractice { practice, in_place } => practice_said(*practice, *in_place),
    }
}

/// The card that changed place between two layouts, and a lane it is now in: where focus
/// should go, and what to say, after undo or redo. A card that changed lanes wins; else,
/// within a lane, the card that jumped furthest (its neighbours only shift by one).
pub fn first_moved(from: &Layout, to: &Layout) -> Option<(ActivityId, Lane)> {
    let changed_lanes = to.activity_ids().find(|id| to.lanes_of(id) != from.lanes_of(id));
    if let Some(id) = changed_lanes {
        let lane = *to.lanes_of(&id).first()?;
        return Some((id, lane));
    }
    let mut best: Option<(usize, ActivityId, Lane)> = None;
    for lane in Lane::ALL {
        for (now, id) in to.lane(lane).iter().enumerate() {
            let jump = from.position(id, lane).map_or(0, |before| before.abs_diff(now));
            if jump > best.as_ref().map_or(0, |b| b.0) {
                best = Some((jump, id.clone(), lane));
            }
        }
    }
    best.map(|(_, id, lane)| (id, lane))
}

/// "Undone. Pricing Strategy is back in PMM, position 3 of 31."
pub fn undone(word: &str, from: &Layout, to: &Layout) -> String {
    match first_moved(from, to) {
        Some((id, lane)) => format!("{word}. {} is now in {}.", to.name_of(&id), place(to, &id, lane)),
        None => {
            // Nothing moved: a lead or a practice changed, or nothing the board shows.
            let lead = from.leads().iter().chain(to.leads()).find(|(id, _)| from.lead(id) != to.lead(id));
            let practice = Mitigation::ALL.into_iter().find(|&p| from.has_practice(p) != to.has_practice(p));
            match (lead, practice) {
                (Some((id, _)), _) => format!("{word}. {}", led(to, id)),
                (None, Some(p)) => format!("{word}. {}", practice_said(p, to.has_practice(p))),
                (None, None) => format!("{word}."),
            }
        }
    }
}

/// "PMM now leads Pricing Strategy; PDM contributes.", or where nobody (or one lane alone)
/// leads it, who holds it.
fn led(layout: &Layout, id: &ActivityId) -> String {
    let name = layout.name_of(id);
    let roles = roles(layout, id);
    match layout.lead(id) {
        Some(lead) if roles.len() > 1 => {
            [lead.code(), " now leads ", &name, "; ", &contributors(roles.without(lead))].concat()
        }
        _ => [&name, ": ", &owners(layout, id)].concat(),
    }
}

fn practice_said(practice: Mitigation, in_place: bool) -> String {
    [practice.title(), if in_place { " is now in place." } else { " is no longer in place." }].concat()
}

fn roles(layout: &Layout, id: &ActivityId) -> LaneSet {
    LaneSet::of(&layout.lanes_of(id)).roles()
}

/// "PDM contributes." or "PM and PDM contribute."
fn contributors(lanes: LaneSet) -> String {
    [lanes.codes(), if lanes.len() == 1 { " contributes." } else { " contribute." }].concat()
}

/// "owned by PDM.", "PMM leads, PDM contributes.", "PDM and PMM hold it and nobody leads
/// it." or "nobody owns it now (Unassigned)."
fn owners(layout: &Layout, id: &ActivityId) -> String {
    let roles = roles(layout, id);
    match layout.lead(id) {
        _ if roles.is_empty() => "nobody owns it now (Unassigned).".to_string(),
        None => [roles.codes(), " hold it and nobody leads it."].concat(),
        Some(lead) if roles.len() == 1 => ["owned by ", lead.code(), "."].concat(),
        Some(lead) => [lead.code(), " leads, ", &contributors(roles.without(lead))].concat(),
    }
}
