//! The user's named layouts: how each is numbered and keyed in storage, and how its title
//! reads. Each layout lives under a key of its own (no shared index to fall out of step when
//! two tabs edit at once), so the list is whatever keys exist; the first layout keeps the
//! key every earlier build saved under, so old saves simply become layout 1.

use super::name::{tidy, MAX_NAME_CHARS};
use std::fmt;

/// Which of the user's layouts; stable for the layout's lifetime, never a list position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SlotId(u32);

impl SlotId {
    /// The layout every build before named layouts saved.
    pub const FIRST: SlotId = SlotId(1);

    /// The storage key of this layout under an instance's key prefix (`role-lanes/<ns>/`).
    pub fn key(self, prefix: &str) -> String {
        if self == SlotId::FIRST {
            format!("{prefix}layout")
        } else {
            format!("{prefix}layout/{}", self.0)
        }
    }

    /// The slot a storage key names, if it is one of ours under `prefix`.
    pub fn from_key(key: &str, prefix: &str) -> Option<SlotId> {
        let rest = key.strip_prefix(prefix)?.strip_prefix("layout")?;
        if rest.is_empty() {
            return Some(SlotId::FIRST);
        }
        let digits = rest.strip_prefix('/')?;
        let canonical =
            !digits.is_empty() && !digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit());
        digits.parse().ok().filter(|n| canonical && *n > 1).map(SlotId)
    }

    /// A slot no existing layout uses: one past the highest.
    pub fn unused(existing: impl IntoIterator<Item = SlotId>) -> SlotId {
        SlotId(existing.into_iter().map(|s| s.0).max().unwrap_or(0).saturating_add(1))
    }

    /// As text for a form value; `parse` reads it back.
    pub fn number(self) -> u32 {
        self.0
    }

    pub fn parse(text: &str) -> Option<SlotId> {
        text.parse().ok().filter(|n| *n >= 1).map(SlotId)
    }
}

impl fmt::Display for SlotId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// One entry of the user's list of layouts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryEntry {
    pub slot: SlotId,
    /// The layout's title, or `None` when its saved data cannot be read.
    pub title: Option<String>,
}

impl LibraryEntry {
    /// How the list shows it.
    pub fn label(&self) -> String {
        match &self.title {
            Some(title) => display_title(title).to_string(),
            None => format!("Unreadable layout {}", self.slot),
        }
    }
}

/// A title as shown: an untitled layout still needs a name in the list.
pub fn display_title(title: &str) -> &str {
    if title.is_empty() {
        "Untitled layout"
    } else {
        title
    }
}

/// The title of a duplicate: "Copy of …", cut to the title limit on a character boundary.
pub fn copy_title(title: &str) -> String {
    tidy(&format!("Copy of {}", display_title(title))).chars().take(MAX_NAME_CHARS).collect()
}

/// A file name stem for exports of a layout: its title in lowercase ASCII letters, digits
/// and dashes (safe on every file system), or "role-lanes-layout" when that leaves nothing.
/// ASCII lowercasing, not Unicode's: only ASCII survives, and Unicode's case tables would
/// cost the board's first load 6 KB of gzip.
pub fn file_stem(title: &str) -> String {
    let mut stem = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "role-lanes-layout".to_string()
    } else {
        stem.chars().take(60).collect()
    }
}
