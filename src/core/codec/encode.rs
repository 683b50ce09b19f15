//! Writing a layout in the binary format (see the module doc of `codec`). Infallible: a
//! valid layout always has an encoding.

use super::fields::{area_byte, card_ref, lanes_mask};
use super::version::FORMAT_VERSION;
use super::wire::Writer;
use crate::core::lane::Lane;
use crate::core::layout::{CustomActivity, Layout};

/// The binary form of a layout: compact (catalog activities by index) and versioned, the
/// base of both the saved text and share links. `decode` gives back an equal layout.
pub fn encode(layout: &Layout) -> Vec<u8> {
    let mut out = Writer::default();
    out.byte(FORMAT_VERSION);
    out.text(&layout.title);
    for count in [layout.headcounts.pm, layout.headcounts.pdm, layout.headcounts.pmm] {
        out.byte(count);
    }
    out.varint(u64::from(layout.next_custom));
    // Counts are taken after filtering so the stream stays well-formed even for an id that
    // cannot be written (a valid layout has none).
    let custom: Vec<(u32, &CustomActivity)> =
        layout.custom.iter().filter_map(|activity| Some((activity.id.custom_number()?, activity))).collect();
    out.varint(custom.len() as u64);
    for (n, activity) in custom {
        out.varint(u64::from(n));
        out.text(activity.name.as_str());
        out.text(&activity.description);
        out.byte(area_byte(activity.area));
        out.byte(lanes_mask(&activity.expected_lanes));
    }
    for lane in Lane::ALL {
        let cards: Vec<u64> = layout.lanes.get(lane).iter().filter_map(card_ref).collect();
        out.varint(cards.len() as u64);
        for card in cards {
            out.varint(card);
        }
    }
    out.varint(layout.acknowledgements.len() as u64);
    for ack in &layout.acknowledgements {
        out.text(ack.warning.as_str());
        out.text(&ack.note);
    }
    let leads: Vec<(u64, u8)> =
        layout.leads.iter().filter_map(|(id, lane)| Some((card_ref(id)?, lane.index() as u8))).collect();
    out.varint(leads.len() as u64);
    for (card, lane) in leads {
        out.varint(card);
        out.byte(lane);
    }
    out.byte(layout.practices);
    out.bytes
}
