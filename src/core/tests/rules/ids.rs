use super::{after, mv, share};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::{analyze, WarningId};

fn ids(layout: &Layout) -> Vec<WarningId> {
    analyze(layout).into_iter().map(|w| w.id).collect()
}

#[test]
fn a_warnings_id_survives_an_unrelated_move() {
    let before = after(&[mv("pricing-strategy", Lane::Pmm, Lane::Pdm)]);
    let moved = before.apply(&mv("vision-setting", Lane::Pdm, Lane::Pmm)).unwrap();
    for id in ids(&before) {
        assert!(ids(&moved).contains(&id), "{id} disappeared");
    }
}

#[test]
fn reordering_cards_within_a_lane_changes_no_warning() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm)]);
    let last = layout.lane(Lane::Pdm).len();
    let reordered = layout.apply(&crate::core::edit::Edit::Move {
        id: super::id("pricing-strategy"),
        from: Lane::Pdm,
        to: Lane::Pdm,
        index: last,
    });
    assert_eq!(analyze(&reordered.unwrap()), analyze(&layout));
}

#[test]
fn ids_say_what_they_concern_and_not_where_it_sits_in_a_list() {
    let layout =
        after(&[mv("pricing-strategy", Lane::Pmm, Lane::Pdm), super::remove("launch-planning", Lane::Pmm)]);
    let ids: Vec<String> = ids(&layout).into_iter().map(|id| id.to_string()).collect();
    assert!(ids.contains(&"tension/misplaced/pdm/pricing-strategy".to_string()), "{ids:?}");
    assert!(ids.contains(&"unowned/unassigned/launch-planning".to_string()), "{ids:?}");
}

#[test]
fn ids_are_unique_within_one_analysis() {
    let layout = after(&[
        share("pricing-strategy", Lane::Pdm),
        share("pricing-strategy", Lane::Pm),
        super::remove("launch-planning", Lane::Pmm),
    ]);
    let mut all = ids(&layout);
    let count = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), count);
}
