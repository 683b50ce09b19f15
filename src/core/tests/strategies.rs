//! Random valid layouts for property tests, built the way a person builds them: a random
//! sequence of edits (moves, shares, removals, leads, practices, headcounts, custom
//! activities with random areas and expected lanes) applied to the seeds' board. Shared by
//! the rule engine's, the codec's and the file exports' properties.

use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::edit::Edit;
use crate::core::lane::Lane;
use crate::core::layout::{Layout, LayoutData};
use crate::core::name::{parse_description, ActivityName, MAX_NAME_CHARS};
use crate::core::rules::{analyze, Mitigation, WarningId};
use proptest::prelude::*;

/// One random step: which edit, and numbers it picks its activity, lanes and index from.
pub(in crate::core) type Step = (u8, u16, u8, u8, u8);

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

/// Turns a step into an edit that makes sense on `layout` (most of the time: a refused
/// one changes nothing).
pub(in crate::core) fn edit_for(layout: &Layout, (what, pick, a, b, c): Step) -> Edit {
    let ids: Vec<ActivityId> = layout.activity_ids().collect();
    let id = ids[usize::from(pick) % ids.len()].clone();
    let held = layout.lanes_of(&id);
    let from = held[usize::from(a) % held.len()];
    let index = usize::from(c);
    match what % 11 {
        0 | 1 => Edit::Move { id, from, to: lane(b), index },
        // A lane holding it, or (one time in four) none; sometimes a lane that does not.
        8 => Edit::SetLead { id, lane: (b % 4 != 0).then(|| if c % 8 == 0 { lane(b) } else { from }) },
        9 => Edit::SetPractice { practice: Mitigation::ALL[usize::from(a) % 7], in_place: b % 3 != 0 },
        2 => Edit::Share { id, to: role(b), index },
        3 => Edit::Remove { id, from },
        4 => Edit::SetHeadcount { lane: role(a), count: 1 + b % 20 },
        5 => {
            let name = ActivityName::parse(&format!("Custom {pick}")).unwrap();
            Edit::AddCustom {
                name,
                description: String::new(),
                area: area(a),
                expected_lanes: roles(b),
                lane: lane(c),
            }
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
        7 => match layout.custom().get(usize::from(pick) % layout.custom().len().max(1)) {
            Some(custom) => Edit::DeleteCustom { id: custom.id.clone() },
            None => Edit::Share { id, to: role(b), index },
        },
        _ => Edit::Share { id, to: role(b), index },
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

/// Text as people type or paste it: any character, weighted towards those that file formats
/// must escape (quotes, backslashes, separators, markup, line breaks, formula starts).
pub(in crate::core) fn typed_text(max: usize) -> impl Strategy<Value = String> {
    let awkward = prop::sample::select(vec![
        '"', '\\', '\n', '\r', '\t', '|', ',', '<', '>', '&', '#', '`', '=', '@', '\u{0}', '\u{2028}', 'é',
        '🚀',
    ]);
    prop::collection::vec(prop_oneof![any::<char>(), awkward], 0..=max).prop_map(String::from_iter)
}

/// What a person writes on a board: a title, names and descriptions for custom activities,
/// notes on warnings (by pick among those that fire, or on a made-up id).
type Words = (String, Vec<(String, String)>, Vec<(prop::sample::Index, String)>);

/// A random layout carrying the user's own words, each entered the way the UI enters it:
/// through edits, with texts the UI would refuse left out.
pub(in crate::core) fn worded_layouts() -> impl Strategy<Value = Layout> {
    let words = (
        typed_text(MAX_NAME_CHARS),
        prop::collection::vec((typed_text(90), typed_text(300)), 0..6),
        prop::collection::vec((any::<prop::sample::Index>(), typed_text(300)), 0..6),
    );
    (layouts(), words).prop_map(|(layout, words)| write_words(layout, words))
}

fn write_words(mut layout: Layout, (title, texts, notes): Words) -> Layout {
    let custom = layout.custom().to_vec();
    for (activity, (name, description)) in custom.into_iter().zip(texts) {
        let edit = Edit::EditCustom {
            id: activity.id,
            name: ActivityName::parse(&name).unwrap_or(activity.name),
            description: parse_description(&description).unwrap_or_default(),
            area: activity.area,
            expected_lanes: activity.expected_lanes,
        };
        layout = layout.apply(&edit).unwrap_or(layout);
    }
    let firing: Vec<WarningId> = analyze(&layout).into_iter().map(|warning| warning.id).collect();
    for (pick, note) in notes {
        let warning = match firing.get(pick.index(firing.len() + 1)) {
            Some(id) => id.clone(),
            None => WarningId::from_saved(format!("tension/retired-rule/{}", pick.index(100))),
        };
        layout = layout.apply(&Edit::Acknowledge { warning, note }).unwrap_or(layout);
    }
    // A title is kept as written (only its length is a rule), so this one stays raw.
    let mut data = LayoutData::from(layout.clone());
    data.title = title.chars().take(MAX_NAME_CHARS).collect();
    Layout::try_from(data).unwrap_or(layout)
}
