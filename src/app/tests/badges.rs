//! Which cards carry a badge: the few decisions a board asks for, not every card of a
//! split area.

use crate::app::view::BoardWarnings;
use crate::core::activity::ActivityId;
use crate::core::catalog::CATALOG;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::analyze;
use std::rc::Rc;

fn badged(layout: &Layout) -> Vec<String> {
    let warnings: Vec<_> = analyze(layout).into_iter().map(Rc::new).collect();
    let badges = BoardWarnings::new(&warnings, layout);
    CATALOG
        .iter()
        .map(|entry| ActivityId::new(entry.id))
        .filter(|id| !badges.for_card(id).is_empty())
        .map(|id| id.as_str().to_string())
        .collect()
}

#[test]
fn on_the_seeds_board_only_the_shared_work_nobody_leads_carries_a_badge() {
    let layout = Layout::seeds_default();
    assert_eq!(analyze(&layout).len(), 6, "five area splits and one overlap are still listed");
    assert_eq!(badged(&layout), ["shared-research"]);
}

#[test]
fn a_card_in_a_lane_the_seeds_do_not_give_it_carries_its_own_badge() {
    let layout = Layout::seeds_default()
        .apply(&Edit::Move {
            id: ActivityId::new("pricing-strategy"),
            from: Lane::Pmm,
            to: Lane::Pdm,
            index: 0,
        })
        .unwrap();
    let badged = badged(&layout);
    assert!(badged.contains(&"pricing-strategy".to_string()), "{badged:?}");
    assert!(!badged.contains(&"release-plans-and-documentation".to_string()), "{badged:?}");
}

#[test]
fn an_overloaded_lane_is_one_warning_and_no_badge_on_each_of_its_cards() {
    let mut layout = Layout::seeds_default();
    for lane in [Lane::Pm, Lane::Pdm] {
        layout = layout.apply(&Edit::SetHeadcount { lane, count: 8 }).unwrap();
    }
    let warnings = analyze(&layout);
    assert!(warnings.iter().any(|w| w.id.as_str().starts_with("load/")), "{warnings:?}");
    assert_eq!(badged(&layout), ["shared-research"]);
}
