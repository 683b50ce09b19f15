//! The card's "Move" menu (WAI-ARIA menu button): every move dragging can do, as single
//! clicks or taps. Arrow keys walk the items, Escape closes and returns focus.

use super::context::use_app;
use crate::app::menu::{items, CardPlace, MenuItem};
use crate::app::Msg;
use crate::core::activity::ActivityId;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardMenuProps {
    pub id: ActivityId,
    pub name: AttrValue,
    pub place: CardPlace,
    pub is_custom: bool,
    /// Opens the card's own form ("Rename or describe…").
    pub on_edit: Callback<()>,
}

#[component]
pub fn CardMenu(props: &CardMenuProps) -> Html {
    let app = use_app();
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
    let lane = props.place.lane;
    let menu_id = app.id(&format!("menu-{}-{}", lane.slug(), props.id));
    let entries = items(props.place, props.is_custom).into_iter().map(|item| {
        let onclick = {
            let (dispatch, on_edit, close, id) =
                (app.dispatch.clone(), props.on_edit.clone(), close.clone(), props.id.clone());
            Callback::from(move |_: MouseEvent| {
                close();
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
