//! The two optional fields that let a custom activity join the warnings: the overlap area
//! it belongs to and the role the user expects to own it. Shared by the add and edit forms.

use crate::core::activity::OverlapArea;
use crate::core::lane::Lane;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// `<select>` of the six overlap areas, or none.
pub fn area_field(node: &NodeRef, current: Option<OverlapArea>) -> Html {
    html! {
        <label class="rl-field">
            <span>{"Overlap area (optional)"}</span>
            <select ref={node.clone()} name="area">
                <option value="" selected={current.is_none()}>{"None"}</option>
                { for OverlapArea::ALL.iter().enumerate().map(|(i, area)| html! {
                    <option value={i.to_string()} selected={current == Some(*area)}>{ area.label() }</option>
                }) }
            </select>
        </label>
    }
}

/// `<select>` of the role expected to own it, or nobody in particular.
pub fn owner_field(node: &NodeRef, current: Option<Lane>) -> Html {
    html! {
        <label class="rl-field">
            <span>{"Who should own it (optional)"}</span>
            <select ref={node.clone()} name="expected">
                <option value="" selected={current.is_none()}>{"No expectation"}</option>
                { for Lane::ROLES.iter().map(|lane| html! {
                    <option value={lane.slug()} selected={current == Some(*lane)}>{ lane.code() }</option>
                }) }
            </select>
        </label>
    }
}

fn value(node: &NodeRef) -> String {
    node.cast::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default()
}

pub fn read_area(node: &NodeRef) -> Option<OverlapArea> {
    value(node).parse::<usize>().ok().and_then(|i| OverlapArea::ALL.get(i).copied())
}

pub fn read_expected(node: &NodeRef) -> Vec<Lane> {
    Lane::from_slug(&value(node)).filter(|lane| lane.is_role()).into_iter().collect()
}
