use super::{after, lead, mv, of_kind, remove, share};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::{Severity, WarningKind};

fn handoff_ids(layout: &Layout) -> Vec<String> {
    of_kind(layout, WarningKind::Handoff).into_iter().map(|w| w.id.to_string()).collect()
}

#[test]
fn nobody_taking_the_product_to_market_is_a_high_handoff_warning() {
    let layout = after(&[remove("launch-planning", Lane::Pmm), remove("go-to-market-strategy", Lane::Pmm)]);
    let warnings = of_kind(&layout, WarningKind::Handoff);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].id.as_str(), "handoff/no-owner/marketing");
    assert_eq!(warnings[0].severity, Severity::High);
    assert!(
        warnings[0].concerns(&super::id("launch-planning"))
            && warnings[0].concerns(&super::id("go-to-market-strategy"))
    );
    assert!(warnings[0].explanation.contains("changes hands"));
}

#[test]
fn one_marketing_side_activity_still_owned_keeps_the_handoff_clear() {
    let layout = after(&[remove("launch-planning", Lane::Pmm)]);
    assert!(handoff_ids(&layout).is_empty());
}

#[test]
fn nobody_getting_the_product_ready_for_release_is_high() {
    let layout = after(&[remove("release-plans-and-documentation", Lane::Pdm)]);
    let warnings = of_kind(&layout, WarningKind::Handoff);
    assert_eq!(handoff_ids(&layout), ["handoff/no-owner/development"]);
    assert_eq!(warnings[0].severity, Severity::High);
    assert!(warnings[0].explanation.contains("ready for market release"));
}

#[test]
fn an_unowned_handoff_activity_is_high() {
    let layout = after(&[remove("development-to-marketing-handoff", Lane::Pm)]);
    assert_eq!(handoff_ids(&layout), ["handoff/no-owner/handoff"]);
}

#[test]
fn a_marketing_side_spread_over_two_lanes_has_no_clear_owner() {
    let layout = after(&[mv("go-to-market-strategy", Lane::Pmm, Lane::Pm)]);
    let warnings = of_kind(&layout, WarningKind::Handoff);
    assert_eq!(handoff_ids(&layout), ["handoff/split/marketing"]);
    assert_eq!(warnings[0].severity, Severity::Medium);
    assert_eq!(warnings[0].lanes, [Lane::Pm, Lane::Pmm]);
}

#[test]
fn a_release_plan_pmm_only_contributes_to_keeps_pdm_the_clear_owner() {
    let layout = after(&[share("release-plans-and-documentation", Lane::Pmm)]);
    assert!(handoff_ids(&layout).is_empty(), "PDM still leads it");
}

#[test]
fn a_shared_release_plan_nobody_leads_splits_the_development_side() {
    let layout = after(&[
        share("release-plans-and-documentation", Lane::Pmm),
        lead("release-plans-and-documentation", None),
    ]);
    assert_eq!(handoff_ids(&layout), ["handoff/split/development"]);
}

#[test]
fn a_marketing_side_led_by_two_lanes_is_split_even_where_each_is_shared() {
    let layout = after(&[
        share("launch-planning", Lane::Pdm),
        lead("launch-planning", Some(Lane::Pdm)),
        share("go-to-market-strategy", Lane::Pdm),
    ]);
    let warnings = of_kind(&layout, WarningKind::Handoff);
    assert_eq!(handoff_ids(&layout), ["handoff/split/marketing"]);
    assert_eq!(warnings[0].lanes, [Lane::Pdm, Lane::Pmm], "PDM leads launch planning, PMM the strategy");
}

#[test]
fn the_whole_marketing_side_moved_to_one_other_lane_still_has_a_single_owner() {
    let layout = after(&[
        mv("go-to-market-strategy", Lane::Pmm, Lane::Pm),
        mv("launch-planning", Lane::Pmm, Lane::Pm),
    ]);
    assert!(handoff_ids(&layout).is_empty());
}
