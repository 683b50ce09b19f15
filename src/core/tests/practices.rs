//! Practices in place: which of the guide's seven practices the team already has, recorded
//! with the layout, changed one at a time, undoable, and kept through a reset.

use crate::core::edit::Edit;
use crate::core::history::History;
use crate::core::layout::Layout;
use crate::core::rules::Mitigation;

fn with(practices: &[Mitigation]) -> Layout {
    practices.iter().fold(Layout::seeds_default(), |layout, &practice| {
        layout.apply(&Edit::SetPractice { practice, in_place: true }).expect("always applies")
    })
}

#[test]
fn a_new_board_has_no_practice_in_place() {
    let layout = Layout::seeds_default();
    assert_eq!(layout.practices().count(), 0);
    assert!(Mitigation::ALL.iter().all(|&practice| !layout.has_practice(practice)));
}

#[test]
fn practices_put_in_place_are_listed_in_the_guides_order() {
    let layout = with(&[Mitigation::FeedbackLoops, Mitigation::StructuredCommunication]);
    assert!(layout.has_practice(Mitigation::FeedbackLoops));
    assert!(!layout.has_practice(Mitigation::UnifiedMetricsDashboard));
    let listed: Vec<Mitigation> = layout.practices().collect();
    assert_eq!(listed, [Mitigation::StructuredCommunication, Mitigation::FeedbackLoops]);
}

#[test]
fn a_practice_taken_away_is_no_longer_in_place_and_twice_in_place_is_once() {
    let layout = with(&[Mitigation::FeedbackLoops, Mitigation::FeedbackLoops]);
    assert_eq!(layout.practices().count(), 1);
    let removed =
        layout.apply(&Edit::SetPractice { practice: Mitigation::FeedbackLoops, in_place: false }).unwrap();
    assert_eq!(removed, Layout::seeds_default());
}

#[test]
fn a_practice_change_is_one_undo_step_each_way() {
    let mut history = History::new(Layout::seeds_default());
    let edit = Edit::SetPractice { practice: Mitigation::ConflictResolutionFramework, in_place: true };
    assert!(history.push(history.present().apply(&edit).unwrap()));
    assert!(history.undo());
    assert!(!history.present().has_practice(Mitigation::ConflictResolutionFramework));
    assert!(history.redo());
    assert!(history.present().has_practice(Mitigation::ConflictResolutionFramework));
    assert!(!history.push(history.present().apply(&edit).unwrap()), "already in place: no step");
}

#[test]
fn a_reset_keeps_the_teams_practices() {
    let layout = with(&Mitigation::ALL).apply(&Edit::Reset).unwrap();
    assert_eq!(layout.practices().count(), 7);
}
