//! The form for the user's own activities: adding one (from the toolbar) and editing one
//! (inline on its card). A name in any language, checked by the core; an optional
//! description; the overlap area and expected owner that let it join the warnings.

use super::activity_fields::{area_field, owner_field, read_area, read_expected};
use super::context::AppContext;
use crate::app::Msg;
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::name::{parse_description, ActivityName, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Whether the form adds a new activity or edits an existing one.
#[derive(Clone, PartialEq)]
pub enum FormPurpose {
    Add,
    Edit(ActivityId),
}

#[derive(Properties, PartialEq)]
pub struct ActivityFormProps {
    pub app: AppContext,
    pub purpose: FormPurpose,
    #[prop_or_default]
    pub name: AttrValue,
    #[prop_or_default]
    pub description: AttrValue,
    #[prop_or_default]
    pub area: Option<OverlapArea>,
    #[prop_or_default]
    pub expected: Option<Lane>,
    pub on_close: Callback<()>,
}

#[component]
pub fn ActivityForm(props: &ActivityFormProps) -> Html {
    let app = &props.app;
    let (name_ref, description_ref, lane_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
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
        let refs = (
            name_ref.clone(),
            description_ref.clone(),
            lane_ref.clone(),
            area_ref.clone(),
            owner_ref.clone(),
        );
        let (error, purpose, dispatch, on_close) =
            (error.clone(), props.purpose.clone(), app.dispatch.clone(), props.on_close.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (name_ref, description_ref, lane_ref, area_ref, owner_ref) = &refs;
            let (Some(name_input), Some(description)) =
                (name_ref.cast::<HtmlInputElement>(), description_ref.cast::<HtmlTextAreaElement>())
            else {
                return;
            };
            let parsed = ActivityName::parse(&name_input.value())
                .and_then(|name| parse_description(&description.value()).map(|d| (name, d)));
            let (name, description) = match parsed {
                Ok(fields) => fields,
                Err(err) => {
                    error.set(Some(err.to_string()));
                    let _ = name_input.focus();
                    return;
                }
            };
            let (area, expected_lanes) = (read_area(area_ref), read_expected(owner_ref));
            let edit = match &purpose {
                FormPurpose::Add => {
                    let lane = lane_ref
                        .cast::<HtmlSelectElement>()
                        .and_then(|s| Lane::from_slug(&s.value()))
                        .unwrap_or(Lane::Unassigned);
                    Edit::AddCustom { name, description, area, expected_lanes, lane }
                }
                FormPurpose::Edit(id) => {
                    Edit::EditCustom { id: id.clone(), name, description, area, expected_lanes }
                }
            };
            dispatch.emit(Msg::Edited(edit));
            on_close.emit(());
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
    let (adding, label, submit, error_id) = match &props.purpose {
        FormPurpose::Add => (true, "Add an activity".to_string(), "Add", app.id("add-error")),
        FormPurpose::Edit(id) => {
            (false, format!("Edit {}", props.name), "Save", app.id(&format!("edit-{id}-error")))
        }
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <form class="rl-form" data-inline={(!adding).then_some("")} {onsubmit} {onkeydown} aria-label={label} novalidate=true>
            <label class="rl-field">
                <span>{"Name"}</span>
                <input ref={name_ref} type="text" name="name" value={props.name.clone()} autocomplete="off"
                    maxlength={(MAX_NAME_CHARS * 4).to_string()} aria-invalid={error.is_some().to_string()} aria-describedby={error_id.clone()} />
            </label>
            <label class="rl-field" data-wide={adding.then_some("")}>
                <span>{ if adding { "Description (optional)" } else { "Description" } }</span>
                <textarea ref={description_ref} name="description" rows="2" value={props.description.clone()}
                    maxlength={(MAX_DESCRIPTION_CHARS * 4).to_string()} />
            </label>
            if adding {
                <label class="rl-field">
                    <span>{"Starts in"}</span>
                    <select ref={lane_ref} name="lane">
                        { for Lane::ALL.iter().map(|lane| html! {
                            <option value={lane.slug()} selected={*lane == Lane::Unassigned}>{ lane.code() }</option>
                        }) }
                    </select>
                </label>
            }
            { area_field(&area_ref, props.area) }
            { owner_field(&owner_ref, props.expected) }
            <div class="rl-form-actions">
                <button type="submit" class="rl-button rl-button--primary">{ submit }</button>
                <button type="button" class="rl-button" onclick={cancel}>{"Cancel"}</button>
            </div>
            <p id={error_id} class="rl-error" aria-live="assertive">{ error.as_deref().unwrap_or_default() }</p>
        </form>
    }
}
