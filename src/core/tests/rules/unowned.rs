use super::{about, after, remove};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::{Severity, WarningKind};

#[test]
fn an_activity_in_the_unassigned_tray_is_reported_as_unowned() {
    let layout = after(&[remove("pricing-strategy", Lane::Pmm)]);
    let warnings = about(&layout, WarningKind::Unowned, "pricing-strategy");
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].title, "Nobody owns Pricing Strategy");
    assert_eq!(warnings[0].lanes, [Lane::Unassigned]);
}

#[test]
fn an_unowned_activity_in_an_overlap_area_is_high() {
    let layout = after(&[remove("pricing-strategy", Lane::Pmm)]);
    assert_eq!(about(&layout, WarningKind::Unowned, "pricing-strategy")[0].severity, Severity::High);
}

#[test]
fn an_unowned_handoff_activity_is_high() {
    let layout = after(&[remove("development-to-marketing-handoff", Lane::Pm)]);
    let warning = &about(&layout, WarningKind::Unowned, "development-to-marketing-handoff")[0];
    assert_eq!(warning.severity, Severity::High);
    assert!(warning.explanation.contains("changes hands"));
}

#[test]
fn an_unowned_activity_outside_the_overlap_areas_is_medium() {
    let layout = after(&[remove("design-collaboration", Lane::Pdm)]);
    assert_eq!(about(&layout, WarningKind::Unowned, "design-collaboration")[0].severity, Severity::Medium);
}

#[test]
fn an_activity_that_keeps_one_owner_is_not_unowned() {
    let shared = after(&[super::share("pricing-strategy", Lane::Pm), remove("pricing-strategy", Lane::Pmm)]);
    assert!(about(&shared, WarningKind::Unowned, "pricing-strategy").is_empty());
    assert!(about(&Layout::seeds_default(), WarningKind::Unowned, "pricing-strategy").is_empty());
}
