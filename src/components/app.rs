//! The root component: owns the reducer, loads once from storage (or a share link), wires
//! the side-effect hooks of `sync`, and handles the app-wide keys (undo, redo). It renders
//! into whatever element it was mounted in and assumes nothing about the host page.

use super::alerts::{alerts, notice_alert, AlertsProps};
use super::board::{board, BoardProps, BoardWarnings};
use super::exchange_menu::{self, ExchangeMenu};
use super::health_summary::{health_summary, HealthSummaryProps};
use super::library_bar::{library_bar, LibraryBarProps};
use super::library_ops::LibraryOps;
use super::share_panel::SharePanel;
use super::state::VisitSource;
use super::state::{Action, AppState};
use super::sync;
use super::toolbar::Toolbar;
use super::visit_banner::{visit_banner, VisitBannerProps};
use super::warnings_panel::{warnings_panel, WarningsPanelProps};
use crate::core::codec::CodecError;
use crate::core::edit::Edit;
use crate::core::health::health;
use crate::core::layout::Layout;
use crate::core::library::SlotId;
use crate::core::rules::analyze;
use crate::shell::dom;
use crate::shell::link;
use crate::shell::storage::{StorageProblem, Store};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// Storage namespace, so several embedded boards keep separate layouts.
    #[prop_or(AttrValue::Static("default"))]
    pub namespace: AttrValue,
    #[prop_or_default]
    pub read_only: bool,
}

/// What the first render found: the store, the layout it was last working on, and a share
/// link in the page address.
struct Boot {
    store: Store,
    slot: SlotId,
    layout: Layout,
    problem: Option<StorageProblem>,
    link: Option<Result<Layout, CodecError>>,
}

