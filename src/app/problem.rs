//! What can go wrong with storage, as values the app shows. Storage can be missing (blocked
//! cookies, sandboxed iframes), full, or hold data this build cannot read; in every case
//! the app carries on in memory and never overwrites what it has not shown the user.

/// Something about storage the user must know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// No localStorage here: changes last only as long as the page.
    Blocked,
    /// A save failed for lack of space: what is on screen is newer than what is saved.
    Full,
    /// Saved data exists but cannot be read. It is kept as it is, raw text and all.
    Unreadable { raw: String, reason: String },
    /// Another tab saved this layout in a form this build cannot read (a newer version):
    /// saving here would overwrite newer work, so it waits for a reload.
    Stale,
}

impl StorageProblem {
    pub fn message(&self) -> String {
        match self {
            StorageProblem::Blocked => "This browser does not let Role Lanes use storage here, so your changes last only until you close this page. Use a share link or export to keep them.".into(),
            StorageProblem::Full => "Browser storage is full, so your latest changes are on screen but not saved. Free some space (or clear other sites' data); Role Lanes will try again on your next change.".into(),
            StorageProblem::Unreadable { reason, .. } => format!(
                "Your saved layout could not be read: {reason}. It has been left untouched and is not being overwritten; the board shows the seeds' layout instead, and your changes are not saved until you choose what to do with the old data."
            ),
            StorageProblem::Stale => "Another tab saved this layout with a newer version of Role Lanes. Reload this page to see it; until then your changes here are not saved, so they cannot overwrite it.".into(),
        }
    }

    /// Whether saving must wait: writing now would overwrite something the user has not
    /// seen, or there is nowhere to write. A full store is tried again on the next change.
    pub fn holds_saving(&self) -> bool {
        !matches!(self, StorageProblem::Full)
    }
}
