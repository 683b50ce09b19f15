//! Acknowledgements: a person's "we know, and here is why" on a warning. They are part of the
//! layout (saved, shared, undoable) and refer to warnings by their stable id, so one outlives
//! the warning going away and matches again when it comes back. This is the value and its
//! note; the layout keeps them (`Layout::acknowledgement`) and edits change them.

use super::warning::WarningId;
use crate::core::name::{parse_limited, TextError};

/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 280;

/// A warning someone has seen and accepted, with their note (may be empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acknowledgement {
    pub warning: WarningId,
    pub note: String,
}

/// A note as typed: tidied like every other text, at most `MAX_NOTE_CHARS` characters.
pub fn parse_note(raw: &str) -> Result<String, TextError> {
    parse_limited(raw, MAX_NOTE_CHARS)
}
