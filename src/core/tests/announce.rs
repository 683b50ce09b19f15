//! What a screen-reader user hears after a lead or practice edit, after moves and shares of
//! shared cards, and after undoing them.

use super::id;
use crate::core::announce::{edited, undone};
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::rules::Mitigation;

/// What is said after applying `edit` to `before`.
fn said(before: &Layout, edit: Edit) -> String {
    let after = before.apply(&edit).expect("the edit applies");
    edited(before, &edit, &after)
}

fn pricing_shared() -> Layout {
    Layout::seeds_default()
        .apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Pdm, index: 0 })
        .unwrap()
}

#[test]
fn making_a_lane_the_lead_says_who_leads_and_who_contributes() {
    let edit = Edit::SetLead { id: id("pricing-strategy"), lane: Some(Lane::Pdm) };
    assert_eq!(said(&pricing_shared(), edit), "PDM now leads Pricing Strategy; PMM contributes.");
}

#[test]
fn leaving_a_card_without_a_lead_says_nobody_leads_it() {
    let edit = Edit::SetLead { id: id("pricing-strategy"), lane: None };
    assert_eq!(said(&pricing_shared(), edit), "Pricing Strategy: PDM and PMM hold it and nobody leads it.");
}

#[test]
fn sharing_says_the_lead_stays_and_the_new_lane_contributes() {
    let edit = Edit::Share { id: id("pricing-strategy"), to: Lane::Pdm, index: 0 };
    assert_eq!(
        said(&Layout::seeds_default(), edit),
        "Pricing Strategy is now shared: PMM leads, PDM contributes."
    );
}

#[test]
fn moving_the_lead_of_a_shared_card_says_where_the_lead_went() {
    let edit = Edit::Move { id: id("user-testing"), from: Lane::Pdm, to: Lane::Pm, index: 0 };
    let text = said(&Layout::seeds_default(), edit);
    assert!(text.starts_with("Moved User Testing from PDM to PM, position 1 of "), "{text}");
    assert!(text.ends_with("; PM leads, PMM contributes."), "{text}");
}

#[test]
fn moving_a_card_one_lane_holds_says_nothing_about_leads() {
    let edit = Edit::Move { id: id("pricing-strategy"), from: Lane::Pmm, to: Lane::Pdm, index: 0 };
    assert_eq!(
        said(&Layout::seeds_default(), edit),
        "Moved Pricing Strategy from PMM to PDM, position 1 of 27."
    );
}

#[test]
fn removing_the_lead_says_the_card_is_left_without_one() {
    let three =
        pricing_shared().apply(&Edit::Share { id: id("pricing-strategy"), to: Lane::Pm, index: 0 }).unwrap();
    let edit = Edit::Remove { id: id("pricing-strategy"), from: Lane::Pmm };
    assert_eq!(
        said(&three, edit),
        "Removed Pricing Strategy from PMM; PM and PDM hold it and nobody leads it."
    );
    let edit = Edit::Remove { id: id("pricing-strategy"), from: Lane::Pdm };
    assert_eq!(said(&pricing_shared(), edit), "Removed Pricing Strategy from PDM; owned by PMM.");
}

#[test]
fn a_practice_put_in_place_or_taken_away_is_said_by_its_name() {
    let edit = Edit::SetPractice { practice: Mitigation::UnifiedMetricsDashboard, in_place: true };
    let layout = Layout::seeds_default();
    assert_eq!(said(&layout, edit.clone()), "A unified metrics dashboard is now in place.");
    let with = layout.apply(&edit).unwrap();
    let edit = Edit::SetPractice { practice: Mitigation::UnifiedMetricsDashboard, in_place: false };
    assert_eq!(said(&with, edit), "A unified metrics dashboard is no longer in place.");
}

#[test]
fn undoing_a_lead_or_practice_change_says_what_came_back() {
    let before = pricing_shared();
    let after = before.apply(&Edit::SetLead { id: id("pricing-strategy"), lane: Some(Lane::Pdm) }).unwrap();
    assert_eq!(undone("Undone", &after, &before), "Undone. PMM now leads Pricing Strategy; PDM contributes.");
    assert_eq!(undone("Redone", &before, &after), "Redone. PDM now leads Pricing Strategy; PMM contributes.");
    let practiced =
        before.apply(&Edit::SetPractice { practice: Mitigation::FeedbackLoops, in_place: true }).unwrap();
    assert_eq!(
        undone("Undone", &practiced, &before),
        "Undone. Feedback loops for continuous improvement is no longer in place."
    );
}
