//! Typed reading of a JSON tree, each value with its path (`custom[2].name`) so that an
//! error says exactly where the file is wrong. Paths are only rendered when an error needs
//! one, and every size is checked before anything is copied.

use super::error::ImportError;
use super::json::Json;

/// Longest key an error message repeats; a hostile file's key can be any length.
const MAX_KEY_SHOWN: usize = 40;

/// Where a value sits in the document: a chain of keys and indices back to the root.
#[derive(Clone, Copy)]
pub(super) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub(super) fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub(super) fn index(&'a self, at: usize) -> Path<'a> {
        Path::Index(self, at)
    }

    /// `lanes.pdm[3]`, the way the file spells it.
    pub(super) fn render(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Key(parent, key) => {
                let mut path = parent.render();
                if !path.is_empty() {
                    path.push('.');
                }
                path.extend(key.chars().take(MAX_KEY_SHOWN));
                if key.chars().nth(MAX_KEY_SHOWN).is_some() {
                    path.push('…');
                }
                path
            }
            Path::Index(parent, at) => format!("{}[{at}]", parent.render()),
        }
    }
}

/// How long a text may be. Character caps are checked as four bytes per character (the
/// codec's byte limits), which is cheap; the layout's own rules then count characters.
#[derive(Clone, Copy)]
pub(super) enum Limit {
    Characters(usize),
    Bytes(usize),
}

fn wrong_type(path: &Path<'_>, expected: &'static str) -> ImportError {
    ImportError::WrongType { path: path.render(), expected }
}

/// An object with exactly these keys, each once, returned in the order asked for.
pub(super) fn object<'a, const N: usize>(
    value: &'a Json,
    path: &Path<'_>,
    keys: [&'static str; N],
) -> Result<[&'a Json; N], ImportError> {
    let Json::Object(entries) = value else { return Err(wrong_type(path, "an object")) };
    let mut found: [Option<&'a Json>; N] = [None; N];
    for (key, item) in entries {
        let Some(at) = keys.iter().position(|known| known == key) else {
            return Err(ImportError::UnknownField { path: path.key(key).render() });
        };
        if found[at].replace(item).is_some() {
            return Err(ImportError::DuplicateField { path: path.key(key).render() });
        }
    }
    let mut values = [&Json::Null; N];
    for (at, key) in keys.iter().enumerate() {
        values[at] = found[at].ok_or_else(|| ImportError::Missing { path: path.key(key).render() })?;
    }
    Ok(values)
}

/// The value under `key` of an object that may also hold keys not yet checked.
pub(super) fn lookup<'a>(entries: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    entries.iter().find(|(name, _)| name == key).map(|(_, value)| value)
}

pub(super) fn text<'a>(value: &'a Json, path: &Path<'_>, limit: Limit) -> Result<&'a str, ImportError> {
    let Json::Text(text) = value else { return Err(wrong_type(path, "text")) };
    let (max_bytes, max, unit) = match limit {
        Limit::Characters(max) => (max.saturating_mul(4), max, "characters"),
        Limit::Bytes(max) => (max, max, "bytes"),
    };
    if text.len() > max_bytes {
        return Err(ImportError::TooLong { path: path.render(), max, unit });
    }
    Ok(text)
}

pub(super) fn list<'a>(value: &'a Json, path: &Path<'_>, max: usize) -> Result<&'a [Json], ImportError> {
    let Json::List(items) = value else { return Err(wrong_type(path, "a list")) };
    if items.len() > max {
        return Err(ImportError::TooLong { path: path.render(), max, unit: "entries" });
    }
    Ok(items)
}

/// A list of at most `max` objects with exactly these keys, each turned into a `T` by `read`.
pub(super) fn objects<T, const N: usize>(
    value: &Json,
    path: &Path<'_>,
    max: usize,
    keys: [&'static str; N],
    read: impl Fn([&Json; N], &Path<'_>) -> Result<T, ImportError>,
) -> Result<Vec<T>, ImportError> {
    let items = list(value, path, max)?;
    let mut values = Vec::with_capacity(items.len());
    for (at, item) in items.iter().enumerate() {
        let path = path.index(at);
        values.push(read(object(item, &path, keys)?, &path)?);
    }
    Ok(values)
}

/// A whole number in `min..=max` (JSON numbers are floating point: 2.5 and 1e400 are refused).
pub(super) fn whole(value: &Json, path: &Path<'_>, min: u32, max: u32) -> Result<u32, ImportError> {
    let Json::Number(number) = *value else { return Err(wrong_type(path, "a number")) };
    let out_of_range = || ImportError::OutOfRange { path: path.render(), min: min.into(), max: max.into() };
    if number.fract() != 0.0 || number < f64::from(min) || number > f64::from(max) {
        return Err(out_of_range());
    }
    // In range and whole, so the conversion is exact.
    Ok(number as u32)
}
