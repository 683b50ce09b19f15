//! Inputs refused as a whole, before or around their fields: nothing, not ours, another
//! format, too large, not base64url, cut short, or with something after the end.

use super::spec::{text_of, Spec};
use crate::core::codec::{decode, from_text, CodecError, MAX_INPUT_BYTES};

#[test]
fn nothing_at_all_is_empty() {
    assert_eq!(decode(&[]), Err(CodecError::Empty));
    assert_eq!(from_text(""), Err(CodecError::Empty));
    assert_eq!(from_text("rl1."), Err(CodecError::Empty));
}

#[test]
fn text_without_our_prefix_is_not_ours() {
    for text in [
        r#"{"app":"role-lanes","version":1,"layout":{"lanes":{}}}"#,
        "hello",
        "rl1",
        "rl.AQ",
        "rlx.AQ",
        "rl01.AQ",
        "rl256.AQ",
        "RL1.AQ",
        " rl1.AQ",
    ] {
        assert_eq!(from_text(text), Err(CodecError::NotOurs), "{text:?}");
    }
}

#[test]
fn a_newer_format_is_refused_with_its_version_and_says_so() {
    let mut spec = Spec::seeds();
    spec.version = 3;
    assert_eq!(spec.decode(), Err(CodecError::UnsupportedVersion(3)));
    assert_eq!(from_text("rl3.AQ"), Err(CodecError::UnsupportedVersion(3)));
    let message = CodecError::UnsupportedVersion(3).to_string();
    assert!(message.contains("newer version of Role Lanes"), "{message}");
}

#[test]
fn format_0_is_one_role_lanes_never_wrote() {
    assert_eq!(decode(&[0]), Err(CodecError::UnsupportedVersion(0)));
    assert!(CodecError::UnsupportedVersion(0).to_string().contains("never wrote"));
}

#[test]
fn the_text_and_byte_versions_must_agree() {
    let mut spec = Spec::seeds();
    spec.version = 3;
    assert_eq!(from_text(&spec.text()), Err(CodecError::UnsupportedVersion(3)));
    // Both readable, but a format-1 prefix on format-2 bytes (and the reverse) was tampered with.
    let v2 = Spec::seeds().text();
    assert_eq!(from_text(&v2.replacen("rl2.", "rl1.", 1)), Err(CodecError::Malformed));
    let v1 = Spec::seeds_v1().text();
    assert_eq!(from_text(&v1.replacen("rl1.", "rl2.", 1)), Err(CodecError::Malformed));
}

#[test]
fn input_over_the_size_cap_is_too_large() {
    let mut bytes = Spec::seeds().bytes();
    bytes.resize(MAX_INPUT_BYTES + 1, 0);
    assert_eq!(decode(&bytes), Err(CodecError::TooLarge));
    assert_eq!(from_text(&text_of(&bytes)), Err(CodecError::TooLarge));
}

#[test]
fn more_custom_activities_or_acknowledgements_than_the_caps_are_too_large() {
    let mut bytes = Spec::seeds().bytes()[..6].to_vec();
    bytes.extend([0x89, 0x27]); // 5,001 custom activities
    assert_eq!(decode(&bytes), Err(CodecError::TooLarge));
    let mut bytes = Spec::seeds().bytes();
    bytes.truncate(bytes.len() - 9); // up to the acknowledgements (then 3 leads, practices)
    bytes.extend([0x91, 0x4e]); // 10,001 acknowledgements
    assert_eq!(decode(&bytes), Err(CodecError::TooLarge));
}

#[test]
fn text_that_is_not_unpadded_base64url_has_bad_characters() {
    for text in ["rl1.AQ==", "rl1.A", "rl1.a+b/", "rl1.AQ!", "rl1.AQ\n", "rl1.AR"] {
        assert_eq!(from_text(text), Err(CodecError::BadCharacters), "{text:?}");
    }
    assert!(CodecError::BadCharacters.to_string().contains("copied whole"));
}

#[test]
fn data_that_stops_early_is_truncated() {
    let bytes = Spec::seeds().bytes();
    assert_eq!(decode(&bytes[..bytes.len() - 1]), Err(CodecError::Truncated));
    assert_eq!(decode(&bytes[..1]), Err(CodecError::Truncated));
    assert_eq!(decode(&[1, 9, b'a']), Err(CodecError::Truncated), "a title longer than the data");
    assert_eq!(
        CodecError::Truncated.to_string(),
        "the data is cut short; if it came from a link, copy the whole link"
    );
}

#[test]
fn anything_after_the_last_field_is_refused() {
    let mut bytes = Spec::seeds().bytes();
    bytes.push(0);
    assert_eq!(decode(&bytes), Err(CodecError::TrailingBytes));
}
