//! The card's "Move" menu (WAI-ARIA menu button): every move dragging can do, as single
//! clicks or taps. Arrow keys walk the items, Escape closes and returns focus.

use super::context::AppContext;
use crate::app::menu::{items, CardPlace, MenuItem};
use crate::app::Msg;
use crate::core::activity::ActivityId;
use crate::shell::dom;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// What the card's "Move" button needs to know about its activity.
pub struct MoveTarget<'a> {
    pub id: &'a ActivityId,
    pub name: &'a AttrValue,
    pub place: CardPlace,
    pub is_custom: bool,
    /// Opens the card's own form ("Rename or describe…").
    pub on_edit: Callback<()>,
}

/// The card's hooks behind its menu: whether it is open, the button (focus returns there)
/// and the card's actions element that holds both (see `close_on_focus_leaving`).
pub struct MenuHandles {
    pub open: UseStateHandle<bool>,
    pub button: NodeRef,
    pub wrap: NodeRef,
}

/// Closes the menu when focus goes anywhere but the Move button or the menu (a click
/// elsewhere, or Tab). Set on the card's actions element, which holds both, so the card
/// needs no wrapper element of its own for them.
pub fn close_on_focus_leaving(handles: &MenuHandles) -> Callback<FocusEvent> {
    let (open, button, wrap) = (handles.open.clone(), handles.button.clone(), handles.wrap.clone());
    Callback::from(move |event: FocusEvent| {
        if !*open {
            return;
        }
        let next = event.related_target().and_then(|t| t.dyn_into::<Element>().ok());
        let inside = next.as_ref().is_some_and(|next| {
            let in_wrap = wrap.cast::<web_sys::Node>().is_some_and(|w| w.contains(Some(next)));
            let is_button = button.cast::<web_sys::Node>().is_some_and(|b| b.is_same_node(Some(next)));
            in_wrap && (is_button || next.closest("[role=menu]").ok().flatten().is_some())
        });
        if !inside {
            open.set(false);
        }
    })
}

/// The "Move" button and, while it is open, its menu (`move_menu`), both plain markup drawn
/// by the card: a board of closed menus costs no component of its own per card.
pub fn card_menu(app: &AppContext, target: MoveTarget, handles: &MenuHandles) -> Html {
    let MenuHandles { open, button, wrap } = handles;
    let close = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |return_focus: bool| {
            open.set(false);
            if let Some(button) = button.cast::<HtmlElement>().filter(|_| return_focus) {
                let _ = button.focus();
            }
        })
    };
    // A menu just opened takes focus on its first item, once it is drawn.
    let toggle = {
        let (open, wrap) = (open.clone(), wrap.clone());
        Callback::from(move |_: MouseEvent| {
            if !*open {
                let wrap = wrap.clone();
                dom::after_render(move || focus_first_item(&wrap));
            }
            open.set(!*open)
        })
    };
    let menu_id = app.id(&format!("menu-{}-{}", target.place.lane.slug(), target.id));
    let label: AttrValue = format!("Move {}", target.name).into();
    html! {
        <>
            <button type="button" ref={button.clone()} class="rl-button rl-button--small" aria-haspopup="menu"
                aria-expanded={open.to_string()} aria-controls={menu_id.clone()}
                aria-label={label.clone()} onclick={toggle}>
                {"Move"}
            </button>
            if **open {
                { move_menu(app, MoveMenuArgs { id: target.id, menu_id: menu_id.into(), label, place: target.place,
                    is_custom: target.is_custom, on_edit: target.on_edit, on_close: close, wrap: wrap.clone() }) }
            }
        </>
    }
}

/// What the open menu needs from its card.
struct MoveMenuArgs<'a> {
    id: &'a ActivityId,
    menu_id: AttrValue,
    label: AttrValue,
    place: CardPlace,
    is_custom: bool,
    on_edit: Callback<()>,
    /// Closes the menu; `true` returns focus to the button.
    on_close: Callback<bool>,
    /// The card's actions element, which holds the menu (for `focus_item`).
    wrap: NodeRef,
}

/// The open menu: focus starts on its first item (`focus_first_item`, from the card's
/// effect), arrow keys walk the items, Escape closes and returns focus to the button. Drawn
/// by the card only while open, as plain markup: no component of its own.
fn move_menu(app: &AppContext, args: MoveMenuArgs) -> Html {
    let onkeydown = {
        let (wrap, on_close) = (args.wrap.clone(), args.on_close.clone());
        Callback::from(move |event: KeyboardEvent| {
            match event.key().as_str() {
                "ArrowDown" => focus_item(&wrap, |i, n| (i + 1) % n),
                "ArrowUp" => focus_item(&wrap, |i, n| (i + n - 1) % n),
                "Home" => focus_item(&wrap, |_, _| 0),
                "End" => focus_item(&wrap, |_, n| n - 1),
                "Escape" => on_close.emit(true),
                "Tab" => on_close.emit(false),
                _ => return,
            }
            if event.key() != "Tab" {
                event.prevent_default();
            }
            event.stop_propagation();
        })
    };
    let lane = args.place.lane;
    let entries = items(args.place, args.is_custom).into_iter().map(|item| {
        let onclick = {
            let (dispatch, on_edit, on_close, id) =
                (app.dispatch.clone(), args.on_edit.clone(), args.on_close.clone(), args.id.clone());
            Callback::from(move |_: MouseEvent| {
                on_close.emit(true);
                match item {
                    MenuItem::Edit => on_edit.emit(()),
                    item => dispatch.emit(Msg::MenuChosen { id: id.clone(), lane, item }),
                }
            })
        };
        html! {
            <li role="none">
                <button type="button" role="menuitem" tabindex="-1" class="rl-menu-item" {onclick}>{ item.label(lane) }</button>
            </li>
        }
    });
    html! {
        <ul class="rl-menu" role="menu" id={args.menu_id} aria-label={args.label} {onkeydown}>
            { for entries }
        </ul>
    }
}

/// Focus goes to the first item of a menu just opened (run once it is drawn).
fn focus_first_item(wrap: &NodeRef) {
    focus_item(wrap, |_, _| 0);
}

/// Moves focus among the items of the menu inside `wrap`; `pick(current, count)` chooses
/// the next index.
fn focus_item(wrap: &NodeRef, pick: impl Fn(usize, usize) -> usize) {
    let Some(wrap) = wrap.cast::<Element>() else { return };
    let Ok(items) = wrap.query_selector_all("[role=menu] [role=menuitem]") else { return };
    let count = items.length() as usize;
    if count == 0 {
        return;
    }
    let active = crate::shell::dom::active_element(&wrap);
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
