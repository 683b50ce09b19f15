//! Saving a layout as text and reading it back: exact round trips; other data, old JSON
//! saves and newer formats refused with a message; damaged data refused; saves from an
//! older catalog brought up to date.

use super::codec::spec::{catalog, custom, text_of, Spec, SpecCustom};
use super::id;
use crate::core::activity::OverlapArea;
use crate::core::codec::to_text;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::{Layout, LayoutData};
use crate::core::name::ActivityName;
use crate::core::persist::{decode_saved, encode_saved, SavedDataError};
use crate::core::rules::analyze;

fn edited_layout() -> Layout {
    let layout = Layout::seeds_default()
        .apply(&Edit::Move { id: id("pricing-strategy"), from: Lane::Pmm, to: Lane::Pdm, index: 1 })
        .and_then(|l| l.apply(&Edit::Share { id: id("vision-setting"), to: Lane::Pm, index: 0 }))
        .and_then(|l| l.apply(&Edit::SetHeadcount { lane: Lane::Pmm, count: 3 }))
        .and_then(|l| {
            l.apply(&Edit::AddCustom {
                name: ActivityName::parse("Ünïcødé <i>plan</i> 🚀").unwrap(),
                description: "d".into(),
                area: Some(OverlapArea::GoToMarketStrategyAndExecution),
                expected_lanes: vec![Lane::Pmm],
                lane: Lane::Pm,
            })
        })
        .and_then(|l| {
            l.apply(&Edit::AddCustom {
                name: ActivityName::parse("定价 review").unwrap(),
                description: "Quarterly, with finance".into(),
                area: None,
                expected_lanes: vec![],
                lane: Lane::Unassigned,
            })
        })
        .unwrap();
    let warning = analyze(&layout)[0].id.clone();
    let layout = layout
        .apply(&Edit::Acknowledge { warning, note: "Agreed in the workshop “for now” 🚀".into() })
        .unwrap();
    let mut data = LayoutData::from(layout);
    data.title = "Équipe produit".into();
    Layout::try_from(data).unwrap()
}

fn invalid_reason(text: &str) -> String {
    match decode_saved(text) {
        Err(SavedDataError::Invalid(reason)) => reason,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_saved_layout_reads_back_exactly() {
    let layout = edited_layout();
    assert_eq!(layout.custom().len(), 2);
    assert_eq!(layout.acknowledgements().len(), 1);
    assert_eq!(decode_saved(&encode_saved(&layout)), Ok(layout));
}

#[test]
fn the_saved_text_is_the_codec_text_form() {
    let layout = edited_layout();
    let text = encode_saved(&layout);
    assert!(text.starts_with("rl2."), "{text}");
    assert_eq!(text, to_text(&layout));
}

#[test]
fn an_old_json_save_and_other_data_are_not_taken_for_ours() {
    for text in
        [r#"{"app":"role-lanes","version":1,"layout":{"lanes":{}}}"#, r#"{"theme":"dark"}"#, "{not json", ""]
    {
        assert_eq!(decode_saved(text), Err(SavedDataError::NotOurs), "{text:?}");
    }
    assert_eq!(SavedDataError::NotOurs.to_string(), "it is not a Role Lanes layout this version can read");
}

#[test]
fn a_save_from_a_newer_version_is_refused_with_its_version() {
    assert_eq!(decode_saved("rl9.AQ"), Err(SavedDataError::FromNewerVersion(9)));
    let mut spec = Spec::seeds();
    spec.version = 9;
    assert_eq!(decode_saved(&spec.text()), Err(SavedDataError::FromNewerVersion(9)));
    assert!(SavedDataError::FromNewerVersion(9).to_string().contains("newer version"));
}

#[test]
fn a_layout_that_places_an_unknown_activity_is_refused() {
    let mut spec = Spec::seeds();
    spec.lane_mut(Lane::Pm).push(catalog("performance-metrics") + 2);
    assert!(invalid_reason(&spec.text()).contains("does not know"));
}

#[test]
fn a_layout_with_a_card_twice_in_a_lane_is_refused() {
    let mut spec = Spec::seeds();
    spec.lane_mut(Lane::Pmm).push(catalog("pricing-strategy"));
    assert!(invalid_reason(&spec.text()).contains("twice"));
}

#[test]
fn a_zero_headcount_is_refused() {
    let mut spec = Spec::seeds();
    spec.headcounts = [1, 0, 1];
    assert!(invalid_reason(&spec.text()).contains("headcount"));
}

#[test]
fn damaged_text_is_refused_with_what_is_wrong() {
    let text = encode_saved(&edited_layout());
    assert!(invalid_reason(&text[.."rl1.".len() + 8]).contains("cut short"), "the first 6 bytes alone");
    assert!(invalid_reason(&format!("{text}==")).contains("characters"));
    assert!(invalid_reason(&text_of(&[0])).contains("never wrote"));
}

#[test]
fn catalog_activities_missing_from_an_older_save_arrive_in_unassigned() {
    // A save written when the catalog had no Pricing Strategy yet.
    let mut spec = Spec::seeds();
    spec.lane_mut(Lane::Pmm).retain(|&card| card != catalog("pricing-strategy"));
    let layout = decode_saved(&spec.text()).unwrap();
    assert_eq!(layout.lanes_of(&id("pricing-strategy")), vec![Lane::Unassigned]);
    assert_eq!(layout.lane(Lane::Unassigned).last(), Some(&id("pricing-strategy")));
}

#[test]
fn a_save_whose_custom_counter_is_behind_never_reuses_an_id() {
    let mut spec = Spec::seeds();
    spec.custom.push(SpecCustom { n: 0, name: b"Mine".to_vec(), description: vec![], area: 0, expected: 0 });
    spec.lane_mut(Lane::Pm).push(custom(0));
    spec.next_custom = 0;
    let layout = decode_saved(&spec.text()).unwrap();
    let next = layout
        .apply(&Edit::AddCustom {
            name: ActivityName::parse("Another").unwrap(),
            description: String::new(),
            area: None,
            expected_lanes: vec![],
            lane: Lane::Pm,
        })
        .unwrap();
    assert_eq!(next.custom()[1].id.as_str(), "custom-1");
}

#[test]
fn a_custom_activity_saved_with_its_area_and_expected_lanes_reads_back() {
    let layout = decode_saved(&encode_saved(&edited_layout())).unwrap();
    assert_eq!(layout.custom()[0].area, Some(OverlapArea::GoToMarketStrategyAndExecution));
    assert_eq!(layout.custom()[0].expected_lanes, [Lane::Pmm]);
}

#[test]
fn saved_expected_lanes_outside_the_roles_are_refused() {
    let mut spec = Spec::seeds();
    spec.custom.push(SpecCustom {
        n: 0,
        name: b"Mine".to_vec(),
        description: vec![],
        area: 0,
        expected: 0b1000,
    });
    spec.lane_mut(Lane::Pm).push(custom(0));
    assert!(invalid_reason(&spec.text()).contains("out of range"));
}

#[test]
fn custom_activities_out_of_creation_order_are_refused() {
    use crate::core::layout::{CustomActivity, LayoutData};
    let mut data = LayoutData::from(Layout::seeds_default());
    for n in [1, 0] {
        let id = crate::core::activity::ActivityId::custom(n);
        let name = ActivityName::parse("Ours").unwrap();
        data.custom.push(CustomActivity {
            id: id.clone(),
            name,
            description: String::new(),
            area: None,
            expected_lanes: Vec::new(),
        });
        data.lanes.pm.push(id);
    }
    assert!(Layout::try_from(data).is_err());
}
