//! The banner over a shared or imported layout: it says clearly that this is not the
//! user's own layout, that theirs is untouched, and offers the three ways out.

use super::context::AppContext;
use crate::app::state::VisitSource;
use crate::app::Msg;
use crate::core::library::display_title;
use yew::prelude::*;

/// A plain view function: what it shows comes from the app state.
pub fn visit_banner(app: &AppContext, from: &VisitSource, title: &str) -> Html {
    let what = match from {
        VisitSource::Link => "a shared layout".to_string(),
        VisitSource::File(name) => format!("the layout in the file \u{201c}{name}\u{201d}"),
    };
    let send = |msg: Msg| app.on_click(msg);
    html! {
        <section class="rl-visit" aria-label="Shared layout" data-shared-view="">
            <p class="rl-visit-text">
                <strong>{ format!("You are looking at {what}: \u{201c}{}\u{201d}.", display_title(title)) }</strong>
                {" Your own layouts are unchanged, and changes made here are not saved unless you keep this one."}
            </p>
            <div class="rl-visit-actions">
                if !app.read_only {
                    <button type="button" class="rl-button rl-button--primary" onclick={send(Msg::VisitKept)}>{"Keep as my layout"}</button>
                    <button type="button" class="rl-button" onclick={send(Msg::VisitSavedAsNew)}>{"Save as a new layout"}</button>
                }
                <button type="button" class="rl-button" onclick={send(Msg::VisitLeft)}>{"Back to my layout"}</button>
            </div>
        </section>
    }
}
