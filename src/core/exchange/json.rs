//! A JSON value as a plain tree, and the one writer the app needs: pretty-printed, with
//! correct string escaping. There is no parser here on purpose: in the browser, `JSON.parse`
//! already is one, and the shell turns its result into this tree, so the app ships no JSON
//! crate (serde_json alone cost about 25 KB of gzipped WebAssembly).

use std::fmt::Write;

/// Any JSON value. Objects keep their keys in order (a `Vec`, not a map), so what is written
/// reads the way it was built, and a duplicate key can be seen and refused on import.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Text value from anything string-like (keeps tree-building code short).
    pub fn text(value: impl Into<String>) -> Json {
        Json::Text(value.into())
    }

    /// The document as people read it: two-space indents, one entry per line, keys in
    /// their order, and a final newline. Non-ASCII text stays as UTF-8.
    pub fn to_pretty_string(&self) -> String {
        let mut out = String::new();
        write_value(self, 0, &mut out);
        out.push('\n');
        out
    }
}

fn write_value(value: &Json, depth: usize, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Json::Number(number) => write_number(*number, out),
        Json::Text(text) => write_text(text, out),
        Json::List(items) => write_block(('[', ']'), items.iter().map(|item| (None, item)), depth, out),
        Json::Object(entries) => {
            write_block(('{', '}'), entries.iter().map(|(key, item)| (Some(key.as_str()), item)), depth, out);
        }
    }
}

/// A list or an object: `[]` or `{}` when empty, otherwise one entry per line.
fn write_block<'a>(
    (open, close): (char, char),
    entries: impl ExactSizeIterator<Item = (Option<&'a str>, &'a Json)>,
    depth: usize,
    out: &mut String,
) {
    out.push(open);
    let any = entries.len() > 0;
    for (at, (key, item)) in entries.enumerate() {
        if at > 0 {
            out.push(',');
        }
        new_line(depth + 1, out);
        if let Some(key) = key {
            write_text(key, out);
            out.push_str(": ");
        }
        write_value(item, depth + 1, out);
    }
    if any {
        new_line(depth, out);
    }
    out.push(close);
}

fn new_line(depth: usize, out: &mut String) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Whole numbers without a fraction (`3`, not `3.0`). Layout files hold only small whole
/// numbers, so anything else is written as `null`: formatting fractions would pull Rust's
/// float printing (about 5 KB of gzipped WebAssembly) into the app for nothing.
fn write_number(number: f64, out: &mut String) {
    const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0; // 2^53
    if number.is_finite() && number.fract() == 0.0 && number.abs() < EXACT_INTEGERS {
        let _ = write!(out, "{}", number as i64);
    } else {
        out.push_str("null");
    }
}

/// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t` and so on or as
/// `\uXXXX`, and the line and paragraph separators too (JSON allows them raw, but a script
/// that embeds the file would break on them).
fn write_text(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
