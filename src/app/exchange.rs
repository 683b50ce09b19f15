//! The file formats as the file-formats module (`src/bin/exchange.rs`) offers them: writing
//! a layout as JSON, Markdown or CSV, and reading a picked or dropped file back into a
//! layout. Kept out of the board's own code path, so the board loads without them.

use super::msg::{ExportFormat, FileText, JsonTextError};
use crate::core::codec::{read_share_text, ShareText};
use crate::core::exchange::{from_json, to_csv, to_json, to_markdown};
use crate::core::layout::Layout;
use crate::core::rules::analyze;

/// The text of the export file. Print has no file: the browser prints the page.
pub fn export_text(layout: &Layout, format: ExportFormat) -> Option<String> {
    Some(match format {
        ExportFormat::Json => to_json(layout),
        ExportFormat::Markdown => to_markdown(layout, &analyze(layout)),
        // The byte-order mark tells Excel the file is UTF-8, so names in any script survive.
        ExportFormat::Csv => format!("\u{feff}{}", to_csv(layout)),
        ExportFormat::Print => return None,
    })
}

/// What a file holds.
#[derive(Debug, PartialEq)]
pub enum InFile {
    Layout(Layout),
    /// A saved share link in its compressed form, which only the browser can inflate: the
    /// app opens it as it opens links.
    CompressedLink(String),
}

/// The layout in a file: a Role Lanes JSON file, or a saved share link (or just its
/// fragment). Anything else is refused with the reason.
pub fn layout_in_file(file: &FileText) -> Result<InFile, String> {
    match &file.json {
        Ok(doc) => from_json(doc).map(InFile::Layout).map_err(|err| err.to_string()),
        Err(JsonTextError::NotJson) => {
            match file.text.trim().rsplit('#').next().filter(|t| t.starts_with("rl")) {
                Some(share_text) => match read_share_text(share_text) {
                    Ok(ShareText::Layout(layout)) => Ok(InFile::Layout(layout)),
                    Ok(ShareText::Deflated(_)) => Ok(InFile::CompressedLink(share_text.to_string())),
                    Err(err) => Err(err.to_string()),
                },
                None => Err("it is not a Role Lanes JSON file (it is not JSON at all)".to_string()),
            }
        }
        Err(JsonTextError::TooDeep) => {
            Err("it is not a Role Lanes JSON file (it nests far too deeply)".to_string())
        }
    }
}
