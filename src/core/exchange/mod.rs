//! Layouts in and out of files: a JSON layout file that imports back exactly, a Markdown
//! page for a wiki and CSV for spreadsheets. Pure, like the rest of the core: the shell
//! reads and writes the files, and turns the browser's own `JSON.parse` result into a
//! [`Json`] tree, so the app carries no JSON crate.
//!
//! # The layout file, version 2
//!
//! ```json
//! {
//!   "format": "role-lanes-layout",
//!   "version": 2,
//!   "title": "Our split",
//!   "headcounts": { "pm": 1, "pdm": 2, "pmm": 1 },
//!   "lanes": {
//!     "pm": ["overall-product-performance", "..."],
//!     "pdm": ["vision-setting", "custom-0", "..."],
//!     "pmm": ["..."],
//!     "unassigned": ["..."]
//!   },
//!   "leads": { "pm": [], "pdm": ["customer-retention", "..."], "pmm": ["custom-0"] },
//!   "custom": [
//!     {
//!       "id": "custom-0",
//!       "name": "Partner enablement",
//!       "description": "Train resellers.",
//!       "area": "go-to-market",
//!       "expected_lanes": ["pmm"]
//!     }
//!   ],
//!   "next_custom": 1,
//!   "acknowledgements": [
//!     { "warning": "overlap/shared/shared-research/pdm+pmm", "note": "Shared on purpose." }
//!   ],
//!   "practices": ["structured-communication", "unified-metrics-dashboard"]
//! }
//! ```
//!
//! - `format` is always `"role-lanes-layout"`; `version` is the file version (now 2).
//!   Version 1 files, without `leads` and `practices`, still import: their shared cards
//!   have no lead, and no practice is in place.
//! - `leads` lists, under each role lane, the shared activities it leads (the other lanes
//!   holding them contribute); an activity one lane holds is led by it and not listed, and
//!   one listed under two lanes is refused. `practices` are the guide's practices the team
//!   has in place, by slug (`structured-communication`, `centralized-documentation`,
//!   `unified-metrics-dashboard`, `conflict-resolution-framework`,
//!   `customer-centric-decision-loops`, `cross-training-and-shadowing`, `feedback-loops`).
//! - Ids are the app's own: activities as in `data-activity` (catalog slugs, `custom-<n>`),
//!   lanes as in `data-lane`, warnings as in acknowledgements everywhere. An overlap area
//!   is the slug its warning ids use (`market-research`, `product-strategy`,
//!   `product-development`, `go-to-market`, `messaging`, `lifecycle`), or `null`.
//! - Lanes list their cards in board order; `custom` is in creation order (ascending
//!   `custom-<n>`); `next_custom` counts custom activities ever made, so ids are never reused;
//!   `expected_lanes` are role lanes in board order.
//!
//! Import is strict. Every key above must be present, with its type, and no other key is
//! accepted, at any level: a field this version does not read would otherwise be dropped
//! without a word on the next export, and a misspelt key ("headcount") would be a silent
//! default. Fields added later come with a higher `version`, which an older build refuses
//! as "made by a newer version" (format and version are checked before anything else).
//! Texts and lists are capped by the codec's limits, and the result goes through
//! `Layout::try_from`, like every layout read from anywhere.

mod csv;
mod document;
mod error;
mod fields;
mod import;
mod json;
mod markdown;
mod rows;

pub use csv::to_csv;
pub use document::{to_json, LAYOUT_FILE_FORMAT, LAYOUT_FILE_VERSION, MAX_FILE_BYTES};
pub use error::ImportError;
pub use import::from_json;
pub use json::Json;
pub use markdown::to_markdown;
