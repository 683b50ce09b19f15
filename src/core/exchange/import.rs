//! Reading a layout file back. Strict: every field is type-checked and size-capped with its
//! path, and the result goes through `Layout::try_from`, so an imported layout obeys exactly
//! the rules of every other layout. Never panics, whatever the tree holds.

use super::document::{
    lane_keys, role_keys, ACKNOWLEDGEMENT_KEYS, CUSTOM_KEYS, LAYOUT_FILE_FORMAT, LAYOUT_FILE_VERSION,
    TOP_KEYS, V1_TOP_KEYS,
};
use super::error::ImportError;
use super::fields::{list, lookup, object, objects, text, whole, Limit, Path};
use super::json::Json;
use crate::core::activity::ActivityId;
use crate::core::catalog::CATALOG;
use crate::core::codec::MAX_NAME_BYTES;
use crate::core::lane::Lane;
use crate::core::layout::{
    CustomActivity, Headcounts, Lanes, Layout, LayoutData, MAX_ACKNOWLEDGEMENTS, MAX_CUSTOM_ACTIVITIES,
    MAX_HEADCOUNT,
};
use crate::core::name::{ActivityName, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use crate::core::rules::areas::AREA_RULES;
use crate::core::rules::{Acknowledgement, Mitigation, WarningId, MAX_NOTE_CHARS, MAX_WARNING_ID_BYTES};

/// Longest activity id read: ids are slugs of names or `custom-<n>`, so none comes near it,
/// and an error that quotes an unknown id stays short.
const MAX_ACTIVITY_ID: Limit = Limit::Bytes(MAX_NAME_BYTES);

/// Reads a layout from a parsed layout file (see the `exchange` module for its shape). A
/// version 1 file has no leads (its shared cards import with none) and no practices.
pub fn from_json(doc: &Json) -> Result<Layout, ImportError> {
    let root = Path::Root;
    let (fields, added) = match check_format_and_version(doc)? {
        1 => (object(doc, &root, V1_TOP_KEYS)?, None),
        _ => {
            let [format, version, title, headcounts, lanes, leads, custom, next, acks, practices] =
                object(doc, &root, TOP_KEYS)?;
            ([format, version, title, headcounts, lanes, custom, next, acks], Some((leads, practices)))
        }
    };
    let [_, _, title, headcounts, lanes, custom, next_custom, acknowledgements] = fields;
    let (leads, practices) = match added {
        Some((leads, practices)) => {
            (read_leads(leads, &root.key("leads"))?, read_practices(practices, &root.key("practices"))?)
        }
        None => (Vec::new(), 0),
    };
    let data = LayoutData {
        title: text(title, &root.key("title"), Limit::Characters(MAX_NAME_CHARS))?.to_owned(),
        headcounts: read_headcounts(headcounts, &root.key("headcounts"))?,
        lanes: read_lanes(lanes, &root.key("lanes"))?,
        custom: read_custom(custom, &root.key("custom"))?,
        next_custom: whole(next_custom, &root.key("next_custom"), 0, u32::MAX)?,
        acknowledgements: read_acknowledgements(acknowledgements, &root.key("acknowledgements"))?,
        leads,
        practices,
    };
    Ok(Layout::try_from(data)?)
}

/// Checked before any other field, so that a file from a newer version (which may have
/// fields this one does not know) says so, rather than naming the first unknown field.
/// Returns the file's version.
fn check_format_and_version(doc: &Json) -> Result<u32, ImportError> {
    let Json::Object(entries) = doc else { return Err(ImportError::NotOurs) };
    match lookup(entries, "format") {
        Some(Json::Text(format)) if format == LAYOUT_FILE_FORMAT => {}
        _ => return Err(ImportError::NotOurs),
    }
    let version =
        lookup(entries, "version").ok_or_else(|| ImportError::Missing { path: "version".into() })?;
    let version = whole(version, &Path::Root.key("version"), 1, u32::MAX)?;
    if version > LAYOUT_FILE_VERSION {
        return Err(ImportError::NewerVersion(version));
    }
    Ok(version)
}

fn read_headcounts(value: &Json, path: &Path<'_>) -> Result<Headcounts, ImportError> {
    let values = object(value, path, role_keys())?;
    let mut counts = [0u8; 3];
    for ((count, value), key) in counts.iter_mut().zip(values).zip(role_keys()) {
        let path = path.key(key);
        let number = whole(value, &path, 1, u32::from(MAX_HEADCOUNT))?;
        *count = u8::try_from(number).map_err(|_| ImportError::OutOfRange {
            path: path.render(),
            min: 1,
            max: MAX_HEADCOUNT.into(),
        })?;
    }
    let [pm, pdm, pmm] = counts;
    Ok(Headcounts { pm, pdm, pmm })
}

fn read_lanes(value: &Json, path: &Path<'_>) -> Result<Lanes, ImportError> {
    let values = object(value, path, lane_keys())?;
    let mut lanes = Lanes::default();
    for ((lane, value), key) in Lane::ALL.into_iter().zip(values).zip(lane_keys()) {
        *lanes.get_mut(lane) = activity_ids(value, &path.key(key))?;
    }
    Ok(lanes)
}

/// The activities each role lane leads; one listed under two lanes is refused with the
/// layout (`LayoutError::TwoLeads`).
fn read_leads(value: &Json, path: &Path<'_>) -> Result<Vec<(ActivityId, Lane)>, ImportError> {
    let values = object(value, path, role_keys())?;
    let mut leads = Vec::new();
    for ((lane, value), key) in Lane::ROLES.into_iter().zip(values).zip(role_keys()) {
        leads.extend(activity_ids(value, &path.key(key))?.into_iter().map(|id| (id, lane)));
    }
    Ok(leads)
}

fn read_practices(value: &Json, path: &Path<'_>) -> Result<u8, ImportError> {
    let options = Mitigation::ALL.map(|practice| (practice.slug(), practice));
    let mut practices = 0;
    for (at, item) in list(value, path, options.len())?.iter().enumerate() {
        practices |= one_of(item, &path.index(at), &options)?.bit();
    }
    Ok(practices)
}

/// A list of activity ids. An activity sits in a lane at most once, so no list can hold
/// more than every activity.
fn activity_ids(value: &Json, path: &Path<'_>) -> Result<Vec<ActivityId>, ImportError> {
    list(value, path, CATALOG.len() + MAX_CUSTOM_ACTIVITIES)?
        .iter()
        .enumerate()
        .map(|(at, card)| Ok(ActivityId::new(text(card, &path.index(at), MAX_ACTIVITY_ID)?)))
        .collect()
}

fn read_custom(value: &Json, path: &Path<'_>) -> Result<Vec<CustomActivity>, ImportError> {
    objects(
        value,
        path,
        MAX_CUSTOM_ACTIVITIES,
        CUSTOM_KEYS,
        |[id, name, description, area, expected_lanes], path| {
            let name_path = path.key("name");
            let name = ActivityName::parse(text(name, &name_path, Limit::Characters(MAX_NAME_CHARS))?)
                .map_err(|problem| ImportError::BadName { path: name_path.render(), problem })?;
            let area_path = path.key("area");
            let area = match area {
                Json::Null => None,
                Json::Text(_) => {
                    Some(one_of(area, &area_path, &AREA_RULES.map(|rules| (rules.slug, rules.area)))?)
                }
                _ => {
                    return Err(ImportError::WrongType { path: area_path.render(), expected: "text or null" })
                }
            };
            let expected_path = path.key("expected_lanes");
            let roles = Lane::ROLES.map(|lane| (lane.slug(), lane));
            let expected_lanes = list(expected_lanes, &expected_path, Lane::ROLES.len())?
                .iter()
                .enumerate()
                .map(|(at, lane)| one_of(lane, &expected_path.index(at), &roles))
                .collect::<Result<_, _>>()?;
            let description =
                text(description, &path.key("description"), Limit::Characters(MAX_DESCRIPTION_CHARS))?;
            Ok(CustomActivity {
                id: ActivityId::new(text(id, &path.key("id"), MAX_ACTIVITY_ID)?),
                name,
                description: description.to_owned(),
                area,
                expected_lanes,
            })
        },
    )
}

fn read_acknowledgements(value: &Json, path: &Path<'_>) -> Result<Vec<Acknowledgement>, ImportError> {
    objects(value, path, MAX_ACKNOWLEDGEMENTS, ACKNOWLEDGEMENT_KEYS, |[warning, note], path| {
        let warning = text(warning, &path.key("warning"), Limit::Bytes(MAX_WARNING_ID_BYTES))?;
        let note = text(note, &path.key("note"), Limit::Characters(MAX_NOTE_CHARS))?;
        Ok(Acknowledgement { warning: WarningId::from_saved(warning.to_owned()), note: note.to_owned() })
    })
}

/// One of a few ids (an overlap area, a role lane); the error lists them all.
fn one_of<T: Copy>(value: &Json, path: &Path<'_>, options: &[(&'static str, T)]) -> Result<T, ImportError> {
    let Json::Text(id) = value else {
        return Err(ImportError::WrongType { path: path.render(), expected: "text" });
    };
    let found = options.iter().find(|(known, _)| known == id).map(|&(_, value)| value);
    found.ok_or_else(|| ImportError::NotOneOf {
        path: path.render(),
        allowed: options.iter().map(|&(known, _)| known).collect::<Vec<_>>().join(", "),
    })
}
