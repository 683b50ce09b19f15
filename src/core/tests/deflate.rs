//! miniz_oxide's compressor standing in for the browser's `CompressionStream`, which makes
//! the app's share links (`shell::deflate`). The library has no compressor of its own, so
//! native tests and `examples/bench_share.rs` (which compiles this same file into itself)
//! bring this one, a dev-dependency, and never the wasm.

use crate::core::codec::{share_payload, share_text_of, CodecError};
use crate::core::layout::Layout;

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
