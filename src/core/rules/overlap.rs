//! `overlap`: one activity owned by two or more role lanes. Guide, introduction: "The complex
//! overlaps between these roles ... frequently become muddled. Who owns what? Whose opinion
//! takes priority when tensions flare?"

use super::areas::rules_for;
use super::board::{Board, Facts};
use super::mitigation::Mitigation;
use super::warning::{Severity, Warning, WarningId, WarningKind};

const WHO_OWNS_WHAT: &str =
    " The guide asks: “Who owns what? Whose opinion takes priority when tensions flare?”";

/// One warning per shared activity: Low where the seeds themselves give it exactly those
/// lanes (shared ownership is the seeds' design), Medium otherwise.
pub fn check(board: &Board, out: &mut Vec<Warning>) {
    for facts in board.activities.iter().filter(|f| f.owners().len() >= 2) {
        out.push(warning(facts));
    }
}

fn warning(facts: &Facts) -> Warning {
    let owners = facts.owners();
    let by_the_seeds = facts.expected == owners;
    let mut explanation = if by_the_seeds {
        [
            "The seeds give ",
            facts.name,
            " to both ",
            owners.codes(),
            ", so sharing it is by design, but both need to agree who decides.",
        ]
        .concat()
    } else if facts.expected.is_empty() {
        [facts.name, " is owned by ", owners.codes(), ", so nobody alone decides about it."].concat()
    } else {
        [
            facts.name,
            " is owned by ",
            owners.codes(),
            ", though the seeds give it to ",
            facts.expected.codes(),
            " only, so nobody alone decides about it.",
        ]
        .concat()
    };
    let mitigations = match facts.area {
        Some(area) => {
            let rules = rules_for(area);
            for part in [" On “", area.label(), "” the guide says: ", rules.shared_work, " ", rules.tension]
            {
                explanation.push_str(part);
            }
            rules.mitigations.to_vec()
        }
        None => {
            explanation.push_str(WHO_OWNS_WHAT);
            vec![Mitigation::StructuredCommunication, Mitigation::ConflictResolutionFramework]
        }
    };
    Warning {
        id: WarningId::new(WarningKind::Overlap, "shared", &[facts.id, owners.role_slugs()]),
        kind: WarningKind::Overlap,
        severity: if by_the_seeds { Severity::Low } else { Severity::Medium },
        activities: vec![facts.activity_id()],
        lanes: owners.lanes(),
        area: facts.area,
        title: [facts.name, " is shared by ", owners.codes()].concat(),
        explanation,
        mitigations,
    }
}
