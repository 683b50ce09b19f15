//! The page URL's fragment, where a share link carries its layout. Only fragments that look
//! like ours (`#rl…`) are touched, so a host page's own anchors keep working, and nothing
//! ever goes into the query string or to a server.

use super::deflate;
use crate::app::msg::LinkRead;
use crate::core::codec::{self, ShareText, MAX_SHARE_INFLATED_BYTES};

/// The share text in the page's fragment, if it holds one.
pub fn share_text_in_page() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let text = hash.strip_prefix('#')?;
    text.starts_with(crate::core::codec::TEXT_PREFIX).then(|| text.to_string())
}

/// The layout of a share link's text, or why it cannot be opened: a plain link is read at
/// once, a compressed one once the browser has inflated it (under the bomb cap).
pub async fn read_share_text(text: &str) -> LinkRead {
    match codec::read_share_text(text)? {
        ShareText::Layout(layout) => Ok(layout),
        ShareText::Deflated(bytes) => {
            codec::from_inflated(deflate::inflate(&bytes, MAX_SHARE_INFLATED_BYTES).await)
        }
    }
}

/// This page's address with `share_text` as its fragment.
pub fn share_url(share_text: &str) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{share_text}")
}

/// Takes a share link's fragment out of the address bar once the user has dealt with it, so
/// a reload shows their own layout rather than the link again. Other fragments stay.
pub fn forget_share_text() {
    let Some(window) = web_sys::window() else { return };
    if share_text_in_page().is_none() {
        return;
    }
    let location = window.location();
    let plain =
        format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&plain));
    }
}
