//! How the format spells an overlap area, a set of expected lanes and a card, both ways
//! side by side, so writing and reading cannot drift apart.

use super::error::CodecError;
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::catalog::{self, CATALOG};
use crate::core::lane::Lane;

/// 0 for no area, else its position in `OverlapArea::ALL` plus one.
pub(super) fn area_byte(area: Option<OverlapArea>) -> u8 {
    area.and_then(|area| OverlapArea::ALL.iter().position(|&a| a == area)).map_or(0, |at| at as u8 + 1)
}

pub(super) fn area_from_byte(byte: u8) -> Result<Option<OverlapArea>, CodecError> {
    match byte {
        0 => Ok(None),
        n => OverlapArea::ALL.get(usize::from(n) - 1).copied().map(Some).ok_or(CodecError::Malformed),
    }
}

/// Bit `i` for `Lane::ROLES[i]`. Exact for valid layouts, whose expected lanes are role
/// lanes in board order.
pub(super) fn lanes_mask(lanes: &[Lane]) -> u8 {
    Lane::ROLES
        .iter()
        .enumerate()
        .filter(|(_, role)| lanes.contains(role))
        .fold(0, |mask, (i, _)| mask | 1 << i)
}

pub(super) fn lanes_from_mask(mask: u8) -> Result<Vec<Lane>, CodecError> {
    if mask >> Lane::ROLES.len() != 0 {
        return Err(CodecError::Malformed);
    }
    Ok(Lane::ROLES
        .into_iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, lane)| lane)
        .collect())
}

/// A card's reference: catalog index times 2, or custom number times 2 plus 1. `None` for
/// an id that is neither (a valid layout has none).
pub(super) fn card_ref(id: &ActivityId) -> Option<u64> {
    match catalog::index_of(id.as_str()) {
        Some(index) => Some(index as u64 * 2),
        None => id.custom_number().map(|n| u64::from(n) * 2 + 1),
    }
}

/// The card a reference names, given the layout's custom numbers in ascending order.
pub(super) fn card_from_ref(reference: u64, custom_numbers: &[u32]) -> Result<ActivityId, CodecError> {
    let number = reference / 2;
    if reference.is_multiple_of(2) {
        let entry = usize::try_from(number).ok().and_then(|index| CATALOG.get(index));
        entry.map(|entry| ActivityId::new(entry.id)).ok_or(CodecError::UnknownActivity)
    } else {
        let n = u32::try_from(number).map_err(|_| CodecError::UnknownActivity)?;
        custom_numbers
            .binary_search(&n)
            .map(|_| ActivityId::custom(n))
            .map_err(|_| CodecError::UnknownActivity)
    }
}
