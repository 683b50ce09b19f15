//! Lead and contributes: a card one role lane holds is led by it; a shared card has at most
//! one lead, which the user sets, moves carry, sharing keeps and removing the lead's
//! placement clears; every change is undoable.

use super::id;
use crate::core::catalog::{CATALOG, SEED_LEADS};
use crate::core::edit::{Edit, EditError};
use crate::core::history::History;
use crate::core::lane::Lane;
use crate::core::layout::{Layout, LayoutData, LayoutError};
use crate::core::name::ActivityName;

fn after(edits: &[Edit]) -> Layout {
    edits.iter().fold(Layout::seeds_default(), |layout, edit| layout.apply(edit).expect("edit applies"))
}

fn share(raw: &str, to: Lane) -> Edit {
    Edit::Share { id: id(raw), to, index: 0 }
}

fn set_lead(raw: &str, lane: Option<Lane>) -> Edit {
    Edit::SetLead { id: id(raw), lane }
}

fn lead(layout: &Layout, raw: &str) -> Option<Lane> {
    layout.lead(&id(raw))
}

#[test]
fn on_the_seeds_board_development_leads_the_shared_work_the_marketer_collaborates_in() {
    let layout = Layout::seeds_default();
    for raw in ["user-testing", "customer-retention", "user-personas-and-journeys"] {
        assert_eq!(lead(&layout, raw), Some(Lane::Pdm), "{raw}");
        assert!(layout.is_lead(&id(raw), Lane::Pdm) && !layout.is_lead(&id(raw), Lane::Pmm), "{raw}");
    }
    assert_eq!(lead(&layout, "shared-research"), None, "the seeds name no lead for shared research");
}

#[test]
fn every_activity_one_lane_holds_is_led_by_that_lane() {
    let layout = Layout::seeds_default();
    for entry in CATALOG.iter().filter(|entry| entry.lanes.len() == 1) {
        assert_eq!(lead(&layout, entry.id), Some(entry.lanes[0]), "{}", entry.id);
    }
    let unowned = after(&[Edit::Remove { id: id("pricing-strategy"), from: Lane::Pmm }]);
    assert_eq!(lead(&unowned, "pricing-strategy"), None, "nobody holds it");
}

#[test]
fn the_catalog_leads_are_shared_activities_and_lanes_that_hold_them() {
    for (raw, lane) in SEED_LEADS {
        let entry = CATALOG.iter().find(|entry| entry.id == raw).expect("a catalog id");
        assert!(entry.lanes.len() > 1 && entry.lanes.contains(&lane), "{raw}");
    }
    let shared = CATALOG.iter().filter(|entry| entry.lanes.len() > 1).count();
    assert_eq!(shared, SEED_LEADS.len() + 1, "all but Shared Research have a lead");
}

#[test]
fn making_a_lane_the_lead_demotes_the_other() {
    let layout = after(&[set_lead("user-testing", Some(Lane::Pmm))]);
    assert_eq!(lead(&layout, "user-testing"), Some(Lane::Pmm));
    assert!(!layout.is_lead(&id("user-testing"), Lane::Pdm));
    let none = after(&[set_lead("user-testing", None)]);
    assert_eq!(lead(&none, "user-testing"), None);
}

#[test]
fn a_lead_must_be_a_role_lane_that_holds_the_card() {
    let layout = Layout::seeds_default();
    let refused = |edit: Edit| layout.apply(&edit).unwrap_err();
    assert_eq!(refused(set_lead("user-testing", Some(Lane::Pm))), EditError::NotInLane(Lane::Pm));
    assert_eq!(refused(set_lead("user-testing", Some(Lane::Unassigned))), EditError::NotARoleLane);
    assert_eq!(refused(set_lead("no-such-card", None)), EditError::UnknownActivity);
    let err = refused(set_lead("pricing-strategy", None));
    assert_eq!(err, EditError::SoleOwner);
    assert!(err.to_string().contains("share it"), "{err}");
}

