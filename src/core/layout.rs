//! A layout: which activities sit in which lane, in what order, who leads the shared ones,
//! plus headcounts, the practices the team has in place and the user's own activities. It
//! is a plain value (load it, compare it, diff it without any UI) and always valid: it is
//! only ever built by `Layout::seeds_default`, by edits, or by parsing saved data through
//! `LayoutData`.

use super::activity::{ActivityId, ActivityInfo, Category, Kind, OverlapArea};
use super::catalog::{self, CATALOG, SEED_LEADS};
use super::lane::{Lane, LaneSet};
use super::name::{parse_description, ActivityName, MAX_NAME_CHARS};
use super::order;
// From the rule engine's files, not from `rules` itself: that reads layouts, and the two
// would import each other.
use super::rules::acknowledgement::{parse_note, Acknowledgement};
use super::rules::mitigation::Mitigation;
use super::rules::warning::{WarningId, MAX_WARNING_ID_BYTES};
use std::fmt;
use std::rc::Rc;

/// Largest headcount a lane accepts; a role with more people than this is a department.
pub const MAX_HEADCOUNT: u8 = 20;
// Counts a layout may hold: edits refuse more, so whatever is saved can always be read
// back (the codec's input cap is sized for the largest layout these allow).
/// Most custom activities one layout may hold (`Edit::AddCustom` refuses more).
pub const MAX_CUSTOM_ACTIVITIES: usize = 5_000;
/// Most acknowledgements one layout may hold (`Edit::Acknowledge` refuses more).
pub const MAX_ACKNOWLEDGEMENTS: usize = 5_000;

/// The ordered cards of each lane. An activity sits either in the Unassigned tray or in one
/// or more role lanes, never both, and at most once per lane.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lanes {
    pub pm: Vec<ActivityId>,
    pub pdm: Vec<ActivityId>,
    pub pmm: Vec<ActivityId>,
    pub unassigned: Vec<ActivityId>,
}

impl Lanes {
    pub fn get(&self, lane: Lane) -> &Vec<ActivityId> {
        match lane {
            Lane::Pm => &self.pm,
            Lane::Pdm => &self.pdm,
            Lane::Pmm => &self.pmm,
            Lane::Unassigned => &self.unassigned,
        }
    }

    pub(super) fn get_mut(&mut self, lane: Lane) -> &mut Vec<ActivityId> {
        match lane {
            Lane::Pm => &mut self.pm,
            Lane::Pdm => &mut self.pdm,
            Lane::Pmm => &mut self.pmm,
            Lane::Unassigned => &mut self.unassigned,
        }
    }
}

/// How many people fill each role; a lane's load is judged against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headcounts {
    pub pm: u8,
    pub pdm: u8,
    pub pmm: u8,
}

impl Default for Headcounts {
    fn default() -> Self {
        Headcounts { pm: 1, pdm: 1, pmm: 1 }
    }
}

/// An activity the user added. Its overlap area and expected lanes (both optional) let it
/// join the rule engine's analysis the way the seeds' own activities do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomActivity {
    pub id: ActivityId,
    pub name: ActivityName,
    pub description: String,
    pub area: Option<OverlapArea>,
    /// The role lanes its author says it belongs in; empty when they did not say.
    pub expected_lanes: Vec<Lane>,
}

/// Expected lanes must be role lanes, each at most once, in board order: a set with one way
/// to write it, so layouts compare equal exactly when they mean the same and the binary
/// codec can store it as a bitmask.
pub fn valid_expected_lanes(lanes: &[Lane]) -> bool {
    let mut seen = 0u8;
    for &lane in lanes {
        let bit = 1 << lane.index();
        if !lane.is_role() || bit <= seen {
            return false;
        }
        seen |= bit;
    }
    true
}

