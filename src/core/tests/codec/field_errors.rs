//! Inputs refused for one field: a number out of range, unreadable text, a card naming an
//! activity that is not there, or a rule of every layout broken; and the messages people see.

use super::spec::{catalog, custom, Spec, SpecCustom};
use crate::core::codec::{decode, CodecError, TextField};
use crate::core::lane::Lane;
use crate::core::layout::LayoutError;

fn with_one_custom(change: impl FnOnce(&mut SpecCustom)) -> Spec {
    let mut spec = Spec::seeds();
    let mut activity = SpecCustom { n: 0, name: b"Mine".to_vec(), description: vec![], area: 0, expected: 0 };
    change(&mut activity);
    // Left at 0: the layout raises it past its custom activities itself.
    spec.next_custom = 0;
    spec.lane_mut(Lane::Unassigned).push(custom(activity.n));
    spec.custom.push(activity);
    spec
}

#[test]
fn numbers_out_of_range_are_malformed() {
    assert_eq!(with_one_custom(|c| c.area = 7).decode(), Err(CodecError::Malformed), "a seventh area");
    assert_eq!(
        with_one_custom(|c| c.expected = 0b1000).decode(),
        Err(CodecError::Malformed),
        "a fourth role"
    );
    assert_eq!(with_one_custom(|c| c.n = 1 << 32).decode(), Err(CodecError::Malformed), "custom-4294967296");
    let mut spec = Spec::seeds();
    spec.next_custom = 1 << 32;
    assert_eq!(spec.decode(), Err(CodecError::Malformed));
    let mut overlong = Spec::seeds().bytes();
    overlong.splice(5..6, [0x80, 0x00]); // next_custom 0 written in two bytes
    assert_eq!(decode(&overlong), Err(CodecError::Malformed));
}

#[test]
fn a_lead_lane_past_the_roles_or_a_practice_past_the_seventh_is_malformed() {
    let mut spec = Spec::seeds();
    spec.leads[0].1 = 3;
    assert_eq!(spec.decode(), Err(CodecError::Malformed), "a lead in the Unassigned tray");
    let mut spec = Spec::seeds();
    spec.practices = 0b1000_0000;
    assert_eq!(spec.decode(), Err(CodecError::Malformed), "an eighth practice");
    spec.practices = 0b111_1111;
    assert_eq!(spec.decode().map(|layout| layout.practices().count()), Ok(7));
}

#[test]
fn a_lead_naming_a_card_the_layout_lacks_is_an_unknown_activity() {
    let mut spec = Spec::seeds();
    spec.leads.push((catalog("performance-metrics") + 2, 1));
    assert_eq!(spec.decode(), Err(CodecError::UnknownActivity));
}

#[test]
fn two_leads_for_one_card_or_a_lead_in_a_lane_without_it_are_refused_and_say_so() {
    let mut spec = Spec::seeds();
    spec.leads.push((catalog("user-testing"), 2));
    let err = spec.decode().unwrap_err();
    assert_eq!(err, CodecError::Invalid(LayoutError::TwoLeads("user-testing".into())));
    assert_eq!(err.to_string(), "it gives \"user-testing\" two leads, and an activity has at most one");
    let mut spec = Spec::seeds();
    spec.leads.push((catalog("shared-research"), 0));
    let err = spec.decode().unwrap_err();
    assert_eq!(err, CodecError::Invalid(LayoutError::BadLead("shared-research".into())));
    assert!(err.to_string().contains("does not hold it"), "{err}");
}

#[test]
fn a_lead_list_longer_than_the_data_is_truncated() {
    let mut bytes = Spec::seeds().bytes();
    let at = bytes.len() - 8; // the lead count, after the acknowledgements' count
    bytes[at] = 100;
    assert_eq!(decode(&bytes), Err(CodecError::Truncated));
}

#[test]
fn a_name_must_be_a_tidy_non_empty_name_of_at_most_80_characters() {
    for bad in [&b""[..], b" Padded", b"Two  spaces", b"Tab\there", b"\xff\xfe", "x".repeat(81).as_bytes()] {
        let spec = with_one_custom(|c| c.name = bad.to_vec());
        assert_eq!(spec.decode(), Err(CodecError::BadText(TextField::Name)), "{bad:?}");
    }
    let longest = "品".repeat(80);
    assert!(with_one_custom(|c| c.name = longest.as_bytes().to_vec()).decode().is_ok());
}

#[test]
fn texts_that_are_not_utf8_or_over_their_byte_cap_are_bad_text() {
    let mut spec = Spec::seeds();
    spec.title = b"caf\xe9".to_vec();
    assert_eq!(spec.decode(), Err(CodecError::BadText(TextField::Title)));
    spec.title = "x".repeat(321).into_bytes();
    assert_eq!(spec.decode(), Err(CodecError::BadText(TextField::Title)));
    let spec = with_one_custom(|c| c.description = b"\xc3".to_vec());
    assert_eq!(spec.decode(), Err(CodecError::BadText(TextField::Description)));
    let mut spec = Spec::seeds();
    spec.acknowledgements = vec![("x".repeat(201).into_bytes(), vec![])];
    assert_eq!(spec.decode(), Err(CodecError::BadText(TextField::WarningId)));
    spec.acknowledgements = vec![(b"load/empty/pm".to_vec(), b"\x80".to_vec())];
    assert_eq!(spec.decode(), Err(CodecError::BadText(TextField::Note)));
    let message = CodecError::BadText(TextField::Note).to_string();
    assert!(message.contains("acknowledgement note"), "{message}");
}

