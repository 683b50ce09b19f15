//! The size caps hold against hostile input: oversized input is refused before it is read,
//! and a count or length that claims more than the input holds allocates nothing for it.

use super::spec::{custom, varint, Spec, SpecCustom};
use crate::core::codec::{decode, encode, from_text, CodecError, MAX_INPUT_BYTES, MAX_TEXT_BYTES};
use crate::core::lane::Lane;
use crate::core::layout::MAX_CUSTOM_ACTIVITIES;
use crate::core::tests::allocations::allocated_by;

/// The bytes of the seeds' header (version, title, headcounts, next_custom) and then `rest`.
fn header_then(rest: &[u8]) -> Vec<u8> {
    let mut bytes = Spec::seeds().bytes()[..6].to_vec();
    bytes.extend_from_slice(rest);
    bytes
}

fn four_billion() -> Vec<u8> {
    let mut bytes = Vec::new();
    varint(&mut bytes, 4_000_000_000);
    bytes
}

#[test]
fn input_over_64_kib_is_refused_before_a_byte_of_it_is_read() {
    let mut bytes = Spec::seeds().bytes();
    bytes.resize(MAX_INPUT_BYTES + 1, 0);
    let (result, allocated) = allocated_by(|| decode(&bytes));
    assert_eq!(result, Err(CodecError::TooLarge));
    assert_eq!(allocated, 0);
}

#[test]
fn text_over_its_cap_is_refused_before_it_is_decoded() {
    let text = format!("rl1.{}", "A".repeat(MAX_TEXT_BYTES));
    assert!(text.len() > MAX_TEXT_BYTES);
    let (result, allocated) = allocated_by(|| from_text(&text));
    assert_eq!(result, Err(CodecError::TooLarge));
    assert_eq!(allocated, 0);
}

#[test]
fn a_lane_claiming_four_billion_cards_in_a_short_input_allocates_nothing_for_them() {
    let bytes = header_then(&[&[0][..], &four_billion()].concat());
    let (result, allocated) = allocated_by(|| decode(&bytes));
    assert_eq!(result, Err(CodecError::Truncated));
    assert!(allocated < 1024, "allocated {allocated} bytes");
}

#[test]
fn four_billion_custom_activities_or_acknowledgements_are_refused_without_allocating() {
    let custom = header_then(&four_billion());
    let acknowledgements = header_then(&[&[0, 0, 0, 0, 0][..], &four_billion()].concat());
    for bytes in [custom, acknowledgements] {
        let (result, allocated) = allocated_by(|| decode(&bytes));
        assert_eq!(result, Err(CodecError::TooLarge));
        assert!(allocated < 1024, "allocated {allocated} bytes");
    }
}

#[test]
fn a_text_claiming_four_billion_bytes_allocates_nothing_for_it() {
    let bytes = [&[1][..], &four_billion(), b"short"].concat();
    let (result, allocated) = allocated_by(|| decode(&bytes));
    assert_eq!(result, Err(CodecError::Truncated));
    assert_eq!(allocated, 0);
}

#[test]
fn as_many_custom_activities_as_the_cap_allows_fit_in_the_input_cap_and_round_trip() {
    let mut spec = Spec::seeds();
    for n in 0..MAX_CUSTOM_ACTIVITIES as u64 {
        spec.custom.push(SpecCustom { n, name: b"x".to_vec(), description: vec![], area: 0, expected: 0 });
        spec.lane_mut(Lane::ROLES[n as usize % 3]).push(custom(n));
    }
    let bytes = spec.bytes();
    assert!(bytes.len() <= MAX_INPUT_BYTES, "{} bytes", bytes.len());
    let layout = decode(&bytes).expect("the cap is reachable");
    assert_eq!(layout.custom().len(), MAX_CUSTOM_ACTIVITIES);
    assert_eq!(decode(&encode(&layout)), Ok(layout));

    spec.custom.push(SpecCustom { n: 5_000, name: b"x".to_vec(), description: vec![], area: 0, expected: 0 });
    assert_eq!(spec.decode(), Err(CodecError::TooLarge));
}

/// Whatever a person can build must load back: edits stop at the count caps, and the
/// largest layout they allow (every text at its longest, in 4-byte characters) still fits
/// the input cap.
#[test]
fn the_largest_layout_edits_allow_encodes_within_the_input_cap_and_round_trips() {
    use crate::core::activity::ActivityId;
    use crate::core::edit::{Edit, EditError};
    use crate::core::layout::{CustomActivity, Layout, LayoutData, MAX_ACKNOWLEDGEMENTS};
    use crate::core::name::{ActivityName, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
    use crate::core::rules::{Acknowledgement, WarningId, MAX_NOTE_CHARS};
    let name = ActivityName::parse(&"𝕏".repeat(MAX_NAME_CHARS)).unwrap();
    let description = "𝕏".repeat(MAX_DESCRIPTION_CHARS);
    let note = "𝕏".repeat(MAX_NOTE_CHARS);
    let mut data = LayoutData::from(Layout::seeds_default());
    for n in 0..MAX_CUSTOM_ACTIVITIES as u32 {
        let id = ActivityId::custom(n);
        data.custom.push(CustomActivity {
            id: id.clone(),
            name: name.clone(),
            description: description.clone(),
            area: None,
            expected_lanes: Vec::new(),
        });
        data.lanes.pdm.push(id);
    }
    for i in 0..MAX_ACKNOWLEDGEMENTS {
        let warning = WarningId::from_saved(format!("tension/misplaced/{i:0>150}"));
        data.acknowledgements.push(Acknowledgement { warning, note: note.clone() });
    }
    let layout = Layout::try_from(data).unwrap();

    let add = Edit::AddCustom { name, description, area: None, expected_lanes: Vec::new(), lane: Lane::Pdm };
    assert!(matches!(layout.apply(&add), Err(EditError::TooMany { .. })));
    let one_more = Edit::Acknowledge { warning: WarningId::from_saved("overlap/one-more".to_string()), note };
    assert!(matches!(layout.apply(&one_more), Err(EditError::TooMany { .. })));

    let bytes = encode(&layout);
    assert!(bytes.len() <= MAX_INPUT_BYTES, "{} bytes", bytes.len());
    assert_eq!(decode(&bytes), Ok(layout));
}
