//! Tests of the file exports: the JSON layout file read back exactly and refused with a
//! message for every kind of damage, the Markdown page and the CSV table. serde_json
//! stands in for the browser's `JSON.parse` (the shell's part), so the file we write is
//! checked by a parser we did not write.

mod csv;
mod import_errors;
mod json_file;
mod leads_and_practices;
mod markdown;
#[cfg(not(target_arch = "wasm32"))]
mod properties;

use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::edit::Edit;
use crate::core::exchange::Json;
use crate::core::lane::Lane;
use crate::core::layout::{Layout, LayoutData};
use crate::core::name::{parse_description, ActivityName};
use crate::core::rules::{analyze, WarningId};
use serde_json::Value;

/// A file's text as the shell hands it to the core: parsed, then turned into a `Json` tree.
fn parse(text: &str) -> Json {
    tree(serde_json::from_str(text).expect("the file is valid JSON"))
}

/// The test's stand-in for the shell's conversion of `JSON.parse` output.
pub(crate) fn tree(value: Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(flag) => Json::Bool(flag),
        Value::Number(number) => Json::Number(number.as_f64().unwrap_or(f64::NAN)),
        Value::String(text) => Json::Text(text),
        Value::Array(items) => Json::List(items.into_iter().map(tree).collect()),
        Value::Object(entries) => {
            Json::Object(entries.into_iter().map(|(key, value)| (key, tree(value))).collect())
        }
    }
}

fn apply(layout: Layout, edit: Edit) -> Layout {
    layout.apply(&edit).expect("a sensible edit")
}

/// Adds a custom activity to a lane; its description is entered the way the form enters it.
fn add_custom(
    layout: Layout,
    name: &str,
    description: &str,
    area: Option<OverlapArea>,
    lane: Lane,
) -> Layout {
    let name = ActivityName::parse(name).expect("a valid name");
    let description = parse_description(description).expect("a valid description");
    let expected_lanes = if lane.is_role() { vec![lane] } else { vec![] };
    apply(layout, Edit::AddCustom { name, description, area, expected_lanes, lane })
}

/// A board with everything a file carries: a raw title, custom activities with awkward
/// text (one deleted, so `next_custom` runs ahead), headcounts, and acknowledgements of a
/// warning that fires and of one that no longer does.
fn sample() -> Layout {
    let mut layout = Layout::seeds_default();
    let (go_to_market, lifecycle) =
        (OverlapArea::GoToMarketStrategyAndExecution, OverlapArea::LifecycleManagementAndCustomerFeedback);
    layout = add_custom(
        layout,
        "Partner \"enablement\" 🚀",
        "Line one\nline \"two\"\twith <b>markup</b>",
        Some(go_to_market),
        Lane::Pmm,
    );
    layout = add_custom(layout, "Scratch", "", None, Lane::Unassigned);
    layout = add_custom(
        layout,
        "<i>Évaluation</i> `x` | y & 定价",
        "C:\\path\\to | table",
        Some(lifecycle),
        Lane::Pdm,
    );
    layout = apply(layout, Edit::DeleteCustom { id: ActivityId::custom(1) });
    layout = apply(layout, Edit::SetHeadcount { lane: Lane::Pdm, count: 3 });
    layout = apply(layout, Edit::SetHeadcount { lane: Lane::Pmm, count: 20 });
    let firing = analyze(&layout)[0].id.clone();
    layout = apply(layout, Edit::Acknowledge { warning: firing, note: "We know — \"on purpose\".".into() });
    let retired = WarningId::from_saved("tension/retired-rule/x".into());
    layout = apply(layout, Edit::Acknowledge { warning: retired, note: String::new() });
    let mut data = LayoutData::from(layout);
    data.title = "Q3 \"split\"\nC:\\roles\t\u{1}\u{2028} été".into();
    Layout::try_from(data).expect("a valid layout")
}

/// The cells of a table row, split on the pipes that are not escaped.
fn table_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '|' if !escaped => cells.push(String::new()),
            _ => cells.last_mut().unwrap().push(c),
        }
        escaped = c == '\\' && !escaped;
    }
    cells.iter().map(|cell| cell.trim().to_string()).collect()
}
