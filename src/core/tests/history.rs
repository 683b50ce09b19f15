use crate::core::history::{History, UNDO_LIMIT};

#[test]
fn undo_and_redo_walk_back_and_forth() {
    let mut history = History::new(0);
    history.push(1);
    history.push(2);
    assert!(history.undo());
    assert_eq!(*history.present(), 1);
    assert!(history.redo());
    assert_eq!(*history.present(), 2);
    assert!(!history.redo());
}

#[test]
fn a_new_change_after_undo_drops_the_redo_steps() {
    let mut history = History::new(0);
    history.push(1);
    history.undo();
    history.push(5);
    assert!(!history.can_redo());
    assert_eq!(*history.present(), 5);
}

#[test]
fn a_change_that_changes_nothing_is_not_an_undo_step() {
    let mut history = History::new(7);
    assert!(!history.push(7));
    assert!(!history.can_undo());
}

#[test]
fn at_least_a_hundred_steps_can_be_undone() {
    let mut history = History::new(0);
    for step in 1..=150 {
        history.push(step);
    }
    for _ in 0..150 {
        assert!(history.undo());
    }
    assert_eq!(*history.present(), 0);
    // Checked when the tests compile: a lower limit fails the build, not just this test.
    const { assert!(UNDO_LIMIT >= 100) };
}

#[test]
fn the_oldest_steps_fall_off_past_the_limit() {
    let mut history = History::new(0);
    for step in 1..=(UNDO_LIMIT + 10) {
        history.push(step);
    }
    let mut undone = 0;
    while history.undo() {
        undone += 1;
    }
    assert_eq!(undone, UNDO_LIMIT);
    assert_eq!(*history.present(), 10);
}
