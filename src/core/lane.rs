//! The four places an activity can sit: three role lanes and the Unassigned tray.

/// A lane on the board. `Unassigned` is the tray for activities nobody owns yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    Pm,
    Pdm,
    Pmm,
    Unassigned,
}

impl Lane {
    /// Board order, left to right.
    pub const ALL: [Lane; 4] = [Lane::Pm, Lane::Pdm, Lane::Pmm, Lane::Unassigned];
    /// The lanes that stand for a role (and so have a headcount and can own work).
    pub const ROLES: [Lane; 3] = [Lane::Pm, Lane::Pdm, Lane::Pmm];

    /// The value of `data-lane` (part of the embedding contract in PRODUCT.md).
    pub fn slug(self) -> &'static str {
        match self {
            Lane::Pm => "pm",
            Lane::Pdm => "pdm",
            Lane::Pmm => "pmm",
            Lane::Unassigned => "unassigned",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Lane> {
        Lane::ALL.into_iter().find(|lane| lane.slug() == slug)
    }

    /// Short label shown on the lane and in announcements.
    pub fn code(self) -> &'static str {
        match self {
            Lane::Pm => "PM",
            Lane::Pdm => "PDM",
            Lane::Pmm => "PMM",
            Lane::Unassigned => "Unassigned",
        }
    }

    pub fn full_name(self) -> &'static str {
        match self {
            Lane::Pm => "Product Manager",
            Lane::Pdm => "Product Development Manager",
            Lane::Pmm => "Product Marketing Manager",
            Lane::Unassigned => "Unassigned",
        }
    }

    /// One line on the role, in the seeds' terms.
    pub fn summary(self) -> &'static str {
        match self {
            Lane::Pm => "Oversees development and marketing; responsible for the overall performance of the product or category, financial responsibility included.",
            Lane::Pdm => "The architect and builder: vision, strategy and features; the glue that moves the product from concept to final production.",
            Lane::Pmm => "The real estate agent: go-to-market strategy and customer adoption through the product's lifecycle.",
            Lane::Unassigned => "Activities nobody owns yet. Drag them into a role.",
        }
    }

    pub fn is_role(self) -> bool {
        self != Lane::Unassigned
    }

    /// Position in `ALL`, for moving left and right with the keyboard.
    pub fn index(self) -> usize {
        Lane::ALL.iter().position(|&lane| lane == self).unwrap_or(0)
    }

    /// The lane to the left or right, if there is one.
    pub fn neighbour(self, step: isize) -> Option<Lane> {
        let target = self.index() as isize + step;
        usize::try_from(target).ok().and_then(|i| Lane::ALL.get(i).copied())
    }
}

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

    /// The set without one lane.
    pub fn without(self, lane: Lane) -> LaneSet {
        LaneSet(self.0 & !bit(lane))
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

    /// The first lane in board order (the only one, for a set of one).
    pub fn first(self) -> Option<Lane> {
        Lane::ALL.into_iter().find(|&lane| self.contains(lane))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_for_every_lane() {
        for lane in Lane::ALL {
            assert_eq!(Lane::from_slug(lane.slug()), Some(lane));
        }
        assert_eq!(Lane::from_slug("ceo"), None);
    }

    #[test]
    fn neighbours_stop_at_the_board_edges() {
        assert_eq!(Lane::Pm.neighbour(-1), None);
        assert_eq!(Lane::Pm.neighbour(1), Some(Lane::Pdm));
        assert_eq!(Lane::Unassigned.neighbour(1), None);
        assert_eq!(Lane::Unassigned.neighbour(-1), Some(Lane::Pmm));
    }
}
