use super::{about, after, only, share};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::{Mitigation, Severity, WarningKind};

#[test]
fn an_activity_in_two_lanes_is_reported_as_shared_by_both() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm)]);
    let warning = only(&layout, "overlap/shared", "pricing-strategy");
    assert_eq!(warning.title, "Pricing Strategy is shared by PDM and PMM");
    assert_eq!(warning.lanes, [Lane::Pdm, Lane::Pmm]);
}

#[test]
fn sharing_that_the_seeds_do_not_make_is_medium() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm)]);
    assert_eq!(only(&layout, "overlap/shared", "pricing-strategy").severity, Severity::Medium);
}

#[test]
fn sharing_that_the_seeds_make_themselves_is_low() {
    let warning = only(&Layout::seeds_default(), "overlap/shared", "user-testing");
    assert_eq!(warning.severity, Severity::Low);
    assert!(warning.explanation.contains("by design"));
}

#[test]
fn a_seeds_shared_activity_given_a_third_lane_is_medium() {
    let layout = after(&[share("user-testing", Lane::Pm)]);
    let warning = only(&layout, "overlap/shared", "user-testing");
    assert_eq!(warning.severity, Severity::Medium);
    assert_eq!(warning.title, "User Testing is shared by PM, PDM and PMM");
}

#[test]
fn the_explanation_and_practices_come_from_the_activitys_overlap_area() {
    let layout = after(&[share("product-analytics", Lane::Pmm)]);
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
