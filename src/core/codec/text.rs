//! The text form of a layout: `rl<version>.` and the binary form in unpadded base64url,
//! safe in localStorage and in a URL fragment. The prefix marks the data as ours and names
//! its format before a byte of it is decoded.
//!
//! Compression for share links (issue 4) belongs here: a compressed payload gets its own
//! marker after the version (say `rl1z.`), is inflated in `from_text` under the same
//! `MAX_INPUT_BYTES` cap, and then goes through `decode` like any other.

use super::decode::decode;
use super::encode::encode;
use super::error::CodecError;
use super::limits::MAX_TEXT_BYTES;
use super::FORMAT_VERSION;
use crate::core::layout::Layout;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// What every text form starts with, before the version digits and a dot.
pub const TEXT_PREFIX: &str = "rl";

/// The layout as text: `rl1.` followed by `encode(layout)` in unpadded base64url.
pub fn to_text(layout: &Layout) -> String {
    let mut text = format!("{TEXT_PREFIX}{FORMAT_VERSION}.");
    URL_SAFE_NO_PAD.encode_string(encode(layout), &mut text);
    text
}

/// Reads `to_text`'s output back. Oversized text is refused before it is decoded; text
/// without our prefix is `NotOurs`; a version other than ours is `UnsupportedVersion`.
pub fn from_text(text: &str) -> Result<Layout, CodecError> {
    if text.is_empty() {
        return Err(CodecError::Empty);
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(CodecError::TooLarge);
    }
    let (version, payload) = split_prefix(text).ok_or(CodecError::NotOurs)?;
    if version != FORMAT_VERSION {
        return Err(CodecError::UnsupportedVersion(version));
    }
    let bytes = URL_SAFE_NO_PAD.decode(payload).map_err(|_| CodecError::BadCharacters)?;
    decode(&bytes)
}

/// `rl<digits>.<payload>` into the version and the payload. The digits are a byte written
/// the one usual way: 1 to 3 of them, no leading zero.
fn split_prefix(text: &str) -> Option<(u8, &str)> {
    let rest = text.strip_prefix(TEXT_PREFIX)?;
    let (digits, payload) = rest.split_once('.')?;
    let canonical = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'));
    let version = digits.parse().ok().filter(|_| canonical)?;
    Some((version, payload))
}
