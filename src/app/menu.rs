//! A card's Move menu: every move dragging can do, as single clicks or taps (WCAG 2.5.7).
//! Which items make sense depends only on where the card is, so the menu is data here and
//! the component only draws it.

use crate::core::activity::ActivityId;
use crate::core::edit::Edit;
use crate::core::lane::{Lane, LaneSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    MoveTo(Lane),
    AlsoAssign(Lane),
    /// Of a shared card: this lane decides and answers for it; the others contribute.
    MakeLead(Lane),
    Remove,
    Up,
    Down,
    /// Opens the card's own form; no edit until it is submitted.
    Edit,
    Delete,
}

/// Where a card is, as far as its menu cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardPlace {
    pub lane: Lane,
    /// Every lane holding the activity (more than one when ownership is shared).
    pub owners: LaneSet,
    /// The lane that leads the activity (a card one lane holds is led by it).
    pub lead: Option<Lane>,
    /// First or last in its lane. Flags rather than the index, so a card that merely shifts
    /// position is not redrawn.
    pub first: bool,
    pub last: bool,
}

impl MenuItem {
    pub fn label(self, lane: Lane) -> String {
        match self {
            MenuItem::MoveTo(to) => format!("Move to {}", to.code()),
            MenuItem::AlsoAssign(to) => format!("Also assign to {}", to.code()),
            MenuItem::MakeLead(to) => format!("Make {} the lead", to.code()),
            MenuItem::Remove => format!("Remove from {}", lane.code()),
            MenuItem::Up => "Move up".into(),
            MenuItem::Down => "Move down".into(),
            MenuItem::Edit => "Rename or describe…".into(),
            MenuItem::Delete => "Delete activity".into(),
        }
    }
}

/// The items that make sense for a card where it is.
pub fn items(place: CardPlace, is_custom: bool) -> Vec<MenuItem> {
    let CardPlace { lane, owners, lead, first, last } = place;
    let shared = owners.roles().len() > 1;
    let mut items: Vec<MenuItem> = Lane::ALL
        .into_iter()
        .filter(|&to| to != lane && !owners.contains(to) && !(to == Lane::Unassigned && shared))
        .map(MenuItem::MoveTo)
        .collect();
    if shared {
        // The card's own lane first: the likeliest choice from the card in hand.
        let holders = std::iter::once(lane).chain(owners.roles().lanes().into_iter().filter(|&l| l != lane));
        items.extend(holders.filter(|&l| lead != Some(l)).map(MenuItem::MakeLead));
    }
    if lane.is_role() {
        items.extend(Lane::ROLES.into_iter().filter(|&to| !owners.contains(to)).map(MenuItem::AlsoAssign));
        items.push(MenuItem::Remove);
    }
    if !first {
        items.push(MenuItem::Up);
    }
    if !last {
        items.push(MenuItem::Down);
    }
    if is_custom {
        items.extend([MenuItem::Edit, MenuItem::Delete]);
    }
    items
}

/// The edit an item makes for the card `id` in `lane` (its position there is `at`), and
/// the lane whose copy of the card keeps focus afterwards. `None` for items with no edit.
pub fn edit_for(
    item: MenuItem,
    id: &ActivityId,
    lane: Lane,
    at: usize,
    owners: LaneSet,
) -> Option<(Edit, Lane)> {
    let id = id.clone();
    let other_owner = owners.roles().lanes().into_iter().find(|&l| l != lane).unwrap_or(Lane::Unassigned);
    Some(match item {
        MenuItem::MoveTo(to) => (Edit::Move { id, from: lane, to, index: usize::MAX }, to),
        MenuItem::AlsoAssign(to) => (Edit::Share { id, to, index: usize::MAX }, lane),
        MenuItem::MakeLead(to) => (Edit::SetLead { id, lane: Some(to) }, lane),
        MenuItem::Remove => (Edit::Remove { id, from: lane }, other_owner),
        MenuItem::Up => (Edit::Move { id, from: lane, to: lane, index: at.saturating_sub(1) }, lane),
        MenuItem::Down => (Edit::Move { id, from: lane, to: lane, index: at + 1 }, lane),
        MenuItem::Delete => (Edit::DeleteCustom { id }, lane),
        MenuItem::Edit => return None,
    })
}
