//! Native tests of the application layer, driven like a user: act, let the driver perform
//! the effects (an in-memory storage and clipboard stand in for the browser's), then assert
//! on the state and on what was performed. Modelled on quinn-proto's deterministic `Pair`.

mod badges;
mod board;
mod descriptions;
mod files;
mod library;
mod storage;
mod views;
mod visit;

use super::state::ShareLink;
use super::{update, AppState, Effect, Msg, Startup, StorageProblem};
use crate::core::activity::ActivityId;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::library::SlotId;
use crate::core::persist::{decode_saved, encode_saved};
use crate::core::tests::deflate::{deflate, from_share_text, to_share_text};
use std::collections::BTreeMap;

/// One app and the world around it: storage, clipboard, and every effect it performed.
struct Driver {
    state: AppState,
    /// What storage holds, by slot; `None` when storage is blocked.
    storage: Option<BTreeMap<SlotId, String>>,
    remembered: Option<SlotId>,
    /// Writes fail as a full store does.
    full: bool,
    clipboard_works: bool,
    /// Effects performed since the last `take`.
    performed: Vec<Effect>,
}

impl Driver {
    fn start(startup: Startup) -> Driver {
        let storage =
            startup.storage_available.then(|| startup.saved.iter().cloned().collect::<BTreeMap<_, _>>());
        let remembered = startup.remembered;
        let (state, effects) = AppState::start(startup);
        let mut driver =
            Driver { state, storage, remembered, full: false, clipboard_works: true, performed: Vec::new() };
        driver.perform(effects);
        driver
    }

    /// A first visit: storage available and empty, no link.
    fn fresh() -> Driver {
        Driver::start(Startup { storage_available: true, ..Startup::default() })
    }

    /// Storage holding these layouts (slot, layout).
    fn with_saved(saved: &[(u32, &Layout)]) -> Driver {
        let saved = saved.iter().map(|(n, layout)| (slot(*n), encode_saved(layout))).collect();
        Driver::start(Startup { storage_available: true, saved, ..Startup::default() })
    }

    fn send(&mut self, msg: Msg) -> &mut Self {
        let effects = update(&mut self.state, msg);
        self.perform(effects);
        self
    }

    /// Performs effects as the shell does, feeding answers back until none are left.
    fn perform(&mut self, effects: Vec<Effect>) {
        let mut queue = std::collections::VecDeque::from(effects);
        while let Some(effect) = queue.pop_front() {
            let answer = match &effect {
                Effect::Write { slot, raw } => Some(Msg::Written(self.write(*slot, raw))),
                Effect::Remove(slot) => {
                    if let Some(storage) = self.storage.as_mut() {
                        storage.remove(slot);
                    }
                    None
                }
                Effect::RememberSlot(slot) => {
                    self.remembered = Some(*slot);
                    None
                }
                Effect::CopyShareLink(_) => Some(Msg::CopyFinished(self.clipboard_works)),
                // miniz_oxide stands in for the browser's compressor, as in `to_share_text`.
                Effect::DeflateShare(payload) => {
                    Some(Msg::ShareDeflated { payload: payload.clone(), deflated: Some(deflate(payload)) })
                }
                _ => None,
            };
            self.performed.push(effect);
            if let Some(msg) = answer {
                queue.extend(update(&mut self.state, msg));
            }
        }
    }

    fn write(&mut self, slot: SlotId, raw: &str) -> Result<(), StorageProblem> {
        let Some(storage) = self.storage.as_mut() else { return Err(StorageProblem::Blocked) };
        if self.full {
            return Err(StorageProblem::Full);
        }
        storage.insert(slot, raw.to_string());
        Ok(())
    }

    /// The effects performed since the last call.
    fn take(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.performed)
    }

    /// The last sentence said in the live region.
    fn said(&self) -> String {
        self.performed
            .iter()
            .rev()
            .find_map(|e| match e {
                Effect::Announce(text) => Some(text.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }

    fn writes(&self) -> usize {
        self.performed.iter().filter(|e| matches!(e, Effect::Write { .. })).count()
    }

    /// The layout storage holds in `slot`, decoded.
    fn stored(&self, n: u32) -> Option<Layout> {
        let raw = self.storage.as_ref()?.get(&slot(n))?;
        Some(decode_saved(raw).expect("what the app saved reads back"))
    }

    fn raw(&self, n: u32) -> Option<String> {
        self.storage.as_ref()?.get(&slot(n)).cloned()
    }

    /// Simulates another tab saving `layout` (or deleting, with `None`) in slot `n`.
    fn other_tab(&mut self, n: u32, raw: Option<String>) -> &mut Self {
        if let Some(storage) = self.storage.as_mut() {
            match &raw {
                Some(raw) => storage.insert(slot(n), raw.clone()),
                None => storage.remove(&slot(n)),
            };
        }
        self.send(Msg::OtherTabSaved { slot: slot(n), raw })
    }

    fn lanes_of(&self, raw: &str) -> Vec<Lane> {
        self.state.layout().lanes_of(&id(raw))
    }
}

fn slot(n: u32) -> SlotId {
    SlotId::parse(&n.to_string()).expect("a slot number")
}

fn id(raw: &str) -> ActivityId {
    ActivityId::new(raw)
}

fn move_to(raw: &str, from: Lane, to: Lane) -> Msg {
    Msg::Edited(Edit::Move { id: id(raw), from, to, index: 0 })
}

/// The seeds' layout with Pricing Strategy moved to PDM: a layout the user made.
fn pricing_in_pdm() -> Layout {
    Layout::seeds_default()
        .apply(&Edit::Move { id: id("pricing-strategy"), from: Lane::Pmm, to: Lane::Pdm, index: 0 })
        .unwrap()
}

fn titled(layout: &Layout, title: &str) -> Layout {
    layout.apply(&Edit::Rename { title: title.into() }).unwrap()
}

fn share_text(layout: &Layout) -> String {
    to_share_text(layout).unwrap()
}

/// The seeds' board with `count` described activities of the team's own: big enough that
/// its share link is compressed.
fn with_team_activities(count: u32) -> Layout {
    let mut layout = Layout::seeds_default();
    for n in 0..count {
        let edit = Edit::AddCustom {
            name: crate::core::name::ActivityName::parse(&format!("Team activity {n}")).unwrap(),
            description: "Agreed at the table, owned by whoever the room decides.".into(),
            area: None,
            expected_lanes: Vec::new(),
            lane: Lane::Pmm,
        };
        layout = layout.apply(&edit).unwrap();
    }
    layout
}

/// A link arriving in the page address, read as the shell reads it (with the stand-in
/// inflater for the browser's).
fn link_opened(text: &str) -> Msg {
    Msg::LinkOpened(from_share_text(text))
}
