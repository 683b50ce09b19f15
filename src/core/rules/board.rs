//! The one index every rule reads: for each activity on the board, its name, overlap area,
//! the lanes the seeds expect, the lanes it is placed in and the one that leads it. Built
//! once per analysis in O(n log n), so no rule scans the layout (or the custom list) once
//! per activity.

use super::slots::Slots;
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::catalog::{self, CATALOG};
use crate::core::lane::Lane;
pub use crate::core::lane::LaneSet;
use crate::core::layout::Layout;

/// What the rules need to know about one activity.
#[derive(Clone, Copy, Debug)]
pub struct Facts<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub area: Option<OverlapArea>,
    /// The lanes the seeds give it (for a custom activity, the ones its author expects);
    /// empty when nobody said.
    pub expected: LaneSet,
    /// Where it sits: its role lanes, or the Unassigned tray.
    pub placed: LaneSet,
    /// The role lane that leads it (`Layout::lead`); the other role lanes contribute.
    pub lead: Option<Lane>,
}

impl Facts<'_> {
    pub fn activity_id(&self) -> ActivityId {
        ActivityId::new(self.id)
    }

    /// The role lanes holding it.
    pub fn owners(&self) -> LaneSet {
        self.placed.roles()
    }
}

/// Every activity of a layout, catalog first (in catalog order), then custom.
pub struct Board<'a> {
    pub layout: &'a Layout,
    pub activities: Vec<Facts<'a>>,
}

impl<'a> Board<'a> {
    pub fn new(layout: &'a Layout) -> Board<'a> {
        let catalog = CATALOG.iter().map(|entry| Facts {
            id: entry.id,
            name: entry.name,
            area: entry.area,
            expected: LaneSet::of(entry.lanes),
            placed: LaneSet::default(),
            lead: None,
        });
        let custom = layout.custom().iter().map(|activity| Facts {
            id: activity.id.as_str(),
            name: activity.name.as_str(),
            area: activity.area,
            expected: LaneSet::of(&activity.expected_lanes),
            placed: LaneSet::default(),
            lead: None,
        });
        let mut activities: Vec<Facts<'a>> = catalog.chain(custom).collect();
        let slots = Slots::new(activities.iter().map(|facts| facts.id));
        for lane in Lane::ALL {
            for id in layout.lane(lane) {
                if let Some(slot) = slots.find(id.as_str()) {
                    activities[slot].placed.insert(lane);
                }
            }
        }
        for (id, lane) in layout.leads() {
            if let Some(slot) = slots.find(id.as_str()) {
                activities[slot].lead = Some(*lane);
            }
        }
        for facts in activities.iter_mut().filter(|facts| facts.owners().len() == 1) {
            facts.lead = facts.owners().first();
        }
        Board { layout, activities }
    }

    /// A catalog activity's facts (catalog activities come first, in catalog order).
    pub fn catalog_activity(&self, id: &str) -> Option<&Facts<'a>> {
        catalog::index_of(id).and_then(|i| self.activities.get(i))
    }
}
