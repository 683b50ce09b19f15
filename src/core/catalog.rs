//! The activity catalog: every responsibility and deliverable the two seed articles list,
//! kept as plain data so it is easy to read, check against the seeds, and extend.
//!
//! APPEND-ONLY. Saved layouts and share links refer to a catalog activity by its index in
//! `CATALOG` (see `codec`), so an entry must never move, be removed or be put in between:
//! new activities go at the end (old layouts then show them in Unassigned), and the test
//! `catalog_indices_never_change` pins every index. The seed-order test below then needs
//! the new item at the end of its checklist too.
//!
//! Lanes: the guide's "Product Manager" (the architect and builder) is our PDM lane, its
//! "Product Marketer" (the real estate agent) our PMM lane, and the overview's over-arching
//! product manager our PM lane.
//!
//! Ids follow PRODUCT.md: the kebab-case slug of the name as the seeds spell it. Where the
//! seeds list the same name twice, the later one gets the role added to its slug:
//! `feature-prioritization-pmm`, `product-roadmap-pmm`, `customer-journey-map-pmm` and
//! `retention-and-upsell-strategy-document-pmm`.

use super::activity::{ActivityId, Category, Kind, OverlapArea, CUSTOM_PREFIX};
use super::lane::Lane;

/// Which seed an entry comes from, so every entry can be traced back to its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seed {
    /// `000_270f21e18cc8ae00.txt`, "Uncovering Product Management – An Overview".
    Overview,
    /// `004_896d5a87857caba2.txt`, "The Ultimate Guide to Product Management vs. Product Marketing".
    Guide,
}

/// One catalog activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CatalogEntry {
    pub id: &'static str,
    pub name: &'static str,
    pub category: Category,
    pub kind: Kind,
    /// Empty in the board's own WebAssembly (see `about!`).
    pub description: &'static str,
    /// The lane(s) the seeds give it; the default layout places it in each, in this order.
    pub lanes: &'static [Lane],
    pub area: Option<OverlapArea>,
    pub seed: Seed,
}

