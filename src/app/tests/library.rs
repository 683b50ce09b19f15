//! The user's named layouts: new, duplicate, switch, delete and undo delete, and the one
//! last used reopening after a reload.

use super::*;

#[test]
fn a_new_layout_is_saved_in_the_next_slot_and_reopens_after_a_reload() {
    let mut app = Driver::fresh();
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    app.send(Msg::NewLayoutPressed);
    assert_eq!(app.state.slot, slot(2));
    assert_eq!(app.state.layout().title(), "Layout 2");
    assert_eq!(app.stored(2).unwrap().title(), "Layout 2");
    assert_eq!(app.remembered, Some(slot(2)));
    assert!(!app.state.history.can_undo(), "a new layout starts its own history");

    let saved = app.storage.clone().unwrap().into_iter().collect();
    let reloaded = Driver::start(Startup {
        storage_available: true,
        saved,
        remembered: app.remembered,
        ..Startup::default()
    });
    assert_eq!(reloaded.state.slot, slot(2));
    assert_eq!(reloaded.state.layout().title(), "Layout 2");
}

#[test]
fn duplicate_copies_the_board_under_a_new_title() {
    let mut app = Driver::with_saved(&[(1, &titled(&pricing_in_pdm(), "Team A"))]);
    app.send(Msg::DuplicatePressed);
    assert_eq!(app.state.slot, slot(2));
    let copy = app.stored(2).unwrap();
    assert_eq!(copy.title(), "Copy of Team A");
    assert_eq!(copy.lanes_of(&id("pricing-strategy")), vec![Lane::Pdm]);
}

#[test]
fn switching_opens_the_chosen_layout_and_an_unreadable_one_is_not_overwritten() {
    let mut app =
        Driver::with_saved(&[(1, &Layout::seeds_default()), (2, &titled(&pricing_in_pdm(), "Two"))]);
    app.send(Msg::LayoutChosen(slot(2)));
    assert_eq!(app.state.layout().title(), "Two");
    assert!(app.said().starts_with("Opened Two"), "{}", app.said());
    app.other_tab(3, Some("not ours".into()));
    app.send(Msg::LayoutChosen(slot(3)));
    assert!(matches!(app.state.problem, Some(StorageProblem::Unreadable { .. })));
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    assert_eq!(app.raw(3).as_deref(), Some("not ours"));
    app.send(Msg::LayoutChosen(slot(1)));
    assert_eq!(app.state.problem, None, "the alert belonged to the unreadable layout");
}

#[test]
fn delete_opens_the_next_layout_and_undo_delete_puts_it_back_byte_for_byte() {
    let mut app =
        Driver::with_saved(&[(1, &Layout::seeds_default()), (2, &titled(&pricing_in_pdm(), "Two"))]);
    app.send(Msg::LayoutChosen(slot(2)));
    let raw = app.raw(2).unwrap();
    app.send(Msg::DeletePressed);
    assert_eq!(app.raw(2), None);
    assert_eq!(app.state.slot, slot(1));
    assert_eq!(app.state.deleted.as_ref().unwrap().label, "Two");
    app.send(Msg::UndoDeletePressed);
    assert_eq!(app.raw(2).as_deref(), Some(raw.as_str()));
    assert_eq!(app.state.slot, slot(2));
    assert!(app.state.deleted.is_none());
}

#[test]
fn deleting_the_last_layout_leaves_a_fresh_one() {
    let mut app = Driver::with_saved(&[(1, &pricing_in_pdm())]);
    app.send(Msg::DeletePressed);
    assert_eq!(app.raw(1), None);
    assert_eq!(*app.state.layout(), titled(&Layout::seeds_default(), "Layout 2"));
    assert!(app.stored(2).is_some());
}

#[test]
fn undo_delete_never_overwrites_a_layout_made_since_in_that_slot() {
    let mut app =
        Driver::with_saved(&[(1, &Layout::seeds_default()), (2, &titled(&pricing_in_pdm(), "Two"))]);
    app.send(Msg::LayoutChosen(slot(2))).send(Msg::DeletePressed);
    app.other_tab(2, Some(encode_saved(&titled(&Layout::seeds_default(), "Newer"))));
    app.send(Msg::UndoDeletePressed);
    assert_eq!(app.stored(2).unwrap().title(), "Newer");
    assert_eq!(app.stored(3).unwrap().title(), "Two");
    assert_eq!(app.state.slot, slot(3));
}

#[test]
fn the_list_names_every_saved_layout_and_an_unreadable_one_says_so() {
    let mut app = Driver::with_saved(&[(1, &titled(&Layout::seeds_default(), "One"))]);
    app.other_tab(2, Some("garbage".into()));
    let labels: Vec<String> = app.state.saved.entries().iter().map(|e| e.label()).collect();
    assert_eq!(labels, vec!["One".to_string(), "Unreadable layout 2".to_string()]);
}
