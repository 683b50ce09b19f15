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

/// The layout as share text for a URL fragment (without the '#'): `rl1z.` and
/// base64url(raw deflate(`encode(layout)`)), or the plain `rl1.` form when compression
/// would not make it shorter (as for the seeds' board). `Err(CodecError::TooLarge)` when
/// the text would exceed `MAX_SHARE_TEXT_BYTES` or the binary `MAX_SHARE_INFLATED_BYTES`:
/// whatever this returns, `from_share_text` reads back.
pub fn to_share_text(layout: &Layout) -> Result<String, CodecError> {
    let bytes = encode(layout);
    if bytes.len() > MAX_SHARE_INFLATED_BYTES {
        return Err(CodecError::TooLarge);
    }
    let compressed = envelope::deflated(&compress_to_vec(&bytes, LEVEL));
    let plain = envelope::plain(&bytes);
    let text = if compressed.len() < plain.len() { compressed } else { plain };
    if text.len() > MAX_SHARE_TEXT_BYTES {
        return Err(CodecError::TooLarge);
    }
    Ok(text)
}

/// Reads share text, compressed or plain. Text over `MAX_SHARE_TEXT_BYTES` is refused
/// before it is decoded, a payload inflating past `MAX_SHARE_INFLATED_BYTES` as soon as it
/// does, damaged compressed data is `Corrupt` or `Truncated`; then it is read by `decode`
/// like any other input.
pub fn from_share_text(text: &str) -> Result<Layout, CodecError> {
    decode(&envelope::open(text, MAX_SHARE_TEXT_BYTES, MAX_SHARE_INFLATED_BYTES)?)
}
