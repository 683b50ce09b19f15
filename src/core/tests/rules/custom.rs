use super::{about, after, only};
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::edit::{Edit, EditError};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::name::ActivityName;
use crate::core::rules::{Severity, WarningKind};

fn add(area: Option<OverlapArea>, expected_lanes: Vec<Lane>, lane: Lane) -> Edit {
    let name = ActivityName::parse("Partner Pricing").unwrap();
    Edit::AddCustom { name, description: String::new(), area, expected_lanes, lane }
}

const GTM: Option<OverlapArea> = Some(OverlapArea::GoToMarketStrategyAndExecution);

#[test]
fn a_custom_marketing_activity_placed_in_development_is_a_high_tension() {
    let layout = after(&[add(GTM, vec![Lane::Pmm], Lane::Pdm)]);
    let warning = only(&layout, "tension/misplaced", "custom-0");
    assert_eq!(warning.severity, Severity::High);
    assert_eq!(warning.title, "Partner Pricing sits with PDM, not PMM");
}

#[test]
fn a_custom_activity_without_expected_lanes_is_never_misplaced() {
    let layout = after(&[add(GTM, vec![], Lane::Pdm)]);
    assert!(about(&layout, WarningKind::Tension, "custom-0")
        .iter()
        .all(|w| !w.id.as_str().starts_with("tension/misplaced")));
}

#[test]
fn a_custom_activity_joins_its_overlap_area() {
    let layout = after(&[add(Some(OverlapArea::MessagingPositioningAndBranding), vec![], Lane::Pdm)]);
    let split = only(&layout, "tension/area-split/messaging", "custom-0");
    assert!(split.concerns(&ActivityId::new("product-messaging")));
}

#[test]
fn an_unassigned_custom_activity_in_an_overlap_area_is_a_high_unowned_warning() {
    let layout = after(&[add(GTM, vec![], Lane::Unassigned)]);
    assert_eq!(only(&layout, "unowned", "custom-0").severity, Severity::High);
    let plain = after(&[add(None, vec![], Lane::Unassigned)]);
    assert_eq!(only(&plain, "unowned", "custom-0").severity, Severity::Medium);
}

#[test]
fn a_custom_activity_shared_exactly_as_expected_and_unled_is_a_low_overlap() {
    let shared = [add(None, vec![Lane::Pdm, Lane::Pmm], Lane::Pdm), super::share("custom-0", Lane::Pmm)];
    assert!(
        about(&after(&shared), WarningKind::Overlap, "custom-0").is_empty(),
        "PDM, its first lane, leads"
    );
    let unled = after(&[shared[0].clone(), shared[1].clone(), super::lead("custom-0", None)]);
    assert_eq!(only(&unled, "overlap/shared", "custom-0").severity, Severity::Low);
}

#[test]
fn editing_a_custom_activity_changes_how_it_is_judged() {
    let layout = after(&[add(None, vec![], Lane::Pdm)]);
    let name = ActivityName::parse("Partner Pricing").unwrap();
    let edit = Edit::EditCustom {
        id: ActivityId::new("custom-0"),
        name,
        description: String::new(),
        area: GTM,
        expected_lanes: vec![Lane::Pmm],
    };
    let edited = layout.apply(&edit).unwrap();
    assert!(about(&layout, WarningKind::Tension, "custom-0").is_empty());
    assert_eq!(only(&edited, "tension/misplaced", "custom-0").severity, Severity::High);
}

#[test]
fn expected_lanes_must_be_role_lanes_each_listed_once() {
    let seeds = Layout::seeds_default();
    assert_eq!(seeds.apply(&add(None, vec![Lane::Unassigned], Lane::Pm)), Err(EditError::BadExpectedLanes));
    assert_eq!(seeds.apply(&add(None, vec![Lane::Pm, Lane::Pm], Lane::Pm)), Err(EditError::BadExpectedLanes));
    let layout = after(&[add(None, vec![], Lane::Pm)]);
    let name = ActivityName::parse("X").unwrap();
    let edit = Edit::EditCustom {
        id: ActivityId::new("custom-0"),
        name,
        description: String::new(),
        area: None,
        expected_lanes: vec![Lane::Pdm, Lane::Pdm],
    };
    assert_eq!(layout.apply(&edit), Err(EditError::BadExpectedLanes));
}

#[test]
fn custom_activities_with_far_apart_numbers_are_judged_like_any_other() {
    // A board whose custom ids are sparse (many were deleted) takes the index's other path.
    let mut data = crate::core::layout::LayoutData::from(Layout::seeds_default());
    for (n, lane) in [(7u32, Lane::Pmm), (5_000_000, Lane::Pdm)] {
        let id = ActivityId::custom(n);
        let name = ActivityName::parse(&format!("Sparse {n}")).unwrap();
        data.custom.push(crate::core::layout::CustomActivity {
            id: id.clone(),
            name,
            description: String::new(),
            area: GTM,
            expected_lanes: vec![Lane::Pmm],
        });
        match lane {
            Lane::Pdm => data.lanes.pdm.push(id),
            _ => data.lanes.pmm.push(id),
        }
    }
    let layout = Layout::try_from(data).unwrap();
    assert_eq!(only(&layout, "tension/misplaced", "custom-5000000").severity, Severity::High);
    assert!(about(&layout, WarningKind::Tension, "custom-7")
        .iter()
        .all(|w| !w.id.as_str().starts_with("tension/misplaced")));
    assert!(only(&layout, "tension/area-split/go-to-market", "custom-7")
        .concerns(&ActivityId::new("custom-5000000")));
}

#[test]
fn changing_a_custom_activitys_area_is_announced_as_an_update() {
    let layout = after(&[add(None, vec![], Lane::Pdm)]);
    let name = ActivityName::parse("Partner Pricing").unwrap();
    let edit = Edit::EditCustom {
        id: ActivityId::new("custom-0"),
        name,
        description: String::new(),
        area: GTM,
        expected_lanes: vec![],
    };
    let edited = layout.apply(&edit).unwrap();
    assert_eq!(crate::core::announce::edited(&layout, &edit, &edited), "Updated Partner Pricing.");
    let name = ActivityName::parse("Partner Pricing").unwrap();
    let describe = Edit::EditCustom {
        id: ActivityId::new("custom-0"),
        name,
        description: "Why".into(),
        area: GTM,
        expected_lanes: vec![],
    };
    let described = edited.apply(&describe).unwrap();
    assert_eq!(
        crate::core::announce::edited(&edited, &describe, &described),
        "Updated the description of Partner Pricing."
    );
}
