//! The root component: starts the driver (which owns the app state, performs its effects
//! and follows other tabs and pasted links), hands the context down, handles the app-wide
//! keys, and draws the state. It renders into whatever element it was mounted in and
//! assumes nothing about the host page.

use super::alerts::{alerts, notice_alert};
use super::board::board;
use super::context::AppContext;
use super::exchange_menu::{exchange_menu, ExchangeHandles};
use super::health_summary::health_summary;
use super::library_bar::library_bar;
use super::matrix::matrix;
use super::practices::practices_panel;
use super::share_panel::share_panel;
use super::toolbar::{toolbar, ToolbarHandles};
use super::view_bar::view_bar;
use super::visit_banner::visit_banner;
use super::warnings_panel::warnings_panel;
use crate::app::msg::LinkRead;
use crate::app::view::{highlighted, BoardWarnings};
use crate::app::Msg;
use crate::core::health::health;
use crate::core::layout::Layout;
use crate::core::rules::analyze;
use crate::shell::driver::Driver;
use crate::shell::{dom, files};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// Storage namespace, so several embedded boards keep separate layouts.
    #[prop_or(AttrValue::Static("default"))]
    pub namespace: AttrValue,
    #[prop_or_default]
    pub read_only: bool,
    /// The page fragment's share link, already read (`shell::mount`); `None` when there is none.
    #[prop_or_default]
    pub link: Option<Rc<LinkRead>>,
    /// Opens share links pasted into the page's address later on. Only the stand-alone page
    /// and widgets that opt in (`data-page-link`) do: on an intranet page the fragment is the
    /// page's own.
    #[prop_or_default]
    pub page_link: bool,
}

/// A layout compared by identity: the history shares unchanged layouts, so "the same
/// `Rc`" means "nothing to recompute", without comparing a thousand cards.
#[derive(Clone)]
struct Same(Rc<Layout>);

impl PartialEq for Same {
    fn eq(&self, other: &Same) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let redraw = use_force_update();
    let driver = use_memo(props.clone(), move |props| {
        let link = props.link.as_deref().cloned();
        let redraw = Callback::from(move |_| redraw.force_update());
        Driver::start(&props.namespace, props.read_only, props.page_link, link, redraw)
    });
    let context = use_memo(driver.clone(), |driver| AppContext {
        dispatch: driver.dispatcher(),
        read_only: props.read_only,
        ids: format!("rl-{}", props.namespace).into(),
        root: driver.root.clone(),
    });
    {
        let driver = driver.clone();
        use_effect(move || driver.rendered());
    }
    // The header's menus keep their flags here: plain view functions have no hooks.
    let toolbar_handles = ToolbarHandles { confirming: use_state(|| false), adding: use_state(|| false) };
    let exchange_handles =
        ExchangeHandles { open: use_state(|| false), picker: use_node_ref(), button: use_node_ref() };
    let state = driver.state();

    // Derived on every change, never stored: the shown layout (with a keyboard move's
    // preview), its warnings, the per-card index of them, and the health summary.
    let shown = state.shown();
    let warnings = use_memo(Same(shown.clone()), |shown| {
        Rc::new(analyze(&shown.0).into_iter().map(Rc::new).collect::<Vec<_>>())
    });
    let warnings: Rc<Vec<Rc<_>>> = (*warnings).clone();
    let card_warnings = {
        let (warnings, shown) = (warnings.clone(), shown.clone());
        use_memo(Same(shown), move |shown| BoardWarnings::new(&warnings, &shown.0))
    };
    let summary = health(&shown, &warnings);
    let lit = Rc::new(highlighted(&warnings, state.selected.as_ref()));
    // What is shared, exported and duplicated: the layout without a keyboard move's preview.
    let current = state.layout_rc().clone();

