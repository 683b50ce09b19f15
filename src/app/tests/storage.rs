//! Storage that fails: blocked, full, unreadable, or changed by another tab. Nothing the
//! user made is lost or silently overwritten, and the app keeps working in memory.

use super::*;

#[test]
fn blocked_storage_says_so_and_the_board_keeps_working_in_memory() {
    let mut app = Driver::start(Startup::default());
    assert_eq!(app.state.problem, Some(StorageProblem::Blocked));
    assert!(!app.state.shows_library());
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pdm]);
    assert_eq!(app.writes(), 0);
    app.send(Msg::UndoPressed);
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pmm]);
}

#[test]
fn a_shared_layout_saved_as_new_without_storage_stays_in_memory_and_says_so() {
    let link = Some(from_share_text(&share_text(&pricing_in_pdm())));
    let mut app = Driver::start(Startup { link, ..Startup::default() });
    app.send(Msg::VisitSavedAsNew);
    assert!(app.state.is_own());
    assert_eq!(*app.state.layout(), pricing_in_pdm());
    assert_eq!(app.state.problem, Some(StorageProblem::Blocked));
    assert_eq!(app.writes(), 0);
}

#[test]
fn full_storage_says_so_and_the_next_save_that_fits_clears_it() {
    let mut app = Driver::fresh();
    app.full = true;
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    assert_eq!(app.state.problem, Some(StorageProblem::Full));
    assert_eq!(app.stored(1), None);
    app.full = false;
    app.send(Msg::Edited(Edit::SetHeadcount { lane: Lane::Pmm, count: 2 }));
    assert_eq!(app.state.problem, None);
    let saved = app.stored(1).unwrap();
    assert_eq!(saved.lanes_of(&id("pricing-strategy")), vec![Lane::Pdm]);
    assert_eq!(saved.headcount(Lane::Pmm), 2);
}

#[test]
fn unreadable_saved_data_is_shown_as_a_problem_and_never_overwritten() {
    let saved = vec![(slot(1), "{not a layout".to_string())];
    let mut app = Driver::start(Startup { storage_available: true, saved, ..Startup::default() });
    assert!(
        matches!(&app.state.problem, Some(StorageProblem::Unreadable { raw, .. }) if raw == "{not a layout")
    );
    assert_eq!(*app.state.layout(), Layout::seeds_default());
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    app.send(Msg::UndoPressed).send(Msg::RedoPressed);
    assert_eq!(app.raw(1).as_deref(), Some("{not a layout"));
    assert!(app.state.problem.is_some());
}

#[test]
fn discarding_unreadable_data_saves_the_board_over_it() {
    let saved = vec![(slot(1), "rl9.future".to_string())];
    let mut app = Driver::start(Startup { storage_available: true, saved, ..Startup::default() });
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    app.send(Msg::UnreadableDiscarded);
    assert_eq!(app.state.problem, None);
    assert_eq!(app.stored(1).unwrap().lanes_of(&id("pricing-strategy")), vec![Lane::Pdm]);
}

#[test]
fn a_change_saved_by_another_tab_is_taken_over_and_can_be_undone() {
    let mut app = Driver::fresh();
    app.send(move_to("vision-setting", Lane::Pdm, Lane::Pm));
    app.take();
    app.other_tab(1, Some(encode_saved(&pricing_in_pdm())));
    assert_eq!(*app.state.layout(), pricing_in_pdm());
    assert!(app.said().contains("changed in another tab"), "{}", app.said());
    assert_eq!(app.writes(), 0, "what the other tab saved is not written back");
    app.send(Msg::UndoPressed);
    assert_eq!(app.lanes_of("vision-setting"), vec![Lane::Pm]);
    assert_eq!(app.stored(1).unwrap().lanes_of(&id("vision-setting")), vec![Lane::Pm]);
}

#[test]
fn a_newer_format_saved_by_another_tab_holds_saving_so_it_is_never_overwritten() {
    let mut app = Driver::fresh();
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    app.other_tab(1, Some("rl9.from-the-future".into()));
    assert_eq!(app.state.problem, Some(StorageProblem::Stale));
    app.send(Msg::Edited(Edit::SetHeadcount { lane: Lane::Pm, count: 2 }));
    assert_eq!(app.raw(1).as_deref(), Some("rl9.from-the-future"));
    assert_eq!(app.state.layout().headcount(Lane::Pm), 2, "the board still works");
}

#[test]
fn a_layout_deleted_in_another_tab_stays_on_screen_and_the_next_change_saves_it() {
    let mut app = Driver::fresh();
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    app.other_tab(1, None);
    assert!(app.state.notice.as_deref().unwrap().contains("deleted in another tab"));
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pdm]);
    app.send(Msg::Edited(Edit::SetHeadcount { lane: Lane::Pm, count: 2 }));
    assert_eq!(app.stored(1).unwrap().headcount(Lane::Pm), 2);
}

#[test]
fn another_of_the_users_layouts_saved_elsewhere_updates_the_list_only() {
    let mut app = Driver::fresh();
    app.other_tab(4, Some(encode_saved(&titled(&Layout::seeds_default(), "Made elsewhere"))));
    let entries = app.state.saved.entries();
    assert_eq!(entries.last().unwrap().title.as_deref(), Some("Made elsewhere"));
    assert_eq!(*app.state.layout(), Layout::seeds_default());
    assert_eq!(app.state.slot, slot(1));
}

#[test]
fn a_save_that_would_not_change_what_is_stored_is_not_written() {
    let mut app = Driver::with_saved(&[(1, &pricing_in_pdm())]);
    app.send(Msg::Edited(Edit::SetHeadcount { lane: Lane::Pm, count: 2 }));
    app.send(Msg::Edited(Edit::SetHeadcount { lane: Lane::Pm, count: 2 }));
    assert_eq!(app.writes(), 1);
}
