//! The health summary, always in view: owned and shared counts, open tensions and warnings,
//! and each role lane's load against its headcount.

use crate::core::health::Health;
use yew::prelude::*;

/// A plain view function rather than a component: it has no state of its own and redraws
/// with its parent anyway, so a component's lifecycle would only add WebAssembly.
pub fn health_summary(h: &Health) -> Html {
    let stat = |label: &'static str, value: String, key: &'static str| {
        html! {
            <div class="rl-stat" data-stat={key}>
                <dt>{ label }</dt>
                <dd>{ value }</dd>
            </div>
        }
    };
    html! {
        <section class="rl-health" aria-label="Board health">
            <dl class="rl-stats">
                { stat("Owned", format!("{} of {}", h.owned, h.total), "owned") }
                { stat("Shared", format!("{} ({} led)", h.shared, h.shared_led), "shared") }
                { stat("Open tensions", h.open_tensions.to_string(), "tension") }
                { stat("Open warnings", h.open_warnings.to_string(), "open") }
                { stat("Mitigated", h.mitigated_tensions.to_string(), "mitigated") }
                { for h.lanes.iter().map(|load| {
                    let per = if load.headcount == 1 { "1 person".to_string() } else { format!("{} people", load.headcount) };
                    html! {
                        <div key={load.lane.slug()} class="rl-stat rl-stat--lane" data-flagged={load.flagged.then_some("")}
                            data-stat={format!("load-{}", load.lane.slug())}>
                            <dt>{ format!("{} load", load.lane.code()) }</dt>
                            <dd>{ format!("{} for {per}", load.activities) }</dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}
