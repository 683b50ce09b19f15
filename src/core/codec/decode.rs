//! Reading the binary format back, treating every input as hostile: sizes are capped and
//! checked before allocating, every field is checked for form here, and every rule of a
//! layout is checked once, by `Layout::try_from`.

use super::error::{CodecError, TextField};
use super::fields::{area_from_byte, card_from_ref, lanes_from_mask};
use super::limits::{
    MAX_DESCRIPTION_BYTES, MAX_INPUT_BYTES, MAX_NAME_BYTES, MAX_NOTE_BYTES, MAX_TITLE_BYTES,
    MIN_ACKNOWLEDGEMENT_BYTES, MIN_CARD_BYTES, MIN_CUSTOM_BYTES, MIN_LEAD_BYTES,
};
use super::version::{FORMAT_VERSION, OLDEST_VERSION};
use super::wire::Reader;
use crate::core::activity::ActivityId;
use crate::core::lane::Lane;
use crate::core::layout::{
    CustomActivity, Headcounts, Lanes, Layout, LayoutData, MAX_ACKNOWLEDGEMENTS, MAX_CUSTOM_ACTIVITIES,
};
use crate::core::name::ActivityName;
use crate::core::rules::{Acknowledgement, Mitigation, WarningId, MAX_WARNING_ID_BYTES};

/// Reads a layout from its binary form, in this format or an older one (migrated: format 1
/// has no leads, so its shared cards open with none, as it showed them, and no practices).
/// Never panics; any input that is not exactly the encoding of a valid layout comes back as
/// a `CodecError` saying what is wrong.
pub fn decode(bytes: &[u8]) -> Result<Layout, CodecError> {
    if bytes.is_empty() {
        return Err(CodecError::Empty);
    }
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(CodecError::TooLarge);
    }
    let mut input = Reader::new(bytes);
    let version = input.byte()?;
    if !(OLDEST_VERSION..=FORMAT_VERSION).contains(&version) {
        return Err(CodecError::UnsupportedVersion(version));
    }
    let title = input.text(MAX_TITLE_BYTES, TextField::Title)?.to_owned();
    let headcounts = Headcounts { pm: input.byte()?, pdm: input.byte()?, pmm: input.byte()? };
    let next_custom = input.u32()?;
    let custom = read_custom(&mut input)?;
    // Written in ascending order; out-of-order data fails these lookups or, at the latest,
    // `Layout::try_from`, which requires that order.
    let custom_numbers: Vec<u32> = custom.iter().filter_map(|activity| activity.id.custom_number()).collect();
    let lanes = read_lanes(&mut input, &custom_numbers)?;
    let acknowledgements = read_acknowledgements(&mut input)?;
    let (leads, practices) = match version {
        1 => (Vec::new(), 0),
        _ => (read_leads(&mut input, &custom_numbers)?, input.byte()?),
    };
    if practices >> Mitigation::ALL.len() != 0 {
        return Err(CodecError::Malformed);
    }
    input.finish()?;
    let data =
        LayoutData { title, lanes, headcounts, custom, next_custom, acknowledgements, leads, practices };
    Ok(Layout::try_from(data)?)
}

fn read_custom(input: &mut Reader<'_>) -> Result<Vec<CustomActivity>, CodecError> {
    let count = input.count(MAX_CUSTOM_ACTIVITIES, MIN_CUSTOM_BYTES)?;
    let mut custom = Vec::with_capacity(count);
    for _ in 0..count {
        let id = ActivityId::custom(input.u32()?);
        let raw_name = input.text(MAX_NAME_BYTES, TextField::Name)?;
        // Only a name exactly as tidying leaves it, so what was written reads back unchanged.
        let name = ActivityName::parse(raw_name)
            .ok()
            .filter(|name| name.as_str() == raw_name)
            .ok_or(CodecError::BadText(TextField::Name))?;
        let description = input.text(MAX_DESCRIPTION_BYTES, TextField::Description)?.to_owned();
        let area = area_from_byte(input.byte()?)?;
        let expected_lanes = lanes_from_mask(input.byte()?)?;
        custom.push(CustomActivity { id, name, description, area, expected_lanes });
    }
    Ok(custom)
}

fn read_lanes(input: &mut Reader<'_>, custom_numbers: &[u32]) -> Result<Lanes, CodecError> {
    let mut lanes = Lanes::default();
    for lane in Lane::ALL {
        let count = input.count(usize::MAX, MIN_CARD_BYTES)?;
        let mut cards = Vec::with_capacity(count);
        for _ in 0..count {
            cards.push(card_from_ref(input.varint()?, custom_numbers)?);
        }
        *lanes.get_mut(lane) = cards;
    }
    Ok(lanes)
}

fn read_leads(input: &mut Reader<'_>, custom_numbers: &[u32]) -> Result<Vec<(ActivityId, Lane)>, CodecError> {
    let count = input.count(usize::MAX, MIN_LEAD_BYTES)?;
    let mut leads = Vec::with_capacity(count);
    for _ in 0..count {
        let card = card_from_ref(input.varint()?, custom_numbers)?;
        let lane = *Lane::ROLES.get(usize::from(input.byte()?)).ok_or(CodecError::Malformed)?;
        leads.push((card, lane));
    }
    Ok(leads)
}

fn read_acknowledgements(input: &mut Reader<'_>) -> Result<Vec<Acknowledgement>, CodecError> {
    let count = input.count(MAX_ACKNOWLEDGEMENTS, MIN_ACKNOWLEDGEMENT_BYTES)?;
    let mut acknowledgements = Vec::with_capacity(count);
    for _ in 0..count {
        let warning =
            WarningId::from_saved(input.text(MAX_WARNING_ID_BYTES, TextField::WarningId)?.to_owned());
        let note = input.text(MAX_NOTE_BYTES, TextField::Note)?.to_owned();
        acknowledgements.push(Acknowledgement { warning, note });
    }
    Ok(acknowledgements)
}
