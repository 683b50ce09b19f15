//! The one place the app's effects happen. The driver owns the `AppState`, runs `update` for
//! every message, performs the effects it returns (storage, the address bar, the clipboard,
//! downloads, the host page), feeds answers back as messages, and asks Yew to redraw once
//! the queue is empty. Effects on the DOM that is about to be drawn (focus, the live region,
//! scrolling) wait until after that render.

use super::clipboard::{self, PendingCopy};
use super::{deflate, dom, events, files, link, storage::Store};
use crate::app::msg::LinkRead;
use crate::app::{update, AppState, Effect, Msg, Startup};
use gloo::events::EventListener;
use std::cell::{Cell, Ref, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use web_sys::Element;
use yew::{Callback, NodeRef};

pub struct Driver {
    state: RefCell<AppState>,
    store: Store,
    /// Messages waiting while one is handled (an effect can cause another event at once).
    queue: RefCell<VecDeque<Msg>>,
    running: Cell<bool>,
    after_render: RefCell<Vec<Effect>>,
    /// The app's root element, where focus, the live region and the share field live.
    pub root: NodeRef,
    /// Counts announcements, so a repeated sentence differs and is read again.
    announced: Cell<u32>,
    /// The copy a press began, waiting for its share link (`Effect::BeginCopy`).
    copy: RefCell<Option<PendingCopy>>,
    redraw: Callback<()>,
    /// The page's listeners (other tabs' saves, pasted links), from the first render on.
    /// Here rather than in hooks of the app component: each hook is its own code in the
    /// WebAssembly. They reach the driver weakly, so dropping the app drops them too.
    page_listeners: RefCell<Vec<EventListener>>,
    /// While a card is lifted, keys that reach the page itself (`events::lift_keys_on_page`).
    lift_keys: RefCell<Option<EventListener>>,
    /// Follows share links pasted into the page's address (`AppProps::page_link`).
    page_link: bool,
}

impl Driver {
    /// Reads what storage holds and starts the app, on the page's share link if it has one.
    pub fn start(
        namespace: &str,
        read_only: bool,
        page_link: bool,
        link: Option<LinkRead>,
        redraw: Callback<()>,
    ) -> Rc<Driver> {
        let store = Store::open(namespace);
        let startup = Startup {
            read_only,
            storage_available: store.is_available(),
            saved: store.read_all(),
            remembered: store.remembered(),
            link,
            view: store.view(),
        };
        let (state, effects) = AppState::start(startup);
        let driver = Rc::new(Driver {
            state: RefCell::new(state),
            store,
            queue: RefCell::new(VecDeque::new()),
            running: Cell::new(false),
            after_render: RefCell::new(Vec::new()),
            root: NodeRef::default(),
            announced: Cell::new(0),
            copy: RefCell::new(None),
            redraw,
            page_listeners: RefCell::new(Vec::new()),
            lift_keys: RefCell::new(None),
            page_link,
        });
        for effect in effects {
            driver.perform(effect);
        }
        driver
    }

    pub fn state(&self) -> Ref<'_, AppState> {
        self.state.borrow()
    }

    /// A callback that sends messages to this driver.
    pub fn dispatcher(self: &Rc<Self>) -> Callback<Msg> {
        let driver = self.clone();
        Callback::from(move |msg| driver.dispatch(msg))
    }

    /// A dispatcher that does not keep the driver alive, for the listeners it holds itself.
    fn weak_dispatcher(self: &Rc<Self>) -> Callback<Msg> {
        let driver = Rc::downgrade(self);
        Callback::from(move |msg| {
            if let Some(driver) = driver.upgrade() {
                driver.dispatch(msg);
            }
        })
    }

    /// Handles `msg` and everything it leads to, then redraws once.
    pub fn dispatch(self: &Rc<Self>, msg: Msg) {
        self.queue.borrow_mut().push_back(msg);
        if self.running.replace(true) {
            return;
        }
        loop {
            let Some(msg) = self.queue.borrow_mut().pop_front() else { break };
            let effects = update(&mut self.state.borrow_mut(), msg);
            for effect in effects {
                self.perform(effect);
            }
        }
        self.running.set(false);
        self.release_leaving_card();
        self.redraw.emit(());
    }

    /// Before a render that moves focus to a card elsewhere, the focused card lets go of it.
    /// That card's element is about to be removed (a card that changes lanes is drawn anew),
    /// and Chrome restyles and lays out the page on the spot when the focused element is
    /// removed, in the middle of the render (about 1 ms of a keyboard move on the seeds'
    /// board). Blurring it first, while nothing is out of date yet, costs a tenth of that, and
    /// focus is on the card's new element right after the render (`Effect::Focus`). A card
    /// that keeps its place (a drop where it was) keeps focus.
    fn release_leaving_card(&self) {
        let after_render = self.after_render.borrow();
        let focus = after_render.iter().rev().find_map(|effect| match effect {
            Effect::Focus { id, lane, .. } => Some((id, lane)),
            _ => None,
        });
        if let (Some((id, lane)), Some(root)) = (focus, self.root.cast::<Element>()) {
            dom::blur_card_unless(&root, &dom::card_selector(lane.slug(), id.as_str()));
        }
    }

    fn perform(self: &Rc<Self>, effect: Effect) {
        match effect {
            Effect::Remove(slot) => self.store.remove(slot),
            Effect::RememberSlot(slot) => self.store.remember(slot),
            Effect::RememberView(text) => self.store.remember_view(&text),
            Effect::ForgetLink => link::forget_share_text(),
            Effect::DeflateShare(payload) => {
                let driver = self.clone();
                yew::platform::spawn_local(async move {
                    let deflated = deflate::deflate(&payload).await;
                    driver.dispatch(Msg::ShareDeflated { payload, deflated });
                });
            }
            // Performed during the press itself: `dispatch` runs the press's effects at once.
            Effect::BeginCopy => {
                if let Some(older) = self.copy.replace(Some(PendingCopy::begin())) {
                    older.abandon();
                }
            }
            Effect::CopyShareLink(text) => {
                let (driver, url, begun) = (self.clone(), link::share_url(&text), self.copy.take());
                yew::platform::spawn_local(async move {
                    let copied = clipboard::copy(&url, begun).await;
                    driver.dispatch(Msg::CopyFinished(copied));
                });
            }
            Effect::AbandonCopy => {
                if let Some(begun) = self.copy.take() {
                    begun.abandon();
                }
            }
            Effect::Export { format, layout, name, mime } => {
                let driver = self.clone();
                let on_failure = Callback::from(move |why| driver.dispatch(Msg::ExportFailed(why)));
                files::export(layout, format, name, mime, on_failure);
            }
            Effect::Print => files::print(),
            Effect::LoadDescriptions => {
                let driver = self.clone();
                yew::platform::spawn_local(async move {
                    let answer = super::exchange::descriptions().await;
                    driver.dispatch(Msg::DescriptionsArrived(answer));
                });
            }
            // Only where focus is inside the app now: one that loads, or follows another
            // tab, under a visitor never takes focus from the page (or scrolls it).
            Effect::KeepFocusInside => {
                if self.root.cast::<Element>().is_some_and(|root| dom::has_focus_within(&root)) {
                    self.after_render.borrow_mut().push(Effect::KeepFocusInside);
                }
            }
            Effect::LayoutChanged => {
                if let Some(root) = self.root.cast::<Element>() {
                    dom::tell_host(&root, "role-lanes:change");
                }
            }
            later => self.after_render.borrow_mut().push(later),
        }
    }

    /// Performs the effects that waited for the render: those that need the new DOM, and
    /// saving, so that writing to storage never delays what the user sees. Called after every
    /// render.
    pub fn rendered(self: &Rc<Self>) {
        if self.page_listeners.borrow().is_empty() {
            *self.page_listeners.borrow_mut() =
                events::follow_page(self.store.clone(), self.weak_dispatcher(), self.page_link);
            dom::mark_board_rendered();
            if let Some(root) = self.root.cast::<Element>() {
                dom::tell_host(&root, "role-lanes:ready");
            }
        }
        let lifted = self.state.borrow().lift.is_some();
        if lifted != self.lift_keys.borrow().is_some() {
            let listener = if lifted { events::lift_keys_on_page(self.weak_dispatcher()) } else { None };
            *self.lift_keys.borrow_mut() = listener;
        }
        let effects = std::mem::take(&mut *self.after_render.borrow_mut());
        let root = self.root.cast::<Element>();
        for effect in effects {
            if let Effect::Write { slot, raw } = effect {
                self.write(slot, &raw);
                continue;
            }
            let Some(root) = &root else { continue };
            match effect {
                Effect::Announce(text) => {
                    let count = self.announced.get().wrapping_add(1);
                    self.announced.set(count);
                    dom::announce(root, &text, count % 2 == 1);
                }
                Effect::Focus { id, lane, scroll } => {
                    dom::focus_within(root, &dom::card_selector(lane.slug(), id.as_str()), scroll)
                }
                Effect::FocusCell { id, lane } => {
                    dom::focus_within(root, &dom::cell_selector(lane.slug(), id.as_str()), true)
                }
                Effect::KeepFocusInside => dom::keep_focus_inside(root),
                Effect::RevealHighlight => dom::scroll_into_view(root, ".rl-card[data-highlighted]"),
                Effect::SelectShareLink => dom::select_field(root, "[data-share-link]"),
                _ => {}
            }
        }
    }
}

impl Driver {
    /// Writes a save and tells the app how it went, when that matters: a failure, or a
    /// success that ends a "storage is full" alert. (Telling it every success would redraw
    /// the board after every change for nothing.)
    fn write(self: &Rc<Self>, slot: crate::core::library::SlotId, raw: &str) {
        let result = self.store.write(slot, raw);
        let was_full = self.state().problem == Some(crate::app::StorageProblem::Full);
        if result.is_err() || was_full {
            self.dispatch(Msg::Written(result));
        }
    }
}

/// One driver per app instance: two are the same only if they are one.
impl PartialEq for Driver {
    fn eq(&self, other: &Driver) -> bool {
        std::ptr::eq(self, other)
    }
}
