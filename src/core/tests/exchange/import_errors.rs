//! A file refused for every kind of damage, with the path of the field at fault and the
//! message a person sees ("This file cannot be imported: …").

use super::{add_custom, tree};
use crate::core::exchange::{from_json, to_json, ImportError, Json};
use crate::core::lane::Lane;
use crate::core::layout::{Layout, LayoutError};
use crate::core::name::TextError;
use serde_json::{json, Value};

/// The seeds' board with one custom activity, exported, changed as JSON, and imported.
fn import_changed(change: impl FnOnce(&mut Value)) -> Result<Layout, ImportError> {
    let layout = add_custom(Layout::seeds_default(), "Mine", "", None, Lane::Pdm);
    let mut doc: Value = serde_json::from_str(&to_json(&layout)).unwrap();
    change(&mut doc);
    from_json(&tree(doc))
}

fn refused(err: Result<Layout, ImportError>) -> ImportError {
    err.expect_err("the file is refused")
}

#[test]
fn json_that_is_not_a_layout_file_is_not_ours() {
    for other in
        [json!([]), json!("role-lanes-layout"), json!({}), json!({"format": "something-else", "version": 1})]
    {
        assert_eq!(from_json(&tree(other.clone())), Err(ImportError::NotOurs), "{other}");
    }
    assert_eq!(refused(import_changed(|doc| doc["format"] = json!(null))), ImportError::NotOurs);
    assert_eq!(ImportError::NotOurs.to_string(), "it is not a Role Lanes layout file");
}

#[test]
fn a_file_from_a_newer_version_says_so_even_with_fields_this_version_does_not_know() {
    let err = refused(import_changed(|doc| {
        doc["version"] = json!(3);
        doc["theme"] = json!("dark");
    }));
    assert_eq!(err, ImportError::NewerVersion(3));
    assert!(
        err.to_string().starts_with("it was made by a newer version of Role Lanes (file version 3)"),
        "{err}"
    );
}

#[test]
fn the_version_must_be_a_whole_number_from_one() {
    let err = refused(import_changed(|doc| doc["version"] = json!(0.5)));
    assert_eq!(err, ImportError::OutOfRange { path: "version".into(), min: 1, max: u32::MAX.into() });
    let err = refused(import_changed(|doc| doc["version"] = json!("1")));
    assert_eq!(err.to_string(), "version is not a number");
    let err = refused(import_changed(|doc| drop(doc.as_object_mut().unwrap().remove("version"))));
    assert_eq!(err.to_string(), "it has no version");
}

#[test]
fn a_missing_field_is_named_with_its_path() {
    let err = refused(import_changed(|doc| drop(doc.as_object_mut().unwrap().remove("title"))));
    assert_eq!(err, ImportError::Missing { path: "title".into() });
    let err = refused(import_changed(|doc| {
        drop(doc["custom"][0].as_object_mut().unwrap().remove("expected_lanes"))
    }));
    assert_eq!(err.to_string(), "it has no custom[0].expected_lanes");
}

#[test]
fn a_field_this_version_does_not_read_is_refused_rather_than_dropped() {
    let err = refused(import_changed(|doc| doc["theme"] = json!("dark")));
    assert_eq!(err, ImportError::UnknownField { path: "theme".into() });
    assert_eq!(
        err.to_string(),
        "it has a field Role Lanes does not read (theme); remove it or export the file again"
    );
    let err = refused(import_changed(|doc| doc["lanes"]["ceo"] = json!([])));
    assert_eq!(err, ImportError::UnknownField { path: "lanes.ceo".into() });
    let err = refused(import_changed(|doc| doc["headcounts"]["x".repeat(10_000)] = json!(1)));
    let shown = format!("headcounts.{}…", "x".repeat(40));
    assert_eq!(err, ImportError::UnknownField { path: shown });
}

#[test]
fn a_key_given_twice_is_refused() {
    let layout = Layout::seeds_default();
    let Json::Object(mut entries) = super::parse(&to_json(&layout)) else { panic!("an object") };
    entries.push(("title".into(), Json::text("Again")));
    let err = from_json(&Json::Object(entries)).unwrap_err();
    assert_eq!(err, ImportError::DuplicateField { path: "title".into() });
    assert_eq!(err.to_string(), "title appears twice");
}

#[test]
fn a_value_of_the_wrong_type_is_named_with_its_path() {
    let err = refused(import_changed(|doc| doc["lanes"]["pdm"][3] = json!(5)));
    assert_eq!(err, ImportError::WrongType { path: "lanes.pdm[3]".into(), expected: "text" });
    assert_eq!(err.to_string(), "lanes.pdm[3] is not text");
    let cases = [
        ("headcounts", json!([1, 1, 1]), "headcounts is not an object"),
        ("custom", json!({}), "custom is not a list"),
        ("title", json!(null), "title is not text"),
        ("next_custom", json!(true), "next_custom is not a number"),
    ];
    for (key, value, message) in cases {
        assert_eq!(refused(import_changed(|doc| doc[key] = value)).to_string(), message);
    }
    let err = refused(import_changed(|doc| doc["custom"][0]["area"] = json!(3)));
    assert_eq!(err.to_string(), "custom[0].area is not text or null");
    let err = refused(import_changed(|doc| doc["acknowledgements"] = json!([["warning", "note"]])));
    assert_eq!(err.to_string(), "acknowledgements[0] is not an object");
}

