//! The form for adding your own activity: a name (any language, checked by the core),
//! an optional description, and the lane it starts in.

use super::activity_fields::{area_field, owner_field, read_area, read_expected};
use super::state::Action;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::name::{parse_description, ActivityName, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddActivityProps {
    pub dispatch: Callback<Action>,
    pub on_close: Callback<()>,
}

#[component]
pub fn AddActivity(props: &AddActivityProps) -> Html {
    let (name_ref, description_ref, lane_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
    let (area_ref, owner_ref) = (use_node_ref(), use_node_ref());
    let error = use_state(|| None::<String>);
    {
        let name_ref = name_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = name_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let onsubmit = {
        let (name_ref, description_ref, lane_ref, error) = (name_ref.clone(), description_ref.clone(), lane_ref.clone(), error.clone());
        let (area_ref, owner_ref) = (area_ref.clone(), owner_ref.clone());
        let (dispatch, on_close) = (props.dispatch.clone(), props.on_close.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(name_input), Some(description), Some(lane)) = (
                name_ref.cast::<HtmlInputElement>(),
                description_ref.cast::<HtmlTextAreaElement>(),
                lane_ref.cast::<HtmlSelectElement>(),
            ) else {
                return;
            };
            let parsed = ActivityName::parse(&name_input.value())
                .and_then(|name| parse_description(&description.value()).map(|d| (name, d)));
            match parsed {
                Ok((name, description)) => {
                    let lane = Lane::from_slug(&lane.value()).unwrap_or(Lane::Unassigned);
                    let (area, expected_lanes) = (read_area(&area_ref), read_expected(&owner_ref));
                    dispatch.emit(Action::Edit(Edit::AddCustom { name, description, area, expected_lanes, lane }));
                    on_close.emit(());
                }
                Err(err) => {
                    error.set(Some(err.to_string()));
                    let _ = name_input.focus();
                }
            }
        })
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    let invalid = error.is_some().to_string();
    html! {
        <form class="rl-form" {onsubmit} aria-label="Add an activity" novalidate=true>
            <label class="rl-field">
                <span>{"Name"}</span>
                <input ref={name_ref} type="text" name="name" maxlength={(MAX_NAME_CHARS * 4).to_string()} autocomplete="off"
                    aria-invalid={invalid} aria-describedby="rl-add-error" required=true />
            </label>
            <label class="rl-field rl-field--wide">
                <span>{"Description (optional)"}</span>
                <textarea ref={description_ref} name="description" rows="2" maxlength={(MAX_DESCRIPTION_CHARS * 4).to_string()} />
            </label>
            <label class="rl-field">
                <span>{"Starts in"}</span>
                <select ref={lane_ref} name="lane">
                    { for Lane::ALL.iter().map(|lane| html! {
                        <option value={lane.slug()} selected={*lane == Lane::Unassigned}>{ lane.code() }</option>
                    }) }
                </select>
            </label>
            { area_field(&area_ref, None) }
            { owner_field(&owner_ref, None) }
            <div class="rl-form-actions">
                <button type="submit" class="rl-button rl-button--primary">{"Add"}</button>
                <button type="button" class="rl-button" onclick={cancel}>{"Cancel"}</button>
            </div>
            <p id="rl-add-error" class="rl-error" aria-live="assertive">{ error.as_deref().unwrap_or_default() }</p>
        </form>
    }
}
