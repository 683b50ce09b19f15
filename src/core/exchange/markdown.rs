//! The layout as a Markdown page for a wiki: a title, the headcounts, a RACI-style table
//! of who leads and who contributes to what, the practices in place, and the warnings
//! grouped by severity with their advice and acknowledgement notes. Every text that is not
//! ours (names, titles, notes, and the warnings that quote them) is made inert first, so no
//! name can break the table, start a heading or a link, or inject HTML into the page.

use super::rows::activity_rows;
use crate::core::lane::{Lane, LaneSet};
use crate::core::layout::Layout;
use crate::core::rules::{Mitigation, Severity, Warning};

/// Heading of a layout without a title.
const UNTITLED: &str = "Role Lanes layout";
/// Activities a warning names before it says "and N more".
const NAMES_SHOWN: usize = 12;

const LEGEND: &str = "**L**: the role leads the activity: it decides and answers for it. **C**: the role \
    contributes to it. **No lead**: more than one role holds it and none leads (see the overlap \
    warnings). **Unowned**: no role holds it yet; it waits in the Unassigned tray.";

/// A wiki-ready Markdown document: the layout's table and the given warnings (normally
/// `rules::analyze(layout)`), with the layout's acknowledgement notes.
pub fn to_markdown(layout: &Layout, warnings: &[Warning]) -> String {
    let mut out = String::new();
    let title = if layout.title().trim().is_empty() { UNTITLED } else { layout.title() };
    out.push_str(&format!("# {}\n\n", inline(title)));
    let headcounts: Vec<String> =
        Lane::ROLES.iter().map(|&lane| format!("{} {}", lane.code(), layout.headcount(lane))).collect();
    out.push_str(&format!("People per role: {}.\n\n", headcounts.join(", ")));
    write_table(layout, &mut out);
    write_practices(layout, &mut out);
    write_warnings(layout, warnings, &mut out);
    out
}

fn write_practices(layout: &Layout, out: &mut String) {
    out.push_str(
        "## Practices in place

",
    );
    let mut any = false;
    for practice in layout.practices() {
        out.push_str(&format!("- **{}**. {}\n", practice.title(), practice.advice()));
        any = true;
    }
    if !any {
        out.push_str(&format!("None of the guide's {} practices is in place yet.\n", Mitigation::ALL.len()));
    }
    out.push('\n');
}

fn write_table(layout: &Layout, out: &mut String) {
    out.push_str("## Who does what\n\n");
    out.push_str(LEGEND);
    out.push_str(
        "\n\n| Activity | Category | PM | PDM | PMM | Ownership |\n| --- | --- | :-: | :-: | :-: | --- |\n",
    );
    for row in activity_rows(layout) {
        let roles = row.lanes.roles();
        let mark = |lane| match roles.contains(lane) {
            false => " ",
            true if row.lead == Some(lane) => "L",
            true => "C",
        };
        let marks: Vec<&str> = Lane::ROLES.into_iter().map(mark).collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            inline(row.info.name),
            inline(row.info.category.label()),
            marks.join(" | "),
            ownership(roles, row.lead)
        ));
    }
    out.push('\n');
}

/// "PMM (lead), PDM (contributes)", "PDM (lead)", "**No lead**: PDM and PMM" or "**Unowned**".
fn ownership(roles: LaneSet, lead: Option<Lane>) -> String {
    match lead {
        _ if roles.is_empty() => "**Unowned**".to_string(),
        None => format!("**No lead**: {}", roles.codes()),
        Some(lead) if roles.len() == 1 => format!("{} (lead)", lead.code()),
        Some(lead) => {
            let others = roles.without(lead);
            let verb = if others.len() == 1 { "contributes" } else { "contribute" };
            format!("{} (lead), {} ({verb})", lead.code(), others.codes())
        }
    }
}

fn write_warnings(layout: &Layout, warnings: &[Warning], out: &mut String) {
    out.push_str("## Warnings\n\n");
    if warnings.is_empty() {
        out.push_str("No warnings.\n");
        return;
    }
    for severity in Severity::ALL {
        let group: Vec<&Warning> = warnings.iter().filter(|w| w.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("### {} ({})\n\n", severity.label(), group.len()));
        for warning in group {
            write_warning(layout, warning, out);
        }
        out.push('\n');
    }
}

fn write_warning(layout: &Layout, warning: &Warning, out: &mut String) {
    let note = layout.acknowledgement(&warning.id);
    let marker = match (note.is_some(), warning.mitigated) {
        (true, true) => " (mitigated, acknowledged)",
        (false, true) => " (mitigated)",
        (true, false) => " (acknowledged)",
        (false, false) => "",
    };
    out.push_str(&format!("- **{}**{marker}\n", inline(&warning.title)));
    out.push_str(&format!("  - Why: {}\n", inline(&warning.explanation)));
    out.push_str(&format!("  - Concerns: {}\n", inline(&concerns(layout, warning))));
    for mitigation in &warning.mitigations {
        out.push_str(&format!(
            "  - Suggested: **{}**. {}\n",
            inline(mitigation.title()),
            inline(mitigation.advice())
        ));
    }
    match note {
        Some("") => out.push_str("  - Acknowledged, without a note.\n"),
        Some(note) => out.push_str(&format!("  - Acknowledged: {}\n", inline(note))),
        None => {}
    }
}

/// The activities a warning names (the first few, then a count), or else its lanes.
fn concerns(layout: &Layout, warning: &Warning) -> String {
    if warning.activities.is_empty() {
        return LaneSet::of(&warning.lanes).codes().to_string();
    }
    let names: Vec<String> =
        warning.activities.iter().take(NAMES_SHOWN).map(|id| layout.name_of(id)).collect();
    match warning.activities.len().saturating_sub(NAMES_SHOWN) {
        0 => names.join(", "),
        more => format!("{} and {more} more", names.join(", ")),
    }
}

/// Text made inert on one Markdown line or in a table cell: `&`, `<` and `>` become HTML
/// entities (no tags), Markdown's punctuation is backslash-escaped (no cell break, heading,
/// emphasis, code or link), and line breaks and other control characters become spaces.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
