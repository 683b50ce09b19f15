//! Saves and links written in format 1, before leads and practices existed, still open.
//! The texts below are real: the format-1 encoder wrote them (the seeds' board saved, and a
//! workshop board with shared cards, a custom activity and acknowledgements, saved and as a
//! compressed link); nothing here builds them with today's encoder.

use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::codec::from_text;
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::name::ActivityName;
use crate::core::persist::decode_saved;
use crate::core::rules::analyze;
use crate::core::tests::deflate::from_share_text;

/// The seeds' board as format 1 saved it (and shared it: deflate made it no shorter).
pub(in crate::core) const SEEDS_V1: &str = "rl1.AQABAQEAAAUAAgQGCBoKDA4QEhQWGBocHiAiJCYoKiwuMDI0NjhGUh8KMDo8PkBCREZISkxOUFJUVlhaXF5gYmRmaGpsbnByAAA";

/// `workshop_board()` as format 1 saved it.
pub(in crate::core) const BOARD_V1: &str = "rl1.ARVUYWJsZSAzIOKAlCDCq3NwbGl0wrsBAgEBAQASUGFydG5lciBFbmFibGVtZW50EFRyYWluIHJlc2VsbGVycy4EBAYBAAIEBggaClAOEBIUFhgaHB4gIiQmKCosLjAyNDY4RlIfDAowOjw-QEJESEpOUFJUVlhaXF5gYmRmaGpsbnByAQFMAiZvdmVybGFwL3NoYXJlZC9zaGFyZWQtcmVzZWFyY2gvcGRtK3BtbRJTaGFyZWQgb24gcHVycG9zZS4cdGVuc2lvbi9hcmVhLXNwbGl0L2xpZmVjeWNsZQA";

/// `workshop_board()` as a format-1 share link (deflated).
pub(in crate::core) const BOARD_V1_LINK: &str = "rl1z.LY5dasJAFIUzIUiRUiS0pYi0QylS2ppIW0opRURURESCBhERcUyuJDKZDHei4JuLcBcuwTeX4kr8wacD5xz4PnLnsgkH-kX3qzXdbZTkYbLbEp0QopkOw0QA0po4nSIQScZFFgqKoIBzQGUZRopoupG6yqadm4x5e_-QzT3S55f869uHVfz8_vmtd56u08W__1K5Um00207H7fUHw9F44k-DGRcSCWnp-XgByJm0VcAQ_EsUThyGXmBLP3qXUWR2zz2NBZVzlLECK5eAUGEs7OPACmd_m4dT8JYeB-0A";

fn id(raw: &str) -> ActivityId {
    ActivityId::new(raw)
}

/// The board the format-1 fixtures were made from, built by the same edits.
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
    for (warning, note) in
        [("overlap/shared/shared-research/pdm+pmm", "Shared on purpose."), ("tension/area-split/lifecycle", "")]
    {
        let edit = Edit::Acknowledge { warning: firing(warning), note: note.into() };
        layout = layout.apply(&edit).expect("the acknowledgement applies");
    }
    layout
}

#[test]
fn the_seeds_board_saved_in_format_1_opens() {
    assert_eq!(decode_saved(SEEDS_V1), Ok(Layout::seeds_default()));
    assert_eq!(from_share_text(SEEDS_V1), Ok(Layout::seeds_default()));
}

#[test]
fn a_workshop_board_saved_or_linked_in_format_1_opens() {
    assert_eq!(from_text(BOARD_V1), Ok(workshop_board()));
    assert_eq!(from_share_text(BOARD_V1_LINK), Ok(workshop_board()));
}
