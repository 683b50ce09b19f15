use super::{id, lanes_of};
use crate::core::announce;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::lift::{Direction, Lift};

#[test]
fn right_arrow_then_drop_moves_the_card_one_lane_right() {
    let layout = Layout::seeds_default();
    let lift = Lift::start(&layout, &id("vision-setting"), Lane::Pdm).unwrap();
    let moved = lift.step(&layout, Direction::Right).unwrap();
    assert_eq!(moved.lane, Lane::Pmm);
    let after = layout.apply(&moved.edit()).unwrap();
    assert_eq!(lanes_of(&after, "vision-setting"), vec![Lane::Pmm]);
}

#[test]
fn the_preview_shows_the_card_where_it_would_land_without_changing_the_layout() {
    let layout = Layout::seeds_default();
    let lift = Lift::start(&layout, &id("vision-setting"), Lane::Pdm)
        .unwrap()
        .step(&layout, Direction::Left)
        .unwrap();
    assert_eq!(lanes_of(&lift.preview(&layout), "vision-setting"), vec![Lane::Pm]);
    assert_eq!(lanes_of(&layout, "vision-setting"), vec![Lane::Pdm]);
}

#[test]
fn up_and_down_reorder_within_the_lane_and_stop_at_the_ends() {
    let layout = Layout::seeds_default();
    let first = layout.lane(Lane::Pmm)[0].clone();
    let lift = Lift::start(&layout, &first, Lane::Pmm).unwrap();
    assert_eq!(lift.step(&layout, Direction::Up), None);
    let down = lift.step(&layout, Direction::Down).unwrap();
    assert_eq!(down.preview(&layout).lane(Lane::Pmm)[1], first);
    let last = layout.lane(Lane::Pmm).len() - 1;
    let at_end = Lift { index: last, ..lift };
    assert_eq!(at_end.step(&layout, Direction::Down), None);
}

#[test]
fn arrows_stop_at_the_edges_of_the_board() {
    let layout =
        Layout::seeds_default().apply(&Edit::Remove { id: id("pricing-strategy"), from: Lane::Pmm }).unwrap();
    let lift = Lift::start(&layout, &id("pricing-strategy"), Lane::Unassigned).unwrap();
    assert_eq!(lift.step(&layout, Direction::Right), None);
    let pm = Lift::start(&layout, &layout.lane(Lane::Pm)[0], Lane::Pm).unwrap();
    assert_eq!(pm.step(&layout, Direction::Left), None);
}

#[test]
fn a_shared_card_skips_the_lane_that_already_holds_it() {
    let layout = Layout::seeds_default()
        .apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Pdm, index: 0 })
        .unwrap();
    let lift = Lift::start(&layout, &id("pricing-strategy"), Lane::Pmm).unwrap();
    // From PMM going left, PDM already holds it, so the next stop is PM.
    assert_eq!(lift.step(&layout, Direction::Left).unwrap().lane, Lane::Pm);
    // And it cannot go to Unassigned while PDM still owns it.
    assert_eq!(lift.step(&layout, Direction::Right), None);
}

#[test]
fn lifting_and_moving_are_announced_with_lane_and_position() {
    let layout = Layout::seeds_default();
    let lift = Lift::start(&layout, &id("pricing-strategy"), Lane::Pmm).unwrap();
    assert!(announce::lifted(&layout, &lift, false).starts_with("Lifted Pricing Strategy in PMM, position"));
    let moved = lift.step(&layout, Direction::Left).unwrap();
    let said = announce::moved(&layout, &moved, false);
    assert!(said.starts_with("Pricing Strategy: PDM, position"), "{said}");
    assert!(announce::cancelled(&layout, &moved).contains("back in PMM"));
}

#[test]
fn undo_says_which_card_came_back_and_where() {
    let before = Layout::seeds_default();
    let after = before
        .apply(&Edit::Move { id: id("pricing-strategy"), from: Lane::Pmm, to: Lane::Pdm, index: 0 })
        .unwrap();
    assert_eq!(announce::first_moved(&after, &before), Some((id("pricing-strategy"), Lane::Pmm)));
    let said = announce::undone("Undone", &after, &before);
    assert!(said.starts_with("Undone. Pricing Strategy is now in PMM, position"), "{said}");
    assert_eq!(announce::undone("Redone", &before, &before), "Redone.");
}

#[test]
fn undoing_a_reorder_focuses_the_card_that_jumped_not_its_neighbours() {
    let before = Layout::seeds_default();
    let first = before.lane(Lane::Pmm)[0].clone();
    let after =
        before.apply(&Edit::Move { id: first.clone(), from: Lane::Pmm, to: Lane::Pmm, index: 5 }).unwrap();
    assert_eq!(announce::first_moved(&after, &before), Some((first, Lane::Pmm)));
}
