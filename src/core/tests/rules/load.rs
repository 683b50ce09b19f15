use super::{after, mv, of_kind};
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::{Severity, WarningKind};

fn load_ids(layout: &Layout) -> Vec<String> {
    of_kind(layout, WarningKind::Load).into_iter().map(|w| w.id.to_string()).collect()
}

/// The seeds' board with the first `n` PDM-only cards moved into PMM.
fn pdm_cards_moved_to_pmm(n: usize) -> Layout {
    let seeds = Layout::seeds_default();
    let movable: Vec<_> = seeds
        .lane(Lane::Pdm)
        .iter()
        .filter(|id| !seeds.lane(Lane::Pmm).contains(id))
        .take(n)
        .cloned()
        .collect();
    assert_eq!(movable.len(), n);
    movable.iter().fold(seeds, |layout, id| layout.apply(&mv(id.as_str(), Lane::Pdm, Lane::Pmm)).unwrap())
}

#[test]
fn an_empty_role_lane_exists_on_paper_only() {
    let pm: Vec<_> = Layout::seeds_default().lane(Lane::Pm).to_vec();
    let edits: Vec<Edit> = pm.iter().map(|id| mv(id.as_str(), Lane::Pm, Lane::Pdm)).collect();
    let layout = after(&edits);
    let warnings = of_kind(&layout, WarningKind::Load);
    assert_eq!(load_ids(&layout), ["load/empty/pm"]);
    assert_eq!(warnings[0].severity, Severity::Medium);
    assert!(warnings[0].explanation.contains("on paper only"));
}

#[test]
fn ten_more_cards_in_pmm_overload_it() {
    let layout = pdm_cards_moved_to_pmm(10);
    let warnings = of_kind(&layout, WarningKind::Load);
    assert_eq!(load_ids(&layout), ["load/overloaded/pmm"]);
    assert_eq!(warnings[0].severity, Severity::Medium);
    assert_eq!(warnings[0].title, "PMM carries 41 activities for 1 person");
    assert_eq!(warnings[0].activities.len(), 41);
}

#[test]
fn five_more_cards_in_pmm_are_still_within_reason() {
    assert!(load_ids(&pdm_cards_moved_to_pmm(5)).is_empty());
}

#[test]
fn a_second_person_in_pmm_carries_the_extra_load() {
    let layout = pdm_cards_moved_to_pmm(10).apply(&Edit::SetHeadcount { lane: Lane::Pmm, count: 2 }).unwrap();
    assert!(load_ids(&layout).is_empty());
}

#[test]
fn a_lone_pmm_beside_a_larger_development_team_carries_more_than_its_share() {
    // 62 placements over 6 people is about 10 each; PMM's one person has 31.
    let layout = after(&[Edit::SetHeadcount { lane: Lane::Pdm, count: 4 }]);
    assert_eq!(load_ids(&layout), ["load/overloaded/pmm"]);
}
