//! Undo and redo over whole values. Layouts are small, so keeping snapshots is simpler and
//! safer than inverting edits, and every kind of change is undoable for free. Snapshots are
//! shared (`Rc`), so copying a history is cheap and an unchanged present is the same value.

use std::collections::VecDeque;
use std::rc::Rc;

/// How many steps back a user can go.
pub const UNDO_LIMIT: usize = 200;

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: VecDeque<Rc<T>>,
    present: Rc<T>,
    future: Vec<Rc<T>>,
}

impl<T: PartialEq> History<T> {
    pub fn new(present: T) -> Self {
        History { past: VecDeque::new(), present: Rc::new(present), future: Vec::new() }
    }

    pub fn present(&self) -> &T {
        &self.present
    }

    /// The present as a shared value: the same `Rc` until the present changes.
    pub fn present_rc(&self) -> &Rc<T> {
        &self.present
    }

    /// Makes `next` the present. A no-op change records nothing, so undo never "does nothing".
    /// Returns whether anything changed.
    pub fn push(&mut self, next: T) -> bool {
        self.push_shared(Rc::new(next))
    }

    /// `push` for a value that is already shared (a layout kept from a visit, say).
    pub fn push_shared(&mut self, next: Rc<T>) -> bool {
        if Rc::ptr_eq(&next, &self.present) || *next == *self.present {
            return false;
        }
        let previous = std::mem::replace(&mut self.present, next);
        self.past.push_back(previous);
        if self.past.len() > UNDO_LIMIT {
            self.past.pop_front();
        }
        self.future.clear();
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    pub fn undo(&mut self) -> bool {
        match self.past.pop_back() {
            Some(previous) => {
                let current = std::mem::replace(&mut self.present, previous);
                self.future.push(current);
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.future.pop() {
            Some(next) => {
                let current = std::mem::replace(&mut self.present, next);
                self.past.push_back(current);
                true
            }
            None => false,
        }
    }
}
