//! A lane's cards grouped under the seeds' categories, as the grouped view shows them: the
//! categories in the seeds' order (the user's own activities last), each group's cards in
//! the lane's own order. Grouping only changes how a lane is drawn, never the layout, so a
//! move made while grouped is translated back into a position in the lane.

use super::activity::{ActivityId, Category};
use super::layout::Layout;

/// The category an activity is shown under.
pub fn category_of(layout: &Layout, id: &ActivityId) -> Category {
    layout.info(id).map_or(Category::Custom, |info| info.category)
}

/// The cards as the grouped view shows them: each category that has cards here, with the
/// positions of its cards in `cards`.
pub fn groups(layout: &Layout, cards: &[ActivityId]) -> Vec<(Category, Vec<usize>)> {
    let mut groups: Vec<(Category, Vec<usize>)> = Vec::new();
    for (index, id) in cards.iter().enumerate() {
        let category = category_of(layout, id);
        match groups.binary_search_by(|(other, _)| other.cmp(&category)) {
            Ok(at) => groups[at].1.push(index),
            Err(at) => groups.insert(at, (category, vec![index])),
        }
    }
    groups
}

/// Where the card at `at` of `cards` goes one step up or down its group: the position of
/// the neighbouring card of the same category, which is also the `Edit::Move` index that
/// puts it just past that card. `None` at the group's end.
pub fn neighbour_in_group(layout: &Layout, cards: &[ActivityId], at: usize, up: bool) -> Option<usize> {
    let category = category_of(layout, cards.get(at)?);
    let same = |&j: &usize| category_of(layout, &cards[j]) == category;
    if up {
        (0..at).rev().find(same)
    } else {
        (at + 1..cards.len()).find(same)
    }
}

/// Where in `lane_cards` a card dropped at position `at` of `shown` lands. `shown` is the
/// grouped lane as drawn, without the dragged card; the card joins its own category's group,
/// before the first card of it from `at` on, else after the last one before `at`, else at
/// the end. The position is counted without the card, as `Edit::Move` counts it.
pub fn lane_index_for_drop(
    layout: &Layout,
    lane_cards: &[ActivityId],
    id: &ActivityId,
    shown: &[&ActivityId],
    at: usize,
) -> usize {
    let category = category_of(layout, id);
    let same = |other: &&&ActivityId| category_of(layout, other) == category;
    let others: Vec<&ActivityId> = lane_cards.iter().filter(|other| *other != id).collect();
    let index_of = |card: &ActivityId| others.iter().position(|other| *other == card);
    let at = at.min(shown.len());
    if let Some(next) = shown[at..].iter().find(same).and_then(|card| index_of(card)) {
        return next;
    }
    if let Some(previous) = shown[..at].iter().rev().find(same).and_then(|card| index_of(card)) {
        return previous + 1;
    }
    others.len()
}
