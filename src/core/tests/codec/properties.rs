//! Properties over random layouts and random or damaged inputs: every valid layout reads
//! back exactly, and no input, however broken, makes decoding panic or yield anything but
//! a valid layout or an error.

use crate::core::activity::ActivityId;
use crate::core::codec::{decode, encode, from_text, to_text, CodecError};
use crate::core::layout::{Layout, LayoutData};
use crate::core::name::{parse_description, ActivityName};
use crate::core::rules::{analyze, parse_note, Acknowledgement, WarningId};
use crate::core::tests::strategies::layouts;
use proptest::prelude::*;

/// Any text of up to `max` characters, control characters and all of Unicode included.
pub(super) fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..=max).prop_map(String::from_iter)
}

/// What a person can add on top of the edits: a title, names, descriptions, notes.
#[derive(Clone, Debug)]
struct Dressing {
    title: String,
    texts: Vec<(String, String)>,
    /// Added to every custom number, to reach numbers whose references need several bytes.
    offset: u32,
    acknowledgements: Vec<(usize, String, String)>,
}

fn dressings() -> impl Strategy<Value = Dressing> {
    (
        any_text(80),
        prop::collection::vec((any_text(90), any_text(300)), 0..8),
        prop_oneof![Just(0u32), any::<u32>().prop_map(|n| n % (u32::MAX - 1_000))],
        prop::collection::vec((any::<usize>(), any_text(50), any_text(300)), 0..6),
    )
        .prop_map(|(title, texts, offset, acknowledgements)| Dressing {
            title,
            texts,
            offset,
            acknowledgements,
        })
}

fn renumber(id: &mut ActivityId, offset: u32) {
    if let Some(n) = id.custom_number() {
        *id = ActivityId::custom(n + offset);
    }
}

/// The layout with the dressing applied; texts that break a rule are left out, as the UI
/// would refuse them.
fn dress(layout: Layout, dressing: Dressing) -> Layout {
    let warnings: Vec<WarningId> = analyze(&layout).into_iter().map(|w| w.id).collect();
    let mut data = LayoutData::from(layout);
    data.title = dressing.title;
    for (activity, (name, description)) in data.custom.iter_mut().zip(dressing.texts) {
        if let Ok(name) = ActivityName::parse(&name) {
            activity.name = name;
        }
        activity.description = parse_description(&description).unwrap_or_default();
    }
    for activity in &mut data.custom {
        renumber(&mut activity.id, dressing.offset);
    }
    for cards in [&mut data.lanes.pm, &mut data.lanes.pdm, &mut data.lanes.pmm, &mut data.lanes.unassigned] {
        cards.iter_mut().for_each(|id| renumber(id, dressing.offset));
    }
    data.leads.iter_mut().for_each(|(id, _)| renumber(id, dressing.offset));
    data.next_custom = data.next_custom.saturating_add(dressing.offset);
    for (pick, raw_id, note) in dressing.acknowledgements {
        let warning = match warnings.get(pick % warnings.len().max(1)) {
            Some(id) if pick % 3 != 0 => id.clone(),
            _ => WarningId::from_saved(raw_id),
        };
        if !data.acknowledgements.iter().any(|ack| ack.warning == warning) {
            data.acknowledgements
                .push(Acknowledgement { warning, note: parse_note(&note).unwrap_or_default() });
        }
    }
    Layout::try_from(data).expect("a dressed layout is valid")
}

pub(super) fn dressed_layouts() -> impl Strategy<Value = Layout> {
    (layouts(), dressings()).prop_map(|(layout, dressing)| dress(layout, dressing))
}

/// Whatever decoding made of an input: an error, or a valid layout that itself round-trips.
pub(super) fn assert_sound(result: Result<Layout, CodecError>) -> Result<(), TestCaseError> {
    if let Ok(layout) = result {
        prop_assert_eq!(decode(&encode(&layout)), Ok(layout));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_valid_layout_reads_back_exactly(layout in dressed_layouts()) {
        prop_assert_eq!(decode(&encode(&layout)), Ok(layout.clone()));
        prop_assert_eq!(from_text(&to_text(&layout)), Ok(layout));
    }

    #[test]
    fn every_cut_short_encoding_is_truncated(layout in dressed_layouts(), cut in any::<prop::sample::Index>()) {
        let bytes = encode(&layout);
        let len = 1 + cut.index(bytes.len() - 1);
        prop_assert_eq!(decode(&bytes[..len]), Err(CodecError::Truncated));
    }

    #[test]
    fn anything_appended_to_an_encoding_is_refused(layout in dressed_layouts(), extra in prop::collection::vec(any::<u8>(), 1..8)) {
        let bytes = [encode(&layout), extra].concat();
        prop_assert_eq!(decode(&bytes), Err(CodecError::TrailingBytes));
    }

    #[test]
    fn a_changed_byte_never_panics_and_yields_an_error_or_a_valid_layout(
        layout in dressed_layouts(), at in any::<prop::sample::Index>(), byte in any::<u8>()
    ) {
        let mut bytes = encode(&layout);
        let at = at.index(bytes.len());
        bytes[at] = byte;
        assert_sound(decode(&bytes))?;
    }

    #[test]
    fn a_changed_character_in_the_text_form_never_panics(
        layout in dressed_layouts(), at in any::<prop::sample::Index>(), c in any::<char>()
    ) {
        let mut chars: Vec<char> = to_text(&layout).chars().collect();
        let at = at.index(chars.len());
        chars[at] = c;
        assert_sound(from_text(&String::from_iter(chars)))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        assert_sound(decode(&bytes))?;
    }

    #[test]
    fn random_bytes_after_a_version_we_read_never_panic(version in 1u8..=2, bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        assert_sound(decode(&[&[version][..], &bytes].concat()))?;
    }

    #[test]
    fn random_text_never_panics(text in any_text(200), ours in any::<bool>()) {
        let text = if ours { format!("rl2.{text}") } else { text };
        assert_sound(from_text(&text))?;
    }

    #[test]
    fn random_small_numbers_after_a_valid_header_never_panic(version in 1u8..=2, tail in prop::collection::vec(0u8..6, 0..120)) {
        // Mostly zeros and tiny counts, so decoding gets deep into the lanes, acknowledgements and leads.
        assert_sound(decode(&[&[version, 0, 1, 1, 1, 0][..], &tail].concat()))?;
    }
}