/// A valid layout. Read from outside only through `LayoutData`, so anything read back is
/// re-checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub(super) title: String,
    pub(super) lanes: Lanes,
    pub(super) headcounts: Headcounts,
    /// Shared until an edit changes it: every undo step keeps a whole layout, and most edits
    /// leave the user's own activities alone.
    pub(super) custom: Rc<Vec<CustomActivity>>,
    /// Number of custom activities ever created, so a deleted id is never reused.
    pub(super) next_custom: u32,
    /// Sorted by warning id, at most one per warning.
    pub(super) acknowledgements: Vec<Acknowledgement>,
    /// Who leads each shared activity that has a lead: sorted by id, one entry at most per
    /// activity (so two leads cannot be written down), only for activities two or more role
    /// lanes hold, and only a lane that holds it. A card one role lane holds is led by it
    /// without an entry, so each layout has one way to be written.
    pub(super) leads: Vec<(ActivityId, Lane)>,
    /// The guide's practices the team has in place, one bit each (`Mitigation::bit`).
    pub(super) practices: u8,
}

/// The unchecked shape of a layout, as the codec and the file import read it.
#[derive(Clone, Debug)]
pub struct LayoutData {
    pub title: String,
    pub lanes: Lanes,
    pub headcounts: Headcounts,
    pub custom: Vec<CustomActivity>,
    pub next_custom: u32,
    pub acknowledgements: Vec<Acknowledgement>,
    /// (activity, lead lane) pairs in any order; a lead for a card its lane alone holds is
    /// dropped as said already.
    pub leads: Vec<(ActivityId, Lane)>,
    /// Bit `i` set when `Mitigation::ALL[i]` is in place; bits past the seventh are ignored.
    pub practices: u8,
}

/// Why a layout read from outside (saved data, later a link or a file) was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    UnknownActivity(String),
    DuplicateInLane {
        id: String,
        lane: Lane,
    },
    OwnedAndUnassigned(String),
    HeadcountOutOfRange {
        lane: Lane,
        count: u8,
    },
    BadCustomActivity(String),
    BadAcknowledgement(String),
    /// A lead in a lane that does not hold the activity (or in the Unassigned tray).
    BadLead(String),
    /// Two leads for one activity; a layout holds one at most.
    TwoLeads(String),
    TitleTooLong,
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::UnknownActivity(id) => {
                write!(f, "it places an activity that does not exist (\"{id}\")")
            }
            LayoutError::DuplicateInLane { id, lane } => {
                write!(f, "\"{id}\" appears twice in {}", lane.code())
            }
            LayoutError::OwnedAndUnassigned(id) => write!(f, "\"{id}\" is both owned and unassigned"),
            LayoutError::HeadcountOutOfRange { lane, count } => {
                write!(f, "{} has a headcount of {count} (allowed: 1 to {MAX_HEADCOUNT})", lane.code())
            }
            LayoutError::BadCustomActivity(id) => {
                write!(f, "the custom activity \"{id}\" is malformed or listed twice")
            }
            LayoutError::BadAcknowledgement(id) => {
                write!(f, "the warning \"{id}\" is acknowledged twice, or its id or note is too long")
            }
            LayoutError::BadLead(id) => write!(f, "it gives \"{id}\" a lead that does not hold it"),
            LayoutError::TwoLeads(id) => {
                write!(f, "it gives \"{id}\" two leads, and an activity has at most one")
            }
            LayoutError::TitleTooLong => write!(f, "its title is longer than {MAX_NAME_CHARS} characters"),
        }
    }
}

impl TryFrom<LayoutData> for Layout {
    type Error = LayoutError;

