//! What happens on the board: edits, undo and redo, the keyboard lift, pointer drags and the
//! Move menu. Each change goes through the core (`Layout::apply`) onto the undo history and
//! leaves a sentence for the live region and a card to keep focus on.

use super::effect::Effect;
use super::menu::{edit_for, MenuItem};
use super::state::{AppState, PointerDrag};
use super::view::{grouped_lane, shown_in_groups, ViewSettings};
use crate::core::activity::{ActivityId, Category};
use crate::core::announce;
use crate::core::drop::{edit_for_drop, DropTarget};
use crate::core::edit::Edit;
use crate::core::groups::{category_of, lane_index_for_drop, neighbour_in_group};
use crate::core::lane::{Lane, LaneSet};
use crate::core::lift::{Direction, Lift};
use crate::core::matrix::press;

impl AppState {
    /// Applies an edit as one undo step and says what it did (or why it could not).
    pub(super) fn commit(&mut self, edit: &Edit, effects: &mut Vec<Effect>) -> bool {
        match self.layout().apply(edit) {
            Ok(after) => {
                let sentence = announce::edited(self.layout(), edit, &after);
                self.history.push(after);
                self.say(sentence, effects);
                true
            }
            Err(err) => {
                self.say(err.to_string(), effects);
                false
            }
        }
    }

    pub(super) fn step_history(&mut self, back: bool, effects: &mut Vec<Effect>) {
        self.lift = None;
        let before = self.layout_rc().clone();
        let done = if back { self.history.undo() } else { self.history.redo() };
        if !done {
            self.say(if back { "Nothing to undo." } else { "Nothing to redo." }, effects);
            return;
        }
        let word = if back { "Undone" } else { "Redone" };
        self.say(announce::undone(word, &before, self.layout()), effects);
        // The card that changed keeps focus, so the next Ctrl+Z still reaches the app; in
        // the matrix, the cell last used does.
        effects.push(match (announce::first_moved(&before, self.layout()), &self.matrix_cell) {
            (_, Some((id, lane))) if self.view.matrix => Effect::FocusCell { id: id.clone(), lane: *lane },
            (Some((id, lane)), _) => Effect::Focus { id, lane, scroll: true },
            _ => Effect::KeepFocusInside,
        });
    }

    pub(super) fn lift_card(&mut self, id: &ActivityId, lane: Lane, effects: &mut Vec<Effect>) {
        if let Some(lift) = Lift::start(self.layout(), id, lane) {
            self.say(announce::lifted(self.layout(), &lift, self.view.grouped), effects);
            effects.push(Effect::Focus { id: id.clone(), lane, scroll: true });
            self.lift = Some(lift);
        }
    }

    pub(super) fn step_lift(&mut self, direction: Direction, effects: &mut Vec<Effect>) {
        let Some(lift) = &self.lift else { return };
        let grouped = self.view.grouped;
        let step = if grouped {
            lift.step_in_group(self.layout(), direction)
        } else {
            lift.step(self.layout(), direction)
        };
        match step {
            Some(moved) => {
                self.say(announce::moved(self.layout(), &moved, grouped), effects);
                effects.push(Effect::Focus { id: moved.id.clone(), lane: moved.lane, scroll: true });
                self.lift = Some(moved);
            }
            None => self.say("It cannot go further that way.", effects),
        }
    }

    pub(super) fn drop_lift(&mut self, effects: &mut Vec<Effect>) {
        let Some(lift) = self.lift.take() else { return };
        if lift.preview(self.layout()) == *self.layout() {
            self.say(format!("Dropped {} where it was.", self.layout().name_of(&lift.id)), effects);
        } else {
            self.commit(&lift.edit(), effects);
        }
        effects.push(Effect::Focus { id: lift.id, lane: lift.lane, scroll: true });
    }

    pub(super) fn cancel_lift(&mut self, effects: &mut Vec<Effect>) {
        let Some(lift) = self.lift.take() else { return };
        self.say(announce::cancelled(self.layout(), &lift), effects);
        effects.push(Effect::Focus { id: lift.id, lane: lift.origin, scroll: true });
    }

    pub(super) fn start_drag(&mut self, id: ActivityId, from: Lane, effects: &mut Vec<Effect>) {
        self.lift = None;
        self.say(format!("Dragging {}.", self.layout().name_of(&id)), effects);
        self.drag = Some(PointerDrag { id, from, target: None, copy: false });
    }

    pub(super) fn drag_over(&mut self, target: Option<DropTarget>, copy: bool) {
        if let Some(drag) = self.drag.as_mut() {
            drag.target = target;
            drag.copy = copy;
        }
    }