#[test]
fn a_sole_owner_made_lead_again_changes_nothing() {
    let layout = Layout::seeds_default();
    assert_eq!(layout.apply(&set_lead("pricing-strategy", Some(Lane::Pmm))), Ok(layout));
}

#[test]
fn sharing_adds_a_contributor_and_the_owner_keeps_the_lead() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm)]);
    assert_eq!(lead(&layout, "pricing-strategy"), Some(Lane::Pmm));
    let third = layout.apply(&share("pricing-strategy", Lane::Pm)).unwrap();
    assert_eq!(lead(&third, "pricing-strategy"), Some(Lane::Pmm));
    let unled = after(&[set_lead("user-testing", None), share("user-testing", Lane::Pm)]);
    assert_eq!(lead(&unled, "user-testing"), None, "sharing does not pick a lead");
}

#[test]
fn a_card_shared_out_of_the_tray_is_led_by_its_first_lane() {
    let layout = after(&[
        Edit::Remove { id: id("pricing-strategy"), from: Lane::Pmm },
        share("pricing-strategy", Lane::Pdm),
        share("pricing-strategy", Lane::Pmm),
    ]);
    assert_eq!(lead(&layout, "pricing-strategy"), Some(Lane::Pdm));
}

#[test]
fn moving_the_lead_to_another_lane_takes_the_lead_with_it() {
    let layout = after(&[Edit::Move { id: id("user-testing"), from: Lane::Pdm, to: Lane::Pm, index: 0 }]);
    assert_eq!(layout.lanes_of(&id("user-testing")), [Lane::Pm, Lane::Pmm]);
    assert_eq!(lead(&layout, "user-testing"), Some(Lane::Pm));
}

#[test]
fn moving_a_contributor_leaves_the_lead_where_it_is() {
    let layout = after(&[Edit::Move { id: id("user-testing"), from: Lane::Pmm, to: Lane::Pm, index: 0 }]);
    assert_eq!(lead(&layout, "user-testing"), Some(Lane::Pdm));
}

#[test]
fn moving_the_lead_onto_a_contributor_leaves_one_lane_which_leads() {
    let layout = after(&[Edit::Move { id: id("user-testing"), from: Lane::Pdm, to: Lane::Pmm, index: 0 }]);
    assert_eq!(layout.lanes_of(&id("user-testing")), [Lane::Pmm]);
    assert_eq!(lead(&layout, "user-testing"), Some(Lane::Pmm));
    assert!(layout.leads().iter().all(|(led, _)| led != &id("user-testing")), "no stored lead for one lane");
}

#[test]
fn removing_the_lead_of_a_card_still_shared_leaves_it_without_a_lead() {
    let three = after(&[share("user-testing", Lane::Pm)]);
    let layout = three.apply(&Edit::Remove { id: id("user-testing"), from: Lane::Pdm }).unwrap();
    assert_eq!(layout.lanes_of(&id("user-testing")), [Lane::Pm, Lane::Pmm]);
    assert_eq!(lead(&layout, "user-testing"), None);
    let to_tray =
        three.apply(&Edit::Move { id: id("user-testing"), from: Lane::Pdm, to: Lane::Unassigned, index: 0 });
    assert_eq!(to_tray.map(|layout| lead(&layout, "user-testing")), Ok(None));
}

#[test]
fn when_one_role_lane_is_left_it_leads() {
    let layout =
        after(&[set_lead("user-testing", None), Edit::Remove { id: id("user-testing"), from: Lane::Pdm }]);
    assert_eq!(lead(&layout, "user-testing"), Some(Lane::Pmm));
}

