//! The health summary, always in view: owned and shared counts, open tensions and warnings,
//! and each role lane's load against its headcount.

use crate::core::health::Health;
use yew::prelude::*;

/// A plain view function rather than a component: it has no state of its own and redraws
/// with its parent anyway. Written as HTML text: it is display only (no listener, nothing
/// the user typed, only numbers and lane codes), and as text it costs a third of what
/// `html!` elements cost in the WebAssembly.
pub fn health_summary(h: &Health) -> Html {
    let mut html =
        String::from(r#"<section class="rl-health" aria-label="Board health"><dl class="rl-stats">"#);
    let mut stat = |label: &str, value: &str, key: &str, flagged: bool| {
        let (lane, flag) = if key.starts_with("load-") {
            (" rl-stat--lane", if flagged { " data-flagged" } else { "" })
        } else {
            ("", "")
        };
        for part in [
            r#"<div class="rl-stat"#,
            lane,
            r#"" data-stat=""#,
            key,
            "\"",
            flag,
            "><dt>",
            label,
            "</dt><dd>",
            value,
            "</dd></div>",
        ] {
            html.push_str(part);
        }
    };
    stat("Owned", &format!("{} of {}", h.owned, h.total), "owned", false);
    stat("Shared", &format!("{} ({} led)", h.shared, h.shared_led), "shared", false);
    stat("Open tensions", &h.open_tensions.to_string(), "tension", false);
    stat("Open warnings", &h.open_warnings.to_string(), "open", false);
    stat("Mitigated", &h.mitigated_tensions.to_string(), "mitigated", false);
    for load in &h.lanes {
        let per =
            if load.headcount == 1 { "1 person".to_string() } else { format!("{} people", load.headcount) };
        let (label, key) = (format!("{} load", load.lane.code()), format!("load-{}", load.lane.slug()));
        stat(&label, &format!("{} for {per}", load.activities), &key, load.flagged);
    }
    html.push_str("</dl></section>");
    Html::from_html_unchecked(html.into())
}
