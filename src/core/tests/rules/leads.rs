//! What the rules make of leads beyond the overlap rule: a lane that only contributes to
//! work the seeds give another role is a milder misplacement; an area a contributor joins
//! is still split, as the guide locates the tension in that very influence.

use super::{after, lead, only, share};
use crate::core::lane::Lane;
use crate::core::rules::Severity;

#[test]
fn development_contributing_to_pricing_is_a_medium_tension_not_a_high_one() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm)]);
    let warning = only(&layout, "tension/misplaced/pdm", "pricing-strategy");
    assert_eq!(warning.severity, Severity::Medium);
    assert!(warning.explanation.contains("only contributes"), "{}", warning.explanation);
}

#[test]
fn development_leading_pricing_is_high_again() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm), lead("pricing-strategy", Some(Lane::Pdm))]);
    let warning = only(&layout, "tension/misplaced/pdm", "pricing-strategy");
    assert_eq!(warning.severity, Severity::High);
    assert!(!warning.explanation.contains("only contributes"));
}

#[test]
fn with_nobody_leading_a_misplaced_lane_counts_in_full() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm), lead("pricing-strategy", None)]);
    assert_eq!(only(&layout, "tension/misplaced/pdm", "pricing-strategy").severity, Severity::High);
}

#[test]
fn the_pm_contributing_to_sub_role_work_stays_low() {
    let layout = after(&[share("pricing-strategy", Lane::Pm)]);
    assert_eq!(only(&layout, "tension/misplaced/pm", "pricing-strategy").severity, Severity::Low);
}

#[test]
fn a_development_contributor_still_splits_the_messaging_area() {
    let layout = after(&[share("product-messaging", Lane::Pdm)]);
    let warning = only(&layout, "tension/area-split/messaging", "product-messaging");
    assert_eq!(warning.lanes, [Lane::Pdm, Lane::Pmm]);
}
