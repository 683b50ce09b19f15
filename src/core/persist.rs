//! The saved-data format: the codec's text form (`rl1.` and base64url), the same bytes a
//! share link carries; its own prefix says which codec format follows. Reading is strict
//! and never panics; anything unreadable comes back as a `SavedDataError` the UI can show,
//! and the raw text stays with the caller so it is never thrown away. Saves from the first
//! builds, a JSON envelope, are no longer read (that would need a JSON parser in the app):
//! they are `NotOurs`.

use super::codec::{self, CodecError, FORMAT_VERSION};
use super::layout::Layout;
use std::fmt;

/// Why saved text could not be read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedDataError {
    /// Not our text form: another app's data under the same key, or a save from the JSON
    /// days of Role Lanes.
    NotOurs,
    /// Our text form, in a codec format newer than this build reads.
    FromNewerVersion(u32),
    /// Ours, but damaged or breaking a layout rule; the codec's message says how.
    Invalid(String),
}

impl fmt::Display for SavedDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedDataError::NotOurs => f.write_str("it is not a Role Lanes layout this version can read"),
            SavedDataError::FromNewerVersion(v) => {
                write!(
                    f,
                    "it was saved by a newer version of Role Lanes (format {v}); reload to get the update"
                )
            }
            SavedDataError::Invalid(why) => f.write_str(why),
        }
    }
}

/// The text stored for a layout.
pub fn encode_saved(layout: &Layout) -> String {
    codec::to_text(layout)
}

/// Reads stored text back into a layout.
pub fn decode_saved(text: &str) -> Result<Layout, SavedDataError> {
    codec::from_text(text).map_err(|err| match err {
        CodecError::Empty | CodecError::NotOurs => SavedDataError::NotOurs,
        CodecError::UnsupportedVersion(v) if v > FORMAT_VERSION => SavedDataError::FromNewerVersion(v.into()),
        other => SavedDataError::Invalid(other.to_string()),
    })
}
