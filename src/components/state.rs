//! The app's one reducer. Every user intent arrives as an `Action`; edits go through the
//! pure core and onto the undo history, and each change leaves a sentence for the live
//! region and, for keyboard moves, a card to keep focus on. No browser access here.

use crate::core::activity::ActivityId;
use crate::core::announce;
use crate::core::drop::{edit_for_drop, DropTarget};
use crate::core::edit::Edit;
use crate::core::history::History;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::library::{display_title, SlotId};
use crate::core::lift::{Direction, Lift};
use crate::core::rules::WarningId;
use crate::shell::drag::DragSignal;
use std::rc::Rc;
use yew::Reducible;

/// A pointer drag in progress: which card, from where, and where it would land.
#[derive(Clone, Debug, PartialEq)]
pub struct PointerDrag {
    pub id: ActivityId,
    pub from: Lane,
    pub target: Option<DropTarget>,
    pub copy: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Edit),
    Undo,
    Redo,
    Lift {
        id: ActivityId,
        lane: Lane,
    },
    Step(Direction),
    DropLift,
    CancelLift,
    Drag {
        id: ActivityId,
        from: Lane,
        signal: DragSignal,
    },
    /// Keep keyboard focus on this card after the next render.
    Focus {
        id: ActivityId,
        lane: Lane,
    },
    /// Move a card one place up or down its lane (the menu's "Move up" and "Move down").
    Nudge {
        id: ActivityId,
        lane: Lane,
        down: bool,
    },
    /// Highlight a warning's cards on the board (or clear the highlight).
    SelectWarning(Option<WarningId>),
    /// Work on one of the user's own layouts (switching, a new one, a duplicate).
    Open {
        slot: SlotId,
        layout: Layout,
    },
    /// Show a layout from a link or a file; the user's own stays untouched behind it.
    Visit {
        layout: Layout,
        from: VisitSource,
    },
    /// Back to the user's own layout, leaving the visited one.
    LeaveVisit,
    /// Make the visited layout the user's current layout, as one undoable step.
    KeepVisit,
    /// Another tab saved a newer version of the layout this tab shows.
    FromOtherTab(Layout),
}

/// Where a visited layout came from, for the banner that marks it.
#[derive(Clone, Debug, PartialEq)]
pub enum VisitSource {
    Link,
    File(String),
}

/// A layout being looked at without being saved: the user's own history waits behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Visit {
    pub from: VisitSource,
    pub own: History<Layout>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub history: History<Layout>,
    pub lift: Option<Lift>,
    pub drag: Option<PointerDrag>,
    /// The live-region text, with a counter so the same sentence is read again.
    pub announcement: (u32, String),
    /// A card to focus after rendering, with a counter so repeated requests still fire;
    /// `None` asks only that focus stays inside the app if the focused element vanished.
    pub focus: (u32, Option<(ActivityId, Lane, bool)>),
    /// The warning whose cards are highlighted; a view choice, so not part of the layout.
    pub selected: Option<WarningId>,
    /// Which of the user's layouts is theirs to save into.
    pub slot: SlotId,
    /// A shared or imported layout on show instead of the user's own; never saved.
    pub visit: Option<Visit>,
}

impl AppState {
    pub fn new(slot: SlotId, layout: Layout) -> Self {
        AppState {
            history: History::new(layout),
            lift: None,
            drag: None,
            announcement: (0, String::new()),
            focus: (0, None),
            selected: None,
            slot,
            visit: None,
        }
    }

    /// Whether the board shows the user's own layout (and so is saved).
    pub fn is_own(&self) -> bool {
        self.visit.is_none()
    }

    /// The state at start-up when the page was opened from a share link.
    pub fn visiting(mut self, layout: Layout, from: VisitSource) -> Self {
        self.visit(layout, from);
        self
    }

    /// Starts showing `layout` from elsewhere; the user's own history waits untouched.
    fn visit(&mut self, layout: Layout, from: VisitSource) {
        let title = display_title(layout.title()).to_string();
        let visited = History::new(layout);
        let own = match self.visit.take() {
            Some(visit) => visit.own,
            None => std::mem::replace(&mut self.history, visited.clone()),
        };
        self.history = visited;
        let what = match &from {
            VisitSource::Link => "the shared layout",
            VisitSource::File(_) => "the imported layout",
        };
        self.say(format!("Showing {what} {title}. Your own layout is unchanged."));
        self.visit = Some(Visit { from, own });
    }

    pub fn layout(&self) -> &Layout {
        self.history.present()
    }

    /// What the board shows: the saved layout, or the keyboard move's preview.
    pub fn shown(&self) -> Layout {
        match &self.lift {
            Some(lift) => lift.preview(self.layout()),
            None => self.layout().clone(),
        }
    }

    /// A different layout on the board: a lift, a drag or a highlight of the old one means nothing.
    fn clear_view(&mut self) {
        self.lift = None;
        self.drag = None;
        self.selected = None;
        self.focus = (self.focus.0.wrapping_add(1), None);
    }

    fn say(&mut self, text: String) {
        self.announcement = (self.announcement.0.wrapping_add(1), text);
    }

    fn focus_on(&mut self, id: &ActivityId, lane: Lane) {
        self.focus = (self.focus.0.wrapping_add(1), Some((id.clone(), lane, true)));
    }

