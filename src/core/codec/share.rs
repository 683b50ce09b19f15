//! Share links: the text form with the binary compressed by raw deflate (`rl1z.`), so a
//! layout with a page of notes still fits in a URL fragment. Raw deflate, because the
//! decoder checks every field anyway, so a zlib header and checksum would only add bytes.
//!
//! Making a link has two pure halves around one step the core cannot take: `share_payload`
//! gives the binary, the browser deflates it (`CompressionStream`, asynchronously, in the
//! shell), and `share_text_of` picks the shorter text. The library has no compressor, so
//! none ships in the wasm; native tests and tools bring miniz_oxide's as a dev-dependency.
//!
//! A link is hostile input: its text is capped before base64 is decoded, and inflating
//! stops at `MAX_SHARE_INFLATED_BYTES` (see `inflate`).

use super::decode::decode;
use super::encode::encode;
use super::envelope;
use super::error::CodecError;
use super::inflate::inflate;
use super::limits::{MAX_SHARE_INFLATED_BYTES, MAX_SHARE_TEXT_BYTES};
use crate::core::layout::Layout;

/// The binary a share link carries, before compression: `encode(layout)`, or
/// `Err(CodecError::TooLarge)` past `MAX_SHARE_INFLATED_BYTES`. The browser build deflates it
/// with the browser's own `CompressionStream` (no compressor in the wasm) and hands both to
/// `share_text_of`.
pub fn share_payload(layout: &Layout) -> Result<Vec<u8>, CodecError> {
    let bytes = encode(layout);
    if bytes.len() > MAX_SHARE_INFLATED_BYTES {
        return Err(CodecError::TooLarge);
    }
    Ok(bytes)
}

/// The share text for a payload and, when compression worked, its raw deflate: `rl1z.` and
/// base64url of the deflated bytes, or the plain `rl1.` form when that is not longer (as for
/// the seeds' board) or there is no deflate. `Err(CodecError::TooLarge)` past
/// `MAX_SHARE_TEXT_BYTES`. Whatever this returns, `from_share_text` reads back as the
/// payload's layout: a deflate that does not inflate back to `payload` is not used.
pub fn share_text_of(payload: &[u8], deflated: Option<&[u8]>) -> Result<String, CodecError> {
    let plain = envelope::plain(payload);
    let shorter = deflated
        .map(|bytes| (bytes, envelope::deflated(bytes)))
        .filter(|(bytes, text)| text.len() < plain.len() && inflates_to(bytes, payload));
    let text = shorter.map_or(plain, |(_, text)| text);
    if text.len() > MAX_SHARE_TEXT_BYTES {
        return Err(CodecError::TooLarge);
    }
    Ok(text)
}

/// Whether `deflated` inflates to exactly `payload` (capped at its length, so more is refused
/// without inflating the rest). The compressor is the browser's, outside our tests; checking
/// once, when the link is made, means a faulty one (or one that writes zlib instead of raw
/// deflate) costs a longer link, never one that cannot be opened.
fn inflates_to(deflated: &[u8], payload: &[u8]) -> bool {
    inflate(deflated, payload.len()).is_ok_and(|bytes| bytes == payload)
}

/// Reads share text, compressed or plain. Text over `MAX_SHARE_TEXT_BYTES` is refused
/// before it is decoded, a payload inflating past `MAX_SHARE_INFLATED_BYTES` as soon as it
/// does, damaged compressed data is `Corrupt` or `Truncated`; then it is read by `decode`
/// like any other input.
pub fn from_share_text(text: &str) -> Result<Layout, CodecError> {
    decode(&envelope::open(text, MAX_SHARE_TEXT_BYTES, MAX_SHARE_INFLATED_BYTES)?)
}
