//! The app's side effects on the world outside it, as hooks: saving the layout, following
//! changes other tabs save, and opening share links pasted into the address bar. Each
//! decides nothing itself: it reports to the reducer or to the problem shown to the user.

use super::state::{Action, AppState, VisitSource};
use crate::core::codec::{from_share_text, CodecError};
use crate::core::layout::Layout;
use crate::core::library::SlotId;
use crate::core::persist::decode_saved;
use crate::shell::link;
use crate::shell::storage::{StorageProblem, Store};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The sentence shown when a link cannot be opened.
pub fn broken_link_message(err: &CodecError) -> String {
    format!("This link cannot be opened: {err}. Nothing was changed; the board shows your own layout.")
}

/// The one place that writes the layout to storage: after every change to the user's own
/// layout, never while a shared or imported one is on show. A problem that holds saving
/// (unreadable old data, a newer save from another tab) stops it, so nothing the user has
/// not seen is overwritten.
#[hook]
pub fn use_saving(store: &Store, state: &AppState, problem: &UseStateHandle<Option<StorageProblem>>) {
    let first = use_mut_ref(|| true);
    let (store, problem) = (store.clone(), problem.clone());
    let deps = (state.slot, state.layout().clone(), state.is_own());
    use_effect_with(deps, move |(slot, layout, own)| {
        let first = std::mem::replace(&mut *first.borrow_mut(), false);
        if first || !own {
            return;
        }
        store.set_active_slot(*slot);
        if problem.as_ref().is_some_and(StorageProblem::holds_saving) {
            return;
        }
        match store.save(*slot, layout) {
            Ok(()) if problem.is_some() => problem.set(None),
            Ok(()) => {}
            Err(err) => problem.set(Some(err)),
        }
    });
}

/// Follows what other tabs save. A change to the layout on show is taken over (undoably);
/// one this build cannot read holds saving until a reload; a change to any other of the
/// user's layouts calls `library_changed`.
#[hook]
pub fn use_other_tabs(
    store: &Store,
    slot: SlotId,
    dispatch: Callback<Action>,
    problem: UseStateHandle<Option<StorageProblem>>,
    notice: UseStateHandle<Option<String>>,
    library_changed: Callback<()>,
) {
    let store = store.clone();
    use_effect_with(slot, move |&slot| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                let Some(key) = event.key() else { return };
                // Another of the user's layouts changed: the list may read differently. The
                // one on show is listed with its live title, so its changes need no re-read.
                match store.slot_of_key(&key) {
                    Some(changed) if changed == slot => {}
                    Some(_) => return library_changed.emit(()),
                    None => return,
                }
                match event.new_value().map(|raw| decode_saved(&raw)) {
                    Some(Ok(layout)) => dispatch.emit(Action::FromOtherTab(layout)),
                    Some(Err(_)) => problem.set(Some(StorageProblem::Stale)),
                    None => notice.set(Some(
                        "This layout was deleted in another tab. It is still on screen here, and your next change saves it again.".into(),
                    )),
                }
            })
        });
        move || drop(listener)
    });
}

/// Opens a share link pasted into the address bar of an open page (the first one is read
/// at start-up). A broken one changes nothing and says why.
#[hook]
pub fn use_link_changes(dispatch: Callback<Action>, notice: UseStateHandle<Option<String>>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| {
                let Some(text) = link::share_text_in_page() else { return };
                match from_share_text(&text) {
                    Ok(layout) => {
                        notice.set(None);
                        dispatch.emit(Action::Visit { layout, from: VisitSource::Link });
                    }
                    Err(err) => notice.set(Some(broken_link_message(&err))),
                }
            })
        });
        move || drop(listener)
    });
}

/// The layout a share link in the page address holds at start-up, if any.
pub fn link_at_start() -> Option<Result<Layout, CodecError>> {
    link::share_text_in_page().map(|text| from_share_text(&text))
}

/// A counter that changes whenever the user's list of layouts may have changed (here or in
/// another tab), so the list is re-read from storage only then.
#[hook]
pub fn use_library_epoch() -> (u32, Callback<()>) {
    let epoch = use_mut_ref(|| 0u32);
    let redraw = use_force_update();
    let bump = {
        let epoch: Rc<RefCell<u32>> = epoch.clone();
        use_memo((), move |_| {
            Callback::from(move |_| {
                *epoch.borrow_mut() += 1;
                redraw.force_update();
            })
        })
    };
    let current = *epoch.borrow();
    (current, (*bump).clone())
}