#[test]
fn a_card_past_the_end_of_the_catalog_is_an_unknown_activity() {
    let mut spec = Spec::seeds();
    spec.lane_mut(Lane::Pm).push(catalog("performance-metrics") + 2);
    assert_eq!(spec.decode(), Err(CodecError::UnknownActivity));
    assert!(CodecError::UnknownActivity.to_string().contains("newer version"));
}

#[test]
fn a_card_naming_a_custom_activity_the_layout_lacks_is_an_unknown_activity() {
    let mut spec = with_one_custom(|_| {});
    spec.lane_mut(Lane::Pm).push(custom(1));
    assert_eq!(spec.decode(), Err(CodecError::UnknownActivity));
    let mut spec = Spec::seeds();
    spec.lane_mut(Lane::Pm).push(u64::MAX);
    assert_eq!(spec.decode(), Err(CodecError::UnknownActivity));
}

#[test]
fn well_formed_data_that_breaks_a_layout_rule_is_invalid_and_says_which() {
    let mut spec = Spec::seeds();
    spec.headcounts = [1, 0, 1];
    assert_eq!(
        spec.decode(),
        Err(CodecError::Invalid(LayoutError::HeadcountOutOfRange { lane: Lane::Pdm, count: 0 }))
    );
    assert!(spec.decode().unwrap_err().to_string().contains("headcount"));

    let mut spec = Spec::seeds();
    spec.lane_mut(Lane::Pmm).push(catalog("pricing-strategy"));
    let err = spec.decode().unwrap_err();
    assert!(
        matches!(err, CodecError::Invalid(LayoutError::DuplicateInLane { lane: Lane::Pmm, .. })),
        "{err:?}"
    );
    assert!(err.to_string().contains("\"pricing-strategy\" appears twice in PMM"), "{err}");

    let mut spec = Spec::seeds();
    spec.lane_mut(Lane::Unassigned).push(catalog("pricing-strategy"));
    assert!(matches!(spec.decode(), Err(CodecError::Invalid(LayoutError::OwnedAndUnassigned(_)))));

    let mut spec = Spec::seeds();
    spec.title = "x".repeat(81).into_bytes();
    assert_eq!(spec.decode(), Err(CodecError::Invalid(LayoutError::TitleTooLong)));
}

#[test]
fn repeated_custom_activities_over_long_descriptions_and_doubled_acknowledgements_are_invalid() {
    let mut spec = with_one_custom(|_| {});
    spec.custom.push(spec.custom[0].clone());
    assert!(matches!(spec.decode(), Err(CodecError::Invalid(LayoutError::BadCustomActivity(_)))));

    let spec = with_one_custom(|c| c.description = "x".repeat(281).into_bytes());
    assert!(matches!(spec.decode(), Err(CodecError::Invalid(LayoutError::BadCustomActivity(_)))));

    let mut spec = Spec::seeds();
    let ack = (b"load/empty/pm".to_vec(), b"ok".to_vec());
    spec.acknowledgements = vec![ack.clone(), ack];
    let err = spec.decode().unwrap_err();
    assert!(err.to_string().contains("acknowledged twice"), "{err}");

    let mut spec = Spec::seeds();
    spec.acknowledgements = vec![(b"load/empty/pm".to_vec(), "x".repeat(281).into_bytes())];
    assert!(matches!(spec.decode(), Err(CodecError::Invalid(LayoutError::BadAcknowledgement(_)))));
}

#[test]
fn every_message_is_a_plain_clause_and_a_standard_error() {
    let all = [
        CodecError::Empty,
        CodecError::NotOurs,
        CodecError::UnsupportedVersion(3),
        CodecError::UnsupportedVersion(0),
        CodecError::TooLarge,
        CodecError::BadCharacters,
        CodecError::Truncated,
        CodecError::TrailingBytes,
        CodecError::Malformed,
        CodecError::BadText(TextField::Title),
        CodecError::Corrupt,
        CodecError::CannotInflate,
        CodecError::UnknownActivity,
        CodecError::Invalid(LayoutError::TitleTooLong),
        CodecError::Invalid(LayoutError::TwoLeads("x".into())),
        CodecError::Invalid(LayoutError::BadLead("x".into())),
    ];
    for err in all {
        let message = err.to_string();
        let first = message.chars().next().unwrap();
        assert!(
            first.is_lowercase() && !message.ends_with('.'),
            "{message:?} should read after \"could not be read: \""
        );
        let as_error: &dyn std::error::Error = &err;
        assert_eq!(as_error.to_string(), message);
    }
}
