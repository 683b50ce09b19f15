//! Files and the clipboard: reading a picked or dropped file, offering text as a download,
//! copying a link. Each failure is a value the UI words for the user.

use crate::app::msg::{FileProblem, FileText, Msg};
use crate::core::exchange::MAX_FILE_BYTES;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Reads a picked or dropped file and reports it to the app, parsed by the browser's own
/// `JSON.parse` (no JSON parser ships in the wasm).
pub fn read_layout_file(file: web_sys::File, dispatch: yew::Callback<Msg>) {
    let name = file.name();
    yew::platform::spawn_local(async move {
        let read = read_text(file).await.map(|text| FileText { json: super::json::parse(&text), text });
        dispatch.emit(Msg::FileRead { name, read });
    });
}

/// The text of a file, refusing one larger than any layout file before reading it.
async fn read_text(file: web_sys::File) -> Result<String, FileProblem> {
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(FileProblem::TooLarge);
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| FileProblem::Unreadable)?;
    text.as_string().ok_or(FileProblem::Unreadable)
}

/// Offers `text` as a file named `name` through a temporary link, so no server is involved.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(link) = document.create_element("a") else { return };
    let encoded: String = js_sys::encode_uri_component(text).into();
    let _ = link.set_attribute("href", &format!("data:{mime};charset=utf-8,{encoded}"));
    let _ = link.set_attribute("download", name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
}

/// Copies text to the clipboard; false when the browser refuses (no permission, an
/// insecure page, an iframe without clipboard access).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = window.navigator().clipboard();
    // Some embedding contexts have no clipboard object at all.
    if JsCast::unchecked_ref::<wasm_bindgen::JsValue>(&clipboard).is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Opens the browser's print dialog (the print stylesheet turns the board into a handout).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
