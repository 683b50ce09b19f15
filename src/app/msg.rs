//! Everything that can happen to the app, named for what happened: what the user did, and
//! what the shell reports back (a save that failed, another tab's save, a file read).

use super::menu::MenuItem;
use super::problem::StorageProblem;
use super::view::ViewSettings;
use crate::core::activity::{ActivityId, Category};
use crate::core::codec::CodecError;
use crate::core::drop::DropTarget;
use crate::core::edit::Edit;
use crate::core::exchange::Json;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::library::SlotId;
use crate::core::lift::Direction;
use crate::core::rules::WarningId;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// The user changed the layout through a form, a field or a button (not a drag).
    Edited(Edit),
    UndoPressed,
    RedoPressed,

    /// Space on a card: it is lifted for a keyboard move.
    CardLifted {
        id: ActivityId,
        lane: Lane,
    },
    /// An arrow key while a card is lifted.
    LiftedCardStepped(Direction),
    /// Space again: the lifted card lands where the preview shows it.
    LiftedCardDropped,
    /// Escape, or focus leaving the lifted card.
    LiftCancelled,

    /// A pointer drag left its starting point.
    DragStarted {
        id: ActivityId,
        from: Lane,
    },
    /// The pointer moved over another place (or the Ctrl/Alt key changed).
    DraggedOver {
        target: Option<DropTarget>,
        copy: bool,
    },
    DragDropped {
        target: Option<DropTarget>,
        copy: bool,
    },
    DragCancelled,

    /// An item of a card's Move menu.
    MenuChosen {
        id: ActivityId,
        lane: Lane,
        item: MenuItem,
    },
    /// The user picked the lanes or the matrix, a density or the grouping.
    ViewChanged(ViewSettings),
    /// A category's group in a lane was folded shut or opened.
    GroupToggled {
        lane: Lane,
        category: Category,
    },
    /// A matrix cell was pressed: it steps to its next part (`core::matrix::press`).
    CellPressed {
        id: ActivityId,
        lane: Lane,
    },
    /// An arrow key moved to this matrix cell.
    CellReached {
        id: ActivityId,
        lane: Lane,
    },
    /// "Show on board" (or "Hide on board") on a warning.
    WarningSelected(Option<WarningId>),

    LayoutChosen(SlotId),
    NewLayoutPressed,
    DuplicatePressed,
    DeletePressed,
    UndoDeletePressed,
    /// "Discard it and save this board instead" on unreadable saved data.
    UnreadableDiscarded,

    /// A share link arrived in the page address of an open page, and was read.
    LinkOpened(LinkRead),
    /// A picked or dropped file was read and understood as a layout (or could not be).
    FileRead {
        name: String,
        read: Result<Layout, ImportProblem>,
    },
    VisitKept,
    VisitSavedAsNew,
    VisitLeft,

    SharePressed,
    /// The browser deflated this share payload (`None`: it could not). An answer for a
    /// payload the panel no longer waits for is ignored.
    ShareDeflated {
        payload: Rc<[u8]>,
        deflated: Option<Vec<u8>>,
    },
    /// The clipboard took the share link (true) or refused it.
    CopyFinished(bool),
    ExportChosen(ExportFormat),
    /// An export could not be made (its module could not be loaded, say).
    ExportFailed(String),
    /// A card's "About" opened on a catalog description the board does not have yet.
    DescriptionsWanted,
    /// The file-formats module's answer to `Effect::LoadDescriptions`.
    DescriptionsArrived(Result<String, String>),
    NoticeDismissed,

    /// The shell wrote what an `Effect::Write` asked for, or could not.
    Written(Result<(), StorageProblem>),
    /// Another tab saved (`Some`) or deleted (`None`) one of this instance's layouts.
    OtherTabSaved {
        slot: SlotId,
        raw: Option<String>,
    },
}

impl Msg {
    /// What a key does while a card is lifted for a keyboard move: Space drops it, the
    /// arrows move it, Escape cancels. Other keys do nothing to the move.
    pub fn for_lift_key(key: &str) -> Option<Msg> {
        Some(match key {
            " " => Msg::LiftedCardDropped,
            "Escape" => Msg::LiftCancelled,
            "ArrowLeft" => Msg::LiftedCardStepped(Direction::Left),
            "ArrowRight" => Msg::LiftedCardStepped(Direction::Right),
            "ArrowUp" => Msg::LiftedCardStepped(Direction::Up),
            "ArrowDown" => Msg::LiftedCardStepped(Direction::Down),
            _ => return None,
        })
    }
}

/// A share link's layout, or why it cannot be opened.
pub type LinkRead = Result<Layout, CodecError>;

/// A file's text and what the browser's JSON parser made of it.
#[derive(Clone, Debug, PartialEq)]
pub struct FileText {
    pub text: String,
    pub json: Result<Json, JsonTextError>,
}

/// Why text could not become a JSON tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonTextError {
    NotJson,
    /// Deeper than any layout file: refused before it can exhaust the stack.
    TooDeep,
}

/// Why a file could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    TooLarge,
    Unreadable,
    /// Read, but not a layout; the reason says why.
    NotALayout(String),
}

/// The ways to take a layout out of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Markdown,
    Csv,
    Print,
}

impl ExportFormat {
    /// The format's name where the app and its file-formats module talk.
    pub fn slug(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Markdown => "markdown",
            ExportFormat::Csv => "csv",
            ExportFormat::Print => "print",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ExportFormat> {
        [ExportFormat::Json, ExportFormat::Markdown, ExportFormat::Csv, ExportFormat::Print]
            .into_iter()
            .find(|format| format.slug() == slug)
    }
}
