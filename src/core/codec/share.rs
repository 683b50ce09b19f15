//! Share links: the text form with the binary compressed by raw deflate (`rl1z.`), so a
//! layout with a page of notes still fits in a URL fragment. Raw deflate, because the
//! decoder checks every field anyway, so a zlib header and checksum would only add bytes.
//!
//! A link is hostile input: its text is capped before base64 is decoded, and inflating
//! stops at `MAX_SHARE_INFLATED_BYTES` (see `inflate`).

use super::decode::decode;
use super::encode::encode;
use super::envelope;
use super::error::CodecError;
use super::limits::{MAX_SHARE_INFLATED_BYTES, MAX_SHARE_TEXT_BYTES};
use crate::core::layout::Layout;
use miniz_oxide::deflate::compress_to_vec;

/// miniz_oxide's best level: share links are made rarely and read often, and are small.
const LEVEL: u8 = 10;

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
/// `MAX_SHARE_TEXT_BYTES`: whatever this returns, `from_share_text` reads back, provided
/// `deflated` inflates to `payload`.
pub fn share_text_of(payload: &[u8], deflated: Option<&[u8]>) -> Result<String, CodecError> {
    let plain = envelope::plain(payload);
    let text = match deflated.map(envelope::deflated) {
        Some(compressed) if compressed.len() < plain.len() => compressed,
        _ => plain,
    };
    if text.len() > MAX_SHARE_TEXT_BYTES {
        return Err(CodecError::TooLarge);
    }
    Ok(text)
}

/// The layout as share text for a URL fragment (without the '#'), deflated by miniz_oxide:
/// `share_text_of(share_payload(layout), deflate)`. Native tools and tests use it; the
/// browser build deflates with the browser instead, so this compressor never ships in the
/// wasm.
pub fn to_share_text(layout: &Layout) -> Result<String, CodecError> {
    let payload = share_payload(layout)?;
    share_text_of(&payload, Some(&compress_to_vec(&payload, LEVEL)))
}

/// Reads share text, compressed or plain. Text over `MAX_SHARE_TEXT_BYTES` is refused
/// before it is decoded, a payload inflating past `MAX_SHARE_INFLATED_BYTES` as soon as it
/// does, damaged compressed data is `Corrupt` or `Truncated`; then it is read by `decode`
/// like any other input.
pub fn from_share_text(text: &str) -> Result<Layout, CodecError> {
    decode(&envelope::open(text, MAX_SHARE_TEXT_BYTES, MAX_SHARE_INFLATED_BYTES)?)
}
