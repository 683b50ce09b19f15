//! The clipboard: copying a share link. The link is ready only after the press that asks for
//! it (the browser compresses it first), and Safari's engine refuses a clipboard write that
//! starts that late, so where the browser can, the copy begins during the press and gets its
//! text when the link is ready; elsewhere the text is written then (`browser.js`).

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/shell/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = startCopy)]
    fn start_copy() -> JsValue;
    #[wasm_bindgen(js_name = abandonCopy)]
    fn abandon_copy(begun: &JsValue);
    #[wasm_bindgen(js_name = copy)]
    fn copy_into(text: &str, begun: &JsValue) -> Promise;
}

/// A copy begun during a press, waiting for its text (or nothing, where the browser cannot
/// begin one).
pub struct PendingCopy(JsValue);

impl PendingCopy {
    pub fn begin() -> PendingCopy {
        PendingCopy(start_copy())
    }

    /// No text is coming: the browser drops the copy.
    pub fn abandon(self) {
        abandon_copy(&self.0);
    }
}

/// Copies `text`, into the copy begun for it if there is one; false when the browser refuses.
pub async fn copy(text: &str, begun: Option<PendingCopy>) -> bool {
    let begun = begun.map_or(JsValue::NULL, |begun| begun.0);
    JsFuture::from(copy_into(text, &begun)).await.ok().and_then(|copied| copied.as_bool()) == Some(true)
}
