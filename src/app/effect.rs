//! What the app asks the outside world to do, as plain values. The shell performs them in
//! order; those with an answer (a write, a copy) report back with a `Msg`.

use super::msg::ExportFormat;
use crate::core::activity::ActivityId;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::library::SlotId;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Store `raw` as the saved text of `slot`. The shell answers with `Msg::Written` when it
    /// matters: a failure, or a success that ends a "storage is full" alert.
    Write {
        slot: SlotId,
        raw: Rc<str>,
    },
    /// Delete the saved text of `slot`.
    Remove(SlotId),
    /// Remember `slot` as the one to reopen after a reload.
    RememberSlot(SlotId),
    /// Remember how the board is shown (`ViewSettings::to_text`) for the next visit.
    RememberView(String),
    /// After the next render, focus this matrix cell.
    FocusCell {
        id: ActivityId,
        lane: Lane,
    },
    /// Say this sentence in the live region.
    Announce(String),
    /// After the next render, focus this card (bringing it into view when `scroll`).
    Focus {
        id: ActivityId,
        lane: Lane,
        scroll: bool,
    },
    /// After the next render, keep focus inside the app if its element vanished.
    KeepFocusInside,
    /// After the next render, scroll the highlighted cards into view.
    RevealHighlight,
    /// After the next render, select the share link's text for Ctrl+C.
    SelectShareLink,
    /// Take a share link out of the address bar: it has been dealt with, so a reload shows
    /// the user's own layout.
    ForgetLink,
    /// Deflate a share link's payload (raw deflate, with the browser's `CompressionStream`);
    /// answered with `Msg::ShareDeflated`, holding `None` when the browser could not.
    DeflateShare(Rc<[u8]>),
    /// Start copying the share link now, while the press still counts as the user's: the
    /// link is ready only once the browser has compressed it, and Safari's engine refuses a
    /// copy that starts that late. `CopyShareLink` gives it the link, `AbandonCopy` says none
    /// is coming.
    BeginCopy,
    /// Copy the link for this share text, into the copy `BeginCopy` started if there is one;
    /// answered with `Msg::CopyFinished`.
    CopyShareLink(String),
    /// The copy `BeginCopy` started gets no link (the panel closed, or the layout is too
    /// large for one); not answered.
    AbandonCopy,
    /// Write `layout` in `format` (by the file-formats module, loaded when first needed) and
    /// offer it as a download named `name`; a failure is answered with `Msg::ExportFailed`.
    Export {
        format: ExportFormat,
        layout: Rc<Layout>,
        name: String,
        mime: &'static str,
    },
    Print,
    /// Fetch the catalog's descriptions from the file-formats module; answered with
    /// `Msg::DescriptionsArrived`.
    LoadDescriptions,
    /// Tell the host page that the layout on the board changed.
    LayoutChanged,
}
