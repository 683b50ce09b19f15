use super::id;
use crate::core::activity::OverlapArea;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::name::ActivityName;
use crate::core::persist::{decode_saved, encode_saved, SavedDataError, SAVE_FORMAT_VERSION};

fn edited_layout() -> Layout {
    Layout::seeds_default()
        .apply(&Edit::Move { id: id("pricing-strategy"), from: Lane::Pmm, to: Lane::Pdm, index: 1 })
        .and_then(|l| l.apply(&Edit::Share { id: id("vision-setting"), to: Lane::Pm, index: 0 }))
        .and_then(|l| l.apply(&Edit::SetHeadcount { lane: Lane::Pmm, count: 3 }))
        .and_then(|l| l.apply(&Edit::AddCustom { name: ActivityName::parse("Ünïcødé <i>plan</i> 🚀").unwrap(), description: "d".into(), area: Some(OverlapArea::GoToMarketStrategyAndExecution), expected_lanes: vec![Lane::Pmm], lane: Lane::Pm }))
        .unwrap()
}

#[test]
fn a_saved_layout_reads_back_exactly() {
    let layout = edited_layout();
    assert_eq!(decode_saved(&encode_saved(&layout)), Ok(layout));
}

#[test]
fn the_envelope_names_the_app_and_the_format_version() {
    let text = encode_saved(&Layout::seeds_default());
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["app"], "role-lanes");
    assert_eq!(value["version"], SAVE_FORMAT_VERSION);
}

#[test]
fn text_that_is_not_json_is_reported_as_such() {
    assert!(matches!(decode_saved("{not json"), Err(SavedDataError::NotJson(_))));
}

#[test]
fn json_from_another_app_is_not_taken_for_ours() {
    assert_eq!(decode_saved(r#"{"theme":"dark"}"#), Err(SavedDataError::NotOurs));
    assert_eq!(decode_saved(r#"{"app":"other","version":1,"layout":{}}"#), Err(SavedDataError::NotOurs));
}

#[test]
fn a_save_from_a_newer_version_is_refused_with_its_version() {
    let text = encode_saved(&Layout::seeds_default()).replace("\"version\":1", "\"version\":9");
    assert_eq!(decode_saved(&text), Err(SavedDataError::FromNewerVersion(9)));
}

#[test]
fn a_layout_that_places_an_unknown_activity_is_refused() {
    let text = encode_saved(&Layout::seeds_default()).replace("\"pricing-strategy\"", "\"made-up\"");
    let err = decode_saved(&text).unwrap_err();
    assert!(err.to_string().contains("made-up"), "{err}");
}

#[test]
fn a_layout_with_a_card_twice_in_a_lane_is_refused() {
    let text = encode_saved(&Layout::seeds_default()).replace("\"pricing-strategy\"", "\"pricing-strategy\",\"pricing-strategy\"");
    assert!(matches!(decode_saved(&text), Err(SavedDataError::Invalid(_))));
}

#[test]
fn a_zero_headcount_is_refused() {
    let text = encode_saved(&Layout::seeds_default()).replace("\"pdm\":1", "\"pdm\":0");
    assert!(decode_saved(&text).unwrap_err().to_string().contains("headcount"));
}

#[test]
fn catalog_activities_missing_from_an_older_save_arrive_in_unassigned() {
    // A save written when the catalog had no Pricing Strategy yet.
    let text = encode_saved(&Layout::seeds_default()).replace("\"pricing-strategy\",", "");
    let layout = decode_saved(&text).unwrap();
    assert_eq!(layout.lanes_of(&id("pricing-strategy")), vec![Lane::Unassigned]);
}

#[test]
fn a_save_without_the_custom_counter_never_reuses_an_id() {
    let mut value: serde_json::Value = serde_json::from_str(&encode_saved(&edited_layout())).unwrap();
    value["layout"].as_object_mut().unwrap().remove("next_custom");
    let layout = decode_saved(&value.to_string()).unwrap();
    let next = layout.apply(&Edit::AddCustom { name: ActivityName::parse("Another").unwrap(), description: String::new(), area: None, expected_lanes: vec![], lane: Lane::Pm }).unwrap();
    assert_eq!(next.custom()[1].id.as_str(), "custom-1");
}

#[test]
fn a_custom_activity_saved_before_areas_and_expected_lanes_still_loads() {
    let mut value: serde_json::Value = serde_json::from_str(&encode_saved(&edited_layout())).unwrap();
    let custom = value["layout"]["custom"][0].as_object_mut().unwrap();
    custom.remove("area");
    custom.remove("expected_lanes");
    let layout = decode_saved(&value.to_string()).unwrap();
    assert_eq!(layout.custom()[0].area, None);
    assert!(layout.custom()[0].expected_lanes.is_empty());
}

#[test]
fn a_custom_activity_saved_with_its_area_and_expected_lanes_reads_back() {
    let layout = decode_saved(&encode_saved(&edited_layout())).unwrap();
    assert_eq!(layout.custom()[0].area, Some(OverlapArea::GoToMarketStrategyAndExecution));
    assert_eq!(layout.custom()[0].expected_lanes, [Lane::Pmm]);
}

#[test]
fn saved_expected_lanes_outside_the_roles_or_repeated_are_refused() {
    let text = encode_saved(&edited_layout());
    for bad in ["[\"unassigned\"]", "[\"pmm\",\"pmm\"]"] {
        let broken = text.replace("\"expected_lanes\":[\"pmm\"]", &format!("\"expected_lanes\":{bad}"));
        assert_ne!(broken, text);
        assert!(decode_saved(&broken).unwrap_err().to_string().contains("custom-0"), "{bad}");
    }
}
