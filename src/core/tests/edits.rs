use super::{id, lanes_of};
use crate::core::edit::{Edit, EditError};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::name::ActivityName;

fn seeds() -> Layout {
    Layout::seeds_default()
}

#[test]
fn the_default_layout_puts_pricing_strategy_with_marketing() {
    assert_eq!(lanes_of(&seeds(), "pricing-strategy"), vec![Lane::Pmm]);
}

#[test]
fn the_default_layout_includes_the_seeds_shared_activities() {
    let layout = seeds();
    let shared = layout.activity_ids().filter(|a| layout.lanes_of(a).len() > 1).count();
    assert!(shared >= 2, "expected the seeds' overlaps in the default layout, found {shared}");
    assert!(layout.lane(Lane::Unassigned).is_empty());
}

#[test]
fn moving_a_card_takes_it_out_of_one_lane_and_puts_it_in_another_at_the_index() {
    let layout = seeds()
        .apply(&Edit::Move { id: id("pricing-strategy"), from: Lane::Pmm, to: Lane::Pdm, index: 0 })
        .unwrap();
    assert_eq!(lanes_of(&layout, "pricing-strategy"), vec![Lane::Pdm]);
    assert_eq!(layout.lane(Lane::Pdm)[0], id("pricing-strategy"));
}

#[test]
fn reordering_within_a_lane_keeps_every_other_card() {
    let before = seeds();
    let first = before.lane(Lane::Pdm)[0].clone();
    let after =
        before.apply(&Edit::Move { id: first.clone(), from: Lane::Pdm, to: Lane::Pdm, index: 2 }).unwrap();
    assert_eq!(after.lane(Lane::Pdm)[2], first);
    assert_eq!(after.lane(Lane::Pdm).len(), before.lane(Lane::Pdm).len());
}

#[test]
fn an_index_past_the_end_appends() {
    let after = seeds()
        .apply(&Edit::Move { id: id("vision-setting"), from: Lane::Pdm, to: Lane::Pm, index: 999 })
        .unwrap();
    assert_eq!(after.lane(Lane::Pm).last(), Some(&id("vision-setting")));
}

#[test]
fn sharing_places_a_card_in_a_second_lane() {
    let after = seeds().apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Pm, index: 0 }).unwrap();
    assert_eq!(lanes_of(&after, "pricing-strategy"), vec![Lane::Pm, Lane::Pmm]);
}

#[test]
fn sharing_into_a_lane_that_already_holds_the_card_is_refused() {
    let err =
        seeds().apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Pmm, index: 0 }).unwrap_err();
    assert_eq!(err, EditError::AlreadyInLane(Lane::Pmm));
}

#[test]
fn sharing_into_the_unassigned_tray_is_refused() {
    let err = seeds()
        .apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Unassigned, index: 0 })
        .unwrap_err();
    assert_eq!(err, EditError::NotARoleLane);
}

#[test]
fn removing_the_last_owner_sends_the_card_to_unassigned() {
    let after = seeds().apply(&Edit::Remove { id: id("pricing-strategy"), from: Lane::Pmm }).unwrap();
    assert_eq!(lanes_of(&after, "pricing-strategy"), vec![Lane::Unassigned]);
}

#[test]
fn removing_one_of_two_owners_leaves_the_other() {
    let shared = seeds().apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Pm, index: 0 }).unwrap();
    let after = shared.apply(&Edit::Remove { id: id("pricing-strategy"), from: Lane::Pm }).unwrap();
    assert_eq!(lanes_of(&after, "pricing-strategy"), vec![Lane::Pmm]);
}

#[test]
fn moving_a_shared_card_to_unassigned_only_takes_it_from_that_lane() {
    let shared = seeds().apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Pm, index: 0 }).unwrap();
    let after = shared
        .apply(&Edit::Move { id: id("pricing-strategy"), from: Lane::Pm, to: Lane::Unassigned, index: 0 })
        .unwrap();
    assert_eq!(lanes_of(&after, "pricing-strategy"), vec![Lane::Pmm]);
}

#[test]
fn moving_a_shared_card_onto_its_other_lane_merges_the_two_places() {
    let shared = seeds().apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Pm, index: 0 }).unwrap();
    let after = shared
        .apply(&Edit::Move { id: id("pricing-strategy"), from: Lane::Pm, to: Lane::Pmm, index: 0 })
        .unwrap();
    assert_eq!(lanes_of(&after, "pricing-strategy"), vec![Lane::Pmm]);
    assert_eq!(after.lane(Lane::Pmm).iter().filter(|a| **a == id("pricing-strategy")).count(), 1);
}

