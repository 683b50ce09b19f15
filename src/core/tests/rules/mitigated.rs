//! Practices in place mitigate the tensions they cover: such a warning stays listed, one
//! step less severe, folded (`mitigated`), naming the practices; it is not open. Warnings
//! that wait for a decision (unowned, overlap, handoff, load) are never mitigated.

use super::{after, lead, only, remove, share};
use crate::core::edit::Edit;
use crate::core::health::{health, is_open};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::{analyze, Mitigation, Severity, WarningKind};

fn with_practices(layout: Layout, practices: &[Mitigation]) -> Layout {
    practices.iter().fold(layout, |layout, &practice| {
        layout.apply(&Edit::SetPractice { practice, in_place: true }).expect("always applies")
    })
}

const LIFECYCLE: [Mitigation; 2] =
    [Mitigation::UnifiedMetricsDashboard, Mitigation::CustomerCentricDecisionLoops];

#[test]
fn a_tension_whose_practices_are_all_in_place_is_mitigated_one_step_lower_and_says_by_what() {
    let layout = with_practices(Layout::seeds_default(), &LIFECYCLE);
    let warning = only(&layout, "tension/area-split/lifecycle", "customer-retention");
    assert!(warning.mitigated);
    assert_eq!(warning.severity, Severity::Low, "Medium, one step lower");
    assert!(
        warning.explanation.ends_with(
            "Mitigated by the practices in place: A unified metrics dashboard; Customer-centric decision-making loops."
        ),
        "{}",
        warning.explanation
    );
    assert!(!is_open(&layout, &warning));
    let plain = only(&Layout::seeds_default(), "tension/area-split/lifecycle", "customer-retention");
    assert_eq!(warning.id, plain.id, "the same warning, so an acknowledgement still matches");
}

#[test]
fn one_of_its_practices_missing_leaves_the_tension_open() {
    let layout = with_practices(Layout::seeds_default(), &LIFECYCLE[..1]);
    let warning = only(&layout, "tension/area-split/lifecycle", "customer-retention");
    assert!(!warning.mitigated && is_open(&layout, &warning));
    assert_eq!(warning.severity, Severity::Medium);
}

#[test]
fn taking_a_practice_away_opens_the_tension_again() {
    let layout = with_practices(Layout::seeds_default(), &LIFECYCLE);
    let dropped = layout
        .apply(&Edit::SetPractice { practice: Mitigation::UnifiedMetricsDashboard, in_place: false })
        .unwrap();
    assert!(!only(&dropped, "tension/area-split/lifecycle", "customer-retention").mitigated);
}

#[test]
fn a_high_misplacement_mitigated_becomes_medium() {
    let practices = [Mitigation::ConflictResolutionFramework, Mitigation::CrossTrainingAndShadowing];
    let layout = with_practices(after(&[super::mv("pricing-strategy", Lane::Pmm, Lane::Pdm)]), &practices);
    let warning = only(&layout, "tension/misplaced/pdm", "pricing-strategy");
    assert!(warning.mitigated);
    assert_eq!(warning.severity, Severity::Medium);
}

#[test]
fn decisions_the_board_waits_for_are_never_mitigated() {
    let layout = with_practices(
        after(&[
            remove("launch-planning", Lane::Pmm),
            remove("go-to-market-strategy", Lane::Pmm),
            share("pricing-strategy", Lane::Pdm),
            lead("pricing-strategy", None),
        ]),
        &Mitigation::ALL,
    );
    let warnings = analyze(&layout);
    for kind in [WarningKind::Unowned, WarningKind::Overlap, WarningKind::Handoff] {
        assert!(warnings.iter().any(|w| w.kind == kind), "{kind:?} fires");
    }
    for warning in warnings.iter().filter(|w| w.kind != WarningKind::Tension) {
        assert!(!warning.mitigated && is_open(&layout, warning), "{}", warning.id);
    }
    assert!(warnings.iter().filter(|w| w.kind == WarningKind::Tension).all(|w| w.mitigated));
}

#[test]
fn with_every_practice_in_place_the_seeds_board_asks_only_who_leads_shared_research() {
    let layout = with_practices(Layout::seeds_default(), &Mitigation::ALL);
    let warnings = analyze(&layout);
    let open: Vec<&str> = warnings.iter().filter(|w| is_open(&layout, w)).map(|w| w.id.as_str()).collect();
    assert_eq!(open, ["overlap/shared/shared-research/pdm+pmm"]);
    let summary = health(&layout, &warnings);
    assert_eq!((summary.open_warnings, summary.open_tensions, summary.mitigated_tensions), (1, 0, 5));
}

#[test]
fn the_health_summary_counts_open_and_mitigated_tensions_apart() {
    let layout = with_practices(Layout::seeds_default(), &LIFECYCLE);
    let summary = health(&layout, &analyze(&layout));
    assert_eq!((summary.open_tensions, summary.mitigated_tensions), (4, 1));
    assert_eq!(summary.open_warnings, 5, "four tensions and the shared research overlap");
}

#[test]
fn an_acknowledged_warning_and_a_mitigated_one_are_both_folded_and_counted_apart() {
    let layout = with_practices(Layout::seeds_default(), &LIFECYCLE);
    let warnings = analyze(&layout);
    let split = |slug: &str| {
        warnings.iter().find(|w| w.id.as_str() == ["tension/area-split/", slug].concat()).unwrap().clone()
    };
    let acked = layout
        .apply(&Edit::Acknowledge { warning: split("go-to-market").id, note: "We know.".into() })
        .unwrap();
    let summary = health(&acked, &warnings);
    assert_eq!((summary.open_tensions, summary.mitigated_tensions), (3, 1));
    assert!(!is_open(&acked, &split("go-to-market")) && !split("go-to-market").mitigated);
    // Acknowledging a mitigated warning keeps it mitigated, and its note.
    let both = acked
        .apply(&Edit::Acknowledge { warning: split("lifecycle").id, note: "Dashboard live.".into() })
        .unwrap();
    let summary = health(&both, &analyze(&both));
    assert_eq!((summary.open_tensions, summary.mitigated_tensions), (3, 1));
}

#[test]
fn mitigated_warnings_sort_among_their_lowered_severity() {
    let layout = with_practices(Layout::seeds_default(), &LIFECYCLE);
    let warnings = analyze(&layout);
    let at = warnings.iter().position(|w| w.id.as_str() == "tension/area-split/lifecycle").unwrap();
    let before: Vec<&str> = warnings[..at].iter().map(|w| w.id.as_str()).collect();
    // The four open splits (Medium), then among the Lows the overlap, as kinds sort.
    assert_eq!(before.len(), 5, "{before:?}");
    assert!(warnings[..4].iter().all(|w| w.severity == Severity::Medium), "{before:?}");
    assert_eq!(before[4], "overlap/shared/shared-research/pdm+pmm");
    assert!(warnings[at..].iter().all(|w| w.severity == Severity::Low));
}
