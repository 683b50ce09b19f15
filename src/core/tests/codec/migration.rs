//! Saves and links written in format 1, before leads and practices existed, still open,
//! migrated: their shared cards have no lead (what showed as an overlap stays one), a card
//! in one lane is led by it, and no practice is in place. The texts below are real: the
//! format-1 encoder wrote them (the seeds' board saved, and a workshop board with shared
//! cards, a custom activity and acknowledgements, saved and as a compressed link); nothing
//! here builds them with today's encoder.

use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::codec::{from_text, to_text};
use crate::core::edit::Edit;
use crate::core::health::{health, is_open};
use crate::core::lane::Lane;
use crate::core::layout::{Layout, LayoutData};
use crate::core::name::ActivityName;
use crate::core::persist::{decode_saved, encode_saved};
use crate::core::rules::{analyze, WarningKind};
use crate::core::tests::deflate::from_share_text;

/// The seeds' board as format 1 saved it (and shared it: deflate made it no shorter).
pub(in crate::core) const SEEDS_V1: &str =
    "rl1.AQABAQEAAAUAAgQGCBoKDA4QEhQWGBocHiAiJCYoKiwuMDI0NjhGUh8KMDo8PkBCREZISkxOUFJUVlhaXF5gYmRmaGpsbnByAAA";

/// `workshop_board()` as format 1 saved it.
pub(in crate::core) const BOARD_V1: &str = "rl1.ARVUYWJsZSAzIOKAlCDCq3NwbGl0wrsBAgEBAQASUGFydG5lciBFbmFibGVtZW50EFRyYWluIHJlc2VsbGVycy4EBAYBAAIEBggaClAOEBIUFhgaHB4gIiQmKCosLjAyNDY4RlIfDAowOjw-QEJESEpOUFJUVlhaXF5gYmRmaGpsbnByAQFMAiZvdmVybGFwL3NoYXJlZC9zaGFyZWQtcmVzZWFyY2gvcGRtK3BtbRJTaGFyZWQgb24gcHVycG9zZS4cdGVuc2lvbi9hcmVhLXNwbGl0L2xpZmVjeWNsZQA";

/// `workshop_board()` as a format-1 share link (deflated).
pub(in crate::core) const BOARD_V1_LINK: &str = "rl1z.LY5dasJAFIUzIUiRUiS0pYi0QylS2ppIW0opRURURESCBhERcUyuJDKZDHei4JuLcBcuwTeX4kr8wacD5xz4PnLnsgkH-kX3qzXdbZTkYbLbEp0QopkOw0QA0po4nSIQScZFFgqKoIBzQGUZRopoupG6yqadm4x5e_-QzT3S55f869uHVfz8_vmtd56u08W__1K5Um00207H7fUHw9F44k-DGRcSCWnp-XgByJm0VcAQ_EsUThyGXmBLP3qXUWR2zz2NBZVzlLECK5eAUGEs7OPACmd_m4dT8JYeB-0A";

fn id(raw: &str) -> ActivityId {
    ActivityId::new(raw)
}

/// The layout with no stored lead: what format 1 could say.
fn without_leads(layout: Layout) -> Layout {
    let mut data = LayoutData::from(layout);
    data.leads.clear();
    Layout::try_from(data).unwrap()
}

