//! Named layouts: storage keys that stay compatible with older saves, titles, renaming.

use crate::core::edit::{Edit, EditError};
use crate::core::layout::Layout;
use crate::core::library::{copy_title, display_title, SlotId};

const PREFIX: &str = "role-lanes/default/";

#[test]
fn the_first_layout_keeps_the_key_older_builds_saved_under() {
    assert_eq!(SlotId::FIRST.key(PREFIX), "role-lanes/default/layout");
    assert_eq!(SlotId::from_key("role-lanes/default/layout", PREFIX), Some(SlotId::FIRST));
}

#[test]
fn later_layouts_get_numbered_keys_that_read_back() {
    let slot = SlotId::unused([SlotId::FIRST]);
    assert_eq!(slot.key(PREFIX), "role-lanes/default/layout/2");
    assert_eq!(SlotId::from_key(&slot.key(PREFIX), PREFIX), Some(slot));
}

#[test]
fn keys_of_other_namespaces_and_odd_spellings_are_not_layouts() {
    for key in [
        "role-lanes/other/layout",
        "role-lanes/default/layout/",
        "role-lanes/default/layout/02",
        "role-lanes/default/layout/1",
        "role-lanes/default/layout/x",
        "role-lanes/default/layouts",
        "role-lanes/default/active",
    ] {
        assert_eq!(SlotId::from_key(key, PREFIX), None, "{key}");
    }
}

#[test]
fn a_new_layout_never_takes_an_existing_slot() {
    let existing = [SlotId::FIRST, SlotId::parse("7").unwrap(), SlotId::parse("3").unwrap()];
    assert_eq!(SlotId::unused(existing), SlotId::parse("8").unwrap());
    assert_eq!(SlotId::unused([]), SlotId::FIRST);
}

#[test]
fn untitled_layouts_still_have_a_name_in_the_list() {
    assert_eq!(display_title(""), "Untitled layout");
    assert_eq!(display_title("Team A"), "Team A");
}

#[test]
fn a_copy_title_stays_within_the_title_limit() {
    assert_eq!(copy_title("Team A"), "Copy of Team A");
    let long = "é".repeat(80);
    assert_eq!(copy_title(&long).chars().count(), 80);
}

#[test]
fn renaming_tidies_the_title_and_refuses_one_too_long() {
    let layout =
        Layout::seeds_default().apply(&Edit::Rename { title: "  Workshop\n table 3 ".into() }).unwrap();
    assert_eq!(layout.title(), "Workshop table 3");
    let err = layout.apply(&Edit::Rename { title: "x".repeat(81) }).unwrap_err();
    assert_eq!(err, EditError::TitleTooLong { max: 80 });
    assert_eq!(layout.title(), "Workshop table 3");
}

#[test]
fn export_file_names_are_safe_everywhere() {
    use crate::core::library::file_stem;
    assert_eq!(file_stem("Workshop: Table 3 / PMs"), "workshop-table-3-pms");
    assert_eq!(file_stem("<script>"), "script");
    assert_eq!(file_stem("日本語"), "role-lanes-layout");
    assert_eq!(file_stem(""), "role-lanes-layout");
}
