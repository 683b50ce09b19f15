//! The JSON layout file: what it looks like, and that importing it gives back exactly the
//! layout that was exported.

use super::{parse, sample};
use crate::core::exchange::{from_json, to_json, Json};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use serde_json::{json, Value};

fn round_trip(layout: &Layout) -> Layout {
    from_json(&parse(&to_json(layout))).expect("an exported file imports")
}

#[test]
fn the_seeds_board_imports_back_exactly() {
    let layout = Layout::seeds_default();
    assert_eq!(round_trip(&layout), layout);
}

#[test]
fn custom_activities_headcounts_acknowledgements_and_an_awkward_title_import_back_exactly() {
    let layout = sample();
    assert_eq!(round_trip(&layout), layout);
}

#[test]
fn the_file_says_what_it_is_and_uses_the_apps_own_ids() {
    let doc: Value = serde_json::from_str(&to_json(&sample())).unwrap();
    assert_eq!(doc["format"], "role-lanes-layout");
    assert_eq!(doc["version"], 2);
    assert_eq!(doc["headcounts"], json!({"pm": 1, "pdm": 3, "pmm": 20}));
    assert!(doc["lanes"]["pdm"].as_array().unwrap().contains(&json!("vision-setting")));
    assert!(doc["lanes"]["pmm"].as_array().unwrap().contains(&json!("custom-0")));
    assert_eq!(doc["custom"][0]["id"], "custom-0");
    assert_eq!(doc["custom"][0]["area"], "go-to-market");
    assert_eq!(doc["custom"][0]["expected_lanes"], json!(["pmm"]));
    assert_eq!(doc["custom"][1]["id"], "custom-2", "the deleted custom-1 is gone");
    assert_eq!(doc["next_custom"], 3);
    assert_eq!(doc["acknowledgements"][1], json!({"warning": "tension/retired-rule/x", "note": ""}));
}

#[test]
fn descriptions_hold_what_the_form_stored_and_areas_may_be_null() {
    let doc: Value = serde_json::from_str(&to_json(&sample())).unwrap();
    assert_eq!(doc["custom"][0]["description"], "Line one line \"two\" with <b>markup</b>");
    assert_eq!(doc["custom"][1]["description"], "C:\\path\\to | table");
    let mut scratch =
        super::add_custom(Layout::seeds_default(), "Scratch", "", None, crate::core::lane::Lane::Unassigned);
    scratch = round_trip(&scratch);
    let doc: Value = serde_json::from_str(&to_json(&scratch)).unwrap();
    assert_eq!(doc["custom"][0]["area"], Value::Null);
    assert_eq!(doc["custom"][0]["expected_lanes"], json!([]));
}

#[test]
fn the_file_is_indented_by_two_spaces_and_ends_with_a_newline() {
    let text = to_json(&Layout::seeds_default());
    assert!(
        text.starts_with("{\n  \"format\": \"role-lanes-layout\",\n  \"version\": 2,\n  \"title\": \"\",\n"),
        "{text}"
    );
    assert!(text.contains("\n  \"headcounts\": {\n    \"pm\": 1,\n    \"pdm\": 1,\n    \"pmm\": 1\n  },\n"));
    assert!(text.contains("\n  \"lanes\": {\n    \"pm\": [\n      \"overall-product-performance\",\n"));
    assert!(
        text.contains("\n  \"leads\": {\n    \"pm\": [],\n    \"pdm\": [\n      \"customer-retention\",\n")
    );
    assert!(text.contains("\n  \"custom\": [],\n"));
    assert!(text.ends_with("  \"acknowledgements\": [],\n  \"practices\": []\n}\n"));
}

#[test]
fn quotes_backslashes_and_control_characters_are_escaped_and_other_text_stays_readable() {
    let text = to_json(&sample());
    assert!(text.contains(r#""title": "Q3 \"split\"\nC:\\roles\t\u0001\u2028 été","#), "{text}");
    assert!(text.contains("Partner \\\"enablement\\\" 🚀"));
    assert!(text.contains("<i>Évaluation</i> `x` | y & 定价"));
}

#[test]
fn whole_numbers_are_written_without_a_fraction_and_others_as_null() {
    let numbers =
        Json::List(vec![Json::Number(3.0), Json::Number(-0.0), Json::Number(2.5), Json::Number(f64::NAN)]);
    assert_eq!(numbers.to_pretty_string(), "[\n  3,\n  0,\n  null,\n  null\n]\n");
    assert_eq!(Json::Object(vec![]).to_pretty_string(), "{}\n");
    assert_eq!(Json::Bool(true).to_pretty_string(), "true\n");
}

#[test]
fn the_largest_layout_a_person_can_build_fits_the_file_cap_and_imports_back() {
    use crate::core::activity::ActivityId;
    use crate::core::exchange::MAX_FILE_BYTES;
    use crate::core::layout::{CustomActivity, LayoutData, MAX_ACKNOWLEDGEMENTS, MAX_CUSTOM_ACTIVITIES};
    use crate::core::name::ActivityName;
    use crate::core::rules::{Acknowledgement, WarningId};

    let mut data = LayoutData::from(Layout::seeds_default());
    // Control characters escape to six bytes each, emoji take four.
    data.title = "\u{1}".repeat(80);
    for n in 0..MAX_CUSTOM_ACTIVITIES as u32 {
        let id = ActivityId::custom(u32::MAX - MAX_CUSTOM_ACTIVITIES as u32 + n);
        let name = ActivityName::parse(&"🚀".repeat(80)).unwrap();
        let expected_lanes = vec![Lane::Pm, Lane::Pdm, Lane::Pmm];
        for lane in [&mut data.lanes.pm, &mut data.lanes.pdm, &mut data.lanes.pmm] {
            lane.push(id.clone());
        }
        data.custom.push(CustomActivity {
            id,
            name,
            description: "🚀".repeat(280),
            area: None,
            expected_lanes,
        });
    }
    for n in 0..MAX_ACKNOWLEDGEMENTS {
        let warning = WarningId::from_saved(format!("{n:04}{}", "\u{1}".repeat(196)));
        data.acknowledgements.push(Acknowledgement { warning, note: "🚀".repeat(280) });
    }
    let layout = Layout::try_from(data).expect("the largest valid layout");
    let text = to_json(&layout);
    assert!(text.len() < MAX_FILE_BYTES, "{} bytes", text.len());
    assert_eq!(from_json(&parse(&text)), Ok(layout));
}
