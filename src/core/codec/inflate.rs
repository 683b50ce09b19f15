//! Inflating a share link's raw deflate under a cap. A link is hostile input: the inflater
//! writes into a buffer that grows only up to the cap, so a decompression bomb is refused
//! as soon as it passes it, without inflating the rest.

use super::error::CodecError;
use miniz_oxide::inflate::core::inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

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
