//! The matrix view's cells and the grouped view's moves, as a user presses and drags.

use super::id;
use crate::core::activity::{ActivityId, Category};
use crate::core::edit::Edit;
use crate::core::groups::{category_of, groups, lane_index_for_drop};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::lift::{Direction, Lift};
use crate::core::matrix::{part, press, Part};

/// A lane's cards in the order the grouped view draws them.
fn shown(layout: &Layout, lane: Lane) -> Vec<ActivityId> {
    let cards = layout.lane(lane);
    groups(layout, cards).into_iter().flat_map(|(_, at)| at).map(|i| cards[i].clone()).collect()
}

fn parts(layout: &Layout, raw: &str) -> [Part; 3] {
    let placements = layout.placements();
    Lane::ROLES.map(|lane| part(&placements, &id(raw), lane))
}

fn pressed(layout: &Layout, raw: &str, lane: Lane) -> Layout {
    layout.apply(&press(layout, &id(raw), lane).expect("a role cell has an edit")).expect("the edit applies")
}

#[test]
fn cells_show_who_leads_and_who_contributes_on_the_seeds_board() {
    let layout = Layout::seeds_default();
    assert_eq!(parts(&layout, "pricing-strategy"), [Part::None, Part::None, Part::Leads]);
    // The seeds' shared research has two contributors and no lead.
    assert_eq!(parts(&layout, "shared-research"), [Part::None, Part::Contributes, Part::Contributes]);
}

#[test]
fn pressing_a_cell_steps_it_from_none_to_contributes_to_leads_and_back_to_none() {
    let layout = Layout::seeds_default();
    let once = pressed(&layout, "pricing-strategy", Lane::Pdm);
    assert_eq!(parts(&once, "pricing-strategy"), [Part::None, Part::Contributes, Part::Leads]);
    let twice = pressed(&once, "pricing-strategy", Lane::Pdm);
    assert_eq!(parts(&twice, "pricing-strategy"), [Part::None, Part::Leads, Part::Contributes]);
    let thrice = pressed(&twice, "pricing-strategy", Lane::Pdm);
    // PMM holds it alone again, so PMM leads it.
    assert_eq!(parts(&thrice, "pricing-strategy"), [Part::None, Part::None, Part::Leads]);
    assert_eq!(thrice, layout);
}

#[test]
fn work_nobody_holds_is_led_at_the_first_press_and_unassigned_at_the_next() {
    let layout = pressed(&Layout::seeds_default(), "pricing-strategy", Lane::Pmm);
    assert_eq!(parts(&layout, "pricing-strategy"), [Part::None; 3]);
    assert!(layout.lane(Lane::Unassigned).contains(&id("pricing-strategy")));
    let led = pressed(&layout, "pricing-strategy", Lane::Pm);
    assert_eq!(parts(&led, "pricing-strategy"), [Part::Leads, Part::None, Part::None]);
    assert!(!led.lane(Lane::Unassigned).contains(&id("pricing-strategy")));
}

#[test]
fn the_unassigned_column_is_no_cell() {
    assert_eq!(press(&Layout::seeds_default(), &id("pricing-strategy"), Lane::Unassigned), None);
}

#[test]
fn a_lane_groups_its_cards_under_the_seeds_categories_in_their_order() {
    let layout = Layout::seeds_default();
    let cards = layout.lane(Lane::Pmm);
    let grouped = groups(&layout, cards);
    let categories: Vec<Category> = grouped.iter().map(|(category, _)| *category).collect();
    let mut sorted = categories.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(categories, sorted, "each category once, in the seeds' order");
    assert!(categories.contains(&Category::GoToMarket));
    assert_eq!(grouped.iter().map(|(_, cards)| cards.len()).sum::<usize>(), cards.len());
    for (category, at) in &grouped {
        assert!(at.iter().all(|&i| category_of(&layout, &cards[i]) == *category));
        // Within a group, the lane's own order.
        assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "{category:?}: {at:?}");
    }
}

#[test]
fn a_card_dropped_into_a_grouped_lane_joins_its_own_group_where_it_was_dropped() {
    let layout = Layout::seeds_default();
    // Market Trends (Market Insights and Strategy) goes from PMM into PDM, which holds none
    // of that category: it lands at the end.
    let trends = id("market-trends");
    let pdm = layout.lane(Lane::Pdm);
    let in_pdm = shown(&layout, Lane::Pdm);
    let in_pdm: Vec<&ActivityId> = in_pdm.iter().collect();
    assert_eq!(lane_index_for_drop(&layout, pdm, &trends, &in_pdm, 0), pdm.len());
    // Competitor Analysis, dropped at the top of grouped PMM, goes before the first card of
    // its own group (Market Research).
    let pmm = layout.lane(Lane::Pmm);
    let analysis = id("competitor-analysis");
    let others: Vec<ActivityId> = shown(&layout, Lane::Pmm).into_iter().filter(|c| *c != analysis).collect();
    let shown_now: Vec<&ActivityId> = others.iter().collect();
    let first_of_group = shown_now
        .iter()
        .position(|card| category_of(&layout, card) == category_of(&layout, &analysis))
        .unwrap();
    let index = lane_index_for_drop(&layout, pmm, &analysis, &shown_now, first_of_group);
    let after =
        layout.apply(&Edit::Move { id: analysis.clone(), from: Lane::Pmm, to: Lane::Pmm, index }).unwrap();
    let regrouped = shown(&after, Lane::Pmm);
    assert_eq!(regrouped[first_of_group], analysis);
    // Dropped after the last card of its group, it goes after it.
    let last_of_group = shown_now
        .iter()
        .rposition(|card| category_of(&layout, card) == category_of(&layout, &analysis))
        .unwrap();
    let index = lane_index_for_drop(&layout, pmm, &analysis, &shown_now, last_of_group + 1);
    let after =
        layout.apply(&Edit::Move { id: analysis.clone(), from: Lane::Pmm, to: Lane::Pmm, index }).unwrap();
    let regrouped = shown(&after, Lane::Pmm);
    assert_eq!(regrouped[last_of_group + 1], analysis);
}

#[test]
fn up_and_down_in_a_grouped_lane_step_past_the_neighbours_of_the_same_group() {
    // Two Market Research cards with Vision Setting (Product Strategy) put between them.
    let seeds = Layout::seeds_default();
    let pmm = seeds.lane(Lane::Pmm);
    let grouped = groups(&seeds, pmm);
    let (_, at) = grouped.iter().find(|(category, _)| *category == Category::MarketResearch).unwrap();
    let (first, second) = (pmm[at[0]].clone(), pmm[at[1]].clone());
    let vision = Edit::Move { id: id("vision-setting"), from: Lane::Pdm, to: Lane::Pmm, index: at[1] };
    let layout = seeds.apply(&vision).unwrap();
    assert_eq!(layout.position(&second, Lane::Pmm), Some(at[1] + 1));
    let lift = Lift::start(&layout, &second, Lane::Pmm).unwrap();
    let up = lift.step_in_group(&layout, Direction::Up).expect("a card of its group above");
    let after = up.preview(&layout);
    let order = shown(&after, Lane::Pmm);
    let at = |card| order.iter().position(|other| *other == card).unwrap();
    assert_eq!(at(second.clone()) + 1, at(first.clone()), "swapped within the group");
    // The first of its group goes no higher.
    let top = Lift::start(&layout, &first, Lane::Pmm).unwrap();
    assert_eq!(top.step_in_group(&layout, Direction::Up), None);
    // Left and right still change lanes.
    assert_eq!(top.step_in_group(&layout, Direction::Left).map(|l| l.lane), Some(Lane::Pdm));
}
