//! Inline form for renaming and describing one of the user's own activities.

use super::activity_fields::{area_field, owner_field, read_area, read_expected};
use super::state::Action;
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::lane::Lane;
use crate::core::edit::Edit;
use crate::core::name::{parse_description, ActivityName, MAX_NAME_CHARS};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardEditorProps {
    pub id: ActivityId,
    pub name: AttrValue,
    pub description: AttrValue,
    pub area: Option<OverlapArea>,
    pub expected: Option<Lane>,
    pub dispatch: Callback<Action>,
    pub on_close: Callback<()>,
}

#[component]
pub fn CardEditor(props: &CardEditorProps) -> Html {
    let (name_ref, description_ref) = (use_node_ref(), use_node_ref());
    let (area_ref, owner_ref) = (use_node_ref(), use_node_ref());
    let error = use_state(|| None::<String>);
    {
        let name_ref = name_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = name_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let onsubmit = {
        let (name_ref, description_ref, error) = (name_ref.clone(), description_ref.clone(), error.clone());
        let (area_ref, owner_ref) = (area_ref.clone(), owner_ref.clone());
        let (dispatch, on_close, id) = (props.dispatch.clone(), props.on_close.clone(), props.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(name), Some(description)) = (name_ref.cast::<HtmlInputElement>(), description_ref.cast::<HtmlTextAreaElement>()) else {
                return;
            };
            let parsed = ActivityName::parse(&name.value()).and_then(|n| parse_description(&description.value()).map(|d| (n, d)));
            match parsed {
                Ok((name, description)) => {
                    let (area, expected_lanes) = (read_area(&area_ref), read_expected(&owner_ref));
                    dispatch.emit(Action::Edit(Edit::EditCustom { id: id.clone(), name, description, area, expected_lanes }));
                    on_close.emit(());
                }
                Err(err) => error.set(Some(err.to_string())),
            }
        })
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                on_close.emit(());
            }
        })
    };
    let error_id = format!("rl-edit-{}-error", props.id);
    html! {
        <form class="rl-form rl-form--inline" {onsubmit} {onkeydown} aria-label={format!("Edit {}", props.name)} novalidate=true>
            <label class="rl-field">
                <span>{"Name"}</span>
                <input ref={name_ref} type="text" value={props.name.clone()} maxlength={(MAX_NAME_CHARS * 4).to_string()}
                    aria-invalid={error.is_some().to_string()} aria-describedby={error_id.clone()} />
            </label>
            <label class="rl-field">
                <span>{"Description"}</span>
                <textarea ref={description_ref} rows="2" value={props.description.clone()} />
            </label>
            { area_field(&area_ref, props.area) }
            { owner_field(&owner_ref, props.expected) }
            <div class="rl-form-actions">
                <button type="submit" class="rl-button rl-button--primary">{"Save"}</button>
                <button type="button" class="rl-button" onclick={props.on_close.reform(|_: MouseEvent| ())}>{"Cancel"}</button>
            </div>
            <p id={error_id} class="rl-error" aria-live="assertive">{ error.as_deref().unwrap_or_default() }</p>
        </form>
    }
}