    /// Checks every rule of a valid layout. Catalog activities the data does not mention
    /// (saved before the catalog grew) are added to the Unassigned tray rather than lost.
    fn try_from(data: LayoutData) -> Result<Layout, LayoutError> {
        if data.title.chars().count() > MAX_NAME_CHARS {
            return Err(LayoutError::TitleTooLong);
        }
        for lane in Lane::ROLES {
            let count = headcount_of(&data.headcounts, lane);
            if count == 0 || count > MAX_HEADCOUNT {
                return Err(LayoutError::HeadcountOutOfRange { lane, count });
            }
        }
        let mut custom = data.custom;
        for activity in &mut custom {
            activity.description = parse_description(&activity.description)
                .map_err(|_| LayoutError::BadCustomActivity(activity.id.to_string()))?;
        }
        // Custom activities are kept in ascending `custom-<n>` order (creation order), so
        // lookups are binary searches by number and no sort is needed (or compiled in).
        let numbers: Vec<u32> = custom
            .iter()
            .map(|c| c.id.custom_number().ok_or_else(|| LayoutError::BadCustomActivity(c.id.to_string())))
            .collect::<Result<_, _>>()?;
        if let Some(at) = numbers.windows(2).position(|pair| pair[0] >= pair[1]) {
            return Err(LayoutError::BadCustomActivity(custom[at + 1].id.to_string()));
        }
        let next_custom =
            numbers.last().map_or(data.next_custom, |&last| data.next_custom.max(last.saturating_add(1)));
        if let Some(bad) = custom.iter().find(|c| !valid_expected_lanes(&c.expected_lanes)) {
            return Err(LayoutError::BadCustomActivity(bad.id.to_string()));
        }
        let acknowledgements = checked_acknowledgements(data.acknowledgements)?;
        let known = |id: &ActivityId| match id.custom_number() {
            Some(n) => numbers.binary_search(&n).is_ok(),
            None => catalog::entry(id).is_some(),
        };

        let mut owned: Vec<&ActivityId> = Vec::new();
        let mut sorted: [Vec<&ActivityId>; 4] = Default::default();
        for lane in Lane::ALL {
            let mut cards: Vec<&ActivityId> = data.lanes.get(lane).iter().collect();
            if let Some(id) = cards.iter().find(|id| !known(id)) {
                return Err(LayoutError::UnknownActivity(id.to_string()));
            }
            order::sort(&mut cards);
            if let Some(pair) = cards.windows(2).find(|pair| pair[0] == pair[1]) {
                return Err(LayoutError::DuplicateInLane { id: pair[0].to_string(), lane });
            }
            if lane.is_role() {
                owned.extend(&cards);
            } else {
                order::sort(&mut owned);
                if let Some(id) = cards.iter().find(|id| owned.binary_search(id).is_ok()) {
                    return Err(LayoutError::OwnedAndUnassigned(id.to_string()));
                }
                owned.extend(&cards);
            }
            sorted[lane.index()] = cards;
        }
        let holds = |id: &ActivityId, lane: Lane| sorted[lane.index()].binary_search(&id).is_ok();
        let leads = checked_leads(data.leads, holds)?;
        order::sort(&mut owned);
        let missing: Vec<ActivityId> =
            all_ids(&custom).filter(|id| owned.binary_search(&id).is_err()).collect();
        let mut lanes = data.lanes;
        lanes.unassigned.extend(missing);

        Ok(Layout {
            title: data.title,
            lanes,
            headcounts: data.headcounts,
            custom: Rc::new(custom),
            next_custom,
            acknowledgements,
            leads,
            practices: data.practices & ALL_PRACTICES,
        })
    }
}

/// Every practice's bit.
const ALL_PRACTICES: u8 = (1 << Mitigation::ALL.len()) - 1;

impl From<Layout> for LayoutData {
    fn from(layout: Layout) -> LayoutData {
        LayoutData {
            title: layout.title,
            lanes: layout.lanes,
            headcounts: layout.headcounts,
            custom: Rc::unwrap_or_clone(layout.custom),
            next_custom: layout.next_custom,
            acknowledgements: layout.acknowledgements,
            leads: layout.leads,
            practices: layout.practices,
        }
    }
}

/// Acknowledgements read from saved data: notes tidied, sorted by warning id; a repeated or
/// over-long id or an over-long note makes the data invalid rather than silently dropping a note.
fn checked_acknowledgements(mut list: Vec<Acknowledgement>) -> Result<Vec<Acknowledgement>, LayoutError> {
    for ack in &mut list {
        if ack.warning.as_str().len() > MAX_WARNING_ID_BYTES {
            return Err(LayoutError::BadAcknowledgement(ack.warning.to_string()));
        }
        ack.note =
            parse_note(&ack.note).map_err(|_| LayoutError::BadAcknowledgement(ack.warning.to_string()))?;
    }
    order::sort_by(&mut list, |a, b| a.warning.cmp(&b.warning));
    if let Some(pair) = list.windows(2).find(|pair| pair[0].warning == pair[1].warning) {
        return Err(LayoutError::BadAcknowledgement(pair[0].warning.to_string()));
    }
    Ok(list)
}