fn boot(namespace: &str) -> Boot {
    let (store, blocked) = Store::open(namespace);
    let slot = store.active_slot();
    let (layout, problem) = match store.load(slot) {
        Ok(saved) => (saved.unwrap_or_else(Layout::seeds_default), blocked),
        Err(problem) => (Layout::seeds_default(), Some(problem)),
    };
    Boot { store, slot, layout, problem, link: sync::link_at_start() }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let boot = use_memo(props.namespace.clone(), |ns| boot(ns));
    let state = use_reducer(|| {
        let own = AppState::new(boot.slot, boot.layout.clone());
        match &boot.link {
            Some(Ok(shared)) => own.visiting(shared.clone(), VisitSource::Link),
            _ => own,
        }
    });
    let problem = use_state(|| boot.problem.clone());
    let notice = use_state(|| match &boot.link {
        Some(Err(err)) => Some(sync::broken_link_message(err)),
        _ => None,
    });
    let deleted = use_state(|| None);
    let root = use_node_ref();

    // One callback for the app's lifetime: a new one per render would differ from the last
    // and make every card on the board redraw on every change.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |action: Action| dispatcher.dispatch(action)))).clone()
    };
    let set_notice = {
        let notice = notice.clone();
        Callback::from(move |text: Option<String>| notice.set(text))
    };
    let (library_epoch, library_changed) = sync::use_library_epoch();
    sync::use_saving(&boot.store, &state, &problem);
    sync::use_other_tabs(
        &boot.store,
        state.slot,
        dispatch.clone(),
        problem.clone(),
        notice.clone(),
        library_changed.clone(),
    );
    sync::use_link_changes(dispatch.clone(), notice.clone());
    let entries = {
        let store = boot.store.clone();
        use_memo((library_epoch, state.slot), move |_| store.entries())
    };
    let library = LibraryOps {
        store: boot.store.clone(),
        dispatch: dispatch.clone(),
        problem: problem.clone(),
        deleted: deleted.clone(),
        changed: library_changed,
    };
    {
        let root = root.clone();
        use_effect_with(state.focus.clone(), move |(_, target)| {
            let Some(root) = root.cast::<web_sys::Element>() else { return };
            match target {
                Some((id, lane, scroll)) => {
                    dom::focus_within(&root, &dom::card_selector(lane.slug(), id.as_str()), *scroll)
                }
                None => dom::keep_focus_inside(&root),
            }
        });
    }
    use_effect_with((), |_| dom::mark_board_rendered());
    {
        // Selecting a warning brings its first card into view.
        let root = root.clone();
        use_effect_with(state.selected.clone(), move |selected| {
            if let (Some(root), Some(_)) = (root.cast::<web_sys::Element>(), selected) {
                dom::scroll_into_view(&root, ".rl-card--highlight");
            }
        });
    }

    // Derived on every change, never stored: the shown layout (with a keyboard move's
    // preview), its warnings, the per-card index of them, and the health summary.
    let shown = use_memo(state.shown(), |layout| layout.clone());
    let warnings =
        use_memo(shown.clone(), |layout| analyze(layout).into_iter().map(Rc::new).collect::<Vec<_>>());
    let board_warnings = use_memo(warnings.clone(), |warnings| BoardWarnings::new(warnings, &shown));
    let summary = health(&shown, &warnings);

    let on_replace_unreadable = {
        let (problem, store, state) = (problem.clone(), boot.store.clone(), state.clone());
        Callback::from(move |_| match store.save(state.slot, state.layout()) {
            Ok(()) => problem.set(None),
            Err(err) => problem.set(Some(err)),
        })
    };
    let onkeydown = {
        let dispatch = state.dispatcher();
        let read_only = props.read_only;
        Callback::from(move |event: KeyboardEvent| {
            if read_only || !(event.ctrl_key() || event.meta_key()) || dom::in_text_field(event.target()) {
                return;
            }
            let action = match event.key().as_str() {
                "z" | "Z" if event.shift_key() => Action::Redo,
                "z" | "Z" => Action::Undo,
                "y" | "Y" => Action::Redo,
                _ => return,
            };
            event.prevent_default();
            dispatch.dispatch(action);
        })
    };
    // Focus leaving a lifted card (a click or Tab elsewhere) cancels the keyboard move.
    let onfocusin = {
        let (dispatch, lifted) = (state.dispatcher(), state.lift.as_ref().map(|l| l.id.clone()));
        Callback::from(move |event: FocusEvent| {
            let Some(lifted) = &lifted else { return };
            let on_card = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.get_attribute("data-activity"))
                .is_some_and(|id| id == lifted.as_str());
            if !on_card {
                dispatch.dispatch(Action::CancelLift);
            }
        })
    };

    // The layout as it stands, without a keyboard move's preview: what is shared, exported
    // and saved. Outside a keyboard move that is the shown layout, so no copy is made.
    let current = if state.lift.is_some() { Rc::new(state.layout().clone()) } else { shown.clone() };
    let on_save_new = {
        let (library, slot, layout) = (library.clone(), state.slot, current.clone());
        Callback::from(move |_| {
            link::forget_share_text();
            library.add(slot, (*layout).clone());
        })
    };
    let on_rename = dispatch.reform(|title: String| Action::Edit(Edit::Rename { title }));
    let (ondragover, ondrop) = file_drop(props.read_only, &dispatch, &set_notice);
    let instructions_id = format!("rl-{}-instructions", props.namespace);
    html! {
        <div class="rl-app" ref={root.clone()} tabindex="-1" {onkeydown} {onfocusin} {ondragover} {ondrop}>
            <header class="rl-header">
                <div class="rl-brand">
                    <h1 class="rl-title">{"Role Lanes"}</h1>
                    <p class="rl-tagline">{"Who does what in product management: place each activity with the PM, the PDM or the PMM."}</p>
                </div>
                <div class="rl-actions">
                    if !props.read_only {
                        <Toolbar can_undo={state.history.can_undo()} can_redo={state.history.can_redo()} dispatch={dispatch.clone()} />
                    }
                    <SharePanel layout={current.clone()} />
                    <ExchangeMenu layout={current.clone()} read_only={props.read_only} dispatch={dispatch.clone()} on_problem={set_notice.clone()} />
                </div>
            </header>
            { match &state.visit {
                Some(visit) => visit_banner(&VisitBannerProps {
                    from: visit.from.clone(),
                    title: state.layout().title().to_string(),
                    read_only: props.read_only,
                    dispatch: dispatch.clone(),
                    on_save_new,
                }),
                None if !props.read_only && boot.store.is_available() => library_bar(&LibraryBarProps {
                    entries,
                    slot: state.slot,
                    layout: current,
                    deleted: (*deleted).clone(),
                    ops: library,
                    on_rename,
                    id_prefix: instructions_id.clone(),
                }),
                None => html! {},
            } }
            { notice_alert(&notice, &set_notice) }
            { alerts(&AlertsProps { problem: (*problem).clone(), on_replace: on_replace_unreadable }) }
            <p id={instructions_id.clone()} class="rl-sr-only">
                {"Press Space to lift this card, the arrow keys to move it between lanes and within a lane, Space to drop it and Escape to cancel. The Move button lists the same moves."}
            </p>
            { health_summary(&HealthSummaryProps { health: summary }) }
            <div class="rl-body">
            { board(&BoardProps {
                layout: shown.clone(),
                warnings: board_warnings,
                all_warnings: warnings.clone(),
                selected: state.selected.clone(),
                lift: state.lift.clone(),
                drag: state.drag.clone(),
                read_only: props.read_only,
                instructions_id: instructions_id.clone(),
                root,
                dispatch: dispatch.clone(),
            }) }
            <aside class="rl-side">
                { warnings_panel(&WarningsPanelProps {
                    warnings: warnings.clone(),
                    layout: shown.clone(),
                    selected: state.selected.clone(),
                    read_only: props.read_only,
                    id_prefix: instructions_id,
                    dispatch,
                }) }
            </aside>
            </div>
            <div class="rl-sr-only" aria-live="polite" aria-atomic="true" data-live-region="">
                { live_text(&state.announcement) }
            </div>
        </div>
    }
}

/// Dropping a file on the app imports it (the file picker's alternative); a drag that
/// carries no file is left to the page.
fn file_drop(
    read_only: bool,
    dispatch: &Callback<Action>,
    on_problem: &Callback<Option<String>>,
) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let carries_file = |event: &DragEvent| {
        event.data_transfer().is_some_and(|data| data.types().includes(&"Files".into(), 0))
    };
    let ondragover = Callback::from(move |event: DragEvent| {
        if !read_only && carries_file(&event) {
            event.prevent_default();
        }
    });
    let (dispatch, on_problem) = (dispatch.clone(), on_problem.clone());
    let ondrop = Callback::from(move |event: DragEvent| {
        if read_only || !carries_file(&event) {
            return;
        }
        event.prevent_default();
        if let Some(file) = event.data_transfer().and_then(|data| data.files()).and_then(|files| files.get(0))
        {
            exchange_menu::import(file, dispatch.clone(), on_problem.clone());
        }
    });
    (ondragover, ondrop)
}

/// The live-region text; a trailing zero-width space on alternate messages makes screen
/// readers read a repeated sentence again.
fn live_text((count, text): &(u32, String)) -> String {
    if count % 2 == 0 {
        text.clone()
    } else {
        format!("{text}\u{200b}")
    }
}
