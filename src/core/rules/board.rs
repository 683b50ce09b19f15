//! The one index every rule reads: for each activity on the board, its name, overlap area,
//! the lanes the seeds expect and the lanes it is placed in. Built once per analysis in
//! O(n log n), so no rule scans the layout (or the custom list) once per activity.

use crate::core::activity::{ActivityId, OverlapArea};
use super::slots::Slots;
use crate::core::catalog::{self, CATALOG};
use crate::core::lane::Lane;
use crate::core::layout::Layout;

/// A small set of lanes, as bits in board order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LaneSet(u8);

impl LaneSet {
    pub fn of(lanes: &[Lane]) -> LaneSet {
        let mut set = LaneSet::default();
        for &lane in lanes {
            set.insert(lane);
        }
        set
    }

    pub fn insert(&mut self, lane: Lane) {
        self.0 |= bit(lane);
    }

    pub fn contains(self, lane: Lane) -> bool {
        self.0 & bit(lane) != 0
    }

    pub fn union(self, other: LaneSet) -> LaneSet {
        LaneSet(self.0 | other.0)
    }

    /// The role lanes in the set (the Unassigned tray left out).
    pub fn roles(self) -> LaneSet {
        LaneSet(self.0 & !bit(Lane::Unassigned))
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The lanes, in board order.
    pub fn lanes(self) -> Vec<Lane> {
        Lane::ALL.into_iter().filter(|&lane| self.contains(lane)).collect()
    }

    /// "PDM", "PDM and PMM", "PM, PDM and PMM" (static text: the rules run per warning).
    pub fn codes(self) -> &'static str {
        const CODES: [&str; 16] = [
            "",
            "PM",
            "PDM",
            "PM and PDM",
            "PMM",
            "PM and PMM",
            "PDM and PMM",
            "PM, PDM and PMM",
            "Unassigned",
            "PM and Unassigned",
            "PDM and Unassigned",
            "PM, PDM and Unassigned",
            "PMM and Unassigned",
            "PM, PMM and Unassigned",
            "PDM, PMM and Unassigned",
            "PM, PDM, PMM and Unassigned",
        ];
        CODES[usize::from(self.0 & 15)]
    }

    /// The role lanes' slugs joined by '+', for warning ids: "pdm+pmm".
    pub fn role_slugs(self) -> &'static str {
        const SLUGS: [&str; 8] = ["", "pm", "pdm", "pm+pdm", "pmm", "pm+pmm", "pdm+pmm", "pm+pdm+pmm"];
        SLUGS[usize::from(self.0 & 7)]
    }
}

/// A lane's bit: lanes are declared in board order, so bit order is board order.
fn bit(lane: Lane) -> u8 {
    1 << (lane as u8)
}

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
        });
        let custom = layout.custom().iter().map(|activity| Facts {
            id: activity.id.as_str(),
            name: activity.name.as_str(),
            area: activity.area,
            expected: LaneSet::of(&activity.expected_lanes),
            placed: LaneSet::default(),
        });
        let mut activities: Vec<Facts<'a>> = catalog.chain(custom).collect();
        let slots = Slots::new(&activities);
        for lane in Lane::ALL {
            for id in layout.lane(lane) {
                if let Some(slot) = slots.find(id.as_str()) {
                    activities[slot].placed.insert(lane);
                }
            }
        }
        Board { layout, activities }
    }

    /// A catalog activity's facts (catalog activities come first, in catalog order).
    pub fn catalog_activity(&self, id: &str) -> Option<&Facts<'a>> {
        catalog::index_of(&ActivityId::new(id)).and_then(|i| self.activities.get(i))
    }
}