    pub(super) fn drop_drag(&mut self, target: Option<DropTarget>, copy: bool, effects: &mut Vec<Effect>) {
        let Some(PointerDrag { id, from, .. }) = self.drag.take() else { return };
        let target = target.map(|target| self.lane_position(&id, target));
        let edit = target.and_then(|t| edit_for_drop(self.layout(), &id, from, t, copy));
        match (edit, target) {
            (Some(edit), Some(target)) => {
                self.commit(&edit, effects);
                // The dragged element may be gone; keep focus on the card's new place. No
                // scrolling: the card is under the pointer already, and not scrolling spares
                // the browser a layout of the whole board in the same frame.
                let lane = if self.layout().lane(target.lane).contains(&id) { target.lane } else { from };
                effects.push(Effect::Focus { id, lane, scroll: false });
            }
            _ => self.say(format!("{} was not moved.", self.layout().name_of(&id)), effects),
        }
    }

    /// A drop position as the lane counts it: in the grouped view the pointer points at a
    /// place among the cards shown, and the card joins its own group there.
    fn lane_position(&self, id: &ActivityId, target: DropTarget) -> DropTarget {
        if !self.view.grouped {
            return target;
        }
        let layout = self.layout();
        let groups = grouped_lane(layout, target.lane, &self.collapsed, None);
        let shown = shown_in_groups(&groups, id);
        let index = lane_index_for_drop(layout, layout.lane(target.lane), id, &shown, target.index);
        DropTarget { index, ..target }
    }

    pub(super) fn change_view(&mut self, view: ViewSettings, effects: &mut Vec<Effect>) {
        if view != self.view {
            self.view = view;
            self.lift = None;
            effects.push(Effect::RememberView(view.to_text()));
        }
    }

    /// A press on a matrix cell steps it (`core::matrix::press`). The table is drawn anew,
    /// so focus goes back to the cell, and Tab returns to it later.
    pub(super) fn press_cell(&mut self, id: ActivityId, lane: Lane, effects: &mut Vec<Effect>) {
        if let Some(edit) = press(self.layout(), &id, lane) {
            self.lift = None;
            self.commit(&edit, effects);
        }
        effects.push(Effect::FocusCell { id: id.clone(), lane });
        self.matrix_cell = Some((id, lane));
    }

    /// A card about to take focus is never left inside a folded group: its group opens.
    pub(super) fn unfold_focused(&mut self, effects: &[Effect]) {
        for effect in effects {
            if let Effect::Focus { id, lane, .. } = effect {
                let group = (*lane, category_of(self.layout(), id));
                self.collapsed.retain(|folded| *folded != group);
            }
        }
    }

    pub(super) fn toggle_group(&mut self, lane: Lane, category: Category) {
        match self.collapsed.iter().position(|&group| group == (lane, category)) {
            Some(at) => drop(self.collapsed.remove(at)),
            None => self.collapsed.push((lane, category)),
        }
    }

    pub(super) fn cancel_drag(&mut self, effects: &mut Vec<Effect>) {
        if self.drag.take().is_some() {
            self.say("Drag cancelled; nothing changed.", effects);
        }
    }

    pub(super) fn choose_from_menu(
        &mut self,
        id: &ActivityId,
        lane: Lane,
        item: MenuItem,
        effects: &mut Vec<Effect>,
    ) {
        let Some(at) = self.layout().position(id, lane) else { return };
        let owners = LaneSet::of(&self.layout().lanes_of(id));
        // Up and down in the grouped view go past the neighbours of the card's own group.
        let in_group = match item {
            MenuItem::Up | MenuItem::Down if self.view.grouped => {
                let index =
                    neighbour_in_group(self.layout(), self.layout().lane(lane), at, item == MenuItem::Up);
                let Some(index) = index else { return };
                Some((Edit::Move { id: id.clone(), from: lane, to: lane, index }, lane))
            }
            _ => None,
        };
        let Some((edit, focus_lane)) = in_group.or_else(|| edit_for(item, id, lane, at, owners)) else {
            return;
        };
        self.lift = None;
        self.commit(&edit, effects);
        effects.push(Effect::Focus { id: id.clone(), lane: focus_lane, scroll: true });
    }

    /// A different layout on the board: a lift, a drag or a highlight of the old one means
    /// nothing there.
    pub(super) fn clear_view(&mut self, effects: &mut Vec<Effect>) {
        self.lift = None;
        self.drag = None;
        self.selected = None;
        effects.push(Effect::KeepFocusInside);
    }
}
