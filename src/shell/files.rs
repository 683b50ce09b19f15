//! Files: reading a picked or dropped file, offering text as a download, printing. Each
//! failure is a value the UI words for the user.

use crate::app::msg::{ExportFormat, ImportProblem, Msg};
use crate::core::codec::{from_text, CodecError};
use crate::core::exchange::MAX_FILE_BYTES;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Reads a picked or dropped file, has the file-formats module understand it, and reports
/// the layout (or why there is none) to the app.
pub fn read_layout_file(file: web_sys::File, dispatch: yew::Callback<Msg>) {
    let name = file.name();
    yew::platform::spawn_local(async move {
        let read = match read_text(file).await {
            Ok(text) => match super::exchange::import(&text).await {
                Ok(layout_text) => {
                    layout_of(&layout_text).await.map_err(|err| ImportProblem::NotALayout(err.to_string()))
                }
                Err(why) => Err(ImportProblem::NotALayout(why)),
            },
            Err(problem) => Err(problem),
        };
        dispatch.emit(Msg::FileRead { name, read });
    });
}

/// The layout in the file-formats module's answer: codec text, or a saved share link's
/// compressed text, which the core refuses as storage text and the browser inflates.
async fn layout_of(text: &str) -> Result<crate::core::layout::Layout, CodecError> {
    match from_text(text) {
        Err(CodecError::NotOurs) => super::link::read_share_text(text).await,
        read => read,
    }
}

/// The text of a file, refusing one larger than any layout file before reading it.
async fn read_text(file: web_sys::File) -> Result<String, ImportProblem> {
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(ImportProblem::TooLarge);
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| ImportProblem::Unreadable)?;
    text.as_string().ok_or(ImportProblem::Unreadable)
}

/// Writes `layout` in `format` with the file-formats module and offers it as a download.
pub fn export(
    layout: std::rc::Rc<crate::core::layout::Layout>,
    format: ExportFormat,
    name: String,
    mime: &'static str,
    on_failure: yew::Callback<String>,
) {
    yew::platform::spawn_local(async move {
        match super::exchange::export(&layout, format).await {
            Ok(text) => download(&name, mime, &text),
            Err(why) => on_failure.emit(why),
        }
    });
}

/// Offers `text` as a file named `name` through a temporary link, so no server is involved.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(link) = document.create_element("a") else { return };
    let _ = link.set_attribute("href", &super::dom::text_data_url(mime, text));
    let _ = link.set_attribute("download", name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
}

/// Opens the browser's print dialog (the print stylesheet turns the board into a handout).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
