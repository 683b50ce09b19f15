//! Each field of a layout lands in the bytes exactly where and how the format says, and
//! reads back to the same layout.

use super::seeds_with;
use super::spec::{catalog, custom, Spec, SpecCustom};
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::codec::{decode, encode, from_text, to_text};
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::{CustomActivity, Layout};
use crate::core::name::ActivityName;
use crate::core::rules::{Acknowledgement, WarningId};

fn activity(
    n: u32,
    name: &str,
    description: &str,
    area: Option<OverlapArea>,
    expected_lanes: Vec<Lane>,
) -> CustomActivity {
    CustomActivity {
        id: ActivityId::custom(n),
        name: ActivityName::parse(name).unwrap(),
        description: description.into(),
        area,
        expected_lanes,
    }
}

/// Encodes, checks the bytes against the hand-written spec, and reads them back.
fn assert_written_as(layout: &Layout, spec: &Spec) {
    assert_eq!(encode(layout), spec.bytes());
    assert_eq!(decode(&spec.bytes()).as_ref(), Ok(layout));
}

#[test]
fn the_seeds_board_is_written_exactly_as_documented() {
    let spec = Spec::seeds();
    assert_written_as(&Layout::seeds_default(), &spec);
    let bytes = spec.bytes();
    assert_eq!(
        &bytes[..7],
        [2, 0, 1, 1, 1, 0, 0],
        "version, empty title, headcounts, next_custom, no custom"
    );
    // No acknowledgements; the catalog's three leads, each PDM (1), in id order:
    // customer-retention (41), user-personas-and-journeys (24), user-testing (35); no practices.
    assert_eq!(&bytes[bytes.len() - 9..], [0, 3, 82, 1, 48, 1, 70, 1, 0]);
}

#[test]
fn a_lead_is_the_cards_reference_then_its_lanes_position_among_the_roles() {
    let layout = Layout::seeds_default()
        .apply(&Edit::Share { id: ActivityId::new("pricing-strategy"), to: Lane::Pdm, index: 0 })
        .and_then(|l| l.apply(&Edit::SetLead { id: ActivityId::new("user-testing"), lane: None }))
        .unwrap();
    let mut spec = Spec::seeds();
    spec.lane_mut(Lane::Pdm).insert(0, catalog("pricing-strategy"));
    // Pricing Strategy keeps PMM (2) as its lead; User Testing now has none.
    spec.leads = vec![
        (catalog("customer-retention"), 1),
        (catalog("pricing-strategy"), 2),
        (catalog("user-personas-and-journeys"), 1),
    ];
    assert_written_as(&layout, &spec);
}

#[test]
fn practices_are_one_byte_with_a_bit_per_practice_in_the_guides_order() {
    use crate::core::rules::Mitigation;
    let layout = [Mitigation::StructuredCommunication, Mitigation::FeedbackLoops]
        .into_iter()
        .fold(Layout::seeds_default(), |layout, practice| {
            layout.apply(&Edit::SetPractice { practice, in_place: true }).unwrap()
        });
    let mut spec = Spec::seeds();
    spec.practices = 0b100_0001;
    assert_written_as(&layout, &spec);
}

#[test]
fn the_title_is_its_utf8_byte_length_then_its_bytes() {
    let layout = seeds_with(|data| data.title = "Équipe 🚀".into());
    let mut spec = Spec::seeds();
    spec.title = "Équipe 🚀".as_bytes().to_vec();
    assert_written_as(&layout, &spec);
    assert_eq!(encode(&layout)[1], 12, "É is 2 bytes, 🚀 is 4");
}

#[test]
fn a_title_is_kept_exactly_as_it_was_even_untidy() {
    let layout = seeds_with(|data| data.title = "  two  spaces\tand a tab ".into());
    assert_eq!(decode(&encode(&layout)), Ok(layout));
}

#[test]
fn headcounts_are_one_byte_each_in_pm_pdm_pmm_order() {
    let layout = seeds_with(|data| {
        data.headcounts.pm = 3;
        data.headcounts.pdm = 20;
        data.headcounts.pmm = 7;
    });
    let mut spec = Spec::seeds();
    spec.headcounts = [3, 20, 7];
    assert_written_as(&layout, &spec);
}

#[test]
fn the_custom_counter_survives_deleted_activities() {
    let name = ActivityName::parse("Gone").unwrap();
    let add = Edit::AddCustom {
        name,
        description: String::new(),
        area: None,
        expected_lanes: vec![],
        lane: Lane::Unassigned,
    };
    let layout = Layout::seeds_default()
        .apply(&add)
        .unwrap()
        .apply(&Edit::DeleteCustom { id: ActivityId::custom(0) })
        .unwrap();
    let mut spec = Spec::seeds();
    spec.next_custom = 1;
    assert_written_as(&layout, &spec);
}

#[test]
fn a_custom_activity_is_its_number_name_description_area_and_expected_lanes() {
    let layout = seeds_with(|data| {
        data.custom.push(activity(
            3,
            "Ünïcødé plan 🚀",
            "Why it matters",
            Some(OverlapArea::GoToMarketStrategyAndExecution),
            vec![Lane::Pmm],
        ));
        data.lanes.pm.push(ActivityId::custom(3));
    });
    let mut spec = Spec::seeds();
    spec.next_custom = 4;
    spec.custom.push(SpecCustom {
        n: 3,
        name: "Ünïcødé plan 🚀".as_bytes().to_vec(),
        description: b"Why it matters".to_vec(),
        area: 4,
        expected: 0b100,
    });
    spec.lane_mut(Lane::Pm).push(custom(3));
    assert_written_as(&layout, &spec);
}

