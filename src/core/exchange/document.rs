//! The layout file written out: a `Layout` as a `Json` tree in the shape the `exchange`
//! module documents, and the names both directions share (format name, version, keys).

use super::json::Json;
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::codec::MAX_INPUT_BYTES;
use crate::core::lane::Lane;
use crate::core::layout::{Layout, LayoutData};
use crate::core::rules::areas::rules_for;
use crate::core::rules::Mitigation;

/// The `format` of every layout file: what tells it apart from any other JSON.
pub const LAYOUT_FILE_FORMAT: &str = "role-lanes-layout";
/// The file version this build writes, and the newest it reads. A change that an older
/// build could misread (a new field included) raises it. Version 1 had no `leads` and no
/// `practices`, and still imports.
pub const LAYOUT_FILE_VERSION: u32 = 2;
/// Largest file worth reading: the largest layout a person can build (5,000 custom
/// activities and acknowledgements, every text at its limit in the most escaped characters)
/// writes about 20 MB, so anything bigger is not a layout file and need not be parsed.
pub const MAX_FILE_BYTES: usize = 2 * MAX_INPUT_BYTES;

pub(super) const TOP_KEYS: [&str; 10] = [
    "format",
    "version",
    "title",
    "headcounts",
    "lanes",
    "leads",
    "custom",
    "next_custom",
    "acknowledgements",
    "practices",
];
/// The keys of a version 1 file.
pub(super) const V1_TOP_KEYS: [&str; 8] =
    ["format", "version", "title", "headcounts", "lanes", "custom", "next_custom", "acknowledgements"];
pub(super) const CUSTOM_KEYS: [&str; 5] = ["id", "name", "description", "area", "expected_lanes"];
pub(super) const ACKNOWLEDGEMENT_KEYS: [&str; 2] = ["warning", "note"];

/// Headcounts are keyed by role lane, cards by every lane, with the slugs of `data-lane`.
pub(super) fn role_keys() -> [&'static str; 3] {
    Lane::ROLES.map(Lane::slug)
}

pub(super) fn lane_keys() -> [&'static str; 4] {
    Lane::ALL.map(Lane::slug)
}

/// The whole layout as a pretty-printed JSON document (two-space indents, final newline)
/// that `from_json` reads back to exactly the same layout.
pub fn to_json(layout: &Layout) -> String {
    document(LayoutData::from(layout.clone())).to_pretty_string()
}

fn document(data: LayoutData) -> Json {
    let headcounts = [data.headcounts.pm, data.headcounts.pdm, data.headcounts.pmm];
    let custom = data.custom.into_iter().map(|activity| {
        entries(
            &CUSTOM_KEYS,
            [
                Json::text(activity.id.as_str()),
                Json::text(activity.name.as_str()),
                Json::Text(activity.description),
                activity.area.map_or(Json::Null, area_value),
                Json::List(activity.expected_lanes.iter().map(|lane| Json::text(lane.slug())).collect()),
            ],
        )
    });
    let acknowledgements = data
        .acknowledgements
        .into_iter()
        .map(|ack| entries(&ACKNOWLEDGEMENT_KEYS, [Json::text(ack.warning.as_str()), Json::Text(ack.note)]));
    let leads = Lane::ROLES.map(|lane| {
        let led: Vec<ActivityId> =
            data.leads.iter().filter(|(_, lead)| *lead == lane).map(|(id, _)| id.clone()).collect();
        ids(&led)
    });
    let practices = Mitigation::ALL
        .into_iter()
        .filter(|practice| data.practices & practice.bit() != 0)
        .map(|practice| Json::text(practice.slug()));
    entries(
        &TOP_KEYS,
        [
            Json::text(LAYOUT_FILE_FORMAT),
            Json::Number(f64::from(LAYOUT_FILE_VERSION)),
            Json::Text(data.title),
            entries(&role_keys(), headcounts.map(|count| Json::Number(f64::from(count)))),
            entries(&lane_keys(), Lane::ALL.map(|lane| ids(data.lanes.get(lane)))),
            entries(&role_keys(), leads),
            Json::List(custom.collect()),
            Json::Number(f64::from(data.next_custom)),
            Json::List(acknowledgements.collect()),
            Json::List(practices.collect()),
        ],
    )
}

/// An object from its keys and values, in that order.
fn entries<const N: usize>(keys: &[&str; N], values: [Json; N]) -> Json {
    Json::Object(keys.iter().map(|key| key.to_string()).zip(values).collect())
}

fn ids(cards: &[ActivityId]) -> Json {
    Json::List(cards.iter().map(|id| Json::text(id.as_str())).collect())
}

/// An overlap area by the slug its warning ids already use ("go-to-market").
fn area_value(area: OverlapArea) -> Json {
    Json::text(rules_for(area).slug)
}
