//! Sample data for the share-link budgets: layouts a real team might share after a
//! workshop, built once here so the budget test (`share.rs`) and `examples/bench_share.rs`
//! measure the same thing. A test fixture, so it is not in the app's build: the example
//! compiles this same file into itself (see there), which is why it names nothing but the
//! library's public API.

use crate::core::activity::OverlapArea::{self, *};
use crate::core::edit::Edit;
use crate::core::lane::Lane::{self, *};
use crate::core::layout::Layout;
use crate::core::name::ActivityName;
use crate::core::rules::analyze;

/// Name, one-sentence description, overlap area, expected lanes, and the lane it goes in.
type Sample = (&'static str, &'static str, Option<OverlapArea>, &'static [Lane], Lane);

const ACTIVITIES: [Sample; 20] = [
    (
        "Customer Advisory Board",
        "Quarterly meeting with ten key accounts.",
        Some(MarketResearchAndCustomerInsights),
        &[Pm, Pmm],
        Pm,
    ),
    (
        "Win/Loss Interviews",
        "Calls with recently won and lost deals.",
        Some(MarketResearchAndCustomerInsights),
        &[Pmm],
        Pmm,
    ),
    (
        "Pricing Experiments",
        "Tests new price points on self-serve sign-ups.",
        Some(GoToMarketStrategyAndExecution),
        &[Pm, Pmm],
        Pmm,
    ),
    (
        "Partner Integrations",
        "Picks which partner integrations to build.",
        Some(ProductDevelopmentAndFeaturePrioritization),
        &[Pdm],
        Pdm,
    ),
    (
        "Onboarding Funnel",
        "Owns the activation of new workspaces.",
        Some(LifecycleManagementAndCustomerFeedback),
        &[Pdm],
        Pm,
    ),
    (
        "Release Notes",
        "Monthly release notes and in-app announcements.",
        Some(MessagingPositioningAndBranding),
        &[Pmm],
        Pmm,
    ),
    (
        "Sales Enablement Sessions",
        "Trains account executives before each launch.",
        Some(GoToMarketStrategyAndExecution),
        &[Pmm],
        Pmm,
    ),
    ("Accessibility Review", "Checks new flows against WCAG before release.", None, &[Pdm], Pdm),
    (
        "Quarterly Business Review",
        "Numbers and story for the leadership review.",
        Some(ProductStrategyAndBusinessAlignment),
        &[Pm],
        Pm,
    ),
    (
        "Churn Analysis",
        "Monthly look at cancellations and their causes.",
        Some(LifecycleManagementAndCustomerFeedback),
        &[Pm, Pdm],
        Unassigned,
    ),
    (
        "Beta Program",
        "Recruits beta customers and decides when features graduate.",
        Some(ProductDevelopmentAndFeaturePrioritization),
        &[Pdm, Pmm],
        Pdm,
    ),
    (
        "Analyst Relations",
        "Briefs industry analysts.",
        Some(MessagingPositioningAndBranding),
        &[Pmm],
        Unassigned,
    ),
    (
        "Support Escalations",
        "Triages escalated bugs with engineering.",
        Some(LifecycleManagementAndCustomerFeedback),
        &[Pdm],
        Pdm,
    ),
    (
        "Competitive Battlecards",
        "One-page comparisons with the main competitors.",
        Some(MarketResearchAndCustomerInsights),
        &[Pmm],
        Pm,
    ),
    ("Design System Roadmap", "Plans which shared components get built next.", None, &[], Pdm),
    (
        "Localization",
        "Decides which markets get translated first.",
        Some(GoToMarketStrategyAndExecution),
        &[Pm, Pmm],
        Pmm,
    ),
    ("Data Privacy Requests", "Answers export and deletion requests on time.", None, &[Pm], Unassigned),
    (
        "Customer Case Studies",
        "Turns happy customers' stories into case studies.",
        Some(MessagingPositioningAndBranding),
        &[Pmm],
        Pmm,
    ),
    (
        "Experiment Backlog",
        "Ranks growth experiments by impact and effort.",
        Some(ProductDevelopmentAndFeaturePrioritization),
        &[Pm, Pdm],
        Pm,
    ),
    (
        "Executive Demo Script",
        "The ten-minute demo the founders give to prospects.",
        Some(ProductStrategyAndBusinessAlignment),
        &[Pmm],
        Pdm,
    ),
];

const NOTES: [&str; 10] = [
    "Agreed at the March offsite; revisit in June.",
    "Fine while the PDM team is two people.",
    "Maria and Jon pair on this until the launch.",
    "Sales wants one contact, and that is the PM.",
    "Known gap; we are hiring for it in Q3.",
    "Shared on purpose during the migration.",
    "Splitting it last year made handoffs worse.",
    "Temporary until the research contract is renewed.",
    "Accepted by the CPO on 12 May.",
    "The growth squad owns this outside these lanes.",
];

/// The share-link budget's layout (1,500 characters of fragment), read as the issue words
/// it, "20 custom activities and notes": the seeds' board after a workshop, with a title,
/// other headcounts, the 20 custom activities above (distinct names, a mix of areas and
/// expected lanes, no descriptions) and 10 warnings acknowledged with a note each.
pub fn workshop_layout() -> Layout {
    workshop(false)
}

/// `workshop_layout` with a one-sentence description on every custom activity (about 880
/// more characters of text), for measuring how far descriptions take a link past the budget.
pub fn described_workshop_layout() -> Layout {
    workshop(true)
}

fn workshop(descriptions: bool) -> Layout {
    let mut edits = vec![
        Edit::Rename { title: "Growth team roles, draft after the March offsite".into() },
        Edit::SetHeadcount { lane: Pm, count: 2 },
        Edit::SetHeadcount { lane: Pdm, count: 3 },
    ];
    for (name, description, area, expected, lane) in ACTIVITIES {
        let name = ActivityName::parse(name).expect("a tidy name");
        let description = if descriptions { description.into() } else { String::new() };
        edits.push(Edit::AddCustom { name, description, area, expected_lanes: expected.to_vec(), lane });
    }
    let layout =
        edits.iter().fold(Layout::seeds_default(), |layout, edit| layout.apply(edit).expect("a valid edit"));
    let warnings = analyze(&layout);
    assert!(warnings.len() >= NOTES.len(), "only {} warnings to acknowledge", warnings.len());
    warnings.iter().zip(NOTES).fold(layout, |layout, (warning, note)| {
        let edit = Edit::Acknowledge { warning: warning.id.clone(), note: note.into() };
        layout.apply(&edit).expect("a valid acknowledgement")
    })
}
