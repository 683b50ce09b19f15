//! What an activity is: its typed id, its category and kind, and the overlap area it belongs to.

use std::fmt;
use std::rc::Rc;

/// Opaque id of an activity. Catalog ids are the kebab-case slug of the seeds' name;
/// custom ids are `custom-<n>`, minted by the layout so they never collide with the catalog.
/// Shared text (`Rc<str>`): layouts are cloned for every undo step and ids are copied into
/// every card and warning, so a clone must not allocate.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActivityId(Rc<str>);

/// What every custom id starts with; no catalog id does.
pub const CUSTOM_PREFIX: &str = "custom-";

impl ActivityId {
    pub fn new(id: impl Into<String>) -> Self {
        ActivityId(Rc::from(id.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id of the `n`-th custom activity a layout ever created.
    pub fn custom(n: u32) -> Self {
        ActivityId(Rc::from(format!("custom-{n}")))
    }

    pub fn is_custom(&self) -> bool {
        self.0.starts_with(CUSTOM_PREFIX)
    }

    /// The `n` of a `custom-<n>` id, written the one way `custom` writes it (no sign, no
    /// leading zero), so each custom activity has exactly one id and one number.
    pub fn custom_number(&self) -> Option<u32> {
        let digits = self.0.strip_prefix(CUSTOM_PREFIX)?;
        if digits.is_empty()
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || (digits.len() > 1 && digits.starts_with('0'))
        {
            return None;
        }
        digits.parse().ok()
    }
}

impl fmt::Display for ActivityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether the seeds list it as something a role does or something it produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Responsibility,
    Deliverable,
}

/// The seeds' headings. The guide leaves the heading above Launch Planning, Channel
/// Identification, Pricing Strategy and Customer Retention blank; we name it after the
/// overlap area those items belong to ("Go-To-Market Strategy and Execution").
/// Ordered as the seeds list them (`Custom` last), which is the grouped view's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    OverallProductManagement,
    ProductStrategy,
    ProductDevelopment,
    UserExperience,
    CoordinationAndStakeholderManagement,
    LifecycleAndPerformanceManagement,
    ProductManagerDeliverables,
    MarketInsightsAndStrategy,
    MarketResearch,
    MessagingAndBranding,
    GoToMarket,
    LifecycleFunnelManagement,
    ProductMarketerDeliverables,
    Custom,
}

impl Category {
    pub fn label(self) -> &'static str {
        match self {
            Category::OverallProductManagement => "Overall Product Management",
            Category::ProductStrategy => "Product Strategy",
            Category::ProductDevelopment => "Product Development",
            Category::UserExperience => "User Experience",
            Category::CoordinationAndStakeholderManagement => "Coordination and Stakeholder Management",
            Category::LifecycleAndPerformanceManagement => "Lifecycle and Performance Management",
            Category::ProductManagerDeliverables => "Product Manager Key Deliverables",
            Category::MarketInsightsAndStrategy => "Market Insights and Strategy",
            Category::MarketResearch => "Market Research",
            Category::MessagingAndBranding => "Messaging and Branding",
            Category::GoToMarket => "Go-To-Market",
            Category::LifecycleFunnelManagement => "Lifecycle Funnel Management",
            Category::ProductMarketerDeliverables => "Product Marketer Key Deliverables",
            Category::Custom => "Custom",
        }
    }
}

/// The six areas where the guide says the roles overlap ("Key Areas of Overlap").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OverlapArea {
    MarketResearchAndCustomerInsights,
    ProductStrategyAndBusinessAlignment,
    ProductDevelopmentAndFeaturePrioritization,
    GoToMarketStrategyAndExecution,
    MessagingPositioningAndBranding,
    LifecycleManagementAndCustomerFeedback,
}

impl OverlapArea {
    pub const ALL: [OverlapArea; 6] = [
        OverlapArea::MarketResearchAndCustomerInsights,
        OverlapArea::ProductStrategyAndBusinessAlignment,
        OverlapArea::ProductDevelopmentAndFeaturePrioritization,
        OverlapArea::GoToMarketStrategyAndExecution,
        OverlapArea::MessagingPositioningAndBranding,
        OverlapArea::LifecycleManagementAndCustomerFeedback,
    ];

    pub fn label(self) -> &'static str {
        match self {
            OverlapArea::MarketResearchAndCustomerInsights => "Market Research and Customer Insights",
            OverlapArea::ProductStrategyAndBusinessAlignment => "Product Strategy and Business Alignment",
            OverlapArea::ProductDevelopmentAndFeaturePrioritization => {
                "Product Development and Feature Prioritization"
            }
            OverlapArea::GoToMarketStrategyAndExecution => "Go-To-Market Strategy and Execution",
            OverlapArea::MessagingPositioningAndBranding => "Messaging, Positioning, and Branding",
            OverlapArea::LifecycleManagementAndCustomerFeedback => {
                "Lifecycle Management and Customer Feedback"
            }
        }
    }
}

/// Everything the board needs to show one activity, whether from the catalog or custom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActivityInfo<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub category: Category,
    pub kind: Kind,
}
