//! An activity card. It is focusable and carries the keyboard model (Space lifts, arrows
//! move, Space drops, Escape cancels), starts pointer drags, and offers a "Move" menu so
//! every move also works with a single tap or click.

use super::activity_form::{ActivityForm, FormPurpose};
use super::card_menu::{card_menu, close_on_focus_leaving, MenuHandles, MoveTarget};
use super::context::AppContext;
use super::warning_badge::warning_badge;
use crate::app::descriptions::About;
use crate::app::menu::{CardPlace, MenuItem};
use crate::app::view::CardWarning;
use crate::app::Msg;
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::lane::Lane;
use crate::shell::drag::{self, DragSignal};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The activity a card stands for, as it reads on the card.
#[derive(Clone, Debug, PartialEq)]
pub struct CardActivity {
    pub id: ActivityId,
    pub name: AttrValue,
    pub category: &'static str,
    pub deliverable: bool,
    /// The description of an activity of the user's own (empty for catalog activities).
    pub description: AttrValue,
    /// A catalog activity's description as it stands (`app::descriptions`); `None` for one
    /// of the user's own.
    pub about: Option<About>,
    /// For an activity of the user's own: the overlap area and expected owner they chose.
    pub custom: Option<(Option<OverlapArea>, Option<Lane>)>,
}

/// How the card stands on the board right now.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CardStatus {
    /// Part of the selected warning.
    pub highlighted: bool,
    pub lifted: bool,
    pub dragged: bool,
    /// The insertion line of a drag shows above this card.
    pub insert_before: bool,
}

#[derive(Properties, Clone, PartialEq)]
pub struct CardProps {
    pub app: AppContext,
    pub activity: CardActivity,
    pub place: CardPlace,
    /// Open warnings naming this card (its badge).
    pub warnings: Rc<[CardWarning]>,
    pub status: CardStatus,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let app = &props.app;
    let open = use_state(|| false);
    let badge_open = use_state(|| false);
    let menu = MenuHandles { open: use_state(|| false), button: use_node_ref(), wrap: use_node_ref() };
    let editing = use_state(|| false);
    let card_ref = use_node_ref();
    let CardProps { activity, place, status, .. } = props;
    let (id, lane) = (&activity.id, place.lane);

