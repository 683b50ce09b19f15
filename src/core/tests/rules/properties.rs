//! Properties of the rule engine over random layouts, each built by applying a random
//! sequence of edits (moves, shares, removals, headcounts, custom activities with random
//! areas and expected lanes) to the seeds' board.

use crate::core::activity::ActivityId;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::rules::{analyze, WarningKind};
use crate::core::tests::strategies::{lane, layouts};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_same_layout_always_gets_the_same_warnings(layout in layouts()) {
        prop_assert_eq!(analyze(&layout), analyze(&layout.clone()));
    }

    #[test]
    fn every_warning_names_only_activities_on_the_board_and_real_placements(layout in layouts()) {
        for warning in analyze(&layout) {
            for id in &warning.activities {
                prop_assert!(layout.contains(id), "{} names {} which is not on the board", warning.id, id);
            }
            let mut lanes = warning.lanes.clone();
            lanes.dedup();
            prop_assert_eq!(&lanes, &warning.lanes, "lanes repeated in {}", warning.id);
            prop_assert!(!warning.lanes.is_empty());
            if warning.kind == WarningKind::Overlap {
                for lane in &warning.lanes {
                    prop_assert!(layout.lane(*lane).contains(&warning.activities[0]));
                }
            }
        }
    }

    #[test]
    fn ids_are_unique_and_warnings_sorted_within_one_analysis(layout in layouts()) {
        let warnings = analyze(&layout);
        let keys: Vec<_> = warnings.iter().map(|w| (w.severity, w.kind, w.id.clone())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        prop_assert_eq!(keys, sorted);
    }

    #[test]
    fn moving_a_card_and_moving_it_back_restores_the_same_warnings(layout in layouts(), pick in any::<u16>(), a in any::<u8>(), b in any::<u8>()) {
        let ids: Vec<ActivityId> = layout.activity_ids().collect();
        let id = ids[usize::from(pick) % ids.len()].clone();
        let held = layout.lanes_of(&id);
        let from = held[usize::from(a) % held.len()];
        let to = lane(b);
        let shared = held.len() > 1;
        // Skip moves that would only merge or drop a placement: those cannot be moved back.
        prop_assume!(!held.contains(&to) && (!shared || to != Lane::Unassigned));
        let at = layout.position(&id, from).unwrap();
        let moved = layout.apply(&Edit::Move { id: id.clone(), from, to, index: 0 }).unwrap();
        prop_assert_ne!(&moved, &layout);
        let back = moved.apply(&Edit::Move { id, from: to, to: from, index: at }).unwrap();
        prop_assert_eq!(&back, &layout);
        prop_assert_eq!(analyze(&back), analyze(&layout));
    }
}
