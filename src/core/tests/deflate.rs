//! miniz_oxide standing in for the browser's `CompressionStream` and `DecompressionStream`,
//! which make and open the app's share links (`shell::deflate`). The library has neither, so
//! native tests and `examples/bench_share.rs` (which compiles this same file into itself)
//! bring these, a dev-dependency, and never the wasm.

use crate::core::codec::{
    from_inflated, read_share_text, share_payload, share_text_of, CodecError, Inflated, ShareText,
    MAX_SHARE_INFLATED_BYTES,
};
use crate::core::layout::Layout;
use miniz_oxide::inflate::core::inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// miniz_oxide's best level, as share links were made before the browser took over. The
/// browsers use zlib's default level (6), whose links can be a little longer.
const LEVEL: u8 = 10;

/// `bytes` as raw deflate (RFC 1951), as `CompressionStream("deflate-raw")` writes it.
pub(crate) fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, LEVEL)
}

/// The layout's share text as the app makes it, with this compressor for the browser's.
pub(crate) fn to_share_text(layout: &Layout) -> Result<String, CodecError> {
    let payload = share_payload(layout)?;
    share_text_of(&payload, Some(&deflate(&payload)))
}

/// Raw deflate inflated as the shell has the browser do it: output grows in chunks and
/// stops once past `cap`; damage, a stream that breaks off, or bytes after its end fail,
/// with what had come out.
pub(crate) fn inflate(data: &[u8], cap: usize) -> Inflated {
    let mut state = Box::<DecompressorOxide>::default();
    let mut out = vec![0; 4096];
    let (mut input, mut filled) = (data, 0);
    loop {
        let (status, read, written) =
            decompress(&mut state, input, &mut out, filled, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF);
        input = input.get(read..).unwrap_or_default();
        filled += written;
        if filled > cap {
            return Inflated::TooLarge;
        }
        match status {
            TINFLStatus::HasMoreOutput => out.resize(out.len() * 2, 0),
            TINFLStatus::Done if input.is_empty() => {
                out.truncate(filled);
                return Inflated::Whole(out);
            }
            _ => {
                out.truncate(filled);
                return Inflated::Failed(out);
            }
        }
    }
}

/// Opens share text as the app does, with this inflater for the browser's.
pub(crate) fn from_share_text(text: &str) -> Result<Layout, CodecError> {
    match read_share_text(text)? {
        ShareText::Layout(layout) => Ok(layout),
        ShareText::Deflated(bytes) => from_inflated(inflate(&bytes, MAX_SHARE_INFLATED_BYTES)),
    }
}
