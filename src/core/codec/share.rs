//! Share links: the text form with the binary compressed by raw deflate (`rl2z.`), so a
//! layout with a page of notes still fits in a URL fragment. Raw deflate, because the
//! decoder checks every field anyway, so a zlib header and checksum would only add bytes.
//!
//! The browser compresses and inflates (`CompressionStream` and `DecompressionStream`, in the
//! shell), so the wasm carries neither; native tests and tools bring miniz_oxide's as a
//! dev-dependency (`core::tests::deflate`). Both directions are pure halves around that one
//! asynchronous step:
//! - making a link: `share_payload` gives the binary, the browser deflates it, and
//!   `share_text_of` picks the shorter text;
//! - opening one: `read_share_text` reads a plain link at once, or hands back the deflated
//!   bytes; the browser inflates them, stopping at `MAX_SHARE_INFLATED_BYTES` (a
//!   decompression bomb stops there), and `from_inflated` reads what came out.
//!
//! A link is hostile input: its text is capped before base64 is decoded, and what it
//! inflates to goes through `decode` like any other input.

use super::decode::decode;
use super::encode::encode;
use super::envelope::{self, Opened};
use super::error::CodecError;
use super::limits::{MAX_SHARE_INFLATED_BYTES, MAX_SHARE_TEXT_BYTES};
use crate::core::layout::Layout;

/// The binary a share link carries, before compression: `encode(layout)`, or
/// `Err(CodecError::TooLarge)` past `MAX_SHARE_INFLATED_BYTES`. The browser build deflates it
/// with the browser's own `CompressionStream` and hands both to `share_text_of`.
pub fn share_payload(layout: &Layout) -> Result<Vec<u8>, CodecError> {
    let bytes = encode(layout);
    if bytes.len() > MAX_SHARE_INFLATED_BYTES {
        return Err(CodecError::TooLarge);
    }
    Ok(bytes)
}

/// The share text for a payload and, when compression worked, its raw deflate: `rl2z.` and
/// base64url of the deflated bytes, or the plain `rl2.` form when that is not longer (as for
/// the seeds' board) or there is no deflate. `Err(CodecError::TooLarge)` past
/// `MAX_SHARE_TEXT_BYTES`. The shell offers only a deflate it has inflated back to
/// `payload` (`shell::deflate`), so a faulty compressor costs a longer link, never one that
/// cannot be opened.
pub fn share_text_of(payload: &[u8], deflated: Option<&[u8]>) -> Result<String, CodecError> {
    let plain = envelope::plain(payload);
    let shorter = deflated.map(envelope::deflated).filter(|text| text.len() < plain.len());
    let text = shorter.unwrap_or(plain);
    if text.len() > MAX_SHARE_TEXT_BYTES {
        return Err(CodecError::TooLarge);
    }
    Ok(text)
}

/// A share text read as far as the core can go on its own.
#[derive(Debug, PartialEq)]
pub enum ShareText {
    /// A plain link: its layout.
    Layout(Layout),
    /// A compressed link: its raw deflate, for the browser to inflate under
    /// `MAX_SHARE_INFLATED_BYTES` and hand to `from_inflated`.
    Deflated(Vec<u8>),
}

/// Reads share text, compressed or plain. Text over `MAX_SHARE_TEXT_BYTES` is refused before
/// it is decoded; a plain payload is decoded at once.
pub fn read_share_text(text: &str) -> Result<ShareText, CodecError> {
    match envelope::open(text, MAX_SHARE_TEXT_BYTES)? {
        Opened::Plain(bytes) => decode(&bytes).map(ShareText::Layout),
        Opened::Deflated(bytes) => Ok(ShareText::Deflated(bytes)),
    }
}

/// What inflating a share link's deflate gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Inflated {
    /// The whole stream, within the cap.
    Whole(Vec<u8>),
    /// More than `MAX_SHARE_INFLATED_BYTES`: inflating stopped there.
    TooLarge,
    /// The data broke off or was damaged; what had come out before.
    Failed(Vec<u8>),
    /// The browser cannot inflate at all (an old one).
    Unsupported,
}

/// The layout in an inflated share link. Where inflating failed, what came out before says
/// why in the words that help: the start of a layout is a link cut short (`Truncated`), and
/// anything else is `Corrupt` (a whole layout whose stream then broke off or was followed by
/// junk included: the browser does not say which). Both tell the reader to copy the whole
/// link.
pub fn from_inflated(inflated: Inflated) -> Result<Layout, CodecError> {
    match inflated {
        Inflated::Whole(bytes) => decode(&bytes),
        Inflated::TooLarge => Err(CodecError::TooLarge),
        Inflated::Unsupported => Err(CodecError::CannotInflate),
        Inflated::Failed(partial) => Err(match decode(&partial) {
            Err(CodecError::Truncated) => CodecError::Truncated,
            _ => CodecError::Corrupt,
        }),
    }
}
