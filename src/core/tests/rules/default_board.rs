use super::severities;
use crate::core::layout::Layout;
use crate::core::rules::{analyze, Severity, WarningKind};

#[test]
fn the_seeds_board_shows_five_split_areas_and_the_one_shared_activity_nobody_leads() {
    let warnings = analyze(&Layout::seeds_default());
    let ids: Vec<&str> = warnings.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "tension/area-split/go-to-market",
            "tension/area-split/lifecycle",
            "tension/area-split/market-research",
            "tension/area-split/product-development",
            "tension/area-split/product-strategy",
            "overlap/shared/shared-research/pdm+pmm",
        ]
    );
    assert_eq!(severities(&warnings[..5]), [Severity::Medium; 5]);
    assert_eq!(severities(&warnings[5..]), [Severity::Low]);
    assert_eq!(warnings[5].title, "PDM and PMM both hold Shared Research and nobody leads it");
}

#[test]
fn the_seeds_board_has_no_unowned_handoff_load_or_misplaced_warning() {
    let warnings = analyze(&Layout::seeds_default());
    for kind in [WarningKind::Unowned, WarningKind::Handoff, WarningKind::Load] {
        assert!(warnings.iter().all(|w| w.kind != kind), "unexpected {kind:?}");
    }
    assert!(warnings.iter().all(|w| !w.id.as_str().starts_with("tension/misplaced")));
}

#[test]
fn messaging_is_not_split_on_the_seeds_board_because_all_of_it_is_the_marketers() {
    let warnings = analyze(&Layout::seeds_default());
    assert!(warnings
        .iter()
        .all(|w| w.title != "Messaging, Positioning, and Branding is split between PDM and PMM"));
}

#[test]
fn warnings_come_most_severe_first_then_by_kind_then_by_id() {
    let layout = super::after(&[
        super::remove("pricing-strategy", crate::core::lane::Lane::Pmm),
        super::share("vision-setting", crate::core::lane::Lane::Pm),
    ]);
    let warnings = analyze(&layout);
    let keys: Vec<_> = warnings.iter().map(|w| (w.severity, w.kind, w.id.clone())).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(warnings[0].severity, Severity::High);
    assert_eq!(warnings.last().unwrap().severity, Severity::Low);
}

#[test]
fn every_warning_explains_itself_and_suggests_at_least_one_practice() {
    let layout = super::after(&[super::remove("launch-planning", crate::core::lane::Lane::Pmm)]);
    for warning in analyze(&layout) {
        assert!(!warning.title.is_empty() && warning.explanation.len() > 40, "{warning:#?}");
        assert!(!warning.mitigations.is_empty(), "{warning:#?}");
    }
}
