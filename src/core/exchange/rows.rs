//! The activities of a layout as table rows, shared by the Markdown and CSV exports: one
//! row per activity, grouped by the seeds' headings (their order in `Category`), catalog
//! order within a heading, the user's own activities last in creation order.

use crate::core::activity::{ActivityId, ActivityInfo};
use crate::core::lane::LaneSet;
use crate::core::layout::Layout;

/// One activity and where it sits.
pub(super) struct ActivityRow<'a> {
    pub id: ActivityId,
    pub info: ActivityInfo<'a>,
    /// Its lanes; the Unassigned tray alone when nobody owns it.
    pub lanes: LaneSet,
    pub custom: bool,
}

pub(super) fn activity_rows(layout: &Layout) -> Vec<ActivityRow<'_>> {
    let placements = layout.placements();
    let mut rows: Vec<ActivityRow<'_>> = layout
        .activity_ids()
        .filter_map(|id| {
            let info = layout.info(&id)?;
            Some(ActivityRow { lanes: placements.of(&id), custom: id.is_custom(), info, id })
        })
        .collect();
    // Stable, so catalog order survives within each heading.
    rows.sort_by_key(|row| row.info.category as usize);
    rows
}
