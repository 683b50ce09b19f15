//! The layout codec: a compact, versioned binary form of a whole layout, its text form for
//! storage, and a compressed text form for share links. It replaces JSON so the
//! app carries no JSON parser, and it treats every input as hostile: decoding never panics,
//! never allocates more than the input justifies, and ends in `Layout::try_from`, so a
//! decoded layout obeys exactly the rules of every other layout.
//!
//! # Format 2, byte by byte
//!
//! Numbers are unsigned LEB128 varints (7 bits per byte, low bits first, high bit set on
//! every byte but the last; the shortest form only, at most 10 bytes). A *text* is a varint
//! byte length followed by that many bytes of UTF-8.
//!
//! 1. Format version: one byte, `2`.
//! 2. Title: text (at most 80 characters).
//! 3. Headcounts of PM, PDM and PMM: one byte each (1 to 20).
//! 4. Custom activities ever created (`next_custom`): varint.
//! 5. Custom activities: a varint count (at most 5,000), then for each:
//!    - its number `n` (the activity is `custom-<n>`): varint;
//!    - name: text, already tidy (as `ActivityName::parse` leaves it);
//!    - description: text;
//!    - overlap area: one byte, 0 for none, 1 to 6 for `OverlapArea::ALL[byte - 1]`;
//!    - expected lanes: one byte, bit `i` set when `Lane::ROLES[i]` is expected.
//! 6. Lanes, in `Lane::ALL` order (PM, PDM, PMM, Unassigned): for each, a varint count of
//!    cards, then each card in board order as a varint reference: a catalog activity is its
//!    index in `CATALOG` times 2, custom activity `n` is `n * 2 + 1`.
//! 7. Acknowledgements: a varint count (at most 5,000), then for each the warning id
//!    (text) and the note (text).
//! 8. Leads of shared activities: a varint count, then for each the card's reference (as in
//!    6) and its lead lane as one byte, its position in `Lane::ROLES` (0 PM, 1 PDM, 2 PMM).
//!    In activity id order, one per activity; a card one role lane holds has no entry.
//! 9. Practices in place: one byte, bit `i` set when `Mitigation::ALL[i]` is in place.
//!
//! Nothing may follow. Catalog activities are referred to by index, so `CATALOG` is
//! append-only; one a layout does not place (it predates the activity) lands in Unassigned.
//!
//! Format 1 is format 2 without fields 8 and 9, and still opens: its shared cards have no
//! lead (the overlap it showed stays one), and no practices are in place.
//!
//! # Text forms
//!
//! - Plain (`text`, for storage): `rl<version>.` followed by the bytes in unpadded
//!   base64url, e.g. `rl2.AgABAQEA...`.
//! - Compressed (`share`, for the URL fragment of a share link): `rl<version>z.` followed
//!   by the bytes compressed as raw deflate (RFC 1951, no zlib header or checksum) in
//!   unpadded base64url. Nothing may follow the end of the deflate stream. A share link
//!   uses the plain form instead when compression would not make it shorter (the seeds'
//!   board is about 82 bytes, which deflate makes longer).
//!
//! The link reader accepts both forms, the storage reader only the plain one, each under its
//! own caps (`MAX_TEXT_BYTES` and `MAX_INPUT_BYTES` for storage, `MAX_SHARE_TEXT_BYTES` and
//! `MAX_SHARE_INFLATED_BYTES` for links), and the version in the prefix must be one this build
//! reads and, for the plain form, match the one in field 1 (a deflated payload's field 1
//! decides once the browser has inflated it; see `share`).

mod decode;
mod encode;
mod envelope;
mod error;
mod fields;
mod limits;
mod share;
mod text;
mod version;
mod wire;

pub use decode::decode;
pub use encode::encode;
pub use envelope::TEXT_PREFIX;
pub use error::{CodecError, TextField};
pub use limits::{
    MAX_DESCRIPTION_BYTES, MAX_INPUT_BYTES, MAX_NAME_BYTES, MAX_NOTE_BYTES, MAX_SHARE_INFLATED_BYTES,
    MAX_SHARE_TEXT_BYTES, MAX_TEXT_BYTES, MAX_TITLE_BYTES,
};
pub use share::{from_inflated, read_share_text, share_payload, share_text_of, Inflated, ShareText};
pub use text::{from_text, to_text};
pub use version::FORMAT_VERSION;
