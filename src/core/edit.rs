//! Every change a person can make to a layout, as a value. `Layout::apply` is pure: it
//! returns the new layout or says why the edit makes no sense, and never touches the old one.

use super::activity::{ActivityId, OverlapArea};
use super::lane::Lane;
use super::layout::{
    valid_expected_lanes, CustomActivity, Layout, MAX_ACKNOWLEDGEMENTS, MAX_CUSTOM_ACTIVITIES, MAX_HEADCOUNT,
};
use super::name::{parse_limited, ActivityName, MAX_NAME_CHARS};
use super::rules::{parse_note, Acknowledgement, Mitigation, WarningId, MAX_NOTE_CHARS};
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Take the card out of `from` and put it in `to` at `index` (counted without the card).
    /// Moving into a lane that already holds it just reorders there; moving a shared card to
    /// Unassigned only takes it out of `from`. The lead goes with its placement: moving the
    /// lead's card to another role lane makes that lane the lead.
    Move {
        id: ActivityId,
        from: Lane,
        to: Lane,
        index: usize,
    },
    /// Also place the card in another role lane (shared ownership): a contributor joins,
    /// and whoever led it still leads.
    Share {
        id: ActivityId,
        to: Lane,
        index: usize,
    },
    /// Take the card out of one role lane; with no role lane left it goes to Unassigned.
    /// Taking out the lead of a card still shared leaves it with no lead.
    Remove {
        id: ActivityId,
        from: Lane,
    },
    SetHeadcount {
        lane: Lane,
        count: u8,
    },
    /// Add an activity of the user's own. `area` and `expected_lanes` (role lanes, each at
    /// most once) let the rule engine treat it like the seeds' activities.
    AddCustom {
        name: ActivityName,
        description: String,
        area: Option<OverlapArea>,
        expected_lanes: Vec<Lane>,
        lane: Lane,
    },
    /// Change everything about one of the user's own activities, as one undo step.
    EditCustom {
        id: ActivityId,
        name: ActivityName,
        description: String,
        area: Option<OverlapArea>,
        expected_lanes: Vec<Lane>,
    },
    DeleteCustom {
        id: ActivityId,
    },
    /// Back to the seeds' own picture and leads (custom activities go too; undo brings them
    /// back). Title, acknowledgements and practices stay: they are the user's words and the
    /// team's habits, and an acknowledgement simply matches again if its warning fires on
    /// the seeds' board.
    Reset,
    /// Make a role lane holding the card its lead (the other lanes holding it contribute),
    /// or with `None` leave a shared card with no lead. A card one role lane holds is led
    /// by it, always.
    SetLead {
        id: ActivityId,
        lane: Option<Lane>,
    },
    /// Record that the team has one of the guide's practices in place, or no longer has it.
    SetPractice {
        practice: Mitigation,
        in_place: bool,
    },
    /// Acknowledge a warning with a note (tidied, at most 280 characters, may be empty), or
    /// change the note of one already acknowledged.
    Acknowledge {
        warning: WarningId,
        note: String,
    },
    Unacknowledge {
        warning: WarningId,
    },
    /// Give the layout a title (tidied, at most 80 characters, may be empty): it names the
    /// layout in the user's list and travels with a share link.
    Rename {
        title: String,
    },
}

/// Why an edit was refused. The UI only offers sensible edits, so these mostly guard
/// against stale events (a card deleted in the meantime, a double drop).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    UnknownActivity,
    NotInLane(Lane),
    AlreadyInLane(Lane),
    NotARoleLane,
    HeadcountOutOfRange,
    NotCustom,
    BadExpectedLanes,
    NoteTooLong {
        max: usize,
        got: usize,
    },
    /// A layout holds at most this many custom activities or acknowledgements, so that
    /// whatever is saved can always be read back.
    TooMany {
        max: usize,
        what: &'static str,
    },
    NotAcknowledged,
    TitleTooLong {
        max: usize,
    },
    /// Clearing the lead of a card one role lane holds: that lane leads it, always.
    SoleOwner,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::UnknownActivity => f.write_str("That activity is no longer on the board."),
            EditError::NotInLane(lane) => write!(f, "That activity is not in {}.", lane.code()),
            EditError::AlreadyInLane(lane) => write!(f, "That activity is already in {}.", lane.code()),
            EditError::NotARoleLane => f.write_str("Only the PM, PDM and PMM lanes can own an activity."),
            EditError::HeadcountOutOfRange => write!(f, "A headcount must be between 1 and {MAX_HEADCOUNT}."),
            EditError::NotCustom => f.write_str("Only activities you added can be renamed or deleted."),
            EditError::BadExpectedLanes => f.write_str(
                "Expected lanes must be PM, PDM or PMM, each chosen at most once and in that order.",
            ),
            EditError::NoteTooLong { max, got } => {
                write!(f, "Keep the note to {max} characters or fewer (this has {got}).")
            }
            EditError::TooMany { max, what } => write!(f, "A layout holds at most {max} {what}."),
            EditError::NotAcknowledged => f.write_str("That warning is not acknowledged."),
            EditError::TitleTooLong { max } => write!(f, "Keep the title to {max} characters or fewer."),
            EditError::SoleOwner => f.write_str(
                "An activity one role holds is led by it; share it before leaving it without a lead.",
            ),
        }
    }
}

