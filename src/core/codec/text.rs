//! The text form of a layout for storage: `rl<version>.` and the binary form in unpadded
//! base64url (see `envelope`). Reading also accepts a share link's deflated form (`rl1z.`),
//! under the storage caps; whichever it was, the bytes then go through `decode` like any
//! other input.

use super::decode::decode;
use super::encode::encode;
use super::envelope;
use super::error::CodecError;
use super::limits::{MAX_INPUT_BYTES, MAX_TEXT_BYTES};
use crate::core::layout::Layout;

/// The layout as text: `rl1.` followed by `encode(layout)` in unpadded base64url.
pub fn to_text(layout: &Layout) -> String {
    envelope::plain(&encode(layout))
}

/// Reads `to_text`'s output back (or a share text). Oversized text is refused before it is
/// decoded; text without our prefix is `NotOurs`; a version other than ours is
/// `UnsupportedVersion`.
pub fn from_text(text: &str) -> Result<Layout, CodecError> {
    decode(&envelope::open(text, MAX_TEXT_BYTES, MAX_INPUT_BYTES)?)
}
