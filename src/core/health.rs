//! The health summary that stays in view: how much of the board is owned, shared (with a
//! lead or without), how many warnings and tensions are open and how many tensions the
//! practices in place mitigate, and each lane's load against its headcount. Derived from
//! the layout and its warnings on every change, never stored.

use super::activity::ActivityId;
use super::lane::Lane;
use super::layout::Layout;
use super::order;
use super::rules::{Warning, WarningKind};
use std::borrow::Borrow;

/// One role lane's load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneLoad {
    pub lane: Lane,
    pub activities: usize,
    pub headcount: u8,
    /// A `load` warning names this lane (empty, or far over its headcount).
    pub flagged: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Health {
    pub total: usize,
    /// Activities with at least one role lane.
    pub owned: usize,
    /// Activities in two or more role lanes.
    pub shared: usize,
    /// Shared activities with a lead: the seeds' "Both: ..." done well. The other
    /// `shared - shared_led` have none, and each is an `overlap` warning.
    pub shared_led: usize,
    /// Warnings still open (see `is_open`).
    pub open_warnings: usize,
    /// Open `tension` warnings.
    pub open_tensions: usize,
    /// `tension` warnings the practices in place mitigate, acknowledged or not.
    pub mitigated_tensions: usize,
    pub lanes: Vec<LaneLoad>,
}

/// A warning waits for the user when nobody has acknowledged it (their "we know") and the
/// practices in place do not mitigate it (the board's "your practices cover it"). Only open
/// warnings are counted as open and put a badge on a card; the others stay listed, folded.
pub fn is_open(layout: &Layout, warning: &Warning) -> bool {
    !warning.mitigated && layout.acknowledgement(&warning.id).is_none()
}

/// Takes warnings by value or behind a pointer (the app keeps them in `Rc`s).
pub fn health<W: Borrow<Warning>>(layout: &Layout, warnings: &[W]) -> Health {
    let warnings = warnings.iter().map(Borrow::borrow);
    // Sorted role placements: each run of equal ids is one activity and its owner count.
    let mut placements: Vec<&ActivityId> = Lane::ROLES.iter().flat_map(|&lane| layout.lane(lane)).collect();
    order::sort(&mut placements);
    let (mut owned, mut shared, mut run) = (0, 0, 0);
    for (i, id) in placements.iter().enumerate() {
        run += 1;
        if placements.get(i + 1) != Some(id) {
            owned += 1;
            if run > 1 {
                shared += 1;
            }
            run = 0;
        }
    }
    let tensions = warnings.clone().filter(|w| w.kind == WarningKind::Tension);
    let open_tensions = tensions.clone().filter(|w| is_open(layout, w));
    let lanes = Lane::ROLES
        .into_iter()
        .map(|lane| LaneLoad {
            lane,
            activities: layout.lane(lane).len(),
            headcount: layout.headcount(lane),
            flagged: warnings.clone().any(|w| w.kind == WarningKind::Load && w.lanes.contains(&lane)),
        })
        .collect();
    Health {
        total: owned + layout.lane(Lane::Unassigned).len(),
        owned,
        shared,
        // Stored leads are kept for shared activities only, one each.
        shared_led: layout.leads().len(),
        open_warnings: warnings.filter(|w| is_open(layout, w)).count(),
        open_tensions: open_tensions.count(),
        mitigated_tensions: tensions.filter(|w| w.mitigated).count(),
        lanes,
    }
}

/// Every (activity, position in `warnings`) pair, sorted by activity: each card's warnings
/// are one contiguous run, found by binary search, so no card scans every warning. (A sorted
/// list rather than a map keeps the wasm small.)
pub fn warnings_by_activity<W: Borrow<Warning>>(warnings: &[W]) -> Vec<(&ActivityId, usize)> {
    let mut index: Vec<(&ActivityId, usize)> = warnings
        .iter()
        .enumerate()
        .flat_map(|(at, w)| w.borrow().activities.iter().map(move |id| (id, at)))
        .collect();
    order::sort(&mut index);
    index
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::edit::Edit;
    use crate::core::rules::analyze;

    fn summary(layout: &Layout) -> Health {
        health(layout, &analyze(layout))
    }

    #[test]
    fn the_seeds_layout_is_fully_owned_with_its_shared_activities_counted() {
        let layout = Layout::seeds_default();
        let health = summary(&layout);
        assert_eq!(health.owned, health.total);
        assert_eq!(health.shared, 4);
        assert_eq!(health.shared_led, 3, "all but Shared Research have a lead");
        assert_eq!(health.lanes.iter().map(|l| l.activities).sum::<usize>(), health.owned + health.shared);
    }

    #[test]
    fn unassigning_and_sharing_change_the_counts() {
        let id = ActivityId::new("pricing-strategy");
        let layout =
            Layout::seeds_default().apply(&Edit::Remove { id: id.clone(), from: Lane::Pmm }).unwrap();
        let before = summary(&Layout::seeds_default());
        let after = summary(&layout);
        assert_eq!(after.owned, before.owned - 1);
        let shared = Layout::seeds_default().apply(&Edit::Share { id, to: Lane::Pm, index: 0 }).unwrap();
        assert_eq!(summary(&shared).shared, before.shared + 1);
    }

    #[test]
    fn shared_work_is_counted_apart_with_a_lead_and_without() {
        let before = summary(&Layout::seeds_default());
        let shared = Layout::seeds_default().apply(&Edit::Share {
            id: ActivityId::new("pricing-strategy"),
            to: Lane::Pdm,
            index: 0,
        });
        let shared = summary(&shared.unwrap());
        assert_eq!(
            (shared.shared, shared.shared_led),
            (before.shared + 1, before.shared_led + 1),
            "PMM leads it"
        );
        let unled =
            Layout::seeds_default().apply(&Edit::SetLead { id: ActivityId::new("user-testing"), lane: None });
        let unled = summary(&unled.unwrap());
        assert_eq!((unled.shared, unled.shared_led), (before.shared, before.shared_led - 1));
        assert_eq!(unled.open_warnings, before.open_warnings + 1, "its overlap is open");
    }

    #[test]
    fn every_warning_is_indexed_under_each_activity_it_names() {
        let layout = Layout::seeds_default()
            .apply(&Edit::Remove { id: ActivityId::new("pricing-strategy"), from: Lane::Pmm })
            .unwrap();
        let warnings = analyze(&layout);
        let index = warnings_by_activity(&warnings);
        let pricing = ActivityId::new("pricing-strategy");
        assert!(index.iter().any(|&(id, i)| *id == pricing && warnings[i].kind == WarningKind::Unowned));
        for &(id, i) in &index {
            assert!(warnings[i].concerns(id));
        }
        assert!(index.windows(2).all(|pair| pair[0] <= pair[1]), "sorted by activity");
    }

    #[test]
    fn the_seeds_board_has_five_open_tensions_and_six_open_warnings() {
        let health = summary(&Layout::seeds_default());
        assert_eq!((health.open_tensions, health.open_warnings, health.mitigated_tensions), (5, 6, 0));
    }
}
