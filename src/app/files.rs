//! Exports: the layout as a JSON file that imports back exactly, as Markdown for a wiki page,
//! as CSV for a spreadsheet, or printed as a handout. The files themselves are written by the
//! file-formats module (`exchange`), which the board does not need and the shell loads on
//! first use; here the app only says which file to make.

use super::effect::Effect;
use super::msg::ExportFormat;
use super::state::AppState;
use crate::core::library::file_stem;

impl AppState {
    pub(super) fn export(&mut self, format: ExportFormat, effects: &mut Vec<Effect>) {
        let layout = self.layout_rc().clone();
        let stem = file_stem(layout.title());
        let (extension, mime) = match format {
            ExportFormat::Json => ("json", "application/json"),
            ExportFormat::Markdown => ("md", "text/markdown"),
            ExportFormat::Csv => ("csv", "text/csv"),
            ExportFormat::Print => return effects.push(Effect::Print),
        };
        effects.push(Effect::Export { format, layout, name: format!("{stem}.{extension}"), mime });
    }

    pub(super) fn export_failed(&mut self, why: String) {
        self.notice = Some(format!("The export could not be made: {why}. Nothing was changed."));
    }
}
