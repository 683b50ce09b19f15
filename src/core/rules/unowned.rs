//! `unowned`: an activity in the Unassigned tray. Overview: "If the need for separation is
//! inevitable, there must be a seamless relationship and information flow between the two
//! functions" — work that neither function owns is where that flow breaks.

use super::areas::rules_for;
use super::board::{Board, Facts};
use super::handoff::is_handoff_activity;
use super::mitigation::Mitigation;
use super::warning::{Severity, Warning, WarningId, WarningKind};
use crate::core::lane::Lane;

const FLOW: &str = "The overview: “If the need for separation is inevitable, there must be a seamless relationship and information flow between the two functions.”";
const CHANGES_HANDS: &str = " It is part of the transitional phase “where the product changes hands between product development and product marketing”.";

/// One warning per activity in the tray; High where the seeds expect friction (an overlap
/// area) or a hand-over (the development-to-marketing handoff), Medium elsewhere.
pub fn check(board: &Board, out: &mut Vec<Warning>) {
    for facts in board.activities.iter().filter(|f| f.placed.contains(Lane::Unassigned)) {
        out.push(warning(facts));
    }
}

fn warning(facts: &Facts) -> Warning {
    let handoff = is_handoff_activity(facts.id);
    let mut explanation =
        [facts.name, " sits in the Unassigned tray, so neither role will pick it up. ", FLOW].concat();
    if let Some(area) = facts.area {
        for part in [
            " It belongs to “",
            area.label(),
            "”, one of the guide’s key areas of overlap: ",
            rules_for(area).tension,
        ] {
            explanation.push_str(part);
        }
    }
    if handoff {
        explanation.push_str(CHANGES_HANDS);
    }
    Warning {
        id: WarningId::new(WarningKind::Unowned, "unassigned", &[facts.id]),
        kind: WarningKind::Unowned,
        severity: if facts.area.is_some() || handoff { Severity::High } else { Severity::Medium },
        activities: vec![facts.activity_id()],
        lanes: vec![Lane::Unassigned],
        area: facts.area,
        title: ["Nobody owns ", facts.name].concat(),
        explanation,
        mitigations: vec![Mitigation::StructuredCommunication, Mitigation::CentralizedDocumentation],
        mitigated: false,
    }
}