    let dispatch = context.dispatch.clone();
    let onkeydown = {
        let (dispatch, read_only) = (dispatch.clone(), props.read_only);
        Callback::from(move |event: KeyboardEvent| {
            if read_only || !(event.ctrl_key() || event.meta_key()) || dom::in_text_field(event.target()) {
                return;
            }
            let msg = match event.key().as_str() {
                "z" | "Z" if event.shift_key() => Msg::RedoPressed,
                "z" | "Z" => Msg::UndoPressed,
                "y" | "Y" => Msg::RedoPressed,
                _ => return,
            };
            event.prevent_default();
            dispatch.emit(msg);
        })
    };
    // Focus leaving a lifted card (a click or Tab elsewhere) cancels the keyboard move.
    let onfocusin = {
        let (dispatch, lifted) = (dispatch.clone(), state.lift.as_ref().map(|l| l.id.clone()));
        Callback::from(move |event: FocusEvent| {
            let Some(lifted) = &lifted else { return };
            let on_card = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.get_attribute("data-activity"))
                .is_some_and(|id| id == lifted.as_str());
            if !on_card {
                dispatch.emit(Msg::LiftCancelled);
            }
        })
    };
    let (ondragover, ondrop) = file_drop(props.read_only, &dispatch);
    let instructions_id = context.id("instructions");
    html! {
        <div class="rl-app" data-compact={state.view.compact.then_some("")} ref={driver.root.clone()} tabindex="-1" {onkeydown} {onfocusin} {ondragover} {ondrop}>
            <header class="rl-header">
                <div class="rl-brand">
                    <h1 class="rl-title">{"Role Lanes"}</h1>
                    <p class="rl-tagline">{"Who does what in product management: place each activity with the PM, the PDM or the PMM."}</p>
                </div>
                <div class="rl-actions">
                    if !props.read_only {
                        { toolbar(&context, state.history.can_undo(), state.history.can_redo(), &toolbar_handles) }
                    }
                    { share_panel(&context, state.share.as_ref()) }
                    { exchange_menu(&context, &exchange_handles) }
                </div>
            </header>
            { match &state.visit {
                Some(visit) => visit_banner(&context, &visit.from, current.title()),
                None if state.shows_library() => library_bar(&context, &state),
                None => html! {},
            } }
            { notice_alert(&context, state.notice.as_deref()) }
            { alerts(&context, state.problem.as_ref()) }
            <p id={instructions_id} class="rl-sr-only">
                {"Press Space to lift this card, the arrow keys to move it between lanes and within a lane, Space to drop it and Escape to cancel. L makes a shared card's lane its lead. The Move button lists the same moves."}
            </p>
            { health_summary(&summary) }
            { view_bar(&context, state.view) }
            <div class="rl-body">
                if state.view.matrix {
                    { matrix(&context, &shown, &card_warnings, state.matrix_cell.as_ref()) }
                } else {
                    { board(&context, &shown, &card_warnings, &lit, &state) }
                }
                <aside class="rl-side">
                    { practices_panel(&context, &shown) }
                    { warnings_panel(&context, &warnings, &shown, state.selected.as_ref(), &state.descriptions) }
                </aside>
            </div>
            <div class="rl-sr-only" aria-live="polite" aria-atomic="true" data-live-region=""></div>
        </div>
    }
}

/// Dropping a file on the app imports it (the file picker's alternative); a drag that
/// carries no file is left to the page.
fn file_drop(read_only: bool, dispatch: &Callback<Msg>) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let carries_file = |event: &DragEvent| {
        event.data_transfer().is_some_and(|data| data.types().includes(&"Files".into(), 0))
    };
    let ondragover = Callback::from(move |event: DragEvent| {
        if !read_only && carries_file(&event) {
            event.prevent_default();
        }
    });
    let dispatch = dispatch.clone();
    let ondrop = Callback::from(move |event: DragEvent| {
        if read_only || !carries_file(&event) {
            return;
        }
        event.prevent_default();
        if let Some(file) = event.data_transfer().and_then(|data| data.files()).and_then(|files| files.get(0))
        {
            files::read_layout_file(file, dispatch.clone());
        }
    });
    (ondragover, ondrop)
}
