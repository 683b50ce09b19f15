//! Exports: the layout as a JSON file that imports back exactly, as Markdown for a wiki page,
//! as CSV for a spreadsheet, or printed as a handout. The text is made here; the shell only
//! offers it as a download.

use super::effect::Effect;
use super::msg::ExportFormat;
use super::state::AppState;
use crate::core::exchange::{to_csv, to_json, to_markdown};
use crate::core::library::file_stem;
use crate::core::rules::analyze;

impl AppState {
    pub(super) fn export(&self, format: ExportFormat, effects: &mut Vec<Effect>) {
        let layout = self.layout();
        let stem = file_stem(layout.title());
        effects.push(match format {
            ExportFormat::Json => Effect::Download {
                name: format!("{stem}.json"),
                mime: "application/json",
                text: to_json(layout),
            },
            ExportFormat::Markdown => Effect::Download {
                name: format!("{stem}.md"),
                mime: "text/markdown",
                text: to_markdown(layout, &analyze(layout)),
            },
            // The byte-order mark tells Excel the file is UTF-8, so names in any script survive.
            ExportFormat::Csv => Effect::Download {
                name: format!("{stem}.csv"),
                mime: "text/csv",
                text: format!("\u{feff}{}", to_csv(layout)),
            },
            ExportFormat::Print => Effect::Print,
        });
    }
}
