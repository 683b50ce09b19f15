//! Share links are deflated by the browser (`CompressionStream`, in `deflate.js`), so the
//! wasm carries only the inflater that opens them.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/shell/deflate.js")]
extern "C" {
    #[wasm_bindgen(js_name = deflateRaw)]
    fn deflate_raw(bytes: &[u8]) -> Promise;
}

/// `bytes` as raw deflate, or `None` when the browser cannot compress.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let compressed = JsFuture::from(deflate_raw(bytes)).await.ok()?;
    Some(compressed.dyn_into::<Uint8Array>().ok()?.to_vec())
}
