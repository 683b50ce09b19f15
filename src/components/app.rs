//! The root component: owns the reducer, loads once from storage, saves in one effect,
//! and handles the app-wide keys (undo, redo). It renders into whatever element it was
//! mounted in and assumes nothing about the host page.

use super::alerts::{alerts, AlertsProps};
use super::board::{board, BoardProps, BoardWarnings};
use super::health_summary::{health_summary, HealthSummaryProps};
use super::state::{Action, AppState};
use super::toolbar::Toolbar;
use super::warnings_panel::{warnings_panel, WarningsPanelProps};
use crate::core::health::health;
use crate::core::layout::Layout;
use crate::core::rules::analyze;
use std::rc::Rc;
use crate::shell::dom;
use crate::shell::storage::{StorageProblem, Store};
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// Storage namespace, so several embedded boards keep separate layouts.
    #[prop_or(AttrValue::Static("default"))]
    pub namespace: AttrValue,
    #[prop_or_default]
    pub read_only: bool,
}

/// What the first render found in storage.
struct Boot {
    store: Store,
    layout: Layout,
    problem: Option<StorageProblem>,
}

fn boot(namespace: &str) -> Boot {
    let (store, blocked) = Store::open(namespace);
    let (layout, problem) = match store.load() {
        Ok(saved) => (saved.unwrap_or_else(Layout::seeds_default), blocked),
        Err(problem) => (Layout::seeds_default(), Some(problem)),
    };
    Boot { store, layout, problem }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let boot = use_memo(props.namespace.clone(), |ns| boot(ns));
    let state = use_reducer(|| AppState::new(boot.layout.clone()));
    let problem = use_state(|| boot.problem.clone());
    let root = use_node_ref();
    let first_save = use_mut_ref(|| true);

    // The one place that writes to storage. Unreadable old data holds saving back until
    // the user decides, so it is never overwritten behind their back.
    {
        let problem = problem.clone();
        let store = boot.store.clone();
        use_effect_with(state.layout().clone(), move |layout| {
            let skip = std::mem::replace(&mut *first_save.borrow_mut(), false);
            let held = matches!(*problem, Some(StorageProblem::Unreadable { .. }) | Some(StorageProblem::Blocked));
            if !skip && !held {
                match store.save(layout) {
                    Ok(()) if problem.is_some() => problem.set(None),
                    Ok(()) => {}
                    Err(err) => problem.set(Some(err)),
                }
            }
        });
    }
    {
        let root = root.clone();
        use_effect_with(state.focus.clone(), move |(_, target)| {
            let Some(root) = root.cast::<web_sys::Element>() else { return };
            match target {
                Some((id, lane, scroll)) => dom::focus_within(&root, &dom::card_selector(lane.slug(), id.as_str()), *scroll),
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
    let warnings = use_memo(shown.clone(), |layout| analyze(layout).into_iter().map(Rc::new).collect::<Vec<_>>());
    let board_warnings = use_memo(warnings.clone(), |warnings| BoardWarnings::new(warnings, &shown));
    let summary = health(&shown, &warnings);

    let on_replace_unreadable = {
        let (problem, store, state) = (problem.clone(), boot.store.clone(), state.clone());
        Callback::from(move |_| match store.save(state.layout()) {
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

    // One callback for the app's lifetime: a new one per render would differ from the last
    // and make every card on the board redraw on every change.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |action: Action| dispatcher.dispatch(action)))).clone()
    };
    let instructions_id = format!("rl-{}-instructions", props.namespace);
    html! {
        <div class="rl-app" ref={root.clone()} tabindex="-1" {onkeydown} {onfocusin}>
            <header class="rl-header">
                <div class="rl-brand">
                    <h1 class="rl-title">{"Role Lanes"}</h1>
                    <p class="rl-tagline">{"Who does what in product management: place each activity with the PM, the PDM or the PMM."}</p>
                </div>
                if !props.read_only {
                    <Toolbar can_undo={state.history.can_undo()} can_redo={state.history.can_redo()} dispatch={dispatch.clone()} />
                }
            </header>
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

/// The live-region text; a trailing zero-width space on alternate messages makes screen
/// readers read a repeated sentence again.
fn live_text((count, text): &(u32, String)) -> String {
    if count % 2 == 0 { text.clone() } else { format!("{text}\u{200b}") }
}
