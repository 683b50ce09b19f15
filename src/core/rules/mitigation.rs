//! The seven practices the guide recommends ("Best Practices to Navigate Overlaps and
//! Tensions"), each with a title and one sentence of advice in the guide's own words.

/// A practice a warning suggests. Declared in the guide's order (1 to 7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mitigation {
    /// "1. Structured Communication Mechanisms"
    StructuredCommunication,
    /// "2. Centralized Documentation with Role-Specific Access Controls"
    CentralizedDocumentation,
    /// "3. Establish a Unified Metrics Dashboard"
    UnifiedMetricsDashboard,
    /// "4. Clearly Defined Conflict Resolution Framework"
    ConflictResolutionFramework,
    /// "5. Customer-Centric Decision-Making Loops"
    CustomerCentricDecisionLoops,
    /// "6. Cross-Training and Role Shadowing"
    CrossTrainingAndShadowing,
    /// "7. Feedback Loops for Continuous Improvement"
    FeedbackLoops,
}

impl Mitigation {
    pub const ALL: [Mitigation; 7] = [
        Mitigation::StructuredCommunication,
        Mitigation::CentralizedDocumentation,
        Mitigation::UnifiedMetricsDashboard,
        Mitigation::ConflictResolutionFramework,
        Mitigation::CustomerCentricDecisionLoops,
        Mitigation::CrossTrainingAndShadowing,
        Mitigation::FeedbackLoops,
    ];

    /// Its bit in a layout's set of practices in place (bit `i` for `ALL[i]`; also the
    /// codec's byte).
    pub fn bit(self) -> u8 {
        1 << self as u8
    }

    /// A stable kebab-case key (for list keys, the layout file and tests).
    pub fn slug(self) -> &'static str {
        match self {
            Mitigation::StructuredCommunication => "structured-communication",
            Mitigation::CentralizedDocumentation => "centralized-documentation",
            Mitigation::UnifiedMetricsDashboard => "unified-metrics-dashboard",
            Mitigation::ConflictResolutionFramework => "conflict-resolution-framework",
            Mitigation::CustomerCentricDecisionLoops => "customer-centric-decision-loops",
            Mitigation::CrossTrainingAndShadowing => "cross-training-and-shadowing",
            Mitigation::FeedbackLoops => "feedback-loops",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Mitigation::StructuredCommunication => "Structured alignment meetings",
            Mitigation::CentralizedDocumentation => "Centralized documentation with role-specific access",
            Mitigation::UnifiedMetricsDashboard => "A unified metrics dashboard",
            Mitigation::ConflictResolutionFramework => "A conflict resolution framework",
            Mitigation::CustomerCentricDecisionLoops => "Customer-centric decision-making loops",
            Mitigation::CrossTrainingAndShadowing => "Cross-training and role shadowing",
            Mitigation::FeedbackLoops => "Feedback loops for continuous improvement",
        }
    }

    /// The practice in one sentence, condensed from the guide's bullets.
    /// Empty in the board's own WebAssembly (see `about!`): the app fetches it.
    pub fn advice(self) -> &'static str {
        match self {
            Mitigation::StructuredCommunication => about!("Implement bi-weekly “alignment meetings” between Product Managers and Product Marketers, with a standardized agenda covering market insights, product updates and upcoming initiatives, and time for “open-floor” discussions to surface hidden issues."),
            Mitigation::CentralizedDocumentation => about!("Create a central repository for all product and marketing assets, with role-specific edit and view permissions and a change-log that alerts relevant parties when critical documents are updated."),
            Mitigation::UnifiedMetricsDashboard => about!("Collaboratively decide on KPIs that are essential for both roles, track them on a real-time dashboard and discuss them in a monthly “Metrics Review” meeting."),
            Mitigation::ConflictResolutionFramework => about!("Document a formal conflict resolution process that details the steps for escalating and resolving disagreements, with third-party mediation as an option, and revisit it as team dynamics and product priorities evolve."),
            Mitigation::CustomerCentricDecisionLoops => about!("Ensure both teams are looped into customer feedback channels and regularly revisit customer interviews, surveys and journey maps as a touchstone for decision-making."),
            Mitigation::CrossTrainingAndShadowing => about!("Implement quarterly cross-training sessions and “shadow days” where team members experience a day in the life of their counterpart."),
            Mitigation::FeedbackLoops => about!("Involve both teams in post-project retrospectives and use anonymous surveys to gather candid feedback about the collaboration process."),
        }
    }
}
