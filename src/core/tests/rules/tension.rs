use super::{about, after, mv, of_kind, only, share};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::{Severity, WarningKind};

fn misplaced(layout: &Layout, raw: &str) -> Vec<crate::core::rules::Warning> {
    about(layout, WarningKind::Tension, raw)
        .into_iter()
        .filter(|w| w.id.as_str().starts_with("tension/misplaced"))
        .collect()
}

#[test]
fn pricing_strategy_moved_to_development_is_a_high_tension_naming_it() {
    let layout = after(&[mv("pricing-strategy", Lane::Pmm, Lane::Pdm)]);
    let warning = only(&layout, "tension/misplaced", "pricing-strategy");
    assert_eq!(warning.severity, Severity::High);
    assert_eq!(warning.title, "Pricing Strategy sits with PDM, not PMM");
    assert!(warning.explanation.contains("determining the right price"), "{}", warning.explanation);
    assert_eq!(warning.lanes, [Lane::Pdm, Lane::Pmm]);
}

#[test]
fn development_work_moved_to_marketing_is_a_high_tension_citing_the_architect() {
    let layout = after(&[mv("technical-feasibility", Lane::Pdm, Lane::Pmm)]);
    let warning = only(&layout, "tension/misplaced", "technical-feasibility");
    assert_eq!(warning.severity, Severity::High);
    assert!(warning.explanation.contains("architect and builder"));
}

#[test]
fn pricing_strategy_moved_to_the_overarching_pm_is_only_low() {
    let layout = after(&[mv("pricing-strategy", Lane::Pmm, Lane::Pm)]);
    assert_eq!(super::severities(&misplaced(&layout, "pricing-strategy")), [Severity::Low]);
    assert!(misplaced(&layout, "pricing-strategy")[0].explanation.contains("oversees both sub-sets"));
}

#[test]
fn pricing_strategy_left_with_marketing_is_not_misplaced() {
    assert!(misplaced(&Layout::seeds_default(), "pricing-strategy").is_empty());
}

#[test]
fn a_sub_role_taking_the_overarching_pms_duty_is_medium() {
    let layout = after(&[mv("financial-responsibility", Lane::Pm, Lane::Pdm)]);
    let warning = only(&layout, "tension/misplaced", "financial-responsibility");
    assert_eq!(warning.severity, Severity::Medium);
    assert!(warning.explanation.contains("financial responsibility"));
}

#[test]
fn sharing_into_an_unexpected_lane_flags_only_that_lane() {
    let layout = after(&[share("pricing-strategy", Lane::Pdm)]);
    let found = misplaced(&layout, "pricing-strategy");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id.as_str(), "tension/misplaced/pdm/pricing-strategy");
}

#[test]
fn an_area_owned_by_both_pdm_and_pmm_is_a_medium_tension_naming_its_members() {
    let warnings = of_kind(&Layout::seeds_default(), WarningKind::Tension);
    let gtm =
        warnings.iter().find(|w| w.id.as_str() == "tension/area-split/go-to-market").expect("GTM split");
    assert_eq!(gtm.severity, Severity::Medium);
    assert_eq!(gtm.lanes, [Lane::Pdm, Lane::Pmm]);
    assert!(gtm.concerns(&super::id("release-plans-and-documentation")));
    assert!(gtm.concerns(&super::id("pricing-strategy")));
    assert!(
        !gtm.concerns(&super::id("development-to-marketing-handoff")),
        "PM's member is not part of the split"
    );
    assert!(gtm.explanation.contains("“forward market”"));
}

#[test]
fn an_area_left_to_one_sub_role_is_not_split() {
    let layout = after(&[mv("release-plans-and-documentation", Lane::Pdm, Lane::Pm)]);
    let splits: Vec<String> =
        of_kind(&layout, WarningKind::Tension).into_iter().map(|w| w.id.to_string()).collect();
    assert!(!splits.contains(&"tension/area-split/go-to-market".to_string()), "{splits:?}");
}

#[test]
fn giving_pdm_a_messaging_activity_splits_messaging() {
    let layout = after(&[share("product-messaging", Lane::Pdm)]);
    let warning = only(&layout, "tension/area-split/messaging", "product-messaging");
    assert!(warning.explanation.contains("mismatch between product capabilities"));
}
