//! An activity card. It is focusable and carries the keyboard model (Space lifts, arrows
//! move, Space drops, Escape cancels), starts pointer drags, and offers a "Move" menu so
//! every move also works with a single tap or click.

use super::activity_form::{ActivityForm, FormPurpose};
use super::card_menu::CardMenu;
use super::state::Action;
use super::warning_badge::{warning_badge, WarningBadgeProps};
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::lane::{Lane, LaneSet};
use crate::core::lift::Direction;
use crate::core::rules::{Severity, WarningId};
use crate::shell::drag;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// A warning as a card's badge shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct CardWarning {
    pub id: WarningId,
    pub severity: Severity,
    pub title: AttrValue,
}

#[derive(Properties, Clone, PartialEq)]
pub struct CardProps {
    pub id: ActivityId,
    pub lane: Lane,
    pub name: AttrValue,
    pub category: &'static str,
    pub deliverable: bool,
    pub description: AttrValue,
    pub is_custom: bool,
    /// For a custom activity: the overlap area and expected owner its author chose.
    pub area: Option<OverlapArea>,
    pub expected: Option<Lane>,
    /// Every lane holding this activity (more than one when ownership is shared).
    pub owners: LaneSet,
    /// Open warnings naming this card (its badge).
    pub warnings: Rc<[CardWarning]>,
    /// Part of the selected warning.
    pub highlighted: bool,
    pub first: bool,
    pub last: bool,
    pub lifted: bool,
    pub dragged: bool,
    pub insert_before: bool,
    pub read_only: bool,
    pub describedby: AttrValue,
    pub root: NodeRef,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let open = use_state(|| false);
    let editing = use_state(|| false);
    let card_ref = use_node_ref();

    let onkeydown = {
        let (dispatch, id, lane, lifted) =
            (props.dispatch.clone(), props.id.clone(), props.lane, props.lifted);
        let (read_only, card_ref) = (props.read_only, card_ref.clone());
        Callback::from(move |event: KeyboardEvent| {
            // Keys pressed on the card's own buttons belong to those buttons. (Yew delegates
            // events, so `current_target` is not the card: compare with the card's node.)
            let on_card = event
                .target_dyn_into::<web_sys::Node>()
                .is_some_and(|t| card_ref.get().is_some_and(|c| c.is_same_node(Some(&t))));
            if read_only || !on_card {
                return;
            }
            let action = match (event.key().as_str(), lifted) {
                (" ", false) => Action::Lift { id: id.clone(), lane },
                (" ", true) => Action::DropLift,
                ("Escape", true) => Action::CancelLift,
                ("ArrowLeft", true) => Action::Step(Direction::Left),
                ("ArrowRight", true) => Action::Step(Direction::Right),
                ("ArrowUp", true) => Action::Step(Direction::Up),
                ("ArrowDown", true) => Action::Step(Direction::Down),
                _ => return,
            };
            event.prevent_default();
            dispatch.emit(action);
        })
    };
    let start_drag = |at_once: bool| {
        let (dispatch, id, lane) = (props.dispatch.clone(), props.id.clone(), props.lane);
        let (card_ref, root, read_only, lifted) =
            (card_ref.clone(), props.root.clone(), props.read_only, props.lifted);
        Callback::from(move |event: PointerEvent| {
            if read_only || lifted || started_on_control(&event) {
                return;
            }
            let (Some(card), Some(root)) = (card_ref.cast::<HtmlElement>(), root.cast::<Element>()) else {
                return;
            };
            if at_once {
                event.prevent_default();
            }
            let (id, dispatch) = (id.clone(), dispatch.clone());
            let on_signal = Callback::from(move |signal| {
                dispatch.emit(Action::Drag { id: id.clone(), from: lane, signal })
            });
            drag::begin(&event, card, root, at_once, on_signal);
        })
    };
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_| flag.set(!*flag))
    };

    let description_id = format!("{}-{}-{}-about", props.describedby, props.lane.slug(), props.id);
    let shared_with: Vec<&str> =
        props.owners.roles().lanes().into_iter().filter(|&l| l != props.lane).map(Lane::code).collect();
    let kind = if props.deliverable { " · Deliverable" } else { "" };
    let label = format!("{}, {}{kind}, in {}", props.name, props.category, props.lane.code());
    let classes = classes!(
        "rl-card",
        props.lifted.then_some("rl-card--lifted"),
        props.dragged.then_some("rl-card--dragged"),
        props.insert_before.then_some("rl-card--insert-before"),
        (!shared_with.is_empty()).then_some("rl-card--shared"),
        props.is_custom.then_some("rl-card--custom"),
        props.highlighted.then_some("rl-card--highlight"),
    );
    if *editing {
        return html! {
            <li class={classes} data-activity={props.id.to_string()} ref={card_ref}>
                <ActivityForm purpose={FormPurpose::Edit(props.id.clone())} name={props.name.clone()} description={props.description.clone()}
                    area={props.area} expected={props.expected}
                    dispatch={props.dispatch.clone()} on_close={toggle(&editing)} />
            </li>
        };
    }
    html! {
        <li class={classes} data-activity={props.id.to_string()} ref={card_ref.clone()} tabindex="0"
            aria-label={label} aria-describedby={props.describedby.clone()}
            aria-roledescription="movable activity"
            {onkeydown} onpointerdown={start_drag(false)}>
            if !props.read_only {
                <span class="rl-grip" aria-hidden="true" onpointerdown={start_drag(true)}>{"⠿"}</span>
            }
            <div class="rl-card-body">
                <span class="rl-card-category" title={format!("{}{kind}", props.category)}>{ props.category }{ kind }</span>
                <span class="rl-card-name">{ props.name.clone() }</span>
                if !shared_with.is_empty() {
                    <span class="rl-card-shared">{ format!("Shared with {}", shared_with.join(", ")) }</span>
                }
                if !props.warnings.is_empty() {
                    { warning_badge(&WarningBadgeProps { warnings: props.warnings.clone(), name: props.name.clone(), dispatch: props.dispatch.clone() }) }
                }
                if *open {
                    <p class="rl-card-description" id={description_id.clone()}>
                        { if props.description.is_empty() { "No description yet." } else { props.description.as_str() } }
                    </p>
                }
            </div>
            <div class="rl-card-actions">
                <button type="button" class="rl-icon-button" aria-expanded={open.to_string()} aria-controls={description_id}
                    aria-label={format!("About {}", props.name)} title="What this means" onclick={toggle(&open).reform(|_: MouseEvent| ())}>
                    {"i"}
                </button>
                if !props.read_only {
                    <CardMenu id={props.id.clone()} lane={props.lane} name={props.name.clone()} owners={props.owners}
                        first={props.first} last={props.last} is_custom={props.is_custom}
                        dispatch={props.dispatch.clone()} on_edit={toggle(&editing)} />
                }
            </div>
        </li>
    }
}

/// Pointer presses on the card's buttons and fields are clicks, not drags.
fn started_on_control(event: &PointerEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| {
            el.closest("button, a, input, textarea, select, summary, details, [role=menu]").ok().flatten()
        })
        .is_some()
}
