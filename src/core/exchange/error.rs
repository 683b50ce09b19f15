//! Why a layout file was refused, in words a person can act on. Each message is a clause,
//! like the codec's ("it is …", "lanes.pdm[3] is not text"), so the UI can say
//! "This file cannot be imported: {err}". Paths name the field the way the file spells it.

use crate::core::layout::LayoutError;
use crate::core::name::TextError;
use std::fmt;

/// Why a JSON document did not import as a layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not an object, or its `format` is missing or is not ours: some other JSON file.
    NotOurs,
    /// Written by a later version of the file format (the number is the file's `version`).
    NewerVersion(u32),
    /// A field every layout file has is not there.
    Missing { path: String },
    /// A field this version does not read; refused rather than silently dropped.
    UnknownField { path: String },
    /// The same key twice in one object.
    DuplicateField { path: String },
    /// A value of the wrong JSON type; `expected` says what it should be ("text", "a list").
    WrongType { path: String, expected: &'static str },
    /// A number that is not whole or lies outside `min..=max`.
    OutOfRange { path: String, min: u64, max: u64 },
    /// A text that is not one of the ids allowed there.
    NotOneOf { path: String, allowed: String },
    /// A text or list over the size caps the layout codec uses for every input.
    TooLong { path: String, max: usize, unit: &'static str },
    /// A custom activity's name that is empty or too long once tidied.
    BadName { path: String, problem: TextError },
    /// Well-formed, but breaks a rule of every layout.
    Invalid(LayoutError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotOurs => f.write_str("it is not a Role Lanes layout file"),
            ImportError::NewerVersion(version) => write!(
                f,
                "it was made by a newer version of Role Lanes (file version {version}); reload the page to get the update"
            ),
            ImportError::Missing { path } => write!(f, "it has no {path}"),
            ImportError::UnknownField { path } => {
                write!(f, "it has a field Role Lanes does not read ({path}); remove it or export the file again")
            }
            ImportError::DuplicateField { path } => write!(f, "{path} appears twice"),
            ImportError::WrongType { path, expected } => write!(f, "{path} is not {expected}"),
            ImportError::OutOfRange { path, min, max } => write!(f, "{path} is not a whole number from {min} to {max}"),
            ImportError::NotOneOf { path, allowed } => write!(f, "{path} is not one of {allowed}"),
            ImportError::TooLong { path, max, unit } => {
                write!(f, "{path} is longer than Role Lanes accepts (at most {max} {unit})")
            }
            ImportError::BadName { path, problem: TextError::Empty } => {
                write!(f, "{path} is empty, and every activity needs a name")
            }
            ImportError::BadName { path, problem: TextError::TooLong { max, got } } => {
                write!(f, "{path} has {got} characters (at most {max})")
            }
            ImportError::Invalid(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for ImportError {}

impl From<LayoutError> for ImportError {
    fn from(err: LayoutError) -> ImportError {
        ImportError::Invalid(err)
    }
}
