//! The matrix view as HTML text: every activity down, PM / PDM / PMM across, and in each
//! cell whether the role leads the activity, contributes to it or has no part, as RACI
//! charts show it. Written as text rather than as Yew elements because a table of small,
//! uniform cells is exactly what `html!` makes expensive: drawn by Yew it cost 3 KiB of
//! every first load, for a view most visits never open. The component around it listens
//! once for the cells' clicks and keys, and reads which cell from `data-row` and
//! `data-cell`, and the rows above and below from `data-up` and `data-down`; every text and
//! attribute value here is escaped (names are the user's).

use super::view::BoardWarnings;
use crate::core::activity::ActivityId;
use crate::core::groups::groups;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::matrix::part;

/// The table. `active` is the cell Tab reaches (the first when it is not on the board);
/// `help_id` names the paragraph that explains the keys.
pub fn matrix_html(
    layout: &Layout,
    warnings: &BoardWarnings,
    active: Option<&(ActivityId, Lane)>,
    help_id: &str,
) -> String {
    let ids: Vec<ActivityId> = layout.activity_ids().collect();
    // Grouped once: the categories give the table's sections, and the same order gives
    // each row the rows above and below it.
    let grouped = groups(layout, &ids);
    let rows: Vec<&ActivityId> = grouped.iter().flat_map(|(_, at)| at.iter().map(|&i| &ids[i])).collect();
    let placements = layout.placements();
    let active = active.filter(|(id, _)| layout.contains(id)).cloned();
    let active = active.or_else(|| Some(((*rows.first()?).clone(), Lane::Pm)));
    let mut row_at: usize = 0;
    let mut html = String::with_capacity(256 + ids.len() * 600);
    let mut push = |parts: &[&str]| parts.iter().for_each(|part| html.push_str(part));

    push(&[
        r#"<p class="rl-matrix-help" id=""#,
        &escape(help_id),
        r#"">"#,
        "Press a cell to step it: no part, contributes, leads. The arrow keys move between cells.",
        r#"</p><table class="rl-matrix" role="grid" aria-label="Who leads and who contributes" aria-describedby=""#,
        &escape(help_id),
        r#""><thead><tr><th scope="col">Activity</th>"#,
    ]);
    for lane in Lane::ROLES {
        push(&[r#"<th scope="col" title=""#, lane.full_name(), r#"">"#, lane.code(), "</th>"]);
    }
    push(&["</tr></thead>"]);
    for (category, at) in &grouped {
        push(&[
            r#"<tbody><tr class="rl-matrix-group"><th scope="rowgroup" colspan="4">"#,
            category.label(),
            "</th></tr>",
        ]);
        for id in at.iter().map(|&i| &ids[i]) {
            let name = escape(&layout.name_of(id));
            let unowned = if placements.of(id).roles().is_empty() { " data-unowned" } else { "" };
            let up = row_at.checked_sub(1).map_or("", |at| rows[at].as_str());
            let down = rows.get(row_at + 1).map_or("", |row| row.as_str());
            row_at += 1;
            push(&[
                r#"<tr data-row=""#,
                &escape(id.as_str()),
                r#"" data-up=""#,
                &escape(up),
                r#"" data-down=""#,
                &escape(down),
                r#"""#,
                unowned,
                r#"><th scope="row">"#,
                &name,
            ]);
            // The card's badge, as a mark: the Warnings panel says what it is.
            if !warnings.for_card(id).is_empty() {
                push(&[
                    r#" <span class="rl-matrix-alert">⚠<span class="rl-sr-only">, has open warnings</span></span>"#,
                ]);
            }
            push(&["</th>"]);
            for lane in Lane::ROLES {
                let part = part(&placements, id, lane);
                let tabindex =
                    if active.as_ref().is_some_and(|(a, l)| a == id && *l == lane) { "0" } else { "-1" };
                push(&[
                    r#"<td><button type="button" class="rl-cell" data-cell=""#,
                    lane.slug(),
                    r#"" data-part=""#,
                    part.slug(),
                    r#"" tabindex=""#,
                    tabindex,
                    r#"" aria-label=""#,
                    &name,
                    ", ",
                    lane.code(),
                    ": ",
                    part.slug(),
                    // The cell names its role (a long table scrolls its headings away);
                    // an empty cell's words are drawn transparent.
                    r#"">"#,
                    lane.code(),
                    " ",
                    part.slug(),
                    "</button></td>",
                ]);
            }
            push(&["</tr>"]);
        }
        push(&["</tbody>"]);
    }
    push(&["</table>"]);
    html
}

/// Text safe inside an element or a quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
