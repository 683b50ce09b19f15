//! Share links are deflated and inflated by the browser (`CompressionStream` and
//! `DecompressionStream`, in `browser.js`), so the wasm carries neither.

use crate::core::codec::Inflated;
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/shell/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = deflateRaw)]
    fn deflate_raw(bytes: &[u8]) -> Promise;
    #[wasm_bindgen(js_name = inflateRaw)]
    fn inflate_raw(bytes: &[u8], cap: u32) -> Promise;
}

/// `bytes` as raw deflate that inflates back to them, or `None` when the browser cannot
/// compress.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let compressed = JsFuture::from(deflate_raw(bytes)).await.ok()?;
    Some(compressed.dyn_into::<Uint8Array>().ok()?.to_vec())
}

/// Raw deflate inflated into at most `cap` bytes: inflating stops soon after it passes the
/// cap (the input goes in a kilobyte at a time), so a decompression bomb costs little more.
pub async fn inflate(bytes: &[u8], cap: usize) -> Inflated {
    let bytes_of = |value: JsValue| value.dyn_into::<Uint8Array>().map(|a| a.to_vec()).unwrap_or_default();
    match JsFuture::from(inflate_raw(bytes, u32::try_from(cap).unwrap_or(u32::MAX))).await {
        Ok(value) if value.is_null() => Inflated::TooLarge,
        Ok(value) => Inflated::Whole(bytes_of(value)),
        Err(why) if why.as_string().as_deref() == Some("unsupported") => Inflated::Unsupported,
        Err(partial) => Inflated::Failed(bytes_of(partial)),
    }
}
