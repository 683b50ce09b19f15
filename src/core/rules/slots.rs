//! Finding an activity's place in the rule engine's index from its id, without a string
//! comparison per lookup: the index is built for every analysis, so this is the hot path.

use crate::core::catalog::{self, CATALOG};

/// Finds an activity's position in a list of ids (`Board::activities`): catalog ids in a sorted
/// list of 60; custom ids (`custom-<n>`) by their number, straight from a table indexed by
/// `n` when the numbers are dense (they are, unless many activities were deleted), else by
/// binary search. Either way no string is compared more than a few times.
pub struct Slots<'a> {
    catalog: Vec<(&'a str, usize)>,
    custom: CustomSlots,
}

enum CustomSlots {
    /// `table[n]` is the slot of `custom-<n>`, or `usize::MAX`.
    Dense(Vec<usize>),
    /// `(n, slot)` sorted by `n`.
    Sparse(Vec<(u32, usize)>),
}

impl<'a> Slots<'a> {
    /// The index of `ids`, catalog ids first and in catalog order, as the board lists them.
    pub fn new(ids: impl ExactSizeIterator<Item = &'a str>) -> Slots<'a> {
        let mut catalog = Vec::with_capacity(CATALOG.len());
        let mut numbered = Vec::with_capacity(ids.len().saturating_sub(CATALOG.len()));
        for (slot, id) in ids.enumerate() {
            match custom_number(id) {
                Some(n) => numbered.push((n, slot)),
                None => catalog.push((id, slot)),
            }
        }
        let highest = numbered.iter().map(|&(n, _)| n as usize).max().unwrap_or(0);
        let custom = if highest <= 2 * numbered.len() + 1024 {
            let mut table = vec![usize::MAX; highest + 1];
            for (n, slot) in numbered {
                table[n as usize] = slot;
            }
            CustomSlots::Dense(table)
        } else {
            // Already ascending: a layout keeps its custom activities in `custom-<n>` order.
            CustomSlots::Sparse(numbered)
        };
        Slots { catalog, custom }
    }

    pub fn find(&self, id: &str) -> Option<usize> {
        let Some(n) = custom_number(id) else {
            // Catalog activities come first, in catalog order: the slot is the catalog index.
            return catalog::index_of(id)
                .filter(|&at| self.catalog.get(at).is_some_and(|&(key, _)| key == id));
        };
        match &self.custom {
            CustomSlots::Dense(table) => table.get(n as usize).copied().filter(|&slot| slot != usize::MAX),
            CustomSlots::Sparse(sorted) => {
                sorted.binary_search_by_key(&n, |&(key, _)| key).ok().map(|at| sorted[at].1)
            }
        }
    }
}

/// The `n` of a `custom-<n>` id. The layout only admits canonical numbers (no leading
/// zeros), so equal numbers mean equal ids.
fn custom_number(id: &str) -> Option<u32> {
    id.strip_prefix("custom-")?.parse().ok()
}