/// All catalog activities, in the seeds' order (PM duties, then the guide's Product Manager
/// responsibilities and deliverables, then the Product Marketer's).
pub const CATALOG: &[CatalogEntry] = &[
    // Overview, "In truth, product management is an all-encompassing function ..." (the over-arching
    // product manager), the hand-off "at a specific link in the value chain", "a seamless relationship
    // and information flow", and "the benefit of shared research" (development's and marketing's).
    CatalogEntry {
        id: "overall-product-performance",
        name: "Overall Product Performance",
        category: Category::OverallProductManagement,
        kind: Kind::Responsibility,
        description: about!("Responsible for the overall performance of the product or category."),
        lanes: &[Lane::Pm],
        area: None,
        seed: Seed::Overview,
    },
    CatalogEntry {
        id: "financial-responsibility",
        name: "Financial Responsibility",
        category: Category::OverallProductManagement,
        kind: Kind::Responsibility,
        description: about!("Financial responsibility for the product or category, as part of its overall performance."),
        lanes: &[Lane::Pm],
        area: None,
        seed: Seed::Overview,
    },
    CatalogEntry {
        id: "development-and-marketing-oversight",
        name: "Development and Marketing Oversight",
        category: Category::OverallProductManagement,
        kind: Kind::Responsibility,
        description: about!("Oversees both sub-sets of activities, product development and product marketing."),
        lanes: &[Lane::Pm],
        area: None,
        seed: Seed::Overview,
    },
    CatalogEntry {
        id: "development-to-marketing-handoff",
        name: "Development-to-Marketing Handoff",
        category: Category::OverallProductManagement,
        kind: Kind::Responsibility,
        description: about!("The transitional phase, at a specific link in the value chain, where the product changes hands between product development and product marketing."),
        lanes: &[Lane::Pm],
        area: Some(OverlapArea::GoToMarketStrategyAndExecution),
        seed: Seed::Overview,
    },
    CatalogEntry {
        id: "information-flow-between-functions",
        name: "Information Flow Between Functions",
        category: Category::OverallProductManagement,
        kind: Kind::Responsibility,
        description: about!("A seamless relationship and information flow between development and marketing, which ensures a successful product-market fit."),
        lanes: &[Lane::Pm],
        area: None,
        seed: Seed::Overview,
    },
    CatalogEntry {
        id: "shared-research",
        name: "Shared Research",
        category: Category::OverallProductManagement,
        kind: Kind::Responsibility,
        description: about!("The benefit of research shared by product development and product marketing, despite their very different focal points."),
        lanes: &[Lane::Pdm, Lane::Pmm],
        area: Some(OverlapArea::MarketResearchAndCustomerInsights),
        seed: Seed::Overview,
    },
    // Guide, "Product Manager Key Responsibilities" › Product Strategy
    CatalogEntry {
        id: "vision-setting",
        name: "Vision Setting",
        category: Category::ProductStrategy,
        kind: Kind::Responsibility,
        description: about!("Define and communicate the long-term vision for the product."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductStrategyAndBusinessAlignment),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "objective-planning",
        name: "Objective Planning",
        category: Category::ProductStrategy,
        kind: Kind::Responsibility,
        description: about!("Set clear objectives and key results (OKRs) to measure success."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductStrategyAndBusinessAlignment),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "market-fit-and-business-case",
        name: "Market Fit and Business Case",
        category: Category::ProductStrategy,
        kind: Kind::Responsibility,
        description: about!("Validate the market need and business viability for new features or products."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductStrategyAndBusinessAlignment),
        seed: Seed::Guide,
    },
    // Guide, "Product Manager Key Responsibilities" › Product Development (one bullet holds both
    // Feature Development and Feature Prioritization)
    CatalogEntry {
        id: "feature-development",
        name: "Feature Development",
        category: Category::ProductDevelopment,
        kind: Kind::Responsibility,
        description: about!("Prioritize and oversee the development of new features."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductDevelopmentAndFeaturePrioritization),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "feature-prioritization",
        name: "Feature Prioritization",
        category: Category::ProductDevelopment,
        kind: Kind::Responsibility,
        description: about!("Use a data-driven approach to prioritize feature development and technical debt."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductDevelopmentAndFeaturePrioritization),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "technical-feasibility",
        name: "Technical Feasibility",
        category: Category::ProductDevelopment,
        kind: Kind::Responsibility,
        description: about!("Work closely with engineering to assess the technical viability of proposed features."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductDevelopmentAndFeaturePrioritization),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "product-roadmapping",
        name: "Product Roadmapping",
        category: Category::ProductDevelopment,
        kind: Kind::Responsibility,
        description: about!("Create and maintain a product roadmap to guide development efforts."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductDevelopmentAndFeaturePrioritization),
        seed: Seed::Guide,
    },
    // Guide, "Product Manager Key Responsibilities" › User Experience
    CatalogEntry {
        id: "user-research",
        name: "User Research",
        category: Category::UserExperience,
        kind: Kind::Responsibility,
        description: about!("Conduct qualitative and quantitative research to understand user needs and behaviors."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::MarketResearchAndCustomerInsights),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "usability-testing",
        name: "Usability Testing",
        category: Category::UserExperience,
        kind: Kind::Responsibility,
        description: about!("Regularly test the product with users to ensure an intuitive and effective user experience."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductDevelopmentAndFeaturePrioritization),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "design-collaboration",
        name: "Design Collaboration",
        category: Category::UserExperience,
        kind: Kind::Responsibility,
        description: about!("Partner with UI/UX designers to create visually appealing and user-centric designs."),
        lanes: &[Lane::Pdm],
        area: None,
        seed: Seed::Guide,
    },
    // Guide, "Product Manager Key Responsibilities" › Coordination and Stakeholder Management
    CatalogEntry {
        id: "cross-functional-leadership",
        name: "Cross-Functional Leadership",
        category: Category::CoordinationAndStakeholderManagement,
        kind: Kind::Responsibility,
        description: about!("Act as the hub in the wheel of a cross-functional team, including engineering, marketing, sales, and customer support."),
        lanes: &[Lane::Pdm],
        area: None,
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "stakeholder-communication",
        name: "Stakeholder Communication",
        category: Category::CoordinationAndStakeholderManagement,
        kind: Kind::Responsibility,
        description: about!("Keep senior management, investors, and other stakeholders updated on product status, roadblocks, and opportunities."),
        lanes: &[Lane::Pdm],
        area: None,
        seed: Seed::Guide,
    },
    // Guide, "Product Manager Key Responsibilities" › Lifecycle and Performance Management
    CatalogEntry {
        id: "product-analytics",
        name: "Product Analytics",
        category: Category::LifecycleAndPerformanceManagement,
        kind: Kind::Responsibility,
        description: about!("Regularly review key performance indicators (KPIs) to inform future strategy."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "end-of-life-planning",
        name: "End-of-Life Planning",
        category: Category::LifecycleAndPerformanceManagement,
        kind: Kind::Responsibility,
        description: about!("Make data-driven decisions about discontinuing features or entire products."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "customer-feedback-loop",
        name: "Customer Feedback Loop",
        category: Category::LifecycleAndPerformanceManagement,
        kind: Kind::Responsibility,
        description: about!("Establish and maintain mechanisms for collecting and analyzing customer feedback."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "optimization-and-a-b-testing",
        name: "Optimization and A/B Testing",
        category: Category::LifecycleAndPerformanceManagement,
        kind: Kind::Responsibility,
        description: about!("Conduct experiments to optimize product features and user experiences."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    // Guide, "Product Manager Key Deliverables" 1-7 (User Personas and Journeys "inform feature
    // development and marketing strategies", so shared)
    CatalogEntry {
        id: "product-roadmap",
        name: "Product Roadmap",
        category: Category::ProductManagerDeliverables,
        kind: Kind::Deliverable,
        description: about!("A dynamic document that outlines the future trajectory of the product, updated regularly."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductDevelopmentAndFeaturePrioritization),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "business-cases-and-roi-analyses",
        name: "Business Cases and ROI Analyses",
        category: Category::ProductManagerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Documents that justify the investment into new features or products."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::ProductStrategyAndBusinessAlignment),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "user-personas-and-journeys",
        name: "User Personas and Journeys",
        category: Category::ProductManagerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Research-based frameworks that inform feature development and marketing strategies."),
        lanes: &[Lane::Pdm, Lane::Pmm],
        area: Some(OverlapArea::MarketResearchAndCustomerInsights),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "release-plans-and-documentation",
        name: "Release Plans and Documentation",
        category: Category::ProductManagerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Detailed plans and documents that guide the development and launch of new features."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::GoToMarketStrategyAndExecution),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "customer-journey-map",
        name: "Customer Journey Map",
        category: Category::ProductManagerDeliverables,
        kind: Kind::Deliverable,
        description: about!("A visual representation of the customer’s journey, identifying key touchpoints for optimization."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "retention-and-upsell-strategy-document",
        name: "Retention and Upsell Strategy Document",
        category: Category::ProductManagerDeliverables,
        kind: Kind::Deliverable,
        description: about!("A comprehensive plan that outlines how to retain existing customers and encourage additional purchases, complete with KPIs for measurement."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "performance-dashboards",
        name: "Performance Dashboards",
        category: Category::ProductManagerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Real-time analytics dashboards that track key product metrics."),
        lanes: &[Lane::Pdm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    // Guide, "Product Marketer Key Responsibilities" › Market Insights and Strategy
    CatalogEntry {
        id: "value-proposition",
        name: "Value Proposition",
        category: Category::MarketInsightsAndStrategy,
        kind: Kind::Responsibility,
        description: about!("Craft compelling value propositions based on market insights and customer needs."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::ProductStrategyAndBusinessAlignment),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "vision-alignment",
        name: "Vision Alignment",
        category: Category::MarketInsightsAndStrategy,
        kind: Kind::Responsibility,
        description: about!("Help refine product vision based on market trends and competitor analysis."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::ProductStrategyAndBusinessAlignment),
        seed: Seed::Guide,
    },
    // Guide, "Product Marketer Key Responsibilities" › Market Research
    CatalogEntry {
        id: "customer-segmentation",
        name: "Customer Segmentation",
        category: Category::MarketResearch,
        kind: Kind::Responsibility,
        description: about!("Identify and segment target customers."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::MarketResearchAndCustomerInsights),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "competitor-analysis",
        name: "Competitor Analysis",
        category: Category::MarketResearch,
        kind: Kind::Responsibility,
        description: about!("Assess the competitive landscape."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::MarketResearchAndCustomerInsights),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "market-trends",
        name: "Market Trends",
        category: Category::MarketResearch,
        kind: Kind::Responsibility,
        description: about!("Keep abreast of market conditions and emerging trends."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::MarketResearchAndCustomerInsights),
        seed: Seed::Guide,
    },
    // Guide, "Product Marketer Key Responsibilities" › Product Development (User Testing: "Collaborate
    // in collecting market-driven feedback", so the Product Manager shares it)
    CatalogEntry {
        id: "feature-prioritization-pmm",
        name: "Feature Prioritization",
        category: Category::ProductDevelopment,
        kind: Kind::Responsibility,
        description: about!("Contribute to defining which features or experiences are most valuable for market adoption and should be part of the MVP."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::ProductDevelopmentAndFeaturePrioritization),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "user-testing",
        name: "User Testing",
        category: Category::ProductDevelopment,
        kind: Kind::Responsibility,
        description: about!("Collaborate in collecting market-driven feedback during user testing to iterate on the product."),
        lanes: &[Lane::Pmm, Lane::Pdm],
        area: Some(OverlapArea::ProductDevelopmentAndFeaturePrioritization),
        seed: Seed::Guide,
    },
    // Guide, "Product Marketer Key Responsibilities" › Messaging and Branding
    CatalogEntry {
        id: "product-messaging",
        name: "Product Messaging",
        category: Category::MessagingAndBranding,
        kind: Kind::Responsibility,
        description: about!("Create persuasive and cohesive messaging that can be incorporated into various marketing channels."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::MessagingPositioningAndBranding),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "product-positioning",
        name: "Product Positioning",
        category: Category::MessagingAndBranding,
        kind: Kind::Responsibility,
        description: about!("Determine how the product should be positioned in relation to competitors and in the broader market."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::MessagingPositioningAndBranding),
        seed: Seed::Guide,
    },
    // Guide, "Product Marketer Key Responsibilities" › (blank heading; see `Category::GoToMarket`)
    // (Customer Retention: "Collaborate in strategies for customer upsell and retention", so shared)
    CatalogEntry {
        id: "launch-planning",
        name: "Launch Planning",
        category: Category::GoToMarket,
        kind: Kind::Responsibility,
        description: about!("Strategize and execute intricate product launches."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::GoToMarketStrategyAndExecution),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "channel-identification",
        name: "Channel Identification",
        category: Category::GoToMarket,
        kind: Kind::Responsibility,
        description: about!("Identify the most effective channels for reaching target customers."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::GoToMarketStrategyAndExecution),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "pricing-strategy",
        name: "Pricing Strategy",
        category: Category::GoToMarket,
        kind: Kind::Responsibility,
        description: about!("Develop and continuously optimize pricing models based on market response."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::GoToMarketStrategyAndExecution),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "customer-retention",
        name: "Customer Retention",
        category: Category::GoToMarket,
        kind: Kind::Responsibility,
        description: about!("Collaborate in strategies for customer upsell and retention."),
        lanes: &[Lane::Pmm, Lane::Pdm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    // Guide, "Product Marketer Key Responsibilities" › Lifecycle Funnel Management
    CatalogEntry {
        id: "top-of-funnel-awareness",
        name: "Top-of-Funnel Awareness",
        category: Category::LifecycleFunnelManagement,
        kind: Kind::Responsibility,
        description: about!("Design and execute marketing campaigns to build brand and product awareness."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::MessagingPositioningAndBranding),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "middle-of-funnel-engagement",
        name: "Middle-of-Funnel Engagement",
        category: Category::LifecycleFunnelManagement,
        kind: Kind::Responsibility,
        description: about!("Develop content and programs aimed at educating potential customers and moving them toward conversion."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "bottom-of-funnel-conversion",
        name: "Bottom-of-Funnel Conversion",
        category: Category::LifecycleFunnelManagement,
        kind: Kind::Responsibility,
        description: about!("Use targeted marketing strategies to encourage potential customers to take the desired action, such as purchasing the product."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "post-sale-retention-and-upsell",
        name: "Post-Sale Retention and Upsell",
        category: Category::LifecycleFunnelManagement,
        kind: Kind::Responsibility,
        description: about!("Create and implement programs aimed at retaining customers and encouraging additional purchases."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    // Guide, "Product Marketer Key Deliverables" 1-12
    CatalogEntry {
        id: "value-proposition-document",
        name: "Value Proposition Document",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("A well-researched document that outlines the unique selling points of the product."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::ProductStrategyAndBusinessAlignment),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "market-research-reports",
        name: "Market Research Reports",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Detailed analyses of customer needs, market conditions, customer segments, and competitor landscapes."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::MarketResearchAndCustomerInsights),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "messaging-guidelines",
        name: "Messaging Guidelines",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Documents outlining the key messaging, value propositions, and positioning."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::MessagingPositioningAndBranding),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "product-roadmap-pmm",
        name: "Product Roadmap",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("A document outlining the development timeline and feature set."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::ProductDevelopmentAndFeaturePrioritization),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "lifecycle-funnel-metrics-dashboard",
        name: "Lifecycle Funnel Metrics Dashboard",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("A real-time dashboard providing key metrics for each stage of the customer journey."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "customer-journey-map-pmm",
        name: "Customer Journey Map",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("A visual representation of the customer’s journey, identifying key touchpoints for optimization."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "retention-and-upsell-strategy-document-pmm",
        name: "Retention and Upsell Strategy Document",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("A comprehensive plan that outlines how to retain existing customers and encourage additional purchases, complete with KPIs for measurement."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "go-to-market-strategy",
        name: "Go-To-Market Strategy",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("A comprehensive plan detailing the launch and sustained marketing of the product."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::GoToMarketStrategyAndExecution),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "sales-collateral",
        name: "Sales Collateral",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Material like case studies, whitepapers, and sales decks designed to enable the sales team."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::GoToMarketStrategyAndExecution),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "sales-materials",
        name: "Sales Materials",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Sales decks, one-pagers, and other collateral to aid the sales process."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::GoToMarketStrategyAndExecution),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "pricing-models",
        name: "Pricing Models",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Research and analysis to back up the chosen pricing strategy."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::GoToMarketStrategyAndExecution),
        seed: Seed::Guide,
    },
    CatalogEntry {
        id: "performance-metrics",
        name: "Performance Metrics",
        category: Category::ProductMarketerDeliverables,
        kind: Kind::Deliverable,
        description: about!("Regular reports showing how the product is performing in the market."),
        lanes: &[Lane::Pmm],
        area: Some(OverlapArea::LifecycleManagementAndCustomerFeedback),
        seed: Seed::Guide,
    },

];

/// Which lane leads each activity the seeds place in two lanes, read from their verbs: the
/// role that does the work leads ("Define and communicate ..."); the one that is to "Help
/// refine", "Contribute to" or "Collaborate in" it contributes. Sorted by id, as a layout
/// keeps its leads; `Layout::seeds_default` carries them.
///
/// "Shared Research" has none: the overview names only "the benefit of shared research",
/// and the guide's area says "Both: Engage in market research", so no verb puts one role
/// first. The seeds' board leaves that one decision to the team, and its overlap asks for it.
pub const SEED_LEADS: [(&str, Lane); 3] = [
    // The Product Marketer's "Customer Retention: Collaborate in strategies for customer upsell
    // and retention"; the strategy is the Product Manager's "Retention and Upsell Strategy
    // Document: A comprehensive plan that outlines how to retain existing customers".
    ("customer-retention", Lane::Pdm),
    // One of the "Product Manager Key Deliverables": "User Personas and Journeys:
    // Research-based frameworks that inform feature development and marketing strategies";
    // marketing draws on them.
    ("user-personas-and-journeys", Lane::Pdm),
    // The Product Marketer's "User Testing: Collaborate in collecting market-driven feedback
    // during user testing"; the Product Manager's "Usability Testing: Regularly test the
    // product with users".
    ("user-testing", Lane::Pdm),
];

/// Looks an entry up by id.
pub fn entry(id: &ActivityId) -> Option<&'static CatalogEntry> {
    index_of(id.as_str()).map(|at| &CATALOG[at])
}

/// Position of an entry in `CATALOG` (share links refer to catalog activities by index).
/// Custom ids never name a catalog entry, so they skip the scan: big boards are mostly
/// custom activities, and every lookup path comes through here.
pub fn index_of(id: &str) -> Option<usize> {
    if id.starts_with(CUSTOM_PREFIX) {
        return None;
    }
    CATALOG.iter().position(|entry| entry.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// One heading of the seeds, transcribed by hand: what it lists, and where those items go.
    struct Heading {
        seed: Seed,
        category: Category,
        kind: Kind,
        /// The lane the seeds put these items in first.
        lane: Lane,
        names: &'static [&'static str],
    }

    /// The checklist: every item the two seeds list, heading by heading, in the seeds' order.
    const CHECKLIST: &[Heading] = &[
        // Overview: the over-arching product manager's duties.
        Heading {
            seed: Seed::Overview,
            category: Category::OverallProductManagement,
            kind: Kind::Responsibility,
            lane: Lane::Pm,
            names: &[
                "Overall Product Performance",
                "Financial Responsibility",
                "Development and Marketing Oversight",
                "Development-to-Marketing Handoff",
                "Information Flow Between Functions",
            ],
        },
        // Overview: "the benefit of shared research" of development and marketing.
        Heading {
            seed: Seed::Overview,
            category: Category::OverallProductManagement,
            kind: Kind::Responsibility,
            lane: Lane::Pdm,
            names: &["Shared Research"],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::ProductStrategy,
            kind: Kind::Responsibility,
            lane: Lane::Pdm,
            names: &["Vision Setting", "Objective Planning", "Market Fit and Business Case"],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::ProductDevelopment,
            kind: Kind::Responsibility,
            lane: Lane::Pdm,
            names: &[
                "Feature Development",
                "Feature Prioritization",
                "Technical Feasibility",
                "Product Roadmapping",
            ],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::UserExperience,
            kind: Kind::Responsibility,
            lane: Lane::Pdm,
            names: &["User Research", "Usability Testing", "Design Collaboration"],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::CoordinationAndStakeholderManagement,
            kind: Kind::Responsibility,
            lane: Lane::Pdm,
            names: &["Cross-Functional Leadership", "Stakeholder Communication"],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::LifecycleAndPerformanceManagement,
            kind: Kind::Responsibility,
            lane: Lane::Pdm,
            names: &[
                "Product Analytics",
                "End-of-Life Planning",
                "Customer Feedback Loop",
                "Optimization and A/B Testing",
            ],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::ProductManagerDeliverables,
            kind: Kind::Deliverable,
            lane: Lane::Pdm,
            names: &[
                "Product Roadmap",
                "Business Cases and ROI Analyses",
                "User Personas and Journeys",
                "Release Plans and Documentation",
                "Customer Journey Map",
                "Retention and Upsell Strategy Document",
                "Performance Dashboards",
            ],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::MarketInsightsAndStrategy,
            kind: Kind::Responsibility,
            lane: Lane::Pmm,
            names: &["Value Proposition", "Vision Alignment"],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::MarketResearch,
            kind: Kind::Responsibility,
            lane: Lane::Pmm,
            names: &["Customer Segmentation", "Competitor Analysis", "Market Trends"],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::ProductDevelopment,
            kind: Kind::Responsibility,
            lane: Lane::Pmm,
            names: &["Feature Prioritization", "User Testing"],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::MessagingAndBranding,
            kind: Kind::Responsibility,
            lane: Lane::Pmm,
            names: &["Product Messaging", "Product Positioning"],
        },
        // The guide's blank heading.
        Heading {
            seed: Seed::Guide,
            category: Category::GoToMarket,
            kind: Kind::Responsibility,
            lane: Lane::Pmm,
            names: &["Launch Planning", "Channel Identification", "Pricing Strategy", "Customer Retention"],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::LifecycleFunnelManagement,
            kind: Kind::Responsibility,
            lane: Lane::Pmm,
            names: &[
                "Top-of-Funnel Awareness",
                "Middle-of-Funnel Engagement",
                "Bottom-of-Funnel Conversion",
                "Post-Sale Retention and Upsell",
            ],
        },
        Heading {
            seed: Seed::Guide,
            category: Category::ProductMarketerDeliverables,
            kind: Kind::Deliverable,
            lane: Lane::Pmm,
            names: &[
                "Value Proposition Document",
                "Market Research Reports",
                "Messaging Guidelines",
                "Product Roadmap",
                "Lifecycle Funnel Metrics Dashboard",
                "Customer Journey Map",
                "Retention and Upsell Strategy Document",
                "Go-To-Market Strategy",
                "Sales Collateral",
                "Sales Materials",
                "Pricing Models",
                "Performance Metrics",
            ],
        },
    ];

    /// The four names the seeds list twice; the later one's id gets "-pmm".
    const PMM_DUPLICATE_IDS: [&str; 4] = [
        "feature-prioritization-pmm",
        "product-roadmap-pmm",
        "customer-journey-map-pmm",
        "retention-and-upsell-strategy-document-pmm",
    ];

    /// Kebab-case slug: lowercase, each run of non-alphanumeric characters becomes one '-', trimmed.
    fn slug(name: &str) -> String {
        let mut out = String::new();
        let mut pending_dash = false;
        for c in name.chars() {
            if c.is_ascii_alphanumeric() {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.push(c.to_ascii_lowercase());
            } else {
                pending_dash = true;
            }
        }
        out
    }

    fn id(s: &str) -> ActivityId {
        ActivityId::new(s)
    }

    fn by_id(s: &str) -> &'static CatalogEntry {
        entry(&id(s)).unwrap_or_else(|| panic!("no catalog entry with id {s:?}"))
    }

    #[test]
    fn slug_helper_follows_the_id_rule() {
        assert_eq!(slug("Go-To-Market Strategy"), "go-to-market-strategy");
        assert_eq!(slug("Optimization and A/B Testing"), "optimization-and-a-b-testing");
        assert_eq!(slug("Objective Planning"), "objective-planning");
        assert_eq!(slug("Business Cases and ROI Analyses"), "business-cases-and-roi-analyses");
        assert_eq!(slug("  End-of-Life -- Planning! "), "end-of-life-planning");
    }

    #[test]
    fn every_item_the_seeds_list_is_in_the_catalog_under_its_heading_and_lane() {
        for heading in CHECKLIST {
            for &name in heading.names {
                let found = CATALOG.iter().any(|e| {
                    e.name == name
                        && e.seed == heading.seed
                        && e.category == heading.category
                        && e.kind == heading.kind
                        && e.lanes.first() == Some(&heading.lane)
                });
                assert!(
                    found,
                    "{name:?} missing as {:?} {:?} in {:?} (first lane {:?}, seed {:?})",
                    heading.kind, heading.category, heading.lane, heading.lane, heading.seed
                );
            }
        }
    }

    #[test]
    fn catalog_holds_exactly_the_seed_items_in_the_seeds_order() {
        let expected: Vec<&str> = CHECKLIST.iter().flat_map(|h| h.names.iter().copied()).collect();
        let actual: Vec<&str> = CATALOG.iter().map(|e| e.name).collect();
        assert_eq!(actual, expected);
    }

    #[test]
    fn only_the_items_the_seeds_share_sit_in_two_lanes() {
        let shared: [(&str, &[Lane]); 4] = [
            ("shared-research", &[Lane::Pdm, Lane::Pmm]),
            ("user-personas-and-journeys", &[Lane::Pdm, Lane::Pmm]),
            ("user-testing", &[Lane::Pmm, Lane::Pdm]),
            ("customer-retention", &[Lane::Pmm, Lane::Pdm]),
        ];
        for (shared_id, lanes) in shared {
            assert_eq!(by_id(shared_id).lanes, lanes, "lanes of {shared_id}");
        }
        for e in CATALOG {
            if !shared.iter().any(|(shared_id, _)| *shared_id == e.id) {
                assert_eq!(e.lanes.len(), 1, "{} should sit in one lane, has {:?}", e.id, e.lanes);
            }
        }
    }

    #[test]
    fn ids_are_unique() {
        let mut seen = HashSet::new();
        for e in CATALOG {
            assert!(seen.insert(e.id), "duplicate id {:?}", e.id);
        }
    }

    #[test]
    fn ids_are_the_slug_of_the_name_and_only_repeated_names_get_pmm() {
        let mut pmm_ids = Vec::new();
        for (i, e) in CATALOG.iter().enumerate() {
            let plain = slug(e.name);
            if e.id == plain {
                continue;
            }
            assert_eq!(e.id, format!("{plain}-pmm"), "id of {:?}", e.name);
            assert!(e.lanes.first() == Some(&Lane::Pmm), "{} is not a PMM entry", e.id);
            let earlier = CATALOG[..i].iter().find(|other| other.id == plain);
            let earlier = earlier.unwrap_or_else(|| panic!("{} has no earlier {plain}", e.id));
            assert_eq!(earlier.name, e.name);
            pmm_ids.push(e.id);
        }
        assert_eq!(pmm_ids, PMM_DUPLICATE_IDS);
    }

    #[test]
    fn ids_are_non_empty_kebab_case() {
        for e in CATALOG {
            let id = e.id;
            assert!(!id.is_empty(), "empty id for {:?}", e.name);
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id:?} has characters outside [a-z0-9-]"
            );
            assert!(!id.starts_with('-') && !id.ends_with('-'), "{id:?} has a dangling '-'");
            assert!(!id.contains("--"), "{id:?} has an empty word");
            assert!(!ActivityId::new(id).is_custom(), "{id:?} looks like a custom id");
        }
    }

    #[test]
    fn ids_are_stable() {
        for (stable_id, name) in [
            ("pricing-strategy", "Pricing Strategy"),
            ("go-to-market-strategy", "Go-To-Market Strategy"),
            ("feature-prioritization-pmm", "Feature Prioritization"),
            ("vision-setting", "Vision Setting"),
            ("top-of-funnel-awareness", "Top-of-Funnel Awareness"),
            ("development-to-marketing-handoff", "Development-to-Marketing Handoff"),
            ("optimization-and-a-b-testing", "Optimization and A/B Testing"),
            ("business-cases-and-roi-analyses", "Business Cases and ROI Analyses"),
        ] {
            assert_eq!(by_id(stable_id).name, name);
        }
        assert_eq!(by_id("feature-prioritization").lanes, &[Lane::Pdm]);
        assert_eq!(by_id("feature-prioritization-pmm").lanes, &[Lane::Pmm]);
    }

    #[test]
    fn every_entry_sits_in_at_least_one_role_lane_without_repeats() {
        for e in CATALOG {
            assert!(!e.lanes.is_empty(), "{} has no lane", e.id);
            assert!(!e.lanes.contains(&Lane::Unassigned), "{} is in Unassigned", e.id);
            let distinct: HashSet<Lane> = e.lanes.iter().copied().collect();
            assert_eq!(distinct.len(), e.lanes.len(), "{} repeats a lane: {:?}", e.id, e.lanes);
        }
    }

    #[test]
    fn every_entry_has_a_one_line_description_under_200_chars() {
        for e in CATALOG {
            let d = e.description;
            assert!(!d.trim().is_empty(), "{} has no description", e.id);
            assert_eq!(d, d.trim(), "{} description has stray whitespace", e.id);
            assert!(!d.contains('\n'), "{} description is not one line", e.id);
            assert!(d.chars().count() < 200, "{} description is too long", e.id);
            assert!(d.ends_with('.'), "{} description is not a sentence", e.id);
        }
    }

    #[test]
    fn areas_follow_the_guides_key_areas_of_overlap() {
        use OverlapArea::*;
        for (pinned_id, area) in [
            ("shared-research", Some(MarketResearchAndCustomerInsights)),
            ("user-personas-and-journeys", Some(MarketResearchAndCustomerInsights)),
            ("vision-setting", Some(ProductStrategyAndBusinessAlignment)),
            ("value-proposition", Some(ProductStrategyAndBusinessAlignment)),
            ("feature-prioritization", Some(ProductDevelopmentAndFeaturePrioritization)),
            ("feature-prioritization-pmm", Some(ProductDevelopmentAndFeaturePrioritization)),
            ("development-to-marketing-handoff", Some(GoToMarketStrategyAndExecution)),
            ("pricing-strategy", Some(GoToMarketStrategyAndExecution)),
            ("release-plans-and-documentation", Some(GoToMarketStrategyAndExecution)),
            ("product-positioning", Some(MessagingPositioningAndBranding)),
            ("top-of-funnel-awareness", Some(MessagingPositioningAndBranding)),
            ("optimization-and-a-b-testing", Some(LifecycleManagementAndCustomerFeedback)),
            ("customer-retention", Some(LifecycleManagementAndCustomerFeedback)),
            ("overall-product-performance", None),
            ("financial-responsibility", None),
            ("design-collaboration", None),
            ("stakeholder-communication", None),
        ] {
            assert_eq!(by_id(pinned_id).area, area, "area of {pinned_id}");
        }
    }

    #[test]
    fn every_overlap_area_has_at_least_two_members() {
        for area in OverlapArea::ALL {
            let members = CATALOG.iter().filter(|e| e.area == Some(area)).count();
            assert!(members >= 2, "{area:?} has {members} member(s)");
        }
    }

    /// The guide's "Key Areas of Overlap" involve both roles, and the catalog reflects that
    /// wherever the guide's own lists give each role an item in the area. The one exception
    /// is "Messaging, Positioning, and Branding": the guide says "Both" collaborate on it,
    /// yet every item it lists there (Product Messaging, Product Positioning, Messaging
    /// Guidelines, Top-of-Funnel Awareness) is the Product Marketer's.
    #[test]
    fn every_overlap_area_has_members_in_both_development_and_marketing() {
        let in_lane = |area: OverlapArea, lane: Lane| {
            CATALOG.iter().any(|e| e.area == Some(area) && e.lanes.contains(&lane))
        };
        for area in OverlapArea::ALL {
            assert!(in_lane(area, Lane::Pmm), "{area:?} has no PMM member");
        }
        let without_pdm: Vec<OverlapArea> =
            OverlapArea::ALL.into_iter().filter(|&area| !in_lane(area, Lane::Pdm)).collect();
        assert_eq!(without_pdm, [OverlapArea::MessagingPositioningAndBranding]);
    }

    #[test]
    fn entry_and_index_of_find_catalog_entries() {
        for (i, e) in CATALOG.iter().enumerate() {
            assert_eq!(entry(&id(e.id)), Some(e));
            assert_eq!(index_of(e.id), Some(i));
        }
        let pricing = index_of("pricing-strategy").expect("pricing-strategy has an index");
        assert_eq!(CATALOG[pricing].name, "Pricing Strategy");
    }

    /// Share links and saved layouts store catalog activities by index: reordering, removing
    /// or inserting an entry would silently swap activities in every layout ever saved.
    /// Appending is the one allowed change (add the new id at the end of this list).
    #[test]
    fn catalog_indices_never_change() {
        const BY_INDEX: &[&str] = &[
            "overall-product-performance",
            "financial-responsibility",
            "development-and-marketing-oversight",
            "development-to-marketing-handoff",
            "information-flow-between-functions",
            "shared-research",
            "vision-setting",
            "objective-planning",
            "market-fit-and-business-case",
            "feature-development",
            "feature-prioritization",
            "technical-feasibility",
            "product-roadmapping",
            "user-research",
            "usability-testing",
            "design-collaboration",
            "cross-functional-leadership",
            "stakeholder-communication",
            "product-analytics",
            "end-of-life-planning",
            "customer-feedback-loop",
            "optimization-and-a-b-testing",
            "product-roadmap",
            "business-cases-and-roi-analyses",
            "user-personas-and-journeys",
            "release-plans-and-documentation",
            "customer-journey-map",
            "retention-and-upsell-strategy-document",
            "performance-dashboards",
            "value-proposition",
            "vision-alignment",
            "customer-segmentation",
            "competitor-analysis",
            "market-trends",
            "feature-prioritization-pmm",
            "user-testing",
            "product-messaging",
            "product-positioning",
            "launch-planning",
            "channel-identification",
            "pricing-strategy",
            "customer-retention",
            "top-of-funnel-awareness",
            "middle-of-funnel-engagement",
            "bottom-of-funnel-conversion",
            "post-sale-retention-and-upsell",
            "value-proposition-document",
            "market-research-reports",
            "messaging-guidelines",
            "product-roadmap-pmm",
            "lifecycle-funnel-metrics-dashboard",
            "customer-journey-map-pmm",
            "retention-and-upsell-strategy-document-pmm",
            "go-to-market-strategy",
            "sales-collateral",
            "sales-materials",
            "pricing-models",
            "performance-metrics",
        ];
        let actual: Vec<&str> = CATALOG.iter().map(|e| e.id).collect();
        assert_eq!(&actual[..BY_INDEX.len().min(actual.len())], BY_INDEX);
    }

    #[test]
    fn unknown_ids_are_not_found() {
        for unknown in ["", "custom-1", "Pricing Strategy", "pricing-strategy ", "product-roadmap-pdm"] {
            assert_eq!(entry(&id(unknown)), None, "{unknown:?}");
            assert_eq!(index_of(unknown), None, "{unknown:?}");
        }
    }
}
