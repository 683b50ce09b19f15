//! The import reader on a small made-up tree: each form of path it must follow, and each
//! look-alike it must not.

use super::imports::{cycles, imports};

/// A crate with a `core` of three files and a `codec` folder, all empty but for `mod`s.
const TREE: [(&str, &str); 6] = [
    ("lib.rs", "pub mod core;"),
    ("core/mod.rs", "pub mod codec; pub mod lane; pub mod layout;"),
    ("core/lane.rs", ""),
    ("core/layout.rs", ""),
    ("core/codec/mod.rs", "mod text;"),
    ("core/codec/text.rs", ""),
];

/// The tree with these files' texts replaced.
fn tree_with(changed: &[(&str, &str)]) -> Vec<(String, String)> {
    TREE.iter()
        .map(|&(path, text)| {
            let text = changed.iter().find(|(file, _)| *file == path).map_or(text, |&(_, text)| text);
            (path.to_string(), text.to_string())
        })
        .collect()
}

/// The files `file` imports once its text is `text`.
fn imported_by(file: &str, text: &str) -> Vec<String> {
    imports(&tree_with(&[(file, text)]))[file].iter().cloned().collect()
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn grouped_and_nested_use_trees_name_each_module_they_reach() {
    let text = "use crate::core::{layout::{self, Layout}, lane::*};";
    assert_eq!(imported_by("core/codec/text.rs", text), ["core/lane.rs", "core/layout.rs"]);
}

#[test]
fn super_self_and_child_paths_are_read_from_the_module_they_are_written_in() {
    let text = "use super::super::lane::Lane; fn f() { self::g(); }";
    assert_eq!(imported_by("core/codec/text.rs", text), ["core/lane.rs"]);
    let text = "mod text; pub use text::to_text; use super::layout;";
    assert_eq!(imported_by("core/codec/mod.rs", text), ["core/codec/text.rs", "core/layout.rs"]);
    let text = "mod text; fn f() -> String { text::to_text() }";
    assert_eq!(imported_by("core/codec/mod.rs", text), ["core/codec/text.rs"]);
}

#[test]
fn a_path_in_an_expression_is_an_import_too() {
    let text = "fn f() -> usize { crate::core::layout::MAX.min(2) }";
    assert_eq!(imported_by("core/lane.rs", text), ["core/layout.rs"]);
}

#[test]
fn an_item_reexported_by_a_folder_module_is_imported_from_that_module() {
    assert_eq!(imported_by("core/lane.rs", "use crate::core::codec::to_text;"), ["core/codec/mod.rs"]);
}

#[test]
fn comments_strings_visibility_and_a_files_own_tests_import_nothing() {
    let text = r##"
        //! See `crate::core::layout::Layout`.
        /* use crate::core::lane; /* nested */ */
        pub(in crate::core) fn f<'a>(x: &'a str) -> char { let _ = "use crate::core::lane;"; '"' }
        const RAW: &str = r#"crate::core::lane::Lane "quoted""#;
        #[cfg(test)]
        mod tests {
            use super::*;
        }
    "##;
    assert_eq!(imported_by("core/codec/text.rs", text), Vec::<String>::new());
}

#[test]
fn a_child_that_uses_its_parent_is_a_cycle_only_if_the_parent_uses_it_back() {
    let child = ("core/codec/text.rs", "use super::VERSION;");
    let declared = tree_with(&[child, ("core/codec/mod.rs", "mod text; pub const VERSION: u8 = 1;")]);
    assert_eq!(cycles(&imports(&declared)), [], "declaring a child with `mod` is no import");
    let used = tree_with(&[child, ("core/codec/mod.rs", "mod text; pub use text::to_text;")]);
    assert_eq!(cycles(&imports(&used)), [pair("core/codec/mod.rs", "core/codec/text.rs")]);
}

#[test]
fn two_sibling_modules_that_use_each_other_are_a_cycle() {
    let files = tree_with(&[
        ("core/lane.rs", "use super::layout::Layout;"),
        ("core/layout.rs", "use crate::core::lane::{self, Lane};"),
    ]);
    assert_eq!(cycles(&imports(&files)), [pair("core/lane.rs", "core/layout.rs")]);
}
