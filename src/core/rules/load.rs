//! `load`: a role lane that is empty, or that carries far more than its headcount suggests.
//! Overview, "Why separate the roles?": the split "draws from the amount of time and
//! attention devoted to the various activities in the value chain. It is not uncommon to
//! find more than one product development manager working with a single product marketing
//! manager and vice versa."

use super::board::Board;
use super::mitigation::Mitigation;
use super::warning::{Severity, Warning, WarningId, WarningKind};
use crate::core::lane::Lane;

/// A lane is overloaded when its activities per person exceed this multiple of the board's
/// mean per person (all role placements over all heads): 7/4, i.e. 75% above the mean...
const OVERLOAD_RATIO: (u64, u64) = (7, 4);
/// ...and exceed this many per person, so a small board never shouts about a few cards.
///
/// On the seeds' layout (headcounts 1/1/1) PMM carries 31 of 62 placements, 1.5 times the
/// mean; it takes about six more cards in PMM to cross the line, and ten certainly do.
const OVERLOAD_FLOOR_PER_PERSON: u64 = 12;

const TIME_AND_ATTENTION: &str = "The overview: the split “draws from the amount of time and attention devoted to the various activities in the value chain. It is not uncommon to find more than one product development manager working with a single product marketing manager and vice versa.”";

/// An empty role lane (Medium), or an overloaded one (Medium).
pub fn check(board: &Board, out: &mut Vec<Warning>) {
    let layout = board.layout;
    let count = |lane: Lane| layout.lane(lane).len() as u64;
    let heads = |lane: Lane| u64::from(layout.headcount(lane).max(1));
    let placements: u64 = Lane::ROLES.into_iter().map(count).sum();
    let all_heads: u64 = Lane::ROLES.into_iter().map(heads).sum();
    let (times, per) = OVERLOAD_RATIO;
    for lane in Lane::ROLES {
        let (cards, people) = (count(lane), heads(lane));
        if cards == 0 {
            out.push(empty(lane));
        } else if cards * all_heads * per > times * placements * people
            && cards > OVERLOAD_FLOOR_PER_PERSON * people
        {
            out.push(overloaded(board, lane, cards, people, placements, all_heads));
        }
    }
}

fn empty(lane: Lane) -> Warning {
    Warning {
        id: WarningId::new(WarningKind::Load, "empty", &[lane.slug()]),
        kind: WarningKind::Load,
        severity: Severity::Medium,
        activities: Vec::new(),
        lanes: vec![lane],
        area: None,
        title: format!("{} has no activities", lane.code()),
        explanation: format!(
            "The {} role exists on paper only: nothing on the board is theirs. {TIME_AND_ATTENTION}",
            lane.full_name()
        ),
        mitigations: vec![Mitigation::StructuredCommunication, Mitigation::CentralizedDocumentation],
        mitigated: false,
    }
}

fn overloaded(
    board: &Board,
    lane: Lane,
    cards: u64,
    people: u64,
    placements: u64,
    all_heads: u64,
) -> Warning {
    let people_word = if people == 1 { "person" } else { "people" };
    Warning {
        id: WarningId::new(WarningKind::Load, "overloaded", &[lane.slug()]),
        kind: WarningKind::Load,
        severity: Severity::Medium,
        activities: board.layout.lane(lane).to_vec(),
        lanes: vec![lane],
        area: None,
        title: format!("{} carries {cards} activities for {people} {people_word}", lane.code()),
        explanation: format!(
            "That is about {} per person, against a board average of about {} per person. {TIME_AND_ATTENTION} Raise the headcount or move work elsewhere.",
            rounded(cards, people),
            rounded(placements, all_heads)
        ),
        mitigations: vec![Mitigation::CrossTrainingAndShadowing, Mitigation::FeedbackLoops],
        mitigated: false,
    }
}

/// `a / b` rounded to the nearest whole number (integer maths: no float formatting in the wasm).
fn rounded(a: u64, b: u64) -> u64 {
    (a + b / 2).checked_div(b).unwrap_or(0)
}
