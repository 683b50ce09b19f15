//! Import and export: a JSON file or a saved link opens like a share link; anything else is
//! refused with the reason; exports are offered as downloads named after the layout.

use super::*;
use crate::app::exchange::{export_text, layout_in_file, InFile};
use crate::app::msg::{ExportFormat, FileText, ImportProblem, JsonTextError};
use crate::core::exchange::to_json;
use crate::core::tests::exchange::tree;

/// Stands in for the shell's `JSON.parse` (serde_json, a parser we did not write), as the
/// core's exchange tests do.
fn parsed(text: &str) -> FileText {
    let json = serde_json::from_str(text).map(tree).map_err(|_| JsonTextError::NotJson);
    FileText { text: text.to_string(), json }
}

/// A file as the shell reports it: read, then understood by the file-formats module.
fn read(name: &str, read: Result<FileText, ImportProblem>) -> Msg {
    let read = read.and_then(|file| match layout_in_file(&file).map_err(ImportProblem::NotALayout)? {
        InFile::Layout(layout) => Ok(layout),
        // The shell has the browser inflate it, as for a link.
        InFile::CompressedLink(text) => {
            from_share_text(&text).map_err(|err| ImportProblem::NotALayout(err.to_string()))
        }
    });
    Msg::FileRead { name: name.into(), read }
}

#[test]
fn an_exported_json_file_imports_back_into_the_shared_view() {
    let mut app = Driver::fresh();
    let theirs = titled(&pricing_in_pdm(), "Imported");
    app.send(read("team.json", Ok(parsed(&to_json(&theirs)))));
    assert!(!app.state.is_own());
    assert_eq!(*app.state.layout(), theirs);
    assert!(app.said().contains("Showing the imported layout Imported"), "{}", app.said());
    assert_eq!(app.writes(), 0);
}

#[test]
fn a_file_holding_a_share_link_imports_too() {
    for layout in [pricing_in_pdm(), with_team_activities(20)] {
        assert_eq!(share_text(&layout).starts_with("rl2z."), layout != pricing_in_pdm());
        let mut app = Driver::fresh();
        let text = format!("https://intranet.example/roles#{}\n", share_text(&layout));
        app.send(read("link.txt", Ok(parsed(&text))));
        assert_eq!(*app.state.layout(), layout);
    }
}

#[test]
fn a_file_that_is_not_a_layout_is_refused_with_the_reason_and_changes_nothing() {
    let cases = [
        (Ok(parsed("hello")), "it is not JSON at all"),
        (Ok(parsed("{\"format\": \"something-else\"}")), "not a Role Lanes layout file"),
        (Ok(FileText { text: "[[[[".into(), json: Err(JsonTextError::TooDeep) }), "nests far too deeply"),
        (Err(ImportProblem::TooLarge), "far larger than any layout file"),
        (Err(ImportProblem::Unreadable), "the browser could not read it"),
    ];
    for (file, reason) in cases {
        let mut app = Driver::with_saved(&[(1, &pricing_in_pdm())]);
        app.send(read("bad <b>file</b>.json", file));
        let notice = app.state.notice.clone().unwrap_or_default();
        assert!(
            notice.starts_with("The file \u{201c}bad <b>file</b>.json\u{201d} cannot be imported: "),
            "{notice}"
        );
        assert!(notice.contains(reason), "{notice}");
        assert!(app.state.is_own());
        assert_eq!(*app.state.layout(), pricing_in_pdm());
        app.send(Msg::NoticeDismissed);
        assert_eq!(app.state.notice, None);
    }
}

#[test]
fn exports_are_files_named_after_the_layout_written_by_the_file_formats_module() {
    let layout = titled(&pricing_in_pdm(), "Q3 split: PM/PMM");
    let mut app = Driver::with_saved(&[(1, &layout)]);
    let mut export = |format| {
        app.send(Msg::ExportChosen(format));
        match app.take().pop() {
            Some(Effect::Export { format: asked, layout, name, mime }) => {
                assert_eq!(asked, format);
                (name, mime, export_text(&layout, format).expect("a file format"))
            }
            other => panic!("expected an export, got {other:?}"),
        }
    };
    let (name, mime, text) = export(ExportFormat::Json);
    assert_eq!((name.as_str(), mime), ("q3-split-pm-pmm.json", "application/json"));
    assert_eq!(text, to_json(&layout));
    let (name, _, text) = export(ExportFormat::Markdown);
    assert_eq!(name, "q3-split-pm-pmm.md");
    assert!(text.contains("Pricing Strategy"));
    let (name, mime, text) = export(ExportFormat::Csv);
    assert_eq!((name.as_str(), mime), ("q3-split-pm-pmm.csv", "text/csv"));
    assert!(text.starts_with('\u{feff}'));
    app.send(Msg::ExportChosen(ExportFormat::Print));
    assert_eq!(app.take(), vec![Effect::Print]);
}

#[test]
fn an_export_that_cannot_be_made_says_why_and_changes_nothing() {
    let mut app = Driver::with_saved(&[(1, &pricing_in_pdm())]);
    app.send(Msg::ExportFailed("the file-formats module could not be loaded".into()));
    let notice = app.state.notice.clone().unwrap_or_default();
    assert!(notice.contains("could not be loaded"), "{notice}");
    assert_eq!(*app.state.layout(), pricing_in_pdm());
    assert_eq!(app.writes(), 0);
}

#[test]
fn every_format_has_a_name_both_sides_agree_on() {
    for format in [ExportFormat::Json, ExportFormat::Markdown, ExportFormat::Csv, ExportFormat::Print] {
        assert_eq!(ExportFormat::from_slug(format.slug()), Some(format));
    }
    assert_eq!(ExportFormat::from_slug("exe"), None);
}
