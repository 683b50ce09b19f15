//! Share links: the text form with the binary compressed by raw deflate (`rl1z.`), so a
//! layout with a page of notes still fits in a URL fragment. Raw deflate, because the
//! decoder checks every field anyway, so a zlib header and checksum would only add bytes.
//!
//! A link is hostile input: its text is capped before base64 is decoded, and inflating
//! writes into a buffer that grows only up to `MAX_SHARE_INFLATED_BYTES`, so a
//! decompression bomb is refused as soon as it passes the cap, without inflating the rest.

use super::encode::encode;
use super::error::CodecError;
use super::text::{read_text, with_prefix};
use crate::core::layout::Layout;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::core::inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// Longest share text accepted or produced, in bytes. Browsers take far longer URLs
/// (Chromium up to 2 MB), but a link must survive being pasted around: 32 KiB plus the page
/// address still fits in one Slack message (40,000 characters). Deflated, it holds about 40
/// to 200 KB of layout: hundreds of described activities.
pub const MAX_SHARE_TEXT_BYTES: usize = 32 * 1024;

/// Largest binary a share text may inflate to (the bomb cap). Layouts deflate 1.7 times
/// (short, varied prose) to about 8 times (repetitive text), so whatever fits in
/// `MAX_SHARE_TEXT_BYTES` (24 KiB of deflate) inflates to at most about 200 KB, well below
/// 1 MiB, which takes milliseconds to inflate and check. Only the same text over and over
/// deflates better than 40 times; such a layout gets `TooLarge` from `to_share_text` rather
/// than a link that could not be opened.
pub const MAX_SHARE_INFLATED_BYTES: usize = 1024 * 1024;

/// The marker after the version that says the payload is deflated: `rl1z.`.
pub(super) const COMPRESSED: &str = "z";

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
    let compressed = with_prefix(COMPRESSED, &compress_to_vec(&bytes, LEVEL));
    let plain = with_prefix("", &bytes);
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
    read_text(text, MAX_SHARE_TEXT_BYTES, MAX_SHARE_INFLATED_BYTES)
}

/// Inflates raw deflate into at most `cap` bytes. The buffer starts at 4 KiB (a typical
/// link's binary) and doubles, so a short payload costs little and a bomb stops at the cap;
/// bytes after the end of the deflate stream are refused like bytes after the last field.
pub(super) fn inflate(data: &[u8], cap: usize) -> Result<Vec<u8>, CodecError> {
    let mut state = Box::<DecompressorOxide>::default();
    let mut out = vec![0; cap.min(4096)];
    let (mut input, mut filled) = (data, 0);
    loop {
        let (status, read, written) =
            decompress(&mut state, input, &mut out, filled, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF);
        input = input.get(read..).unwrap_or_default();
        filled += written;
        match status {
            TINFLStatus::Done if input.is_empty() => {
                out.truncate(filled);
                return Ok(out);
            }
            TINFLStatus::Done => return Err(CodecError::TrailingBytes),
            TINFLStatus::HasMoreOutput if out.len() < cap => {
                out.resize(out.len().saturating_mul(2).min(cap), 0)
            }
            TINFLStatus::HasMoreOutput => return Err(CodecError::TooLarge),
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                return Err(CodecError::Truncated)
            }
            _ => return Err(CodecError::Corrupt),
        }
    }
}
