//! The matrix view: every activity down, the three roles across, and in each cell what that
//! role does with the activity (nothing, contributes or leads), as RACI charts show it. A
//! press on a cell steps it none → contributes → leads → none; this module says what a cell
//! holds and which edit a press makes, so the view only draws and forwards.

use super::activity::ActivityId;
use super::edit::Edit;
use super::lane::Lane;
use super::layout::{Layout, Placements};

/// What one role does with one activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    None,
    Contributes,
    Leads,
}

impl Part {
    /// The cell's state as `data-part` and the words a screen reader hears.
    pub fn slug(self) -> &'static str {
        match self {
            Part::None => "none",
            Part::Contributes => "contributes",
            Part::Leads => "leads",
        }
    }
}

/// What `lane` (a role lane) does with `id`.
pub fn part(placements: &Placements, id: &ActivityId, lane: Lane) -> Part {
    if !placements.of(id).contains(lane) {
        Part::None
    } else if placements.lead(id) == Some(lane) {
        Part::Leads
    } else {
        Part::Contributes
    }
}

/// The edit a press on the cell makes, stepping it none → contributes → leads → none.
/// A role cannot contribute to work nobody else holds, so an activity no role holds goes
/// straight to led; taking out the only role holding it leaves it unassigned.
pub fn press(layout: &Layout, id: &ActivityId, lane: Lane) -> Option<Edit> {
    if !lane.is_role() {
        return None;
    }
    let held_elsewhere =
        Lane::ROLES.into_iter().any(|other| other != lane && layout.lane(other).contains(id));
    let id = id.clone();
    Some(match part(&layout.placements(), &id, lane) {
        Part::None if held_elsewhere => Edit::Share { index: layout.lane(lane).len(), id, to: lane },
        Part::None => Edit::Move { index: layout.lane(lane).len(), id, from: Lane::Unassigned, to: lane },
        Part::Contributes => Edit::SetLead { id, lane: Some(lane) },
        Part::Leads => Edit::Remove { id, from: lane },
    })
}