impl Layout {
    pub fn apply(&self, edit: &Edit) -> Result<Layout, EditError> {
        let mut next = self.clone();
        match edit {
            Edit::Move { id, from, to, index } => next.move_card(id, *from, *to, *index)?,
            Edit::Share { id, to, index } => next.share_card(id, *to, *index)?,
            Edit::Remove { id, from } => next.remove_card(id, *from)?,
            Edit::SetHeadcount { lane, count } => {
                if !(1..=MAX_HEADCOUNT).contains(count) {
                    return Err(EditError::HeadcountOutOfRange);
                }
                match lane {
                    Lane::Pm => next.headcounts.pm = *count,
                    Lane::Pdm => next.headcounts.pdm = *count,
                    Lane::Pmm => next.headcounts.pmm = *count,
                    Lane::Unassigned => return Err(EditError::NotARoleLane),
                }
            }
            Edit::AddCustom { name, description, area, expected_lanes, lane } => {
                if !valid_expected_lanes(expected_lanes) {
                    return Err(EditError::BadExpectedLanes);
                }
                if next.custom.len() >= MAX_CUSTOM_ACTIVITIES {
                    return Err(EditError::TooMany {
                        max: MAX_CUSTOM_ACTIVITIES,
                        what: "activities of your own",
                    });
                }
                let id = ActivityId::custom(next.next_custom);
                next.next_custom += 1;
                Rc::make_mut(&mut next.custom).push(CustomActivity {
                    id: id.clone(),
                    name: name.clone(),
                    description: description.clone(),
                    area: *area,
                    expected_lanes: expected_lanes.clone(),
                });
                next.lanes.get_mut(*lane).push(id);
            }
            Edit::EditCustom { id, name, description, area, expected_lanes } => {
                if !valid_expected_lanes(expected_lanes) {
                    return Err(EditError::BadExpectedLanes);
                }
                let activity = next.custom_mut(id)?;
                activity.name = name.clone();
                activity.description = description.clone();
                activity.area = *area;
                activity.expected_lanes = expected_lanes.clone();
            }
            Edit::DeleteCustom { id } => {
                next.custom_mut(id)?;
                Rc::make_mut(&mut next.custom).retain(|activity| &activity.id != id);
                for lane in Lane::ALL {
                    next.lanes.get_mut(lane).retain(|other| other != id);
                }
                next.store_lead(id, None);
            }
            Edit::Rename { title } => {
                next.title = parse_limited(title, MAX_NAME_CHARS)
                    .map_err(|_| EditError::TitleTooLong { max: MAX_NAME_CHARS })?;
            }
            Edit::Reset => {
                let mut fresh = Layout::seeds_default();
                fresh.title = next.title;
                fresh.next_custom = next.next_custom;
                fresh.acknowledgements = next.acknowledgements;
                fresh.practices = next.practices;
                next = fresh;
            }
            Edit::Acknowledge { warning, note } => next.acknowledge(warning, note)?,
            Edit::Unacknowledge { warning } => next.unacknowledge(warning)?,
            Edit::SetLead { id, lane } => next.set_lead(id, *lane)?,
            Edit::SetPractice { practice, in_place: true } => next.practices |= practice.bit(),
            Edit::SetPractice { practice, in_place: false } => next.practices &= !practice.bit(),
        }
        Ok(next)
    }

    fn custom_mut(&mut self, id: &ActivityId) -> Result<&mut CustomActivity, EditError> {
        Rc::make_mut(&mut self.custom)
            .iter_mut()
            .find(|activity| &activity.id == id)
            .ok_or(EditError::NotCustom)
    }

    fn take_from(&mut self, id: &ActivityId, lane: Lane) -> Result<(), EditError> {
        if !self.contains(id) {
            return Err(EditError::UnknownActivity);
        }
        let cards = self.lanes.get_mut(lane);
        let at = cards.iter().position(|other| other == id).ok_or(EditError::NotInLane(lane))?;
        cards.remove(at);
        Ok(())
    }

