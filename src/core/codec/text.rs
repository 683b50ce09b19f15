//! The text form of a layout: `rl<version>.` and the binary form in unpadded base64url,
//! safe in localStorage and in a URL fragment. The prefix marks the data as ours and names
//! its format before a byte of it is decoded. Share links (`share`) add a `z` after the
//! version for a deflated payload (`rl1z.`); reading accepts both forms, each under its own
//! caps, and whichever it was, the bytes then go through `decode` like any other input.

use super::decode::decode;
use super::encode::encode;
use super::error::CodecError;
use super::limits::{MAX_INPUT_BYTES, MAX_TEXT_BYTES};
use super::share::{inflate, COMPRESSED};
use super::FORMAT_VERSION;
use crate::core::layout::Layout;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// What every text form starts with, before the version digits and a dot.
pub const TEXT_PREFIX: &str = "rl";

/// The layout as text: `rl1.` followed by `encode(layout)` in unpadded base64url.
pub fn to_text(layout: &Layout) -> String {
    with_prefix("", &encode(layout))
}

/// Reads `to_text`'s output back (or a share text). Oversized text is refused before it is
/// decoded; text without our prefix is `NotOurs`; a version other than ours is
/// `UnsupportedVersion`.
pub fn from_text(text: &str) -> Result<Layout, CodecError> {
    read_text(text, MAX_TEXT_BYTES, MAX_INPUT_BYTES)
}

/// `rl1<marker>.` and the bytes in unpadded base64url.
pub(super) fn with_prefix(marker: &str, bytes: &[u8]) -> String {
    let mut text = format!("{TEXT_PREFIX}{FORMAT_VERSION}{marker}.");
    URL_SAFE_NO_PAD.encode_string(bytes, &mut text);
    text
}

/// Reads either text form: text over `max_text` bytes is refused before it is decoded, a
/// compressed payload inflating past `max_inflated` bytes as soon as it does.
pub(super) fn read_text(text: &str, max_text: usize, max_inflated: usize) -> Result<Layout, CodecError> {
    if text.is_empty() {
        return Err(CodecError::Empty);
    }
    if text.len() > max_text {
        return Err(CodecError::TooLarge);
    }
    let (version, compressed, payload) = split_prefix(text).ok_or(CodecError::NotOurs)?;
    if version != FORMAT_VERSION {
        return Err(CodecError::UnsupportedVersion(version));
    }
    let bytes = URL_SAFE_NO_PAD.decode(payload).map_err(|_| CodecError::BadCharacters)?;
    if compressed && !bytes.is_empty() {
        decode(&inflate(&bytes, max_inflated)?)
    } else {
        decode(&bytes)
    }
}

/// `rl<digits>[z].<payload>` into the version, whether it is compressed, and the payload.
/// The digits are a byte written the one usual way: 1 to 3 of them, no leading zero.
fn split_prefix(text: &str) -> Option<(u8, bool, &str)> {
    let rest = text.strip_prefix(TEXT_PREFIX)?;
    let (digits, payload) = rest.split_once('.')?;
    let (digits, compressed) = match digits.strip_suffix(COMPRESSED) {
        Some(digits) => (digits, true),
        None => (digits, false),
    };
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    let version = digits.parse().ok().filter(|_| canonical)?;
    Some((version, compressed, payload))
}
