//! `overlap`: shared work nobody leads. Guide, introduction: "The complex overlaps between
//! these roles ... frequently become muddled. Who owns what? Whose opinion takes priority
//! when tensions flare?" An activity two or more role lanes hold with one lead answers that
//! question (the lead decides, the others contribute): the seeds' "Both: ..." done well, so
//! it is no overlap. Without a lead nobody answers it. Two leads cannot happen: a layout
//! keeps at most one per activity, edits replace it, and saved data or a file naming two is
//! refused (`LayoutError::TwoLeads`).

use super::areas::rules_for;
use super::board::{Board, Facts};
use super::mitigation::Mitigation;
use super::warning::{Severity, Warning, WarningId, WarningKind};

const WHO_OWNS_WHAT: &str =
    " The guide asks: “Who owns what? Whose opinion takes priority when tensions flare?”";
const LEAD_IT: &str = " Make one of them the lead; the others then contribute.";

/// One warning per shared activity without a lead: Low where the seeds themselves give it
/// exactly those lanes (sharing it is the seeds' design), Medium otherwise.
pub fn check(board: &Board, out: &mut Vec<Warning>) {
    for facts in board.activities.iter().filter(|f| f.owners().len() >= 2 && f.lead.is_none()) {
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
            ", so sharing it is by design, but nobody leads it.",
        ]
        .concat()
    } else if facts.expected.is_empty() {
        [
            facts.name,
            " is held by ",
            owners.codes(),
            " and nobody leads it, so nobody alone decides about it.",
        ]
        .concat()
    } else {
        [
            facts.name,
            " is held by ",
            owners.codes(),
            ", though the seeds give it to ",
            facts.expected.codes(),
            " only, and nobody leads it, so nobody alone decides about it.",
        ]
        .concat()
    };
    explanation.push_str(LEAD_IT);
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
    let all = if owners.len() == 2 { " both hold " } else { " all hold " };
    Warning {
        id: WarningId::new(WarningKind::Overlap, "shared", &[facts.id, owners.role_slugs()]),
        kind: WarningKind::Overlap,
        severity: if by_the_seeds { Severity::Low } else { Severity::Medium },
        activities: vec![facts.activity_id()],
        lanes: owners.lanes(),
        area: facts.area,
        title: [owners.codes(), all, facts.name, " and nobody leads it"].concat(),
        explanation,
        mitigations,
        mitigated: false,
    }
}
