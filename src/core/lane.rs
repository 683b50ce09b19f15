//! The four places an activity can sit: three role lanes and the Unassigned tray.

use serde::{Deserialize, Serialize};

/// A lane on the board. `Unassigned` is the tray for activities nobody owns yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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
