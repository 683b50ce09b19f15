//! The format written out by hand, field by field, straight from the list in the `codec`
//! module doc. Tests compare the real encoder with it, and bend its fields to craft inputs
//! no valid layout would produce.

use crate::core::catalog::{index_of, CATALOG, SEED_LEADS};
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// One custom activity as the format lists its fields.
#[derive(Clone, Debug)]
pub(in crate::core) struct SpecCustom {
    pub n: u64,
    pub name: Vec<u8>,
    pub description: Vec<u8>,
    pub area: u8,
    pub expected: u8,
}

/// A whole layout as the format lists its fields; texts are raw bytes so tests can break them.
#[derive(Clone, Debug)]
pub(in crate::core) struct Spec {
    pub version: u8,
    pub title: Vec<u8>,
    pub headcounts: [u8; 3],
    pub next_custom: u64,
    pub custom: Vec<SpecCustom>,
    /// Card references of PM, PDM, PMM and Unassigned.
    pub lanes: [Vec<u64>; 4],
    pub acknowledgements: Vec<(Vec<u8>, Vec<u8>)>,
    /// (card reference, lane byte) pairs; written from version 2 on.
    pub leads: Vec<(u64, u8)>,
    /// The practices byte; written from version 2 on.
    pub practices: u8,
}

/// A catalog card's reference: its index times 2.
pub(in crate::core) fn catalog(id: &str) -> u64 {
    index_of(id).expect("a catalog id") as u64 * 2
}

/// Custom activity `n`'s reference: `n * 2 + 1`.
pub(in crate::core) fn custom(n: u64) -> u64 {
    n * 2 + 1
}

impl Spec {
    /// The seeds' board: every catalog activity in the lanes the catalog gives it, and the
    /// catalog's leads.
    pub fn seeds() -> Spec {
        let mut lanes: [Vec<u64>; 4] = Default::default();
        for (index, entry) in CATALOG.iter().enumerate() {
            for lane in entry.lanes {
                lanes[lane.index()].push(index as u64 * 2);
            }
        }
        Spec {
            version: 2,
            title: Vec::new(),
            headcounts: [1, 1, 1],
            next_custom: 0,
            custom: Vec::new(),
            lanes,
            acknowledgements: Vec::new(),
            leads: SEED_LEADS.iter().map(|&(id, lane)| (catalog(id), lane.index() as u8)).collect(),
            practices: 0,
        }
    }

    /// The same board as format 1 wrote it: no leads, no practices.
    pub fn seeds_v1() -> Spec {
        Spec { version: 1, leads: Vec::new(), ..Spec::seeds() }
    }

    pub fn lane_mut(&mut self, lane: Lane) -> &mut Vec<u64> {
        &mut self.lanes[lane.index()]
    }

    pub fn bytes(&self) -> Vec<u8> {
        let mut out = vec![self.version];
        text(&mut out, &self.title);
        out.extend(self.headcounts);
        varint(&mut out, self.next_custom);
        varint(&mut out, self.custom.len() as u64);
        for c in &self.custom {
            varint(&mut out, c.n);
            text(&mut out, &c.name);
            text(&mut out, &c.description);
            out.push(c.area);
            out.push(c.expected);
        }
        for cards in &self.lanes {
            varint(&mut out, cards.len() as u64);
            for &card in cards {
                varint(&mut out, card);
            }
        }
        varint(&mut out, self.acknowledgements.len() as u64);
        for (warning, note) in &self.acknowledgements {
            text(&mut out, warning);
            text(&mut out, note);
        }
        if self.version >= 2 {
            varint(&mut out, self.leads.len() as u64);
            for &(card, lane) in &self.leads {
                varint(&mut out, card);
                out.push(lane);
            }
            out.push(self.practices);
        }
        out
    }

    /// The text form: `rl<version>.` and the bytes in unpadded base64url.
    pub fn text(&self) -> String {
        format!("rl{}.{}", self.version, URL_SAFE_NO_PAD.encode(self.bytes()))
    }

    pub fn decode(&self) -> Result<Layout, crate::core::codec::CodecError> {
        crate::core::codec::decode(&self.bytes())
    }
}

/// Any bytes in the text form of the current format.
pub(in crate::core) fn text_of(bytes: &[u8]) -> String {
    format!("rl2.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Unsigned LEB128, written independently of the codec's own writer.
pub(in crate::core) fn varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn text(out: &mut Vec<u8>, bytes: &[u8]) {
    varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}
