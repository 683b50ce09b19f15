//! Properties over random layouts carrying random text, and over random JSON: every layout
//! imports back exactly, every export keeps its structure whatever the text, and no tree,
//! however odd, makes the import panic or yield anything but an error or a valid layout.

use super::{parse, table_cells};
use crate::core::exchange::{from_json, to_csv, to_json, to_markdown, ImportError, Json};
use crate::core::layout::Layout;
use crate::core::rules::analyze;
use crate::core::tests::strategies::{typed_text, worded_layouts};
use proptest::prelude::*;

fn json_trees() -> impl Strategy<Value = Json> {
    let ids =
        prop::sample::select(vec!["pm", "custom-0", "vision-setting", "go-to-market", "role-lanes-layout"]);
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        prop_oneof![any::<f64>(), (0u32..30).prop_map(f64::from)].prop_map(Json::Number),
        prop_oneof![typed_text(12), ids.prop_map(String::from)].prop_map(Json::Text),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::List),
            prop::collection::vec((typed_text(6), inner), 0..6).prop_map(Json::Object),
        ]
    })
}

/// Replaces the value the route leads to (each step picks an entry of a list or an
/// object), stopping early at a leaf or an empty list.
fn replace_at(doc: &mut Json, route: &[prop::sample::Index], value: Json) {
    let child = match doc {
        Json::List(items) if !items.is_empty() => route.first().map(|pick| pick.get_mut(items)),
        Json::Object(entries) if !entries.is_empty() => {
            route.first().map(|pick| &mut pick.get_mut(entries).1)
        }
        _ => None,
    };
    match child {
        Some(child) => replace_at(child, &route[1..], value),
        None => *doc = value,
    }
}

/// Whatever an import made of a tree: an error, or a valid layout that itself round-trips.
fn assert_sound(result: Result<Layout, ImportError>) -> Result<(), TestCaseError> {
    if let Ok(layout) = result {
        prop_assert_eq!(from_json(&parse(&to_json(&layout))), Ok(layout));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_layout_imports_back_exactly(layout in worded_layouts()) {
        prop_assert_eq!(from_json(&parse(&to_json(&layout))), Ok(layout));
    }

    #[test]
    fn every_markdown_table_row_has_exactly_its_six_cells(layout in worded_layouts()) {
        let text = to_markdown(&layout, &analyze(&layout));
        let rows: Vec<&str> = text.lines().filter(|line| line.starts_with('|')).collect();
        for line in &rows {
            prop_assert_eq!(table_cells(line).len(), 8, "{}", line);
        }
        prop_assert_eq!(rows.len(), layout.activity_ids().count() + 2);
        prop_assert!(!text.contains('<'));
    }

    #[test]
    fn every_csv_has_a_record_per_activity(layout in worded_layouts()) {
        let text = to_csv(&layout);
        prop_assert_eq!(text.split_terminator("\r\n").count(), layout.activity_ids().count() + 1);
    }

    #[test]
    fn any_value_anywhere_in_an_exported_file_never_panics(
        layout in worded_layouts(), route in prop::collection::vec(any::<prop::sample::Index>(), 1..5), value in json_trees()
    ) {
        let mut doc = parse(&to_json(&layout));
        replace_at(&mut doc, &route, value);
        assert_sound(from_json(&doc))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_trees_never_panic(doc in json_trees()) {
        assert_sound(from_json(&doc))?;
    }

    #[test]
    fn random_fields_under_our_format_and_version_never_panic(
        fields in prop::collection::vec((typed_text(6), json_trees()), 0..10)
    ) {
        let mut entries = vec![("format".into(), Json::text("role-lanes-layout")), ("version".into(), Json::Number(1.0))];
        entries.extend(fields);
        assert_sound(from_json(&Json::Object(entries)))?;
    }
}
