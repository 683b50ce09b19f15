//! Why a layout could not be read, in words a person can act on. Each message is a clause
//! ("it is cut short: ...") so the caller can say what "it" was: "This link cannot be
//! opened: ..." or "Your saved layout could not be read: ...".

use super::limits::{MAX_INPUT_BYTES, MAX_SHARE_TEXT_BYTES};
use super::version::FORMAT_VERSION;
use crate::core::layout::{LayoutError, MAX_ACKNOWLEDGEMENTS, MAX_CUSTOM_ACTIVITIES};
use std::fmt;

/// Which text of a layout was unreadable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Title,
    Name,
    Description,
    WarningId,
    Note,
}

impl TextField {
    fn label(self) -> &'static str {
        match self {
            TextField::Title => "its title",
            TextField::Name => "the name of an activity",
            TextField::Description => "the description of an activity",
            TextField::WarningId => "the id of an acknowledged warning",
            TextField::Note => "an acknowledgement note",
        }
    }
}

/// Why bytes or text did not decode to a layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// Nothing at all to read.
    Empty,
    /// Text without our `rl<version>.` prefix: some other data, or a layout saved as JSON
    /// by an older build.
    NotOurs,
    /// A format this build does not read; newer than ours when above `FORMAT_VERSION`.
    UnsupportedVersion(u8),
    /// Over a size cap: the whole input (for a share link, its text or what it inflates to),
    /// or its count of custom activities or acknowledgements.
    TooLarge,
    /// The text form holds characters that are not unpadded base64url.
    BadCharacters,
    /// The data stops in the middle of a field, or claims more than is left.
    Truncated,
    /// Something follows the last field.
    TrailingBytes,
    /// A number is malformed or out of range (an overlong varint, an area or lane set that
    /// does not exist, a custom number beyond `u32`).
    Malformed,
    /// A text is not UTF-8, is too long, or (for a name) is not a tidy, non-empty name.
    BadText(TextField),
    /// A share link's compressed data does not inflate: it was damaged on the way.
    Corrupt,
    /// A compressed share link, in a browser too old to inflate it.
    CannotInflate,
    /// A card refers to a catalog index or custom number this layout does not have.
    UnknownActivity,
    /// Well-formed, but breaks a rule of every layout.
    Invalid(LayoutError),
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodecError::Empty => f.write_str("it is empty"),
            CodecError::NotOurs => f.write_str("it is not a Role Lanes layout this version can read"),
            CodecError::UnsupportedVersion(v) if *v > FORMAT_VERSION => write!(
                f,
                "it was made by a newer version of Role Lanes (format {v}); reload the page to get the update"
            ),
            CodecError::UnsupportedVersion(v) => write!(f, "it is in a format Role Lanes never wrote (format {v})"),
            CodecError::TooLarge => write!(
                f,
                "it is larger than Role Lanes accepts (links up to {} KB, saved layouts up to {} MB, at most {MAX_CUSTOM_ACTIVITIES} custom activities and {MAX_ACKNOWLEDGEMENTS} acknowledgements)",
                MAX_SHARE_TEXT_BYTES / 1024,
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
            CodecError::BadCharacters => {
                f.write_str("it contains characters that do not belong in a layout; check that it was copied whole")
            }
            CodecError::Truncated => f.write_str("the data is cut short; if it came from a link, copy the whole link"),
            CodecError::TrailingBytes => f.write_str("it has extra data at the end, so it was probably damaged"),
            CodecError::Malformed => f.write_str("it is damaged: a number in it is out of range"),
            CodecError::Corrupt => {
                f.write_str("it is damaged: its compressed data cannot be unpacked; if it came from a link, copy the whole link")
            }
            CodecError::CannotInflate => f.write_str(
                "it is compressed, and this browser cannot unpack it; open it in an up-to-date browser",
            ),
            CodecError::BadText(field) => write!(f, "it is damaged: {} is not valid text or is too long", field.label()),
            CodecError::UnknownActivity => f.write_str(
                "it places an activity this version of Role Lanes does not know; it may come from a newer version",
            ),
            CodecError::Invalid(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for CodecError {}

impl From<LayoutError> for CodecError {
    fn from(err: LayoutError) -> CodecError {
        CodecError::Invalid(err)
    }
}
