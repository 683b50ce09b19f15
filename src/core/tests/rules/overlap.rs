use super::{about, after, lead, only, remove, share};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::{Mitigation, Severity, WarningKind};

#[test]
fn shared_work_nobody_leads_is_an_overlap_that_says_so() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm), lead("pricing-strategy", None)]);
    let warning = only(&layout, "overlap/shared", "pricing-strategy");
    assert_eq!(warning.title, "PDM and PMM both hold Pricing Strategy and nobody leads it");
    assert_eq!(warning.lanes, [Lane::Pdm, Lane::Pmm]);
    assert!(warning.explanation.contains("Make one of them the lead"), "{}", warning.explanation);
}

#[test]
fn shared_work_with_one_lead_is_no_overlap() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm)]);
    assert!(about(&layout, WarningKind::Overlap, "pricing-strategy").is_empty(), "PMM still leads it");
    let handed_over =
        after(&[share("pricing-strategy", Lane::Pdm), lead("pricing-strategy", Some(Lane::Pdm))]);
    assert!(about(&handed_over, WarningKind::Overlap, "pricing-strategy").is_empty());
}

#[test]
fn taking_out_the_lead_of_a_card_still_shared_brings_the_overlap() {
    let layout = after(&[
        share("pricing-strategy", Lane::Pdm),
        share("pricing-strategy", Lane::Pm),
        remove("pricing-strategy", Lane::Pmm),
    ]);
    let warning = only(&layout, "overlap/shared", "pricing-strategy");
    assert_eq!(warning.title, "PM and PDM both hold Pricing Strategy and nobody leads it");
}

#[test]
fn unled_sharing_that_the_seeds_do_not_make_is_medium() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm), lead("pricing-strategy", None)]);
    assert_eq!(only(&layout, "overlap/shared", "pricing-strategy").severity, Severity::Medium);
}

#[test]
fn the_seeds_shared_activity_without_a_lead_is_low_and_by_design() {
    let warning = only(&Layout::seeds_default(), "overlap/shared", "shared-research");
    assert_eq!(warning.severity, Severity::Low);
    assert!(warning.explanation.contains("by design, but nobody leads it"), "{}", warning.explanation);
}

#[test]
fn a_seeds_shared_activity_given_a_third_lane_and_no_lead_is_medium() {
    let layout = after(&[share("user-testing", Lane::Pm), lead("user-testing", None)]);
    let warning = only(&layout, "overlap/shared", "user-testing");
    assert_eq!(warning.severity, Severity::Medium);
    assert_eq!(warning.title, "PM, PDM and PMM all hold User Testing and nobody leads it");
}

#[test]
fn the_explanation_and_practices_come_from_the_activitys_overlap_area() {
    let layout = after(&[share("product-analytics", Lane::Pmm), lead("product-analytics", None)]);
    let warning = only(&layout, "overlap/shared", "product-analytics");
    assert!(
        warning.explanation.contains("differing opinions on the importance of metrics"),
        "{}",
        warning.explanation
    );
    assert_eq!(
        warning.mitigations,
        [Mitigation::UnifiedMetricsDashboard, Mitigation::CustomerCentricDecisionLoops]
    );
}

#[test]
fn an_activity_in_a_single_lane_is_not_an_overlap() {
    assert!(about(&Layout::seeds_default(), WarningKind::Overlap, "pricing-strategy").is_empty());
    let moved = after(&[super::mv("pricing-strategy", Lane::Pmm, Lane::Pdm)]);
    assert!(about(&moved, WarningKind::Overlap, "pricing-strategy").is_empty());
}
