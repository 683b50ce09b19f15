//! The codec's byte caps that keep hostile input cheap: every length read is checked
//! against them, and every count against the layout's own limits (`MAX_CUSTOM_ACTIVITIES`,
//! `MAX_ACKNOWLEDGEMENTS`), and both against the bytes actually left, before anything is
//! allocated for it.

use crate::core::name::{MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use crate::core::rules::MAX_NOTE_CHARS;

/// Largest binary input `decode` looks at; anything longer is refused before reading it.
/// Edits enforce the layout's count limits, so every layout a person can build stays under
/// this (a test builds the largest one): whatever saved can always be read back.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

// Text caps in bytes: a character is at most 4 bytes of UTF-8, so each holds every text the
// layout allows, and the layout's own rules then count characters.
/// Longest title read, in bytes (80 characters of up to 4 bytes).
pub const MAX_TITLE_BYTES: usize = 4 * MAX_NAME_CHARS;
/// Longest activity name read, in bytes.
pub const MAX_NAME_BYTES: usize = 4 * MAX_NAME_CHARS;
/// Longest activity description read, in bytes.
pub const MAX_DESCRIPTION_BYTES: usize = 4 * MAX_DESCRIPTION_CHARS;
/// Longest acknowledgement note read, in bytes.
pub const MAX_NOTE_BYTES: usize = 4 * MAX_NOTE_CHARS;

/// Longest text form `from_text` looks at: the longest prefix (`rl255.`) plus the unpadded
/// base64 of the largest binary input.
pub const MAX_TEXT_BYTES: usize = 6 + (MAX_INPUT_BYTES * 4).div_ceil(3);

/// Longest share text accepted or produced, in bytes. Browsers take far longer URLs
/// (Chromium up to 2 MB), but a link must survive being pasted around: 32 KiB plus the page
/// address still fits in one Slack message (40,000 characters). Deflated, it holds about 40
/// to 200 KB of layout: hundreds of described activities.
pub const MAX_SHARE_TEXT_BYTES: usize = 32 * 1024;

/// Largest binary a share text may inflate to (the bomb cap). Layouts deflate 1.7 times
/// (short, varied prose) to about 8 times (repetitive text), so whatever fits in
/// `MAX_SHARE_TEXT_BYTES` (24 KiB of deflate) inflates to at most about 200 KB, well below
/// 1 MiB, which takes milliseconds to inflate and check. Only the same text over and over
/// deflates better than 40 times; such a layout gets `TooLarge` from `share_payload` rather
/// than a link that could not be opened.
pub const MAX_SHARE_INFLATED_BYTES: usize = 1024 * 1024;

/// The fewest bytes one custom activity can take (number, a one-byte name with its length,
/// an empty description, area, expected lanes), so a count can be checked against the input.
pub(super) const MIN_CUSTOM_BYTES: usize = 6;
/// The fewest bytes one acknowledgement can take (two empty texts).
pub(super) const MIN_ACKNOWLEDGEMENT_BYTES: usize = 2;
/// The fewest bytes one lead can take (a card and a lane).
pub(super) const MIN_LEAD_BYTES: usize = 2;
/// The fewest bytes one card can take.
pub(super) const MIN_CARD_BYTES: usize = 1;