#[test]
fn numbers_must_be_whole_and_in_range() {
    for bad in [json!(2.5), json!(0), json!(21), json!(-1), json!(1e300)] {
        let err = refused(import_changed(|doc| doc["headcounts"]["pdm"] = bad.clone()));
        assert_eq!(err, ImportError::OutOfRange { path: "headcounts.pdm".into(), min: 1, max: 20 }, "{bad}");
    }
    assert_eq!(
        refused(import_changed(|doc| doc["headcounts"]["pm"] = json!(21))).to_string(),
        "headcounts.pm is not a whole number from 1 to 20"
    );
    for bad in [json!(-1), json!(4_294_967_296u64), json!(0.5)] {
        let err = refused(import_changed(|doc| doc["next_custom"] = bad.clone()));
        assert_eq!(
            err,
            ImportError::OutOfRange { path: "next_custom".into(), min: 0, max: u32::MAX.into() },
            "{bad}"
        );
    }
}

#[test]
fn an_area_or_expected_lane_must_be_one_of_the_known_ids() {
    let err = refused(import_changed(|doc| doc["custom"][0]["area"] = json!("pricing")));
    assert_eq!(
        err.to_string(),
        "custom[0].area is not one of market-research, product-strategy, product-development, go-to-market, messaging, lifecycle"
    );
    let err =
        refused(import_changed(|doc| doc["custom"][0]["expected_lanes"] = json!(["pdm", "unassigned"])));
    assert_eq!(
        err,
        ImportError::NotOneOf { path: "custom[0].expected_lanes[1]".into(), allowed: "pm, pdm, pmm".into() }
    );
}

#[test]
fn texts_and_lists_over_the_codecs_caps_are_too_long() {
    let err = refused(import_changed(|doc| doc["title"] = json!("x".repeat(321))));
    assert_eq!(err, ImportError::TooLong { path: "title".into(), max: 80, unit: "characters" });
    assert_eq!(err.to_string(), "title is longer than Role Lanes accepts (at most 80 characters)");
    let err = refused(import_changed(|doc| doc["custom"] = json!(vec![Value::Null; 5_001])));
    assert_eq!(err, ImportError::TooLong { path: "custom".into(), max: 5_000, unit: "entries" });
    let err = refused(import_changed(|doc| {
        doc["acknowledgements"] = json!([{"warning": "w".repeat(201), "note": ""}])
    }));
    assert_eq!(
        err,
        ImportError::TooLong { path: "acknowledgements[0].warning".into(), max: 200, unit: "bytes" }
    );
    let err =
        refused(import_changed(|doc| doc["custom"][0]["expected_lanes"] = json!(["pm", "pdm", "pmm", "pm"])));
    assert_eq!(
        err,
        ImportError::TooLong { path: "custom[0].expected_lanes".into(), max: 3, unit: "entries" }
    );
    let err = refused(import_changed(|doc| doc["lanes"]["pm"] = json!(vec!["vision-setting"; 100_000])));
    assert!(
        matches!(err, ImportError::TooLong { ref path, unit: "entries", .. } if path == "lanes.pm"),
        "{err:?}"
    );
}

#[test]
fn a_custom_activity_needs_a_name_of_at_most_80_characters() {
    let err = refused(import_changed(|doc| doc["custom"][0]["name"] = json!(" \n ")));
    assert_eq!(err, ImportError::BadName { path: "custom[0].name".into(), problem: TextError::Empty });
    assert_eq!(err.to_string(), "custom[0].name is empty, and every activity needs a name");
    let err = refused(import_changed(|doc| doc["custom"][0]["name"] = json!("é".repeat(81))));
    assert_eq!(err.to_string(), "custom[0].name has 81 characters (at most 80)");
}

#[test]
fn a_hand_edited_name_is_tidied_like_a_typed_one() {
    let layout = import_changed(|doc| doc["custom"][0]["name"] = json!("  Partner \n  enablement ")).unwrap();
    assert_eq!(layout.custom()[0].name.as_str(), "Partner enablement");
}

#[test]
fn a_well_formed_file_that_breaks_a_layout_rule_says_which() {
    let err = refused(import_changed(|doc| {
        doc["lanes"]["pdm"].as_array_mut().unwrap().push(json!("no-such-activity"))
    }));
    assert_eq!(err, ImportError::Invalid(LayoutError::UnknownActivity("no-such-activity".into())));
    assert_eq!(err.to_string(), "it places an activity that does not exist (\"no-such-activity\")");
    let err = refused(import_changed(|doc| doc["lanes"]["unassigned"] = json!(["vision-setting"])));
    assert_eq!(err, ImportError::Invalid(LayoutError::OwnedAndUnassigned("vision-setting".into())));
    let err = refused(import_changed(|doc| doc["custom"][0]["expected_lanes"] = json!(["pmm", "pm"])));
    assert_eq!(err, ImportError::Invalid(LayoutError::BadCustomActivity("custom-0".into())));
}

#[test]
fn nothing_is_refused_for_being_at_its_limit() {
    let layout = import_changed(|doc| {
        doc["title"] = json!("品".repeat(80));
        doc["headcounts"] = json!({"pm": 20, "pdm": 1, "pmm": 20});
        doc["custom"][0]["description"] = json!("🚀".repeat(280));
    })
    .unwrap();
    assert_eq!(layout.title().chars().count(), 80);
    assert_eq!(layout.headcount(Lane::Pmm), 20);
}
