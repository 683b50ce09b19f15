//! Random valid layouts for property tests, built the way a person builds them: a random
//! sequence of edits (moves, shares, removals, headcounts, custom activities with random
//! areas and expected lanes) applied to the seeds' board. Shared by the rule engine's and
//! the codec's properties.

use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::name::ActivityName;
use proptest::prelude::*;

/// One random step: which edit, and numbers it picks its activity, lanes and index from.
type Step = (u8, u16, u8, u8, u8);

/// Any lane, the Unassigned tray included.
pub(in crate::core) fn lane(n: u8) -> Lane {
    Lane::ALL[usize::from(n) % 4]
}

fn role(n: u8) -> Lane {
    Lane::ROLES[usize::from(n) % 3]
}

fn area(n: u8) -> Option<OverlapArea> {
    OverlapArea::ALL.get(usize::from(n) % 8).copied()
}

fn roles(bits: u8) -> Vec<Lane> {
    Lane::ROLES.into_iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, l)| l).collect()
}

/// Turns a step into an edit that makes sense on `layout`.
fn edit_for(layout: &Layout, (what, pick, a, b, c): Step) -> Edit {
    let ids: Vec<ActivityId> = layout.activity_ids().collect();
    let id = ids[usize::from(pick) % ids.len()].clone();
    let held = layout.lanes_of(&id);
    let from = held[usize::from(a) % held.len()];
    let index = usize::from(c);
    match what % 8 {
        0 | 1 => Edit::Move { id, from, to: lane(b), index },
        2 => Edit::Share { id, to: role(b), index },
        3 => Edit::Remove { id, from },
        4 => Edit::SetHeadcount { lane: role(a), count: 1 + b % 20 },
        5 => {
            let name = ActivityName::parse(&format!("Custom {pick}")).unwrap();
            Edit::AddCustom { name, description: String::new(), area: area(a), expected_lanes: roles(b), lane: lane(c) }
        }
        6 => match layout.custom().get(usize::from(pick) % layout.custom().len().max(1)) {
            Some(custom) => Edit::EditCustom {
                id: custom.id.clone(),
                name: custom.name.clone(),
                description: String::new(),
                area: area(a),
                expected_lanes: roles(b),
            },
            None => Edit::SetHeadcount { lane: role(a), count: 1 + b % 20 },
        },
        _ => match layout.custom().get(usize::from(pick) % layout.custom().len().max(1)) {
            Some(custom) => Edit::DeleteCustom { id: custom.id.clone() },
            None => Edit::Share { id, to: role(b), index },
        },
    }
}

/// The seeds' board after the steps; a step whose edit is refused changes nothing.
fn build(steps: &[Step]) -> Layout {
    steps.iter().fold(Layout::seeds_default(), |layout, &step| {
        let edit = edit_for(&layout, step);
        layout.apply(&edit).unwrap_or(layout)
    })
}

/// A random valid layout: the seeds' board after up to 60 random edits.
pub(in crate::core) fn layouts() -> impl Strategy<Value = Layout> {
    prop::collection::vec(any::<Step>(), 0..60).prop_map(|steps| build(&steps))
}

