//! The file-formats module, seen from the app: JSON, Markdown and CSV exports and the import
//! of layout files, loaded on first use (see `browser.js` and `src/bin/exchange.rs`). Layouts
//! cross between the two modules as the codec's text, the same text storage holds.

use crate::app::msg::ExportFormat;
use crate::core::codec::to_text;
use crate::core::layout::Layout;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/shell/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = callExchange)]
    fn call_exchange(name: &str, first: &str, second: &str) -> js_sys::Promise;
}

async fn call(name: &str, first: &str, second: &str) -> Result<String, String> {
    match JsFuture::from(call_exchange(name, first, second)).await {
        Ok(text) => text.as_string().ok_or_else(|| "the file-formats module gave no text".to_string()),
        Err(err) => Err(match err.as_string() {
            // The module's own refusal, already worded for the user.
            Some(reason) => reason,
            None => {
                "the file-formats module could not be loaded (check the connection and try again)".to_string()
            }
        }),
    }
}

/// The text of `layout` in `format`.
pub async fn export(layout: &Layout, format: ExportFormat) -> Result<String, String> {
    call("export_file", &to_text(layout), format.slug()).await
}

/// The catalog's descriptions, one per line (`app::descriptions`).
pub async fn descriptions() -> Result<String, String> {
    call("catalog_descriptions", "", "").await
}

/// The layout in a file's text, as the codec's text, or why it is not one.
pub async fn import(text: &str) -> Result<String, String> {
    call("import_file", text, "").await
}
