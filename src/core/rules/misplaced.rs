//! `tension` (misplaced): an activity in a role lane the seeds do not give it. The guide's
//! "Distinctions" and "Analogies for Clarification" say whose work is whose; the overview
//! says the over-arching product manager "oversees both sub-sets of activities".

use super::board::{Board, Facts};
use super::mitigation::Mitigation;
use super::warning::{Severity, Warning, WarningId, WarningKind};
use crate::core::lane::Lane;

/// Guide, "Analogies for Clarification" and "Distinctions", for work that belongs to PDM.
const ARCHITECT: &str = "The guide: “The Product Manager is like the architect and builder, concerned with the design, structure, and functionality of the house”; Product Managers “are generally more focused on the product itself – its development, functionality, and usability.”";
/// The same passages, for work that belongs to PMM.
const REAL_ESTATE_AGENT: &str = "The guide: “The Product Marketer is like the real estate agent, concerned with how to position and sell the house in the marketplace, determining the right price, and identifying who the likely buyers are”; Product Marketers “focus more on the market – how to introduce the product, how to position it against competitors, and how to communicate its value to customers.”";
/// Overview, "In truth, product management is an all-encompassing function ...".
const OVER_ARCHING: &str = "The overview: “the product manager oversees both sub-sets of activities. The role is responsible for the overall performance of the product or category, including financial responsibility.”";

/// Overview, the over-arching role "oversees both sub-sets of activities", for sub-role work
/// the PM holds.
const PM_MAY_HOLD_IT: &str = "The overview says the product manager “oversees both sub-sets of activities”, so PM can hold it, but day to day it is the sub-role’s work and PM must hand it on clearly.";

/// Contributing across roles is the seeds' collaboration (the guide has Product Marketers
/// "Contribute to defining which features ... should be part of the MVP"); deciding the
/// other role's work is the misplacement.
const ONLY_CONTRIBUTES: &str = " It only contributes there while another role leads, and the guide: “When Product Managers and Product Marketers collaborate effectively, … the result is a more coherent, customer-centric product.”";

/// One warning per (activity, unexpected role lane). High when one sub-role holds the other
/// sub-role's work; Medium when a sub-role holds the over-arching PM's work; Low when the PM
/// holds a sub-role's work, which the overview allows. One step lower when that lane only
/// contributes (another lane leads). Custom activities without expected lanes are never
/// misplaced.
pub fn check(board: &Board, out: &mut Vec<Warning>) {
    for facts in board.activities.iter().filter(|f| !f.expected.is_empty()) {
        for lane in facts.owners().lanes() {
            if !facts.expected.contains(lane) {
                out.push(warning(facts, lane));
            }
        }
    }
}

fn other_sub_role(lane: Lane) -> Option<Lane> {
    match lane {
        Lane::Pdm => Some(Lane::Pmm),
        Lane::Pmm => Some(Lane::Pdm),
        _ => None,
    }
}

fn warning(facts: &Facts, lane: Lane) -> Warning {
    let expected = facts.expected.codes();
    let crosses_sub_roles = other_sub_role(lane).is_some_and(|other| facts.expected.contains(other));
    let (severity, why, mitigations) = if crosses_sub_roles {
        let why = if lane == Lane::Pdm { REAL_ESTATE_AGENT } else { ARCHITECT };
        (
            Severity::High,
            why,
            vec![Mitigation::ConflictResolutionFramework, Mitigation::CrossTrainingAndShadowing],
        )
    } else if lane == Lane::Pm {
        (Severity::Low, PM_MAY_HOLD_IT, vec![Mitigation::StructuredCommunication])
    } else {
        (
            Severity::Medium,
            OVER_ARCHING,
            vec![Mitigation::StructuredCommunication, Mitigation::CentralizedDocumentation],
        )
    };
    let contributes = facts.lead.is_some_and(|lead| lead != lane);
    let mut explanation =
        [facts.name, " sits with ", lane.code(), ", but the seeds give it to ", expected, ". ", why].concat();
    if contributes {
        explanation.push_str(ONLY_CONTRIBUTES);
    }
    let mut lanes = facts.expected;
    lanes.insert(lane);
    Warning {
        id: WarningId::new(WarningKind::Tension, "misplaced", &[lane.slug(), facts.id]),
        kind: WarningKind::Tension,
        severity: if contributes { severity.lowered() } else { severity },
        activities: vec![facts.activity_id()],
        lanes: lanes.lanes(),
        area: facts.area,
        title: [facts.name, " sits with ", lane.code(), ", not ", expected].concat(),
        explanation,
        mitigations,
        mitigated: false,
    }
}
