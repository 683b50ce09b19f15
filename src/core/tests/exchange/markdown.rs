//! The Markdown page: a heading, the headcounts, a RACI-style table in which no name can
//! break out of its cell, and the warnings grouped by severity.

use super::{add_custom, apply, sample, table_cells};
use crate::core::activity::ActivityId;
use crate::core::edit::Edit;
use crate::core::exchange::to_markdown;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::analyze;

fn page(layout: &Layout) -> String {
    to_markdown(layout, &analyze(layout))
}

/// The row of the activity whose name cell is `name`: Activity, Category, PM, PDM, PMM, Ownership.
fn row(page: &str, name: &str) -> Vec<String> {
    let line =
        page.lines().find(|line| line.starts_with(&format!("| {name} |"))).expect("a row for the activity");
    let cells = table_cells(line);
    assert_eq!((cells.len(), cells[0].as_str(), cells[7].as_str()), (8, "", ""), "{line}");
    cells[1..7].to_vec()
}

#[test]
fn the_page_opens_with_the_title_and_the_headcounts() {
    let text = page(&sample());
    assert!(
        text.starts_with("# Q3 \"split\" C:\\\\roles    été\n\nPeople per role: PM 1, PDM 3, PMM 20.\n"),
        "{text}"
    );
    assert!(page(&Layout::seeds_default()).starts_with("# Role Lanes layout\n"));
}

#[test]
fn a_legend_explains_the_marks() {
    let text = page(&Layout::seeds_default());
    assert!(text.contains("**L**: the role leads the activity: it decides and answers for it. **C**: the role contributes to it."));
    assert!(text.contains(
        "| Activity | Category | PM | PDM | PMM | Ownership |\n| --- | --- | :-: | :-: | :-: | --- |\n"
    ));
}

#[test]
fn a_shared_activity_is_marked_lead_and_contributes_in_its_lanes() {
    let text = page(&Layout::seeds_default());
    let cells = row(&text, "User Testing");
    assert_eq!(cells, ["User Testing", "Product Development", "", "L", "C", "PDM (lead), PMM (contributes)"]);
    let cells = row(&text, "Shared Research");
    assert_eq!(cells[2..], ["", "C", "C", "**No lead**: PDM and PMM"]);
    let cells = row(&text, "Vision Setting");
    assert_eq!(cells[2..], ["", "L", "", "PDM (lead)"]);
}

#[test]
fn two_contributors_are_named_together() {
    let layout = apply(
        Layout::seeds_default(),
        Edit::Share { id: ActivityId::new("user-testing"), to: Lane::Pm, index: 0 },
    );
    assert_eq!(
        row(&page(&layout), "User Testing")[2..],
        ["C", "L", "C", "PDM (lead), PM and PMM (contribute)"]
    );
}

#[test]
fn the_practices_in_place_are_listed_with_their_advice() {
    use crate::core::rules::Mitigation;
    assert!(page(&Layout::seeds_default()).contains(
        "## Practices in place\n\nNone of the guide's 7 practices is in place yet.\n\n## Warnings"
    ));
    let practice = Mitigation::UnifiedMetricsDashboard;
    let layout = apply(Layout::seeds_default(), Edit::SetPractice { practice, in_place: true });
    let listed =
        format!("## Practices in place\n\n- **{}**. {}\n\n## Warnings", practice.title(), practice.advice());
    assert!(page(&layout).contains(&listed), "{}", page(&layout));
}

#[test]
fn a_mitigated_warning_is_marked_so() {
    use crate::core::rules::Mitigation;
    let layout = [Mitigation::UnifiedMetricsDashboard, Mitigation::CustomerCentricDecisionLoops]
        .into_iter()
        .fold(Layout::seeds_default(), |layout, practice| {
            apply(layout, Edit::SetPractice { practice, in_place: true })
        });
    let text = page(&layout);
    assert!(
        text.contains(
            "- **Lifecycle Management and Customer Feedback is split between PDM and PMM** (mitigated)\n"
        ),
        "{text}"
    );
}

#[test]
fn an_unowned_activity_says_so() {
    let layout = apply(
        Layout::seeds_default(),
        Edit::Move { id: ActivityId::new("vision-setting"), from: Lane::Pdm, to: Lane::Unassigned, index: 0 },
    );
    assert_eq!(row(&page(&layout), "Vision Setting")[2..], ["", "", "", "**Unowned**"]);
}

#[test]
fn one_row_per_activity_grouped_by_heading_with_custom_activities_last() {
    let layout = sample();
    let text = page(&layout);
    let table = text.lines().skip_while(|line| !line.starts_with("| --- |")).skip(1);
    let rows: Vec<&str> = table.take_while(|line| line.starts_with("| ")).collect();
    assert_eq!(rows.len(), layout.activity_ids().count());
    let categories: Vec<String> = rows.iter().map(|line| table_cells(line)[2].clone()).collect();
    let mut headings = categories.clone();
    headings.dedup();
    assert_eq!(
        headings.iter().filter(|heading| *heading == "Product Development").count(),
        1,
        "{headings:?}"
    );
    assert_eq!(categories[categories.len() - 2..], ["Custom", "Custom"]);
}

#[test]
fn a_hostile_name_stays_inside_its_cell_and_is_escaped() {
    let name = "Evil | <script>alert(1)</script> # `x` [link](javascript:1) *b* & _i_";
    let layout = add_custom(Layout::seeds_default(), name, "", None, Lane::Pm);
    let text = page(&layout);
    let escaped =
        r"Evil \| &lt;script&gt;alert(1)&lt;/script&gt; \# \`x\` \[link\](javascript:1) \*b\* &amp; \_i\_";
    assert_eq!(row(&text, escaped)[1..], ["Custom", "L", "", "", "PM (lead)"]);
    assert!(!text.contains("<script>"));
}

#[test]
fn the_warnings_are_grouped_by_severity_with_why_and_what_helps() {
    let layout = Layout::seeds_default();
    let warnings = analyze(&layout);
    let text = page(&layout);
    let section = text.split_once("\n## Warnings\n\n").expect("a warnings section").1;
    let first = &warnings[0];
    assert!(section.starts_with(&format!("### {} (", first.severity.label())), "{section}");
    assert!(section.contains(&format!("- **{}**\n", first.title)), "{section}");
    for mitigation in &first.mitigations {
        assert!(section.contains(&format!("  - Suggested: **{}**.", mitigation.title())));
    }
}

#[test]
fn an_acknowledged_warning_is_marked_and_shows_its_note() {
    let layout = sample();
    let acknowledged = &analyze(&layout)[0];
    let text = page(&layout);
    let at = text.find(&format!("**{}** (acknowledged)\n", acknowledged.title)).expect("marked acknowledged");
    assert!(text[at..].contains("  - Acknowledged: We know — \"on purpose\".\n"), "{text}");
}

#[test]
fn a_layout_without_warnings_says_so() {
    assert!(to_markdown(&Layout::seeds_default(), &[]).ends_with("## Warnings\n\nNo warnings.\n"));
}
