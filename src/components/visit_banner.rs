//! The banner over a shared or imported layout: it says clearly that this is not the
//! user's own layout, that theirs is untouched, and offers the three ways out.

use super::state::{Action, VisitSource};
use crate::core::library::display_title;
use crate::shell::link;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct VisitBannerProps {
    pub from: VisitSource,
    pub title: String,
    pub read_only: bool,
    pub dispatch: Callback<Action>,
    /// Saves the visited layout as a new entry in the user's list.
    pub on_save_new: Callback<()>,
}

pub fn visit_banner(props: &VisitBannerProps) -> Html {
    let what = match &props.from {
        VisitSource::Link => "a shared layout".to_string(),
        VisitSource::File(name) => format!("the layout in the file \u{201c}{name}\u{201d}"),
    };
    // Either way out ends the visit, so a reload shows the user's own layout, not the link.
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            link::forget_share_text();
            dispatch.emit(action.clone());
        })
    };
    html! {
        <section class="rl-visit" aria-label="Shared layout" data-shared-view="">
            <p class="rl-visit-text">
                <strong>{ format!("You are looking at {what}: \u{201c}{}\u{201d}.", display_title(&props.title)) }</strong>
                {" Your own layouts are unchanged, and changes made here are not saved unless you keep this one."}
            </p>
            <div class="rl-visit-actions">
                if !props.read_only {
                    <button type="button" class="rl-button rl-button--primary" onclick={send(Action::KeepVisit)}>{"Keep as my layout"}</button>
                    <button type="button" class="rl-button" onclick={props.on_save_new.reform(|_: MouseEvent| ())}>{"Save as a new layout"}</button>
                }
                <button type="button" class="rl-button" onclick={send(Action::LeaveVisit)}>{"Back to my layout"}</button>
            </div>
        </section>
    }
}
