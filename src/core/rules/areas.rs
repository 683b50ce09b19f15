//! The guide's six "Key Areas of Overlap" as data: what each role does there, the tension
//! the area breeds, and the practices that fit it. Every rule that mentions an area reads
//! its words from here, so custom activities given an area get the same explanations.

use super::mitigation::Mitigation;
use crate::core::activity::OverlapArea;

/// What the guide says about one overlap area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaRules {
    pub area: OverlapArea,
    /// Stable key used in warning ids.
    pub slug: &'static str,
    /// The guide's "Both" line, or its two role lines joined, nearly verbatim.
    pub shared_work: &'static str,
    /// The guide's "Tensions" line, verbatim.
    pub tension: &'static str,
    pub mitigations: &'static [Mitigation],
}

use Mitigation::*;

/// One entry per `OverlapArea`, in `OverlapArea::ALL` order.
pub const AREA_RULES: [AreaRules; 6] = [
    // Guide, "Market Research and Customer Insights":
    // "Both: Engage in market research to distill insights about customer needs, preferences,
    // and pain points." / "Tensions: Diverging interpretations of customer data ..."
    AreaRules {
        area: OverlapArea::MarketResearchAndCustomerInsights,
        slug: "market-research",
        shared_work: "Both engage in market research to distill insights about customer needs, preferences, and pain points.",
        tension: "Diverging interpretations of customer data can lead to conflicts about feature prioritization and marketing strategies.",
        mitigations: &[CustomerCentricDecisionLoops, CentralizedDocumentation],
    },
    // Guide, "Product Strategy and Business Alignment":
    // "Both: Contribute to crafting a robust product strategy aligned with customer needs and
    // business objectives." / "Tensions: While Product Managers may focus on long-term vision ..."
    AreaRules {
        area: OverlapArea::ProductStrategyAndBusinessAlignment,
        slug: "product-strategy",
        shared_work: "Both contribute to crafting a robust product strategy aligned with customer needs and business objectives.",
        tension: "While Product Managers may focus on long-term vision and technical feasibility, Product Marketers might push for features or strategies with immediate market impact.",
        mitigations: &[StructuredCommunication, CrossTrainingAndShadowing],
    },
    // Guide, "Product Development and Feature Prioritization":
    // "Product Managers: Zero in on feature development, roadmap planning, and technical
    // requirements." / "Product Marketers: Influence feature prioritization based on ..." /
    // "Tensions: Disagreements can arise when market-driven or business-driven feature requests ..."
    AreaRules {
        area: OverlapArea::ProductDevelopmentAndFeaturePrioritization,
        slug: "product-development",
        shared_work: "Product Managers zero in on feature development, roadmap planning, and technical requirements; Product Marketers influence feature prioritization based on most urgent customer needs, business impact, market demands, competitive landscape, and customer feedback.",
        tension: "Disagreements can arise when market-driven or business-driven feature requests from Product Marketers conflict with the technical or strategic vision upheld by Product Managers.",
        mitigations: &[ConflictResolutionFramework, CustomerCentricDecisionLoops],
    },
    // Guide, "Go-To-Market Strategy and Execution":
    // "Product Managers: Ensure that the product is functionally robust and ready for market
    // release." / "Product Marketers: Spearhead the go-to-market strategy, ..." /
    // "Tensions: Friction can occur if ... “forward market” ... “product truth.”"
    AreaRules {
        area: OverlapArea::GoToMarketStrategyAndExecution,
        slug: "go-to-market",
        shared_work: "Product Managers ensure that the product is functionally robust and ready for market release; Product Marketers spearhead the go-to-market strategy, including messaging, channel selection, pricing models, and launch campaigns.",
        tension: "Friction can occur if Product Managers feel the marketing strategy misrepresents the product’s capabilities or if Product Marketers feel the product is being rushed without adequate market readiness. Often Product Marketers are pushed to “forward market” and to make public claims that don’t match the “product truth.”",
        mitigations: &[ConflictResolutionFramework, StructuredCommunication],
    },
    // Guide, "Messaging, Positioning, and Branding":
    // "Both: Collaborate to develop cohesive messaging and positioning that resonate with the
    // target audience." / "Tensions: Challenges arise when there’s a mismatch ..."
    AreaRules {
        area: OverlapArea::MessagingPositioningAndBranding,
        slug: "messaging",
        shared_work: "Both collaborate to develop cohesive messaging and positioning that resonate with the target audience.",
        tension: "Challenges arise when there’s a mismatch between product capabilities (managed by Product Managers) and market promises (communicated by Product Marketers).",
        mitigations: &[CentralizedDocumentation, CrossTrainingAndShadowing],
    },
    // Guide, "Lifecycle Management and Customer Feedback":
    // "Both: Use customer feedback and performance data to optimize the product and refine
    // marketing strategies." / "Product Managers: Particularly focus on product analytics, A/B
    // testing, and feature optimization." / "Product Marketers: Pay special attention to customer
    // retention, upsell strategies, and overall customer lifecycle value." / "Tensions: ..."
    AreaRules {
        area: OverlapArea::LifecycleManagementAndCustomerFeedback,
        slug: "lifecycle",
        shared_work: "Both use customer feedback and performance data to optimize the product and refine marketing strategies; Product Managers particularly focus on product analytics, A/B testing, and feature optimization, Product Marketers on customer retention, upsell strategies, and overall customer lifecycle value.",
        tension: "Conflicts can emerge if there are differing opinions on the importance of metrics or the interpretation of customer feedback.",
        mitigations: &[UnifiedMetricsDashboard, CustomerCentricDecisionLoops],
    },
];

/// The guide's words on an area.
pub fn rules_for(area: OverlapArea) -> &'static AreaRules {
    match area {
        OverlapArea::MarketResearchAndCustomerInsights => &AREA_RULES[0],
        OverlapArea::ProductStrategyAndBusinessAlignment => &AREA_RULES[1],
        OverlapArea::ProductDevelopmentAndFeaturePrioritization => &AREA_RULES[2],
        OverlapArea::GoToMarketStrategyAndExecution => &AREA_RULES[3],
        OverlapArea::MessagingPositioningAndBranding => &AREA_RULES[4],
        OverlapArea::LifecycleManagementAndCustomerFeedback => &AREA_RULES[5],
    }
}
