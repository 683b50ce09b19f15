//! The saved-data format: a versioned JSON envelope around a layout. Reading is strict and
//! never panics; anything unreadable comes back as a `SavedDataError` the UI can show, and
//! the raw text stays with the caller so it is never thrown away.

use super::layout::Layout;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// Marks our envelope, so a stranger's data under the same key is not mistaken for ours.
pub const APP_TAG: &str = "role-lanes";
/// Bump this and add an arm to `migrate` whenever the saved shape changes.
pub const SAVE_FORMAT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    app: String,
    version: u32,
    layout: Value,
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

/// Reads stored text back into a layout, migrating older formats.
pub fn decode_saved(text: &str) -> Result<Layout, SavedDataError> {
    let envelope: Envelope = serde_json::from_str(text).map_err(|err| {
        if serde_json::from_str::<Value>(text).is_ok() {
            SavedDataError::NotOurs
        } else {
            SavedDataError::NotJson(err.to_string())
        }
    })?;
    if envelope.app != APP_TAG {
        return Err(SavedDataError::NotOurs);
    }
    let current = migrate(envelope.version, envelope.layout)?;
    serde_json::from_value(current).map_err(|err| SavedDataError::Invalid(err.to_string()))
}

/// Brings a layout saved in format `version` up to `SAVE_FORMAT_VERSION`, one step at a time.
/// Format 1 is the first; each later format adds an arm that rewrites the previous shape.
fn migrate(version: u32, layout: Value) -> Result<Value, SavedDataError> {
    match version {
        1 => Ok(layout),
        v if v > SAVE_FORMAT_VERSION => Err(SavedDataError::FromNewerVersion(v)),
        _ => Err(SavedDataError::Invalid(format!("format {version} is not one Role Lanes ever wrote"))),
    }
}