#[test]
fn deleting_a_custom_activity_drops_its_lead() {
    let add = Edit::AddCustom {
        name: ActivityName::parse("Partner Enablement").unwrap(),
        description: String::new(),
        area: None,
        expected_lanes: vec![],
        lane: Lane::Pmm,
    };
    let shared = after(&[add, share("custom-0", Lane::Pm)]);
    assert_eq!(lead(&shared, "custom-0"), Some(Lane::Pmm));
    let deleted = shared.apply(&Edit::DeleteCustom { id: id("custom-0") }).unwrap();
    assert_eq!(deleted.leads(), Layout::seeds_default().leads());
}

#[test]
fn reset_brings_back_the_seeds_leads() {
    let layout = after(&[set_lead("user-testing", Some(Lane::Pmm)), Edit::Reset]);
    assert_eq!(layout, Layout::seeds_default());
}

#[test]
fn a_lead_change_is_one_undo_step_each_way() {
    let mut history = History::new(Layout::seeds_default());
    assert!(history.push(history.present().apply(&set_lead("user-testing", Some(Lane::Pmm))).unwrap()));
    assert!(history.undo());
    assert_eq!(lead(history.present(), "user-testing"), Some(Lane::Pdm));
    assert!(history.redo());
    assert_eq!(lead(history.present(), "user-testing"), Some(Lane::Pmm));
}

#[test]
fn the_placement_index_gives_the_same_leads() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm), set_lead("user-testing", None)]);
    let placements = layout.placements();
    for activity in layout.activity_ids() {
        assert_eq!(placements.lead(&activity), layout.lead(&activity), "{activity}");
    }
}

#[test]
fn saved_data_with_two_leads_for_one_activity_is_refused() {
    let mut data = LayoutData::from(Layout::seeds_default());
    data.leads.push((id("user-testing"), Lane::Pmm));
    let err = Layout::try_from(data).unwrap_err();
    assert_eq!(err, LayoutError::TwoLeads("user-testing".into()));
    assert!(err.to_string().contains("two leads"), "{err}");
}

#[test]
fn saved_data_with_a_lead_in_a_lane_that_does_not_hold_the_card_is_refused() {
    for lane in [Lane::Pm, Lane::Unassigned] {
        let mut data = LayoutData::from(Layout::seeds_default());
        data.leads.push((id("shared-research"), lane));
        assert_eq!(
            Layout::try_from(data).unwrap_err(),
            LayoutError::BadLead("shared-research".into()),
            "{lane:?}"
        );
    }
}

#[test]
fn saved_data_naming_the_lead_of_a_card_one_lane_holds_means_the_same_without_it() {
    let mut data = LayoutData::from(Layout::seeds_default());
    data.leads.insert(0, (id("pricing-strategy"), Lane::Pmm));
    data.leads.reverse();
    assert_eq!(Layout::try_from(data), Ok(Layout::seeds_default()));
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use crate::core::lane::Lane;
    use crate::core::tests::strategies::{edit_for, layouts, Step};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Whatever edit comes next: at most one lead per card, always a role lane holding
        /// it, stored only for shared cards, and a card one lane holds is led by it.
        #[test]
        fn every_edit_keeps_the_lead_rules(layout in layouts(), step in any::<Step>()) {
            let next = layout.apply(&edit_for(&layout, step)).unwrap_or(layout);
            let leads = next.leads();
            prop_assert!(leads.windows(2).all(|pair| pair[0].0 < pair[1].0), "sorted, one per card");
            for (id, lane) in leads {
                prop_assert!(next.lane(*lane).contains(id), "{} led by {:?}, which does not hold it", id, lane);
                prop_assert!(next.lanes_of(id).iter().filter(|l| l.is_role()).count() > 1, "{} is not shared", id);
            }
            for id in next.activity_ids() {
                let roles: Vec<Lane> = next.lanes_of(&id).into_iter().filter(|l| l.is_role()).collect();
                match roles.as_slice() {
                    [] => prop_assert_eq!(next.lead(&id), None),
                    [only] => prop_assert_eq!(next.lead(&id), Some(*only)),
                    _ => prop_assert!(next.lead(&id).is_none_or(|lead| roles.contains(&lead))),
                }
            }
        }
    }
}
