//! The whole state of one Role Lanes app: what it shows, what it has saved, and what it must
//! tell the user. Everything on screen is derived from it (warnings, counts, highlights are
//! computed from the layout, never stored).

use super::descriptions::Descriptions;
use super::effect::Effect;
use super::library::SavedLayouts;
use super::msg::LinkRead;
use super::problem::StorageProblem;
use super::view::ViewSettings;
use crate::core::activity::{ActivityId, Category};
use crate::core::drop::DropTarget;
use crate::core::history::History;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::library::SlotId;
use crate::core::lift::Lift;
use crate::core::rules::WarningId;
use std::rc::Rc;

/// What the shell found when the app started: the instance's options, what storage holds,
/// and a share link in the page address.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Startup {
    pub read_only: bool,
    /// Whether the browser lets this page use storage at all.
    pub storage_available: bool,
    /// Every saved layout's text, by slot.
    pub saved: Vec<(SlotId, String)>,
    /// The slot storage remembers as the one last worked on.
    pub remembered: Option<SlotId>,
    /// The share link in the page's fragment, if it holds one, already read (the shell has
    /// the browser inflate a compressed one first).
    pub link: Option<LinkRead>,
    /// How this instance was last shown (`ViewSettings::to_text`), if storage remembers.
    pub view: Option<String>,
}

/// A pointer drag in progress: which card, from where, and where it would land.
#[derive(Clone, Debug, PartialEq)]
pub struct PointerDrag {
    pub id: ActivityId,
    pub from: Lane,
    pub target: Option<DropTarget>,
    pub copy: bool,
}

/// Where a visited layout came from, for the banner that marks it.
#[derive(Clone, Debug, PartialEq)]
pub enum VisitSource {
    Link,
    File(String),
}

/// A layout being looked at without being saved: the user's own history waits behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Visit {
    pub from: VisitSource,
    pub own: History<Layout>,
}

/// A layout just deleted, kept so "Undo delete" can put it back exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedLayout {
    pub slot: SlotId,
    pub raw: Rc<str>,
    pub label: String,
}

/// The "Share link" panel while it is open.
#[derive(Clone, Debug, PartialEq)]
pub struct SharePanel {
    /// What the panel says about copying ("Link copied to the clipboard.").
    pub status: String,
    pub link: ShareLink,
    /// The layout the link is (being) made for: when the board changes under an open panel,
    /// the link is made again.
    pub made_for: Rc<Layout>,
}

/// The link of an open share panel. Making one waits for the browser's compressor
/// (`Effect::DeflateShare`), so it has a moment with no link yet.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareLink {
    /// The payload is being deflated; copy the link when it is ready if `copy`.
    Making { payload: Rc<[u8]>, copy: bool },
    /// The share text (the fragment, without '#').
    Ready(String),
    /// Too large for a link, even compressed.
    TooLarge,
}

impl ShareLink {
    /// Whether a copy was begun for this link and waits for it (`Effect::BeginCopy`).
    pub fn copy_pending(&self) -> bool {
        matches!(self, ShareLink::Making { copy: true, .. })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub read_only: bool,
    /// The layout on the board and its undo steps (the visited one's, during a visit).
    pub history: History<Layout>,
    pub lift: Option<Lift>,
    pub drag: Option<PointerDrag>,
    /// The warning whose cards are highlighted; a view choice, so not part of the layout.
    pub selected: Option<WarningId>,
    /// Which of the user's layouts is theirs to save into.
    pub slot: SlotId,
    /// A shared or imported layout on show instead of the user's own; never saved.
    pub visit: Option<Visit>,
    pub storage_available: bool,
    pub saved: SavedLayouts,
    pub deleted: Option<DeletedLayout>,
    /// A storage problem, shown until it is resolved.
    pub problem: Option<StorageProblem>,
    /// A link or file that could not be opened, or news from another tab, until dismissed.
    pub notice: Option<String>,
    pub share: Option<SharePanel>,
    /// The catalog's descriptions, fetched when first opened (`app::descriptions`).
    pub descriptions: Descriptions,
    /// Lanes or matrix, density and grouping (remembered per browser).
    pub view: ViewSettings,
    /// Groups of the grouped view folded shut, by lane; a view choice of this visit.
    pub collapsed: Vec<(Lane, Category)>,
    /// The matrix cell that Tab reaches (the one last pressed or reached by arrow key).
    pub matrix_cell: Option<(ActivityId, Lane)>,
    /// A read-only board says once why it refuses a change, not at every attempt.
    pub(super) told_read_only: bool,
}

impl AppState {
    /// The state at start-up, and what to do at once: opens the remembered layout (the
    /// seeds' layout when there is none or it cannot be read), and a share link over it.
    pub fn start(startup: Startup) -> (AppState, Vec<Effect>) {
        let saved = SavedLayouts::new(startup.saved, startup.remembered);
        let slot = saved.startup_slot();
        let blocked = (!startup.storage_available).then_some(StorageProblem::Blocked);
        let (layout, problem) = match saved.load(slot) {
            Ok(found) => (found.unwrap_or_else(Layout::seeds_default), blocked),
            Err(problem) => (Layout::seeds_default(), Some(problem)),
        };
        let mut state = AppState {
            read_only: startup.read_only,
            history: History::new(layout),
            lift: None,
            drag: None,
            selected: None,
            slot,
            visit: None,
            storage_available: startup.storage_available,
            saved,
            deleted: None,
            problem,
            notice: None,
            share: None,
            descriptions: Descriptions::NotAsked,
            told_read_only: false,
            view: startup.view.as_deref().map(ViewSettings::parse).unwrap_or_default(),
            collapsed: Vec::new(),
            matrix_cell: None,
        };
        let mut effects = Vec::new();
        if let Some(read) = startup.link {
            state.open_link(read, &mut effects);
        }
        // Loading never moves focus: the page may hold several apps, and the visitor may
        // already be reading or typing elsewhere on it.
        effects.retain(|effect| !matches!(effect, Effect::Focus { .. } | Effect::KeepFocusInside));
        (state, effects)
    }

    /// Whether the board shows the user's own layout (and so is saved).
    pub fn is_own(&self) -> bool {
        self.visit.is_none()
    }

    /// The layout on the board, without a keyboard move's preview.
    pub fn layout(&self) -> &Layout {
        self.history.present()
    }

    /// The same layout, shared: unchanged between two states means unchanged on screen.
    pub fn layout_rc(&self) -> &Rc<Layout> {
        self.history.present_rc()
    }

    /// What the board shows: the layout, or the keyboard move's preview of it.
    pub fn shown(&self) -> Rc<Layout> {
        match &self.lift {
            Some(lift) => Rc::new(lift.preview(self.layout())),
            None => self.layout_rc().clone(),
        }
    }

    /// The user's own layout: the one on the board, or the one waiting behind a visit.
    pub fn own(&self) -> &Rc<Layout> {
        match &self.visit {
            Some(visit) => visit.own.present_rc(),
            None => self.history.present_rc(),
        }
    }

    /// Whether the layout list can be shown: the user's own layout is on the board and
    /// there is storage to list.
    pub fn shows_library(&self) -> bool {
        self.is_own() && self.storage_available && !self.read_only
    }
}
