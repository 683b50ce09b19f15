//! Properties of share links: every valid layout reads back from its share text, in the
//! shorter of its two forms, and no random or damaged share text makes reading panic or
//! yield anything but a valid layout or an error.

use super::properties::{any_text, assert_sound, dressed_layouts};
use crate::core::codec::{share_payload, share_text_of};
use crate::core::tests::deflate::from_share_text;
use crate::core::tests::deflate::to_share_text;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;

/// The share text's deflated bytes, when it is compressed.
fn deflated(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text.strip_prefix("rl2z.")?).ok()
}

fn compressed_text(deflated: &[u8]) -> String {
    format!("rl2z.{}", URL_SAFE_NO_PAD.encode(deflated))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn every_valid_layout_reads_back_from_its_share_text(layout in dressed_layouts()) {
        let text = to_share_text(&layout).expect("a generated layout fits in a link");
        prop_assert_eq!(from_share_text(&text), Ok(layout));
    }

    #[test]
    fn a_share_link_takes_the_shorter_form_at_every_level_of_compression(layout in dressed_layouts(), level in 1..=10u8) {
        let payload = share_payload(&layout).unwrap();
        let deflated = miniz_oxide::deflate::compress_to_vec(&payload, level);
        let text = share_text_of(&payload, Some(&deflated)).unwrap();
        let (plain, compressed) = (share_text_of(&payload, None).unwrap(), compressed_text(&deflated));
        prop_assert_eq!(text.len(), plain.len().min(compressed.len()));
        prop_assert_eq!(from_share_text(&text), Ok(layout));
    }

    #[test]
    fn a_changed_character_in_a_share_text_never_panics(
        layout in dressed_layouts(), at in any::<prop::sample::Index>(), c in any::<char>()
    ) {
        let mut chars: Vec<char> = to_share_text(&layout).unwrap().chars().collect();
        let at = at.index(chars.len());
        chars[at] = c;
        assert_sound(from_share_text(&String::from_iter(chars)))?;
    }

    #[test]
    fn changed_or_cut_deflated_bytes_never_panic(
        layout in dressed_layouts(), at in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()
    ) {
        let text = to_share_text(&layout).unwrap();
        if let Some(mut bytes) = deflated(&text) {
            let at = at.index(bytes.len());
            bytes[at] ^= byte;
            assert_sound(from_share_text(&compressed_text(&bytes)))?;
            bytes.truncate(cut.index(bytes.len()));
            assert_sound(from_share_text(&compressed_text(&bytes)))?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn random_text_never_panics(text in any_text(200), prefix in prop_oneof![Just(""), Just("rl2z."), Just("rl2.")]) {
        assert_sound(from_share_text(&format!("{prefix}{text}")))?;
    }

    #[test]
    fn random_bytes_behind_the_compressed_prefix_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        assert_sound(from_share_text(&compressed_text(&bytes)))?;
    }
}
