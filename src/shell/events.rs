//! What the page tells an open app: another tab saved one of its layouts (`storage`), or a
//! share link was pasted into the address bar (`hashchange`). Each becomes a message; the
//! app decides what it means.

use super::{link, storage::Store};
use crate::app::Msg;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::Callback;

/// Listens for as long as the returned listeners live; to pasted links only with `page_link`.
pub fn follow_page(store: Store, dispatch: Callback<Msg>, page_link: bool) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let on_storage = dispatch.clone();
    let mut listeners = vec![EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
        let Some(slot) = event.key().and_then(|key| store.slot_of_key(&key)) else { return };
        on_storage.emit(Msg::OtherTabSaved { slot, raw: event.new_value() });
    })];
    if page_link {
        listeners.push(EventListener::new(&window, "hashchange", move |_| {
            let Some(text) = link::share_text_in_page() else { return };
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let read = link::read_share_text(&text).await;
                // A link pasted while this one inflated wins: only the latest opens.
                if link::share_text_in_page().as_deref() == Some(text.as_str()) {
                    dispatch.emit(Msg::LinkOpened(read));
                }
            });
        }));
    }
    listeners
}

/// While a card is lifted, keys that reach the page itself count for the move. A render
/// replaces the lifted card's element as it moves, and on a busy machine a key can arrive
/// before focus is on the new one: it then lands on the page's body, not on the card.
pub fn lift_keys_on_page(dispatch: Callback<Msg>) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(&document, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        let on_page = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| el.tag_name() == "BODY");
        if let (true, Some(msg)) = (on_page, Msg::for_lift_key(&event.key())) {
            event.prevent_default();
            dispatch.emit(msg);
        }
    }))
}
