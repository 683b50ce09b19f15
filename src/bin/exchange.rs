//! The file-formats module: a second, small WebAssembly module with the JSON, Markdown and CSV
//! writers and the strict JSON importer, which the board does not need to show itself. The
//! app loads it on first use (`shell::exchange`); `scripts/build` builds it beside the app as
//! `role-lanes-exchange.js` and `role-lanes-exchange_bg.wasm`. Layouts come and go as the
//! codec's text; what each format means lives in `app::exchange` and `core::exchange`.

#[cfg(target_arch = "wasm32")]
mod module {
    use role_lanes::app::exchange::{export_text, layout_in_file, InFile};
    use role_lanes::app::msg::{ExportFormat, FileText};
    use role_lanes::core::codec::{from_text, to_text};
    use role_lanes::shell::json;
    use wasm_bindgen::prelude::*;

    /// The file for a layout (given as codec text) in the named format.
    #[wasm_bindgen]
    pub fn export_file(layout_text: &str, format: &str) -> Result<String, JsValue> {
        let layout = from_text(layout_text).map_err(|err| JsValue::from(err.to_string()))?;
        ExportFormat::from_slug(format)
            .and_then(|format| export_text(&layout, format))
            .ok_or_else(|| JsValue::from(format!("there is no {format} export")))
    }

    /// The layout in a file's text, as codec text (or, for a saved compressed link, the
    /// link's text, which the app inflates); the error is the reason, worded for people.
    #[wasm_bindgen]
    pub fn import_file(text: &str, _unused: &str) -> Result<String, JsValue> {
        let file = FileText { text: text.to_string(), json: json::parse(text) };
        match layout_in_file(&file).map_err(JsValue::from)? {
            InFile::Layout(layout) => Ok(to_text(&layout)),
            InFile::CompressedLink(share_text) => Ok(share_text),
        }
    }

    /// The catalog's descriptions, then the practices' advice, one per line, which the
    /// board's own module leaves out (`app::descriptions`).
    #[wasm_bindgen]
    pub fn catalog_descriptions(_unused: &str, _also_unused: &str) -> String {
        role_lanes::app::descriptions::catalog_text()
    }
}

fn main() {}
