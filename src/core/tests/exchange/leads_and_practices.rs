//! The layout file carries leads and practices (version 2), and a version 1 file, written
//! before either existed, still imports: its shared cards with no lead, no practice in place.

use super::{apply, parse, tree};
use crate::core::activity::ActivityId;
use crate::core::edit::Edit;
use crate::core::exchange::{from_json, to_json, ImportError};
use crate::core::lane::Lane;
use crate::core::layout::{Layout, LayoutData, LayoutError};
use crate::core::rules::Mitigation;
use crate::core::tests::codec::migration::workshop_board;
use serde_json::{json, Value};

/// A file the format-1 build exported (of `workshop_board()`).
const VERSION_1_FILE: &str = include_str!("../fixtures/board_v1.json");

fn led_and_practised() -> Layout {
    let layout = apply(
        Layout::seeds_default(),
        Edit::Share { id: ActivityId::new("pricing-strategy"), to: Lane::Pdm, index: 0 },
    );
    let layout = apply(layout, Edit::SetLead { id: ActivityId::new("user-testing"), lane: Some(Lane::Pmm) });
    let layout = apply(layout, Edit::SetLead { id: ActivityId::new("customer-retention"), lane: None });
    apply(layout, Edit::SetPractice { practice: Mitigation::FeedbackLoops, in_place: true })
}

#[test]
fn leads_are_listed_under_the_lane_that_leads_and_practices_by_slug() {
    let doc: Value = serde_json::from_str(&to_json(&led_and_practised())).unwrap();
    assert_eq!(
        doc["leads"],
        json!({"pm": [], "pdm": ["user-personas-and-journeys"], "pmm": ["pricing-strategy", "user-testing"]})
    );
    assert_eq!(doc["practices"], json!(["feedback-loops"]));
}

#[test]
fn a_file_with_leads_and_practices_imports_back_exactly() {
    let layout = led_and_practised();
    assert_eq!(from_json(&parse(&to_json(&layout))), Ok(layout));
}

#[test]
fn a_version_1_file_imports_with_its_shared_cards_unled() {
    let layout = from_json(&parse(VERSION_1_FILE)).expect("a version 1 file imports");
    let mut expected = LayoutData::from(workshop_board());
    expected.leads.clear();
    assert_eq!(Ok(layout.clone()), Layout::try_from(expected));
    assert_eq!(layout.lead(&ActivityId::new("pricing-strategy")), None);
    assert_eq!(layout.lead(&ActivityId::new("vision-setting")), Some(Lane::Pmm), "one lane leads alone");
    assert_eq!(layout.practices().count(), 0);
}

#[test]
fn a_version_1_file_may_not_carry_the_fields_of_version_2() {
    let mut doc: Value = serde_json::from_str(VERSION_1_FILE).unwrap();
    doc["practices"] = json!([]);
    assert_eq!(from_json(&tree(doc)), Err(ImportError::UnknownField { path: "practices".into() }));
}

#[test]
fn a_version_2_file_needs_its_leads_and_practices() {
    let mut doc: Value = serde_json::from_str(&to_json(&Layout::seeds_default())).unwrap();
    doc.as_object_mut().unwrap().remove("leads");
    assert_eq!(from_json(&tree(doc)), Err(ImportError::Missing { path: "leads".into() }));
}

#[test]
fn an_activity_listed_under_two_leading_lanes_is_refused() {
    let mut doc: Value = serde_json::from_str(&to_json(&Layout::seeds_default())).unwrap();
    doc["leads"]["pmm"] = json!(["user-testing"]);
    let err = from_json(&tree(doc)).unwrap_err();
    assert_eq!(err, ImportError::Invalid(LayoutError::TwoLeads("user-testing".into())));
}

#[test]
fn a_lead_in_a_lane_that_does_not_hold_the_card_is_refused() {
    let mut doc: Value = serde_json::from_str(&to_json(&Layout::seeds_default())).unwrap();
    doc["leads"]["pm"] = json!(["shared-research"]);
    assert_eq!(
        from_json(&tree(doc)),
        Err(ImportError::Invalid(LayoutError::BadLead("shared-research".into())))
    );
}

#[test]
fn an_unknown_practice_is_refused_with_the_known_ones() {
    let mut doc: Value = serde_json::from_str(&to_json(&Layout::seeds_default())).unwrap();
    doc["practices"] = json!(["daily-standups"]);
    let err = from_json(&tree(doc)).unwrap_err();
    assert!(matches!(&err, ImportError::NotOneOf { path, .. } if path == "practices[0]"), "{err:?}");
    assert!(err.to_string().contains("structured-communication, centralized-documentation"), "{err}");
}

#[test]
fn a_hand_written_lead_of_a_card_one_lane_holds_is_accepted_as_said_already() {
    let mut doc: Value = serde_json::from_str(&to_json(&Layout::seeds_default())).unwrap();
    doc["leads"]["pmm"] = json!(["pricing-strategy"]);
    assert_eq!(from_json(&tree(doc)), Ok(Layout::seeds_default()));
}
