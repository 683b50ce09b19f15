//! The card's "Move" menu (WAI-ARIA menu button): every move dragging can do, as single
//! clicks or taps. Arrow keys walk the items, Escape closes and returns focus.

use super::state::Action;
use crate::core::activity::ActivityId;
use crate::core::edit::Edit;
use crate::core::lane::{Lane, LaneSet};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardMenuProps {
    pub id: ActivityId,
    pub lane: Lane,
    pub name: AttrValue,
    pub owners: LaneSet,
    /// First or last in its lane (no "Move up" or "Move down"). Flags rather than the index,
    /// so a card that merely shifts position is not redrawn.
    pub first: bool,
    pub last: bool,
    pub is_custom: bool,
    pub dispatch: Callback<Action>,
    pub on_edit: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Item {
    MoveTo(Lane),
    AlsoAssign(Lane),
    Remove,
    Up,
    Down,
    Edit,
    Delete,
}

impl Item {
    fn label(self, lane: Lane) -> String {
        match self {
            Item::MoveTo(to) => format!("Move to {}", to.code()),
            Item::AlsoAssign(to) => format!("Also assign to {}", to.code()),
            Item::Remove => format!("Remove from {}", lane.code()),
            Item::Up => "Move up".into(),
            Item::Down => "Move down".into(),
            Item::Edit => "Rename or describe…".into(),
            Item::Delete => "Delete activity".into(),
        }
    }
}

/// The items that make sense for this card where it is.
fn items(props: &CardMenuProps) -> Vec<Item> {
    let lane = props.lane;
    let shared = props.owners.roles().len() > 1;
    let mut items: Vec<Item> = Lane::ALL
        .into_iter()
        .filter(|&to| to != lane && !props.owners.contains(to) && !(to == Lane::Unassigned && shared))
        .map(Item::MoveTo)
        .collect();
    if lane.is_role() {
        items.extend(Lane::ROLES.into_iter().filter(|&to| !props.owners.contains(to)).map(Item::AlsoAssign));
        items.push(Item::Remove);
    }
    if !props.first {
        items.push(Item::Up);
    }
    if !props.last {
        items.push(Item::Down);
    }
    if props.is_custom {
        items.extend([Item::Edit, Item::Delete]);
    }
    items
}

/// The action an item takes and the lane where the card should keep focus afterwards.
fn act(props: &CardMenuProps, item: Item) -> Option<(Action, Lane)> {
    let (id, lane) = (props.id.clone(), props.lane);
    let other_owner =
        props.owners.roles().lanes().into_iter().find(|&l| l != lane).unwrap_or(Lane::Unassigned);
    let edit = |edit: Edit| Action::Edit(edit);
    Some(match item {
        Item::MoveTo(to) => (edit(Edit::Move { id, from: lane, to, index: usize::MAX }), to),
        Item::AlsoAssign(to) => (edit(Edit::Share { id, to, index: usize::MAX }), lane),
        Item::Remove => (edit(Edit::Remove { id, from: lane }), other_owner),
        Item::Up => (Action::Nudge { id, lane, down: false }, lane),
        Item::Down => (Action::Nudge { id, lane, down: true }, lane),
        Item::Delete => (edit(Edit::DeleteCustom { id }), lane),
        Item::Edit => return None,
    })
}

#[component]
pub fn CardMenu(props: &CardMenuProps) -> Html {
    let open = use_state(|| false);
    let menu_ref = use_node_ref();
    let button_ref = use_node_ref();
    {
        let menu_ref = menu_ref.clone();
        use_effect_with(*open, move |open| {
            if *open {
                focus_item(&menu_ref, |_, _| 0);
            }
        });
    }
    let close = {
        let (open, button_ref) = (open.clone(), button_ref.clone());
        move || {
            open.set(false);
            if let Some(button) = button_ref.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        }
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let (menu_ref, close, open) = (menu_ref.clone(), close.clone(), open.clone());
        Callback::from(move |event: KeyboardEvent| {
            match event.key().as_str() {
                "ArrowDown" => focus_item(&menu_ref, |i, n| (i + 1) % n),
                "ArrowUp" => focus_item(&menu_ref, |i, n| (i + n - 1) % n),
                "Home" => focus_item(&menu_ref, |_, _| 0),
                "End" => focus_item(&menu_ref, |_, n| n - 1),
                "Escape" => close(),
                "Tab" => open.set(false),
                _ => return,
            }
            if event.key() != "Tab" {
                event.prevent_default();
            }
            event.stop_propagation();
        })
    };
    // Closing when focus leaves the menu (a click elsewhere, or Tab).
    let onfocusout = {
        let (open, menu_ref, button_ref) = (open.clone(), menu_ref.clone(), button_ref.clone());
        Callback::from(move |event: FocusEvent| {
            let next = event.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = |r: &NodeRef| r.cast::<web_sys::Node>().is_some_and(|n| n.contains(next.as_ref()));
            if next.is_none() || !(inside(&menu_ref) || inside(&button_ref)) {
                open.set(false);
            }
        })
    };
    let menu_id = format!("rl-menu-{}-{}", props.lane.slug(), props.id);
    let entries = items(props).into_iter().map(|item| {
        let onclick = {
            let (dispatch, on_edit, close) = (props.dispatch.clone(), props.on_edit.clone(), close.clone());
            let action = act(props, item);
            let id = props.id.clone();
            Callback::from(move |_: MouseEvent| {
                close();
                match &action {
                    Some((action, focus_lane)) => {
                        dispatch.emit(action.clone());
                        dispatch.emit(Action::Focus { id: id.clone(), lane: *focus_lane });
                    }
                    None => on_edit.emit(()),
                }
            })
        };
        html! {
            <li role="none">
                <button type="button" role="menuitem" tabindex="-1" class="rl-menu-item" {onclick}>{ item.label(props.lane) }</button>
            </li>
        }
    });
    html! {
        <div class="rl-menu-wrap" {onfocusout}>
            <button type="button" ref={button_ref} class="rl-button rl-button--small" aria-haspopup="menu"
                aria-expanded={open.to_string()} aria-controls={menu_id.clone()}
                aria-label={format!("Move {}", props.name)} onclick={toggle}>
                {"Move"}
            </button>
            if *open {
                <ul class="rl-menu" role="menu" id={menu_id} ref={menu_ref} aria-label={format!("Move {}", props.name)} {onkeydown}>
                    { for entries }
                </ul>
            }
        </div>
    }
}

/// Moves focus among the menu's items; `pick(current, count)` chooses the next index.
fn focus_item(menu: &NodeRef, pick: impl Fn(usize, usize) -> usize) {
    let Some(menu) = menu.cast::<Element>() else { return };
    let Ok(items) = menu.query_selector_all("[role=menuitem]") else { return };
    let count = items.length() as usize;
    if count == 0 {
        return;
    }
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let current = (0..count)
        .find(|&i| {
            items.item(i as u32).is_some_and(|n| active.as_ref().is_some_and(|a| n.is_same_node(Some(a))))
        })
        .unwrap_or(0);
    if let Some(item) = items.item(pick(current, count) as u32).and_then(|n| n.dyn_into::<HtmlElement>().ok())
    {
        let _ = item.focus();
    }
}
