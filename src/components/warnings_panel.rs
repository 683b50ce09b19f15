//! The "Warnings" region: every warning the rule engine finds, grouped by severity with
//! counts, each following the interface contract (`data-warning`, `data-activities`).

use super::context::AppContext;
use super::warning_item::WarningItem;
use crate::app::descriptions::Descriptions;
use crate::core::layout::Layout;
use crate::core::rules::{Severity, Warning, WarningId};
use std::rc::Rc;
use yew::prelude::*;

/// How many of a warning's activities are named; the rest are counted.
pub const NAMES_SHOWN: usize = 5;

/// A plain view function rather than a component: it has no state of its own and redraws
/// with its parent anyway, so a component's lifecycle would only add WebAssembly.
pub fn warnings_panel(
    app: &AppContext,
    warnings: &[Rc<Warning>],
    layout: &Layout,
    selected: Option<&WarningId>,
    texts: &Descriptions,
) -> Html {
    let heading_id = app.id("warnings");
    let groups = Severity::ALL.into_iter().filter_map(|severity| {
        let items: Vec<&Rc<Warning>> = warnings.iter().filter(|w| w.severity == severity).collect();
        if items.is_empty() {
            return None;
        }
        let group_id = format!("{heading_id}-{}", severity.slug());
        Some(html! {
            <section class="rl-warning-group" data-severity={severity.slug()}
                aria-labelledby={group_id.clone()} key={severity.label()}>
                <h3 class="rl-warning-group-title" id={group_id}>
                    { format!("{} ", severity.label()) }<span class="rl-pill">{ items.len() }</span>
                </h3>
                <ul class="rl-warning-list" role="list">
                    { for items.into_iter().map(|warning| html! {
                        <WarningItem
                            app={app.clone()}
                            key={if layout.acknowledgement(&warning.id).is_some() { format!("{}/acknowledged", warning.id.as_str()) } else { warning.id.as_str().to_string() }}
                            warning={warning.clone()}
                            note={layout.acknowledgement(&warning.id).map(|n| AttrValue::from(n.to_string()))}
                            names={warning.activities.iter().take(NAMES_SHOWN).map(|a| layout.name_of(a)).collect::<Vec<_>>()}
                            selected={selected == Some(&warning.id)}
                            texts={texts.clone()}
                        />
                    }) }
                </ul>
            </section>
        })
    });
    let groups: Html = groups.collect();
    html! {
        <section class="rl-warnings" aria-labelledby={heading_id.clone()}>
            <h2 class="rl-panel-title" id={heading_id}>{"Warnings"}</h2>
            if warnings.is_empty() {
                <p class="rl-quiet">{"No overlaps, tensions or gaps: every activity has one clear owner."}</p>
            }
            { groups }
        </section>
    }
}