    fn insert_at(&mut self, id: &ActivityId, lane: Lane, index: usize) {
        let cards = self.lanes.get_mut(lane);
        cards.retain(|other| other != id);
        let index = index.min(cards.len());
        cards.insert(index, id.clone());
    }

    fn owners(&self, id: &ActivityId) -> usize {
        Lane::ROLES.iter().filter(|&&lane| self.lane(lane).contains(id)).count()
    }

    fn is_owned(&self, id: &ActivityId) -> bool {
        self.owners(id) > 0
    }

    /// After a card changed lanes: its stored lead stays only while two or more role lanes
    /// hold it and the lead's lane is one of them (so removing the lead leaves none, and a
    /// card down to one lane is led by it without an entry).
    fn settle_lead(&mut self, id: &ActivityId) {
        let kept = self.lead(id).filter(|&lane| self.owners(id) > 1 && self.lane(lane).contains(id));
        self.store_lead(id, kept);
    }

    fn move_card(&mut self, id: &ActivityId, from: Lane, to: Lane, index: usize) -> Result<(), EditError> {
        let carries_lead = from != to && to.is_role() && self.owners(id) > 1 && self.is_lead(id, from);
        self.take_from(id, from)?;
        if to == Lane::Unassigned && self.is_owned(id) {
            self.settle_lead(id);
            return Ok(());
        }
        if to.is_role() {
            self.lanes.unassigned.retain(|other| other != id);
        }
        self.insert_at(id, to, index);
        if carries_lead {
            self.store_lead(id, Some(to));
        }
        self.settle_lead(id);
        Ok(())
    }

    fn set_lead(&mut self, id: &ActivityId, lane: Option<Lane>) -> Result<(), EditError> {
        if !self.contains(id) {
            return Err(EditError::UnknownActivity);
        }
        if let Some(lane) = lane {
            if !lane.is_role() {
                return Err(EditError::NotARoleLane);
            }
            if !self.lane(lane).contains(id) {
                return Err(EditError::NotInLane(lane));
            }
        }
        match self.owners(id) {
            1 if lane.is_none() => Err(EditError::SoleOwner),
            // Its one lane leads it already; with no role lane, nobody can.
            0 | 1 => Ok(()),
            _ => {
                self.store_lead(id, lane);
                Ok(())
            }
        }
    }

    fn share_card(&mut self, id: &ActivityId, to: Lane, index: usize) -> Result<(), EditError> {
        if !to.is_role() {
            return Err(EditError::NotARoleLane);
        }
        if !self.contains(id) {
            return Err(EditError::UnknownActivity);
        }
        if self.lane(to).contains(id) {
            return Err(EditError::AlreadyInLane(to));
        }
        let lead = self.lead(id);
        self.lanes.unassigned.retain(|other| other != id);
        self.insert_at(id, to, index);
        self.store_lead(id, lead);
        self.settle_lead(id);
        Ok(())
    }

    /// Adds an acknowledgement, or replaces the note of an existing one.
    fn acknowledge(&mut self, warning: &WarningId, raw_note: &str) -> Result<(), EditError> {
        // A note may be empty, so the only way to fail is being too long.
        let note = parse_note(raw_note)
            .map_err(|_| EditError::NoteTooLong { max: MAX_NOTE_CHARS, got: raw_note.chars().count() })?;
        match self.acknowledgements.binary_search_by(|ack| ack.warning.cmp(warning)) {
            Ok(at) => self.acknowledgements[at].note = note,
            Err(_) if self.acknowledgements.len() >= MAX_ACKNOWLEDGEMENTS => {
                return Err(EditError::TooMany { max: MAX_ACKNOWLEDGEMENTS, what: "acknowledged warnings" });
            }
            Err(at) => self.acknowledgements.insert(at, Acknowledgement { warning: warning.clone(), note }),
        }
        Ok(())
    }

    fn unacknowledge(&mut self, warning: &WarningId) -> Result<(), EditError> {
        let at = self
            .acknowledgements
            .binary_search_by(|ack| ack.warning.cmp(warning))
            .map_err(|_| EditError::NotAcknowledged)?;
        self.acknowledgements.remove(at);
        Ok(())
    }

    fn remove_card(&mut self, id: &ActivityId, from: Lane) -> Result<(), EditError> {
        if !from.is_role() {
            return Err(EditError::NotARoleLane);
        }
        self.take_from(id, from)?;
        if !self.is_owned(id) {
            self.lanes.unassigned.push(id.clone());
        }
        self.settle_lead(id);
        Ok(())
    }
}