    /// Focus without scrolling: after a pointer drop the card is under the pointer already,
    /// and not scrolling spares the browser a layout of the whole board in the same frame.
    fn focus_quietly(&mut self, id: &ActivityId, lane: Lane) {
        self.focus = (self.focus.0.wrapping_add(1), Some((id.clone(), lane, false)));
    }

    fn commit(&mut self, edit: &Edit) {
        let before = self.layout().clone();
        match before.apply(edit) {
            Ok(after) => {
                let sentence = announce::edited(&before, edit, &after);
                self.history.push(after);
                self.say(sentence);
            }
            Err(err) => self.say(err.to_string()),
        }
    }

    fn on_drag(&mut self, id: ActivityId, from: Lane, signal: DragSignal) {
        match signal {
            DragSignal::Started => {
                self.lift = None;
                self.say(format!("Dragging {}.", self.layout().name_of(&id)));
                self.drag = Some(PointerDrag { id, from, target: None, copy: false });
            }
            DragSignal::Over { target, copy } => {
                if let Some(drag) = self.drag.as_mut() {
                    drag.target = target;
                    drag.copy = copy;
                }
            }
            DragSignal::Dropped { target, copy } => {
                self.drag = None;
                let edit = target.and_then(|t| edit_for_drop(self.layout(), &id, from, t, copy));
                match (edit, target) {
                    (Some(edit), Some(target)) => {
                        self.commit(&edit);
                        // The dragged element may be gone; keep focus on the card's new place.
                        let lane =
                            if self.layout().lane(target.lane).contains(&id) { target.lane } else { from };
                        self.focus_quietly(&id, lane);
                    }
                    _ => self.say(format!("{} was not moved.", self.layout().name_of(&id))),
                }
            }
            DragSignal::Cancelled => {
                self.drag = None;
                self.say("Drag cancelled; nothing changed.".into());
            }
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit) => {
                next.lift = None;
                next.commit(&edit);
            }
            Action::Undo | Action::Redo => {
                next.lift = None;
                let before = next.layout().clone();
                let (done, word) = match action {
                    Action::Undo => (next.history.undo(), "Undone"),
                    _ => (next.history.redo(), "Redone"),
                };
                if !done {
                    next.say(format!("Nothing to {}.", if word == "Undone" { "undo" } else { "redo" }));
                } else {
                    next.say(announce::undone(word, &before, next.layout()));
                    // The card that changed keeps focus, so the next Ctrl+Z still reaches us.
                    match announce::first_moved(&before, next.layout()) {
                        Some((id, lane)) => next.focus_on(&id, lane),
                        None => next.focus = (next.focus.0.wrapping_add(1), None),
                    }
                }
            }
            Action::Lift { id, lane } => {
                if let Some(lift) = Lift::start(next.layout(), &id, lane) {
                    next.say(announce::lifted(next.layout(), &lift));
                    next.focus_on(&id, lane);
                    next.lift = Some(lift);
                }
            }
            Action::Step(direction) => {
                let Some(lift) = next.lift.clone() else { return self };
                match lift.step(next.layout(), direction) {
                    Some(moved) => {
                        next.say(announce::moved(next.layout(), &moved));
                        next.focus_on(&moved.id, moved.lane);
                        next.lift = Some(moved);
                    }
                    None => next.say("It cannot go further that way.".into()),
                }
            }
            Action::DropLift => {
                let Some(lift) = next.lift.take() else { return self };
                if lift.preview(next.layout()) == *next.layout() {
                    next.say(format!("Dropped {} where it was.", next.layout().name_of(&lift.id)));
                } else {
                    next.commit(&lift.edit());
                }
                next.focus_on(&lift.id, lift.lane);
            }
            Action::CancelLift => {
                let Some(lift) = next.lift.take() else { return self };
                next.say(announce::cancelled(next.layout(), &lift));
                next.focus_on(&lift.id, lift.origin);
            }
            Action::Drag { id, from, signal } => next.on_drag(id, from, signal),
            Action::Focus { id, lane } => next.focus_on(&id, lane),
            Action::SelectWarning(selected) => next.selected = selected,
            Action::Open { slot, layout } => {
                next.say(format!("Opened {}.", display_title(layout.title())));
                next.history = History::new(layout);
                next.slot = slot;
                next.visit = None;
                next.clear_view();
            }
            Action::Visit { layout, from } => {
                next.visit(layout, from);
                next.clear_view();
            }
            Action::LeaveVisit => {
                let Some(visit) = next.visit.take() else { return self };
                next.history = visit.own;
                next.say(format!("Back to your layout {}.", display_title(next.layout().title())));
                next.clear_view();
            }
            Action::KeepVisit => {
                let Some(visit) = next.visit.take() else { return self };
                let kept = next.layout().clone();
                next.history = visit.own;
                next.history.push(kept);
                next.say(
                    "The shared layout is now yours and saved. Undo brings back the layout you had.".into(),
                );
            }
            Action::FromOtherTab(layout) => match next.visit.as_mut() {
                Some(visit) => {
                    visit.own.push(layout);
                }
                None => {
                    if next.history.push(layout) {
                        next.lift = None;
                        next.say("This layout was changed in another tab; the board shows that change. Undo takes it back.".into());
                    }
                }
            },
            Action::Nudge { id, lane, down } => {
                let Some(at) = next.layout().position(&id, lane) else { return self };
                let index = if down { at + 1 } else { at.saturating_sub(1) };
                next.lift = None;
                next.commit(&Edit::Move { id, from: lane, to: lane, index });
            }
        }
        Rc::new(next)
    }
}