/// The board the format-1 fixtures were made from, built by the same edits (today's edits
/// also give its shared cards leads, which format 1 did not have).
pub(in crate::core) fn workshop_board() -> Layout {
    let mut layout = Layout::seeds_default();
    for edit in [
        Edit::Rename { title: "Table 3 — «split»".into() },
        Edit::SetHeadcount { lane: Lane::Pdm, count: 2 },
        Edit::Share { id: id("pricing-strategy"), to: Lane::Pdm, index: 1 },
        Edit::Move { id: id("vision-setting"), from: Lane::Pdm, to: Lane::Pmm, index: 0 },
        Edit::Remove { id: id("user-testing"), from: Lane::Pmm },
        Edit::AddCustom {
            name: ActivityName::parse("Partner Enablement").unwrap(),
            description: "Train resellers.".into(),
            area: Some(OverlapArea::GoToMarketStrategyAndExecution),
            expected_lanes: vec![Lane::Pmm],
            lane: Lane::Pmm,
        },
        Edit::Share { id: ActivityId::custom(0), to: Lane::Pm, index: 0 },
        Edit::Remove { id: id("launch-planning"), from: Lane::Pmm },
    ] {
        layout = layout.apply(&edit).expect("the edit applies");
    }
    let warnings = analyze(&layout);
    let firing = |raw: &str| warnings.iter().find(|w| w.id.as_str() == raw).expect("it fires").id.clone();
    for (warning, note) in [
        ("overlap/shared/shared-research/pdm+pmm", "Shared on purpose."),
        ("tension/area-split/lifecycle", ""),
    ] {
        let edit = Edit::Acknowledge { warning: firing(warning), note: note.into() };
        layout = layout.apply(&edit).expect("the acknowledgement applies");
    }
    layout
}

#[test]
fn the_seeds_board_saved_in_format_1_opens_with_its_shared_cards_unled() {
    let opened = decode_saved(SEEDS_V1).expect("a format-1 save opens");
    assert_eq!(opened, without_leads(Layout::seeds_default()));
    assert_eq!(from_share_text(SEEDS_V1), Ok(opened.clone()));
    for shared in ["shared-research", "user-personas-and-journeys", "user-testing", "customer-retention"] {
        assert_eq!(opened.lead(&ActivityId::new(shared)), None, "{shared}");
    }
    assert_eq!(opened.lead(&ActivityId::new("pricing-strategy")), Some(Lane::Pmm), "one lane leads alone");
    assert_eq!(opened.practices().count(), 0);
}

#[test]
fn what_a_format_1_board_showed_as_overlaps_stays_overlaps() {
    let opened = decode_saved(SEEDS_V1).unwrap();
    let overlaps = analyze(&opened).into_iter().filter(|w| w.kind == WarningKind::Overlap).count();
    assert_eq!(overlaps, 4, "as format 1 showed it");
    assert_eq!(health(&opened, &analyze(&opened)).shared_led, 0);
}

#[test]
fn a_workshop_board_saved_or_linked_in_format_1_opens_with_its_notes() {
    let expected = without_leads(workshop_board());
    let opened = from_text(BOARD_V1).expect("a format-1 save opens");
    assert_eq!(opened, expected);
    assert_eq!(from_share_text(BOARD_V1_LINK), Ok(expected));
    assert_eq!(opened.title(), "Table 3 — «split»");
    assert_eq!(opened.headcount(Lane::Pdm), 2);
    assert_eq!(opened.lanes_of(&ActivityId::new("pricing-strategy")), [Lane::Pdm, Lane::Pmm]);
    assert_eq!(opened.lead(&ActivityId::new("pricing-strategy")), None);
    assert_eq!(opened.lead(&ActivityId::new("user-testing")), Some(Lane::Pdm), "left in PDM alone");
    assert_eq!(opened.name_of(&ActivityId::custom(0)), "Partner Enablement");
    // The acknowledged overlap still fires and is still acknowledged; the other shared cards
    // with no lead are open overlaps, as they were.
    let warnings = analyze(&opened);
    let overlap = |raw: &str| warnings.iter().find(|w| w.id.as_str() == raw).expect("it fires");
    assert_eq!(
        opened.acknowledgement(&overlap("overlap/shared/shared-research/pdm+pmm").id),
        Some("Shared on purpose.")
    );
    assert!(is_open(&opened, overlap("overlap/shared/pricing-strategy/pdm+pmm")));
    assert!(is_open(&opened, overlap("overlap/shared/custom-0/pm+pmm")));
}

#[test]
fn a_format_1_board_is_saved_again_in_format_2_and_reads_back_the_same() {
    let opened = from_text(BOARD_V1).unwrap();
    let saved = encode_saved(&opened);
    assert!(saved.starts_with("rl2."), "{saved}");
    assert_eq!(decode_saved(&saved), Ok(opened.clone()));
    assert_eq!(to_text(&opened), saved);
}
