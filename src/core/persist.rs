//! The saved-data format: a versioned JSON envelope around a layout. Reading is strict and
//! never panics; anything unreadable comes back as a `SavedDataError` the UI can show, and
//! the raw text stays with the caller so it is never thrown away.

use super::layout::Layout;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Marks our envelope, so a stranger's data under the same key is not mistaken for ours.
pub const APP_TAG: &str = "role-lanes";
/// Bump this and add an arm to `read_format` whenever the saved shape changes.
pub const SAVE_FORMAT_VERSION: u32 = 1;

/// Read first, to learn whose data it is and which format to expect.
#[derive(Deserialize)]
struct Header {
    app: String,
    version: u32,
}

/// Format 1: `{"app":"role-lanes","version":1,"layout":{...}}`.
#[derive(Deserialize)]
struct FormatOne {
    layout: Layout,
}

#[derive(Serialize)]
struct EnvelopeRef<'a> {
    app: &'a str,
    version: u32,
    layout: &'a Layout,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedDataError {
    NotJson(String),
    NotOurs,
    FromNewerVersion(u32),
    Invalid(String),
}

impl fmt::Display for SavedDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedDataError::NotJson(why) => write!(f, "it is not valid JSON ({why})"),
            SavedDataError::NotOurs => f.write_str("it was not written by Role Lanes"),
            SavedDataError::FromNewerVersion(v) => {
                write!(f, "it was saved by a newer version of Role Lanes (format {v}); reload to get the update")
            }
            SavedDataError::Invalid(why) => write!(f, "{why}"),
        }
    }
}

/// The text stored for a layout.
pub fn encode_saved(layout: &Layout) -> String {
    let envelope = EnvelopeRef { app: APP_TAG, version: SAVE_FORMAT_VERSION, layout };
    // Serializing plain structs of strings and integers cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads stored text back into a layout, migrating older formats. (Typed structs rather
/// than `serde_json::Value` keep the WebAssembly small.)
pub fn decode_saved(text: &str) -> Result<Layout, SavedDataError> {
    let header: Header = serde_json::from_str(text).map_err(|err| match serde_json::from_str::<IgnoredAny>(text) {
        Ok(_) => SavedDataError::NotOurs,
        Err(_) => SavedDataError::NotJson(err.to_string()),
    })?;
    if header.app != APP_TAG {
        return Err(SavedDataError::NotOurs);
    }
    read_format(header.version, text)
}

/// Reads format `version`, bringing it up to the current shape. Format 1 is the first;
/// a later format adds an arm that reads the old shape and converts it.
fn read_format(version: u32, text: &str) -> Result<Layout, SavedDataError> {
    let invalid = |err: serde_json::Error| SavedDataError::Invalid(err.to_string());
    match version {
        1 => serde_json::from_str::<FormatOne>(text).map(|saved| saved.layout).map_err(invalid),
        v if v > SAVE_FORMAT_VERSION => Err(SavedDataError::FromNewerVersion(v)),
        _ => Err(SavedDataError::Invalid(format!("format {version} is not one Role Lanes ever wrote"))),
    }
}
