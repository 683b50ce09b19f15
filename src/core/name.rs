//! Validated text a user types: activity names, descriptions, layout titles.
//! Parsed once at the edge, so the rest of the core only ever sees clean values.

use std::fmt;
use std::rc::Rc;

/// Longest activity name, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest activity description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 280;

/// Why typed text was refused, phrased for the person who typed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong { max: usize, got: usize },
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::Empty => f.write_str("Give the activity a name."),
            TextError::TooLong { max, got } => {
                write!(f, "Keep it to {max} characters or fewer (this has {got}).")
            }
        }
    }
}

/// Collapses every run of whitespace (newlines and tabs included) into one space, drops
/// other control characters and trims, so hostile paste cannot break the layout.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let mut chars = word.chars().filter(|c| !c.is_control()).peekable();
        // A "word" of control characters alone is no word: no space for it.
        if chars.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(chars);
    }
    out
}

/// A non-empty, tidied activity name of at most `MAX_NAME_CHARS` characters. Any script,
/// emoji or markup-looking text is allowed: the UI renders it as text, never as HTML.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ActivityName(Rc<str>);

impl ActivityName {
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let name = tidy(raw);
        let count = name.chars().count();
        if count == 0 {
            Err(TextError::Empty)
        } else if count > MAX_NAME_CHARS {
            Err(TextError::TooLong { max: MAX_NAME_CHARS, got: count })
        } else {
            Ok(ActivityName(Rc::from(name)))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name as shared text: the board shows it on every redraw without copying it.
    pub fn shared(&self) -> Rc<str> {
        Rc::clone(&self.0)
    }
}

/// Free text (a description, a note): tidied, may be empty, at most `max` characters.
pub fn parse_limited(raw: &str, max: usize) -> Result<String, TextError> {
    let text = tidy(raw);
    let got = text.chars().count();
    if got > max {
        Err(TextError::TooLong { max, got })
    } else {
        Ok(text)
    }
}

/// A description: tidied, may be empty, at most `MAX_DESCRIPTION_CHARS` characters.
pub fn parse_description(raw: &str) -> Result<String, TextError> {
    parse_limited(raw, MAX_DESCRIPTION_CHARS)
}

impl fmt::Display for ActivityName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_name_is_refused_with_a_message() {
        assert_eq!(ActivityName::parse("   \n\t "), Err(TextError::Empty));
        assert_eq!(TextError::Empty.to_string(), "Give the activity a name.");
    }

    #[test]
    fn an_over_long_name_is_refused_and_says_how_long_it_was() {
        let long = "é".repeat(MAX_NAME_CHARS + 1);
        let err = ActivityName::parse(&long).unwrap_err();
        assert_eq!(err, TextError::TooLong { max: 80, got: 81 });
        assert!(err.to_string().contains("80"));
    }

    #[test]
    fn a_name_of_exactly_the_limit_in_multibyte_characters_is_accepted() {
        let name = "品".repeat(MAX_NAME_CHARS);
        assert_eq!(ActivityName::parse(&name).unwrap().as_str().chars().count(), 80);
    }

    #[test]
    fn any_unicode_and_markup_is_kept_as_text() {
        let name = ActivityName::parse("  <b>Pricing</b> 🚀 Ünïcødé 定价  ").unwrap();
        assert_eq!(name.as_str(), "<b>Pricing</b> 🚀 Ünïcødé 定价");
    }

    #[test]
    fn newlines_tabs_and_control_characters_are_tidied_away() {
        let name = ActivityName::parse("Launch\n\n\tplan\u{7}ning\u{0}").unwrap();
        assert_eq!(name.as_str(), "Launch planning");
    }

    #[test]
    fn a_word_of_control_characters_alone_leaves_no_stray_space() {
        assert_eq!(tidy("Plan \u{0} \u{7}"), "Plan");
        assert_eq!(tidy("\u{1b} Plan \u{0}\u{0} B"), "Plan B");
    }

    #[test]
    fn tidying_tidy_text_changes_nothing() {
        for raw in ["  a\u{0}  b\t\u{7} ", "¡ \u{0}", "x\u{85}y", " \u{2028}z "] {
            assert_eq!(tidy(&tidy(raw)), tidy(raw), "{raw:?}");
        }
    }

    #[test]
    fn descriptions_may_be_empty_but_not_too_long() {
        assert_eq!(parse_description("  "), Ok(String::new()));
        assert!(parse_description(&"x".repeat(MAX_DESCRIPTION_CHARS + 1)).is_err());
    }
}
