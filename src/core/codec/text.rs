//! The text form of a layout for storage: `rl<version>.` and the binary form in unpadded
//! base64url (see `envelope`). The app never stores the deflated form of share links
//! (`rl2z.`), and the core cannot inflate it, so reading refuses it as not ours; a share
//! link opens through `share`.

use super::decode::decode;
use super::encode::encode;
use super::envelope::{self, Opened};
use super::error::CodecError;
use super::limits::MAX_TEXT_BYTES;
use crate::core::layout::Layout;

/// The layout as text: `rl2.` followed by `encode(layout)` in unpadded base64url.
pub fn to_text(layout: &Layout) -> String {
    envelope::plain(&encode(layout))
}

/// Reads `to_text`'s output back (or a plain share text). Oversized text is refused before
/// it is decoded; text without our prefix, or deflated, is `NotOurs`; a version other than
/// ours is `UnsupportedVersion`.
pub fn from_text(text: &str) -> Result<Layout, CodecError> {
    match envelope::open(text, MAX_TEXT_BYTES)? {
        Opened::Plain(bytes) => decode(&bytes),
        Opened::Deflated(_) => Err(CodecError::NotOurs),
    }
}