    let onkeydown = {
        let (dispatch, id, lifted) = (app.dispatch.clone(), id.clone(), status.lifted);
        let can_lead = place.owners.roles().len() > 1 && place.lead != Some(lane);
        let card_ref = card_ref.clone();
        Callback::from(move |event: KeyboardEvent| {
            // Keys pressed on the card's own buttons belong to those buttons. (Yew delegates
            // events, so `current_target` is not the card: compare with the card's node.)
            // On a read-only board the lift goes to the app too, which refuses it and says why.
            let on_card = event
                .target_dyn_into::<web_sys::Node>()
                .is_some_and(|t| card_ref.get().is_some_and(|c| c.is_same_node(Some(&t))));
            if !on_card {
                return;
            }
            let key = event.key();
            let msg = match (key.as_str(), lifted) {
                (" ", false) => Msg::CardLifted { id: id.clone(), lane },
                // L: this lane leads the shared card (as the Move menu's "Make … the lead").
                ("l" | "L", false) if can_lead => {
                    Msg::MenuChosen { id: id.clone(), lane, item: MenuItem::MakeLead(lane) }
                }
                (key, true) => match Msg::for_lift_key(key) {
                    Some(msg) => msg,
                    None => return,
                },
                _ => return,
            };
            event.prevent_default();
            dispatch.emit(msg);
        })
    };
    let start_drag = |at_once: bool| {
        let (dispatch, id, root) = (app.dispatch.clone(), id.clone(), app.root.clone());
        let (card_ref, read_only, lifted) = (card_ref.clone(), app.read_only, status.lifted);
        Callback::from(move |event: PointerEvent| {
            if lifted || started_on_control(&event) {
                return;
            }
            // A read-only board refuses the drag at once (and says why, the first time).
            if read_only {
                dispatch.emit(Msg::DragStarted { id: id.clone(), from: lane });
                return;
            }
            let (Some(card), Some(root)) = (card_ref.cast::<HtmlElement>(), root.cast::<Element>()) else {
                return;
            };
            if at_once {
                event.prevent_default();
            }
            let id = id.clone();
            let on_signal = dispatch.reform(move |signal| match signal {
                DragSignal::Started => Msg::DragStarted { id: id.clone(), from: lane },
                DragSignal::Over { target, copy } => Msg::DraggedOver { target, copy },
                DragSignal::Dropped { target, copy } => Msg::DragDropped { target, copy },
                DragSignal::Cancelled => Msg::DragCancelled,
            });
            drag::begin(&event, card, root, at_once, on_signal);
        })
    };
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_| flag.set(!*flag))
    };

    // Opening "About" on a description the board does not carry yet fetches it.
    let about_pressed = {
        let (open, dispatch, fetch) =
            (open.clone(), app.dispatch.clone(), activity.about.as_ref().is_some_and(About::wants_fetch));
        Callback::from(move |_: MouseEvent| {
            if !*open && fetch {
                dispatch.emit(Msg::DescriptionsWanted);
            }
            open.set(!*open);
        })
    };
    let description_id = app.id(&format!("{}-{id}-about", lane.slug()));
    let shared_with: Vec<&str> =
        place.owners.roles().lanes().into_iter().filter(|&l| l != lane).map(Lane::code).collect();
    let kind = if activity.deliverable { " · Deliverable" } else { "" };
    // One text for the category line and its tooltip (it may be cut short with an ellipsis).
    let category = AttrValue::from(format!("{}{kind}", activity.category));
    let leads = place.lead == Some(lane);
    // A shared card says who decides: this lane, another, or nobody (an overlap warning).
    let role = match place.lead {
        _ if shared_with.is_empty() => String::new(),
        Some(_) if leads => format!(
            "Leads; {} contribute{}",
            shared_with.join(", "),
            if shared_with.len() > 1 { "" } else { "s" }
        ),
        Some(other) => format!("Contributes; {} leads", other.code()),
        None => format!("Shared with {}; nobody leads", shared_with.join(", ")),
    };
    let label = format!(
        "{}, {}{kind}, in {}{}{role}",
        activity.name,
        activity.category,
        lane.code(),
        if role.is_empty() { "" } else { ": " }
    );
    // States are data attributes, not classes: a dynamic `class` costs Yew's class set
    // (an index map and its hashing) in the WebAssembly, about 3 KiB of every first load.
    let flag = |on: bool| on.then_some("");
    let shared = flag(!shared_with.is_empty());
    if *editing {
        let (area, expected) = activity.custom.unwrap_or_default();
        return html! {
            <li class="rl-card" data-activity={id.to_string()} data-custom="" ref={card_ref}>
                <ActivityForm app={app.clone()} purpose={FormPurpose::Edit(id.clone())} name={activity.name.clone()}
                    description={activity.description.clone()} {area} {expected} on_close={toggle(&editing)} />
            </li>
        };
    }
    html! {
        <li class="rl-card" data-activity={id.to_string()} data-lead={flag(leads)} data-shared={shared}
            data-custom={flag(activity.custom.is_some())} data-lifted={flag(status.lifted)} data-dragged={flag(status.dragged)}
            data-insert-before={flag(status.insert_before)} data-highlighted={flag(status.highlighted)}
            ref={card_ref.clone()} tabindex="0"
            aria-label={label} aria-describedby={app.id("instructions")}
            aria-roledescription="movable activity"
            {onkeydown} onpointerdown={start_drag(false)}>
            if !app.read_only {
                <span class="rl-grip" aria-hidden="true" onpointerdown={start_drag(true)}>{"⠿"}</span>
            }
            <span class="rl-card-category" title={category.clone()}>{ category }</span>
            <span class="rl-card-name">{ activity.name.clone() }</span>
            if !role.is_empty() {
                <span class="rl-card-shared" data-unled={flag(place.lead.is_none())}>{ role }</span>
            }
            if !props.warnings.is_empty() {
                { warning_badge(app, &props.warnings, &activity.name, *badge_open, toggle(&badge_open).reform(|_: MouseEvent| ())) }
            }
            if *open {
                <p class="rl-card-description" id={description_id.clone()}>
                    { match &activity.about {
                        Some(about) => about.shown("description"),
                        None if activity.description.is_empty() => "No description yet.".to_string(),
                        None => activity.description.to_string(),
                    } }
                </p>
            }
            <div class="rl-card-actions" ref={menu.wrap.clone()} onfocusout={close_on_focus_leaving(&menu)}>
                <button type="button" class="rl-icon-button" aria-expanded={open.to_string()} aria-controls={description_id}
                    aria-label={format!("About {}", activity.name)} title="What this means" onclick={about_pressed}>
                    {"i"}
                </button>
                if !app.read_only {
                    { card_menu(app, MoveTarget { id, name: &activity.name, place: *place,
                        is_custom: activity.custom.is_some(), on_edit: toggle(&editing) }, &menu) }
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
