//! The activity catalog: every responsibility and deliverable the two seed articles list,
//! kept as plain data so it is easy to read, check against the seeds, and extend.
//!
//! Lanes: the guide's "Product Manager" (the architect and builder) is our PDM lane, its
//! "Product Marketer" (the real estate agent) our PMM lane, and the overview's over-arching
//! product manager our PM lane.
//!
//! Ids follow PRODUCT.md: the kebab-case slug of the name as the seeds spell it. Where the
//! seeds list the same name twice, the later one gets the role added to its slug:
//! `feature-prioritization-pmm`, `product-roadmap-pmm`, `customer-journey-map-pmm` and
//! `retention-and-upsell-strategy-document-pmm`.

use super::activity::{ActivityId, Category, Kind, OverlapArea};
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
    pub description: &'static str,
    /// The lane(s) the seeds give it; the default layout places it in each, in this order.
    pub lanes: &'static [Lane],
    pub area: Option<OverlapArea>,
    pub seed: Seed,
}

/// All catalog activities, in the seeds' order (PM duties, then the guide's Product Manager
/// responsibilities and deliverables, then the Product Marketer's).
pub const CATALOG: &[CatalogEntry] = &[];

/// Looks an entry up by id.
pub fn entry(id: &ActivityId) -> Option<&'static CatalogEntry> {
    CATALOG.iter().find(|entry| entry.id == id.as_str())
}

/// Position of an entry in `CATALOG` (share links refer to catalog activities by index).
pub fn index_of(id: &ActivityId) -> Option<usize> {
    CATALOG.iter().position(|entry| entry.id == id.as_str())
}