#[test]
fn a_move_from_a_lane_that_does_not_hold_the_card_is_refused_and_changes_nothing() {
    let before = seeds();
    let err = before
        .apply(&Edit::Move { id: id("pricing-strategy"), from: Lane::Pm, to: Lane::Pdm, index: 0 })
        .unwrap_err();
    assert_eq!(err, EditError::NotInLane(Lane::Pm));
    assert_eq!(before, seeds());
}

#[test]
fn headcounts_accept_one_to_twenty() {
    let after = seeds().apply(&Edit::SetHeadcount { lane: Lane::Pdm, count: 3 }).unwrap();
    assert_eq!(after.headcount(Lane::Pdm), 3);
    for bad in [0, 21] {
        assert_eq!(
            seeds().apply(&Edit::SetHeadcount { lane: Lane::Pdm, count: bad }),
            Err(EditError::HeadcountOutOfRange)
        );
    }
}

fn with_custom(name: &str) -> Layout {
    let name = ActivityName::parse(name).unwrap();
    seeds()
        .apply(&Edit::AddCustom {
            name,
            description: "Ours".into(),
            area: None,
            expected_lanes: vec![],
            lane: Lane::Unassigned,
        })
        .unwrap()
}

#[test]
fn a_custom_activity_is_added_to_the_chosen_lane_with_a_fresh_id() {
    let layout = with_custom("Partner enablement");
    let new_id = &layout.custom()[0].id;
    assert_eq!(new_id.as_str(), "custom-0");
    assert_eq!(layout.lanes_of(new_id), vec![Lane::Unassigned]);
    assert_eq!(layout.info(new_id).unwrap().name, "Partner enablement");
}

#[test]
fn a_deleted_custom_id_is_never_reused() {
    let layout = with_custom("First");
    let deleted = layout.apply(&Edit::DeleteCustom { id: id("custom-0") }).unwrap();
    assert!(!deleted.contains(&id("custom-0")));
    assert!(deleted.lane(Lane::Unassigned).is_empty());
    let again = deleted
        .apply(&Edit::AddCustom {
            name: ActivityName::parse("Second").unwrap(),
            description: String::new(),
            area: None,
            expected_lanes: vec![],
            lane: Lane::Pm,
        })
        .unwrap();
    assert_eq!(again.custom()[0].id.as_str(), "custom-1");
}

#[test]
fn renaming_and_describing_change_only_custom_activities() {
    let layout = with_custom("Draft");
    let final_name = ActivityName::parse("Final").unwrap();
    let edited = layout
        .apply(&Edit::EditCustom {
            id: id("custom-0"),
            name: final_name.clone(),
            description: "Why".into(),
            area: None,
            expected_lanes: vec![],
        })
        .unwrap();
    assert_eq!(edited.name_of(&id("custom-0")), "Final");
    assert_eq!(edited.info(&id("custom-0")).unwrap().description, "Why");
    let err = layout.apply(&Edit::EditCustom {
        id: id("pricing-strategy"),
        name: final_name,
        description: String::new(),
        area: None,
        expected_lanes: vec![],
    });
    assert_eq!(err, Err(EditError::NotCustom));
}

#[test]
fn reset_brings_back_the_seeds_layout() {
    let changed =
        with_custom("Mine").apply(&Edit::Remove { id: id("pricing-strategy"), from: Lane::Pmm }).unwrap();
    let reset = changed.apply(&Edit::Reset).unwrap();
    assert_eq!(reset.lane(Lane::Pmm), seeds().lane(Lane::Pmm));
    assert!(reset.custom().is_empty());
}

#[test]
fn the_placement_index_agrees_with_lanes_of_for_every_activity() {
    let layout = seeds()
        .apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Pdm, index: 0 })
        .and_then(|l| l.apply(&Edit::Remove { id: id("vision-setting"), from: Lane::Pdm }))
        .unwrap();
    let placements = layout.placements();
    for activity in layout.activity_ids() {
        assert_eq!(placements.of(&activity).lanes(), layout.lanes_of(&activity), "{activity}");
    }
}
