//! Acknowledgements: a person's "we know, and here is why" on a warning. They are part of the
//! layout (saved, shared, undoable) and refer to warnings by their stable id, so one outlives
//! the warning going away and matches again when it comes back.

use super::warning::{WarningId, MAX_WARNING_ID_BYTES};
use crate::core::edit::EditError;
use crate::core::layout::{Layout, LayoutError, MAX_ACKNOWLEDGEMENTS};
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

/// Acknowledgements read from saved data: notes tidied, sorted by warning id; a repeated or
/// over-long id or an over-long note makes the data invalid rather than silently dropping a note.
pub(in crate::core) fn checked(mut list: Vec<Acknowledgement>) -> Result<Vec<Acknowledgement>, LayoutError> {
    for ack in &mut list {
        if ack.warning.as_str().len() > MAX_WARNING_ID_BYTES {
            return Err(LayoutError::BadAcknowledgement(ack.warning.to_string()));
        }
        ack.note =
            parse_note(&ack.note).map_err(|_| LayoutError::BadAcknowledgement(ack.warning.to_string()))?;
    }
    list.sort_unstable_by(|a, b| a.warning.cmp(&b.warning));
    if let Some(pair) = list.windows(2).find(|pair| pair[0].warning == pair[1].warning) {
        return Err(LayoutError::BadAcknowledgement(pair[0].warning.to_string()));
    }
    Ok(list)
}

impl Layout {
    /// Every acknowledgement, sorted by warning id, including those whose warning no longer fires.
    pub fn acknowledgements(&self) -> &[Acknowledgement] {
        &self.acknowledgements
    }

    /// The note on an acknowledged warning (`Some("")` when acknowledged without a note).
    pub fn acknowledgement(&self, warning: &WarningId) -> Option<&str> {
        let at = self.acknowledgements.binary_search_by(|ack| ack.warning.cmp(warning)).ok()?;
        Some(self.acknowledgements[at].note.as_str())
    }

    /// Adds an acknowledgement, or replaces the note of an existing one.
    pub(in crate::core) fn acknowledge(
        &mut self,
        warning: &WarningId,
        raw_note: &str,
    ) -> Result<(), EditError> {
        // A note may be empty, so the only way to fail is being too long.
        let note = parse_note(raw_note)
            .map_err(|_| EditError::NoteTooLong { max: MAX_NOTE_CHARS, got: raw_note.chars().count() })?;
        match self.acknowledgements.binary_search_by(|ack| ack.warning.cmp(warning)) {
            Ok(at) => self.acknowledgements[at].note = note,
            Err(_) if self.acknowledgements.len() >= MAX_ACKNOWLEDGEMENTS => {
                return Err(EditError::TooMany { max: MAX_ACKNOWLEDGEMENTS, what: "acknowledged warnings" });
            }
            Err(at) => self.acknowledgements.insert(at, Acknowledgement { warning: warning.clone(), note }),
        }
        Ok(())
    }

    pub(in crate::core) fn unacknowledge(&mut self, warning: &WarningId) -> Result<(), EditError> {
        let at = self
            .acknowledgements
            .binary_search_by(|ack| ack.warning.cmp(warning))
            .map_err(|_| EditError::NotAcknowledged)?;
        self.acknowledgements.remove(at);
        Ok(())
    }
}