#[test]
fn no_area_is_0_and_each_overlap_area_is_its_position_plus_one() {
    for (byte, area) in [None].into_iter().chain(OverlapArea::ALL.map(Some)).enumerate() {
        let layout = seeds_with(|data| {
            data.custom.push(activity(0, "A", "", area, vec![]));
            data.lanes.unassigned.push(ActivityId::custom(0));
        });
        let mut spec = Spec::seeds();
        spec.next_custom = 1;
        spec.custom.push(SpecCustom {
            n: 0,
            name: b"A".to_vec(),
            description: vec![],
            area: byte as u8,
            expected: 0,
        });
        spec.lane_mut(Lane::Unassigned).push(custom(0));
        assert_written_as(&layout, &spec);
    }
}

#[test]
fn expected_lanes_are_a_bitmask_over_pm_pdm_pmm() {
    for (lanes, mask) in [
        (vec![], 0),
        (vec![Lane::Pm], 0b001),
        (vec![Lane::Pdm], 0b010),
        (vec![Lane::Pmm], 0b100),
        (vec![Lane::Pm, Lane::Pmm], 0b101),
        (vec![Lane::Pm, Lane::Pdm, Lane::Pmm], 0b111),
    ] {
        let layout = seeds_with(|data| {
            data.custom.push(activity(0, "A", "", None, lanes.clone()));
            data.lanes.unassigned.push(ActivityId::custom(0));
        });
        let bytes = encode(&layout);
        // version, title, 3 headcounts, next_custom, count, number, name length, "A",
        // description length, area: the mask is byte 12.
        assert_eq!(bytes[12], mask, "{lanes:?}");
        assert_eq!(decode(&bytes).unwrap().custom()[0].expected_lanes, lanes);
    }
}

#[test]
fn catalog_cards_are_their_index_times_two_and_custom_cards_their_number_times_two_plus_one() {
    assert_eq!(catalog("overall-product-performance"), 0);
    assert_eq!(catalog("performance-metrics"), 114);
    let layout = seeds_with(|data| {
        data.custom.push(activity(200, "Big number", "", None, vec![]));
        data.lanes.pdm.insert(0, ActivityId::custom(200));
    });
    let mut spec = Spec::seeds();
    spec.next_custom = 201;
    spec.custom.push(SpecCustom {
        n: 200,
        name: b"Big number".to_vec(),
        description: vec![],
        area: 0,
        expected: 0,
    });
    spec.lane_mut(Lane::Pdm).insert(0, custom(200));
    assert_written_as(&layout, &spec);
    let bytes = encode(&layout);
    let reference = [0x91, 0x03]; // 401 as a varint
    assert!(bytes.windows(2).any(|pair| pair == reference));
}

#[test]
fn lanes_keep_board_order_and_a_shared_card_appears_in_each_of_its_lanes() {
    let layout = Layout::seeds_default()
        .apply(&Edit::Share { id: ActivityId::new("vision-setting"), to: Lane::Pm, index: 0 })
        .and_then(|l| {
            l.apply(&Edit::Move {
                id: ActivityId::new("pricing-strategy"),
                from: Lane::Pmm,
                to: Lane::Pdm,
                index: 2,
            })
        })
        .unwrap();
    let mut spec = Spec::seeds();
    spec.lane_mut(Lane::Pm).insert(0, catalog("vision-setting"));
    spec.lane_mut(Lane::Pmm).retain(|&card| card != catalog("pricing-strategy"));
    spec.lane_mut(Lane::Pdm).insert(2, catalog("pricing-strategy"));
    // Shared into PM, Vision Setting keeps PDM (1) as its lead.
    spec.leads.push((catalog("vision-setting"), 1));
    assert_written_as(&layout, &spec);
}

#[test]
fn acknowledgements_are_the_warning_id_then_the_note_in_id_order() {
    let ack = |warning: &str, note: &str| Acknowledgement {
        warning: WarningId::from_saved(warning.into()),
        note: note.into(),
    };
    let layout = seeds_with(|data| {
        data.acknowledgements =
            vec![ack("unowned/unassigned/x", ""), ack("load/empty/pm", "Fine by us “really” 🚀")];
    });
    let mut spec = Spec::seeds();
    spec.acknowledgements = vec![
        (b"load/empty/pm".to_vec(), "Fine by us “really” 🚀".as_bytes().to_vec()),
        (b"unowned/unassigned/x".to_vec(), vec![]),
    ];
    assert_written_as(&layout, &spec);
}

#[test]
fn the_text_form_is_rl2_dot_and_the_bytes_in_unpadded_base64url() {
    let layout = seeds_with(|data| data.title = "?&#/ é".into());
    let text = to_text(&layout);
    let mut spec = Spec::seeds();
    spec.title = "?&#/ é".as_bytes().to_vec();
    assert_eq!(text, spec.text());
    assert!(text.starts_with("rl2."));
    assert!(text[4..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{text}");
    assert_eq!(from_text(&text), Ok(layout));
}