/// Leads read from saved data, sorted by id: one per activity, each in a role lane that
/// holds it; a lead of a card that lane alone holds is dropped (it leads anyway).
fn checked_leads(
    mut leads: Vec<(ActivityId, Lane)>,
    holds: impl Fn(&ActivityId, Lane) -> bool,
) -> Result<Vec<(ActivityId, Lane)>, LayoutError> {
    order::sort_by(&mut leads, |a, b| a.0.cmp(&b.0));
    if let Some(pair) = leads.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        return Err(LayoutError::TwoLeads(pair[0].0.to_string()));
    }
    if let Some((id, _)) = leads.iter().find(|(id, lane)| !lane.is_role() || !holds(id, *lane)) {
        return Err(LayoutError::BadLead(id.to_string()));
    }
    leads.retain(|(id, _)| Lane::ROLES.iter().filter(|&&lane| holds(id, lane)).count() > 1);
    Ok(leads)
}

fn headcount_of(headcounts: &Headcounts, lane: Lane) -> u8 {
    match lane {
        Lane::Pm => headcounts.pm,
        Lane::Pdm => headcounts.pdm,
        Lane::Pmm => headcounts.pmm,
        Lane::Unassigned => 0,
    }
}

/// Catalog ids in catalog order, then the given custom ids.
fn all_ids(custom: &[CustomActivity]) -> impl Iterator<Item = ActivityId> + '_ {
    CATALOG.iter().map(|entry| ActivityId::new(entry.id)).chain(custom.iter().map(|c| c.id.clone()))
}

/// Each lane's cards sorted by id, for binary search (see `Layout::placements`), and the
/// layout's leads.
pub struct Placements<'a>([Vec<&'a ActivityId>; 4], &'a [(ActivityId, Lane)]);

impl Placements<'_> {
    pub fn of(&self, id: &ActivityId) -> LaneSet {
        let mut set = LaneSet::default();
        for (lane, cards) in Lane::ALL.into_iter().zip(&self.0) {
            if cards.binary_search(&id).is_ok() {
                set.insert(lane);
            }
        }
        set
    }

    /// `Layout::lead` in O(log n), for drawing every card's `data-lead`.
    pub fn lead(&self, id: &ActivityId) -> Option<Lane> {
        let roles = self.of(id).roles();
        if roles.len() == 1 {
            roles.first()
        } else {
            stored(self.1, id)
        }
    }
}

/// The lead stored for an activity, if any.
fn stored(leads: &[(ActivityId, Lane)], id: &ActivityId) -> Option<Lane> {
    leads.binary_search_by(|(other, _)| other.cmp(id)).ok().map(|at| leads[at].1)
}

impl Layout {
    /// The seeds' own picture: every catalog activity in the lane(s) the seeds give it.
    pub fn seeds_default() -> Layout {
        let mut lanes = Lanes::default();
        for entry in CATALOG {
            for &lane in entry.lanes {
                lanes.get_mut(lane).push(ActivityId::new(entry.id));
            }
        }
        Layout {
            title: String::new(),
            lanes,
            headcounts: Headcounts::default(),
            custom: Rc::default(),
            next_custom: 0,
            acknowledgements: Vec::new(),
            leads: SEED_LEADS.iter().map(|&(id, lane)| (ActivityId::new(id), lane)).collect(),
            practices: 0,
        }
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    /// The cards of a lane, in board order.
    pub fn lane(&self, lane: Lane) -> &[ActivityId] {
        self.lanes.get(lane)
    }

    pub fn headcount(&self, lane: Lane) -> u8 {
        headcount_of(&self.headcounts, lane)
    }

    pub fn custom(&self) -> &[CustomActivity] {
        self.custom.as_slice()
    }

    /// Every activity on the board: catalog first, then custom, each once.
    pub fn activity_ids(&self) -> impl Iterator<Item = ActivityId> + '_ {
        all_ids(self.custom.as_slice())
    }

