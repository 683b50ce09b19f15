//! The layout as CSV for spreadsheets (RFC 4180): a header, then one record per activity in
//! the same order as the Markdown table. Cells are quoted only when they must be, and a cell
//! a spreadsheet would run as a formula is defused with a leading apostrophe.

use super::rows::activity_rows;
use crate::core::lane::Lane;
use crate::core::layout::Layout;

const HEADER: [&str; 10] =
    ["Activity", "Id", "Category", "PM", "PDM", "PMM", "Unassigned", "Lead", "Custom", "Description"];

/// The first characters that make Excel, LibreOffice or Google Sheets read a cell as a
/// formula (OWASP's list for CSV injection).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Every activity with its category, lanes (`yes`/`no` per lane), the lane that leads it
/// (`PDM`; empty when nobody does), whether the user added it, and its description; CRLF
/// line ends, the last record included.
pub fn to_csv(layout: &Layout) -> String {
    let mut out = String::new();
    write_record(&HEADER, &mut out);
    let yes_no = |flag: bool| if flag { "yes" } else { "no" };
    for row in activity_rows(layout) {
        let [pm, pdm, pmm, unassigned] = Lane::ALL.map(|lane| yes_no(row.lanes.contains(lane)));
        let cells = [
            row.info.name,
            row.id.as_str(),
            row.info.category.label(),
            pm,
            pdm,
            pmm,
            unassigned,
            row.lead.map_or("", Lane::code),
            yes_no(row.custom),
            row.info.description,
        ];
        write_record(&cells, &mut out);
    }
    out
}

fn write_record(cells: &[&str], out: &mut String) {
    for (at, cell) in cells.iter().enumerate() {
        if at > 0 {
            out.push(',');
        }
        write_cell(cell, out);
    }
    out.push_str("\r\n");
}

/// Quoted when it holds a comma, a quote or a line break, inner quotes doubled; a formula
/// start gets a `'` first, which spreadsheets show as text and do not run.
fn write_cell(cell: &str, out: &mut String) {
    let guarded = cell.starts_with(FORMULA_STARTS);
    let quoted = cell.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if guarded {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}
