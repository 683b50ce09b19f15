//! `handoff`: the overview's "transitional phase where the product changes hands between
//! product development and product marketing". Three stages must each have one clear owner:
//! the development side that makes the product ready (guide, Go-To-Market: "Product
//! Managers: Ensure that the product is functionally robust and ready for market release"),
//! the handoff itself, and the marketing side that takes it to market ("Product Marketers:
//! Spearhead the go-to-market strategy, including ... launch campaigns").

use super::board::{Board, LaneSet};
use super::mitigation::Mitigation;
use super::warning::{Severity, Warning, WarningId, WarningKind};
use crate::core::activity::ActivityId;
use crate::core::lane::Lane;

/// One stage of the handoff and the catalog activities that make it up.
struct Stage {
    slug: &'static str,
    what: &'static str,
    activities: &'static [&'static str],
    seed: &'static str,
}

const STAGES: [Stage; 3] = [
    Stage {
        slug: "development",
        what: "getting the product ready for release",
        activities: &["release-plans-and-documentation"],
        seed: "The guide: Product Managers “Ensure that the product is functionally robust and ready for market release.”",
    },
    Stage {
        slug: "handoff",
        what: "the development-to-marketing handoff",
        activities: &["development-to-marketing-handoff"],
        seed: "The overview: “If the need for separation is inevitable, there must be a seamless relationship and information flow between the two functions.”",
    },
    Stage {
        slug: "marketing",
        what: "taking the product to market",
        activities: &["launch-planning", "go-to-market-strategy"],
        seed: "The guide: Product Marketers “Spearhead the go-to-market strategy, including messaging, channel selection, pricing models, and launch campaigns.”",
    },
];

const CHANGES_HANDS: &str = "The overview: “At a specific link in the value chain, there is a transitional phase where the product changes hands between product development and product marketing.”";

/// Whether an activity is one of the handoff's stages (the unowned rule rates these High).
pub fn is_handoff_activity(id: &str) -> bool {
    STAGES.iter().any(|stage| stage.activities.contains(&id))
}

/// High when a stage has no owner at all; Medium when it is spread over several role lanes.
/// A stage's owners are the lanes that lead its activities (every lane holding one nobody
/// leads): a lead is the seeds' one clear owner, and a lane that only contributes does not
/// split the stage.
pub fn check(board: &Board, out: &mut Vec<Warning>) {
    for stage in &STAGES {
        let owners = stage
            .activities
            .iter()
            .filter_map(|id| board.catalog_activity(id))
            .fold(LaneSet::default(), |owners, facts| {
                owners.union(facts.lead.map_or(facts.owners(), |lead| LaneSet::of(&[lead])))
            });
        let activities: Vec<ActivityId> = stage.activities.iter().map(|id| ActivityId::new(*id)).collect();
        let (rule, severity, lanes, title, lead) = match owners.len() {
            0 => (
                "no-owner",
                Severity::High,
                vec![Lane::Unassigned],
                format!("Nobody owns {}", stage.what),
                format!(
                    "Every activity of {} is unassigned, so the product has nobody to carry it across.",
                    stage.what
                ),
            ),
            1 => continue,
            _ => (
                "split",
                Severity::Medium,
                owners.lanes(),
                format!("{} is split between {}", capitalized(stage.what), owners.codes()),
                format!(
                    "{} is spread over {}, so no single owner is clear.",
                    capitalized(stage.what),
                    owners.codes()
                ),
            ),
        };
        out.push(Warning {
            id: WarningId::new(WarningKind::Handoff, rule, &[stage.slug]),
            kind: WarningKind::Handoff,
            severity,
            activities,
            lanes,
            area: None,
            title,
            explanation: format!("{lead} {CHANGES_HANDS} {}", stage.seed),
            mitigations: vec![Mitigation::StructuredCommunication, Mitigation::FeedbackLoops],
            mitigated: false,
        });
    }
}

/// Our own English sentences start with ASCII, so ASCII case is enough (and keeps Unicode
/// case tables out of the wasm).
fn capitalized(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}
