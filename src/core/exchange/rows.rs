//! The activities of a layout as table rows, shared by the Markdown and CSV exports: one
//! row per activity, grouped by the seeds' headings (their order in `Category`), catalog
//! order within a heading, the user's own activities last in creation order.

use crate::core::activity::{ActivityId, ActivityInfo};
use crate::core::lane::{Lane, LaneSet};
use crate::core::layout::Layout;

/// One activity and where it sits.
pub(super) struct ActivityRow<'a> {
    pub id: ActivityId,
    pub info: ActivityInfo<'a>,
    /// Its lanes; the Unassigned tray alone when nobody owns it.
    pub lanes: LaneSet,
    /// The role lane that leads it (`Layout::lead`).
    pub lead: Option<Lane>,
    pub custom: bool,
}

pub(super) fn activity_rows(layout: &Layout) -> Vec<ActivityRow<'_>> {
    let placements = layout.placements();
    let mut rows: Vec<ActivityRow<'_>> = layout
        .activity_ids()
        .filter_map(|id| {
            let info = layout.info(&id)?;
            let (lanes, lead) = (placements.of(&id), placements.lead(&id));
            Some(ActivityRow { lanes, lead, custom: id.is_custom(), info, id })
        })
        .collect();
    // Stable, so catalog order survives within each heading.
    rows.sort_by_key(|row| row.info.category as usize);
    rows
}
