//! The keyboard model for moving a card: Space lifts, arrows move, Space drops, Escape
//! cancels. While lifted, the board shows a preview; only the drop becomes an edit, so a
//! whole keyboard move is one undo step and Escape leaves no trace.

use super::activity::ActivityId;
use super::edit::Edit;
use super::groups::neighbour_in_group;
use super::lane::Lane;
use super::layout::Layout;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// A card held by the keyboard: where it came from and where it would land.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lift {
    pub id: ActivityId,
    pub origin: Lane,
    pub lane: Lane,
    /// Position in `lane` as shown in the preview.
    pub index: usize,
}

impl Lift {
    pub fn start(layout: &Layout, id: &ActivityId, lane: Lane) -> Option<Lift> {
        let index = layout.position(id, lane)?;
        Some(Lift { id: id.clone(), origin: lane, lane, index })
    }

    /// The edit a drop here makes.
    pub fn edit(&self) -> Edit {
        Edit::Move { id: self.id.clone(), from: self.origin, to: self.lane, index: self.index }
    }

    /// The board as it would look after the drop.
    pub fn preview(&self, layout: &Layout) -> Layout {
        layout.apply(&self.edit()).unwrap_or_else(|_| layout.clone())
    }

    /// One step in a direction, or `None` at the edge of the board.
    pub fn step(&self, layout: &Layout, direction: Direction) -> Option<Lift> {
        match direction {
            Direction::Up => (self.index > 0).then(|| Lift { index: self.index - 1, ..self.clone() }),
            Direction::Down => {
                let len = self.preview(layout).lane(self.lane).len();
                (self.index + 1 < len).then(|| Lift { index: self.index + 1, ..self.clone() })
            }
            Direction::Left => self.next_lane(layout, -1),
            Direction::Right => self.next_lane(layout, 1),
        }
    }

    /// One step as the grouped view shows the lane: up or down past the neighbouring card
    /// of the same category (what lies between belongs to other groups, drawn elsewhere),
    /// and between lanes as `step` does.
    pub fn step_in_group(&self, layout: &Layout, direction: Direction) -> Option<Lift> {
        let up = match direction {
            Direction::Up => true,
            Direction::Down => false,
            _ => return self.step(layout, direction),
        };
        let preview = self.preview(layout);
        let index = neighbour_in_group(layout, preview.lane(self.lane), self.index, up)?;
        Some(Lift { index, ..self.clone() })
    }

    /// The nearest lane that can take the card: lanes that already hold it (shared
    /// ownership) are skipped, and so is Unassigned while another role still owns it.
    fn next_lane(&self, layout: &Layout, step: isize) -> Option<Lift> {
        let held_elsewhere = |lane: Lane| lane != self.origin && layout.lane(lane).contains(&self.id);
        let owned_elsewhere = Lane::ROLES.iter().any(|&lane| held_elsewhere(lane));
        let mut lane = self.lane.neighbour(step)?;
        loop {
            let blocked = held_elsewhere(lane) || (lane == Lane::Unassigned && owned_elsewhere);
            if !blocked {
                let room = layout.lane(lane).iter().filter(|&other| other != &self.id).count();
                return Some(Lift { lane, index: self.index.min(room), ..self.clone() });
            }
            lane = lane.neighbour(step)?;
        }
    }
}