    /// Where every activity sits, indexed once: drawing a big board asks for each card's
    /// lanes, and `lanes_of` (a scan of every lane) per card would be quadratic.
    pub fn placements(&self) -> Placements<'_> {
        let cards = Lane::ALL.map(|lane| {
            let mut cards: Vec<&ActivityId> = self.lane(lane).iter().collect();
            order::sort(&mut cards);
            cards
        });
        Placements(cards, &self.leads)
    }

    /// Where an activity sits: its role lanes in board order, or `[Unassigned]`.
    pub fn lanes_of(&self, id: &ActivityId) -> Vec<Lane> {
        Lane::ALL.into_iter().filter(|&lane| self.lane(lane).contains(id)).collect()
    }

    pub fn position(&self, id: &ActivityId, lane: Lane) -> Option<usize> {
        self.lane(lane).iter().position(|other| other == id)
    }

    pub fn contains(&self, id: &ActivityId) -> bool {
        catalog::entry(id).is_some() || self.custom_activity(id).is_some()
    }

    /// Custom activities are kept in creation order, which is ascending `custom-<n>`, so a
    /// lookup is a binary search: boards with thousands of them stay fast.
    pub fn custom_activity(&self, id: &ActivityId) -> Option<&CustomActivity> {
        let n = id.custom_number()?;
        // Until something is deleted, `custom-<n>` sits at position n: check there first.
        if let Some(activity) = self.custom.get(n as usize).filter(|activity| &activity.id == id) {
            return Some(activity);
        }
        let at = self
            .custom
            .binary_search_by_key(&n, |activity| activity.id.custom_number().unwrap_or(u32::MAX))
            .ok()?;
        self.custom.get(at)
    }

    /// Name, description and category of any activity on the board.
    pub fn info(&self, id: &ActivityId) -> Option<ActivityInfo<'_>> {
        if let Some(entry) = catalog::entry(id) {
            return Some(ActivityInfo {
                name: entry.name,
                description: entry.description,
                category: entry.category,
                kind: entry.kind,
            });
        }
        self.custom_activity(id).map(|activity| ActivityInfo {
            name: activity.name.as_str(),
            description: &activity.description,
            category: Category::Custom,
            kind: Kind::Responsibility,
        })
    }

    /// The name to show or announce; falls back to the id for a stale reference.
    pub fn name_of(&self, id: &ActivityId) -> String {
        self.info(id).map_or_else(|| id.to_string(), |info| info.name.to_string())
    }

    /// The role lane that decides and answers for an activity: the only role lane holding
    /// it, or for a shared one its stored lead. `None` for shared work nobody leads (an
    /// `overlap` warning) and for a card no role holds.
    pub fn lead(&self, id: &ActivityId) -> Option<Lane> {
        let mut holders = Lane::ROLES.into_iter().filter(|&lane| self.lane(lane).contains(id));
        let first = holders.next()?;
        match holders.next() {
            None => Some(first),
            Some(_) => stored(&self.leads, id),
        }
    }

    /// Whether `lane` leads the activity; any other role lane holding it contributes.
    pub fn is_lead(&self, id: &ActivityId, lane: Lane) -> bool {
        self.lead(id) == Some(lane)
    }

    /// The stored leads, sorted by id: one for each shared activity that has a lead.
    pub fn leads(&self) -> &[(ActivityId, Lane)] {
        &self.leads
    }

    /// Sets or clears the stored lead of an activity, keeping the list sorted.
    pub(super) fn store_lead(&mut self, id: &ActivityId, lane: Option<Lane>) {
        match (self.leads.binary_search_by(|(other, _)| other.cmp(id)), lane) {
            (Ok(at), Some(lane)) => self.leads[at].1 = lane,
            (Ok(at), None) => {
                self.leads.remove(at);
            }
            (Err(at), Some(lane)) => self.leads.insert(at, (id.clone(), lane)),
            (Err(_), None) => {}
        }
    }

    /// The practices the team has in place, in the guide's order.
    pub fn practices(&self) -> impl Iterator<Item = Mitigation> + '_ {
        Mitigation::ALL.into_iter().filter(|&practice| self.has_practice(practice))
    }

    pub fn has_practice(&self, practice: Mitigation) -> bool {
        self.practices & practice.bit() != 0
    }

    /// Every acknowledgement, sorted by warning id, including those whose warning no longer fires.
    pub fn acknowledgements(&self) -> &[Acknowledgement] {
        &self.acknowledgements
    }

    /// The note on an acknowledged warning (`Some("")` when acknowledged without a note).
    pub fn acknowledgement(&self, warning: &WarningId) -> Option<&str> {
        let at = self.acknowledgements.binary_search_by(|ack| ack.warning.cmp(warning)).ok()?;
        Some(self.acknowledgements[at].note.as_str())
    }
}
