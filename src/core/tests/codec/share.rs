//! Share links: the compressed text form reads back, stays within the length
//! budgets, and refuses bombs, damaged data and over-long text with typed errors. The
//! browser's compressor and inflater are stood in for by miniz_oxide (`tests::deflate`).

use super::spec::Spec;
use super::workshop::{described_workshop_layout, workshop_layout};
use crate::core::activity::{ActivityId, OverlapArea};
use crate::core::codec::{
    encode, from_inflated, from_text, read_share_text, share_payload, share_text_of, CodecError, Inflated,
    ShareText, MAX_SHARE_INFLATED_BYTES, MAX_SHARE_TEXT_BYTES,
};
use crate::core::lane::Lane;
use crate::core::layout::{CustomActivity, Layout, LayoutData};
use crate::core::name::ActivityName;
use crate::core::rules::{Acknowledgement, WarningId};
use crate::core::tests::allocations::allocated_by;
use crate::core::tests::deflate::{deflate, from_share_text, inflate, to_share_text};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::deflate::compress_to_vec;
use std::time::{Duration, Instant};

/// Share text of any bytes, deflated as `to_share_text` does.
fn compressed_text(bytes: &[u8]) -> String {
    format!("rl2z.{}", URL_SAFE_NO_PAD.encode(deflate(bytes)))
}

/// The deflated bytes behind a share text.
fn payload(text: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(text.strip_prefix("rl2z.").expect("a compressed share text")).unwrap()
}

/// The seeds' board plus `count` custom activities with a description each (from `describe`),
/// spread over the lanes and areas, and one acknowledgement with a note for every third.
fn board_with(count: u32, describe: impl Fn(u32) -> String) -> Layout {
    let mut data = LayoutData::from(Layout::seeds_default());
    for n in 0..count {
        let id = ActivityId::custom(n);
        let name = ActivityName::parse(&format!("Team activity {n}")).unwrap();
        let area = OverlapArea::ALL.get(n as usize % 7).copied();
        let expected_lanes = vec![Lane::ROLES[n as usize % 3]];
        data.custom.push(CustomActivity {
            id: id.clone(),
            name,
            description: describe(n),
            area,
            expected_lanes,
        });
        data.lanes.get_mut(Lane::ALL[n as usize % 4]).push(id);
        if n % 3 == 0 {
            let warning = WarningId::from_saved(format!("tension/misplaced/pdm/custom-{n}"));
            data.acknowledgements.push(Acknowledgement {
                warning,
                note: format!("Agreed in review {n}; revisit next quarter."),
            });
        }
    }
    data.next_custom = count;
    Layout::try_from(data).unwrap()
}

/// Sentences a team might write, from a small vocabulary (compresses like real prose).
fn sentence(n: u32) -> String {
    const VERBS: [&str; 5] = ["Owns", "Reviews", "Plans", "Runs", "Prepares"];
    const WHAT: [&str; 6] = [
        "the pricing page",
        "partner onboarding",
        "churn interviews",
        "release notes",
        "the sales deck",
        "usability tests",
    ];
    const WHEN: [&str; 4] = ["every sprint", "each quarter", "before launches", "with support"];
    format!("{} {} {} for market {n}.", VERBS[n as usize % 5], WHAT[n as usize % 6], WHEN[n as usize % 4])
}

/// Hex digits of a simple generator: text deflate can barely shrink.
fn noise(n: u32) -> String {
    let mut state = u64::from(n).wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    (0..280)
        .map(|_| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            char::from_digit((state >> 60) as u32, 16).unwrap()
        })
        .collect()
}

/// Shares the layout, checks its form (`rl2.` or `rl2z.`) and length, and reads it back.
fn assert_shared_within(layout: Layout, prefix: &str, budget: usize) {
    let text = to_share_text(&layout).unwrap();
    assert!(text.starts_with(prefix), "{text}");
    assert!(text.len() <= budget, "{} characters, budget {budget}", text.len());
    assert_eq!(from_share_text(&text), Ok(layout));
}

#[test]
fn the_seeds_board_shares_in_the_plain_form_within_150_characters() {
    assert_shared_within(Layout::seeds_default(), "rl2.", 150);
}

#[test]
fn twenty_custom_activities_with_ten_notes_share_within_1500_characters() {
    let layout = workshop_layout();
    assert_eq!((layout.custom().len(), layout.acknowledgements().len()), (20, 10));
    assert_shared_within(layout, "rl2z.", 1_500);
}

#[test]
fn big_layouts_round_trip_compressed_and_only_the_link_reader_opens_them() {
    for layout in [described_workshop_layout(), board_with(300, sentence)] {
        let text = to_share_text(&layout).unwrap();
        assert!(text.starts_with("rl2z."));
        assert_eq!(from_share_text(&text).as_ref(), Ok(&layout));
        // The app never stores the compressed form, and the core cannot inflate it.
        assert_eq!(from_text(&text), Err(CodecError::NotOurs));
    }
    // A plain link is read at once, without the browser.
    let seeds = to_share_text(&Layout::seeds_default()).unwrap();
    assert_eq!(read_share_text(&seeds), Ok(ShareText::Layout(Layout::seeds_default())));
    assert_eq!(from_text(&seeds), Ok(Layout::seeds_default()));
}

#[test]
fn a_layout_too_big_for_a_link_is_too_large_to_share() {
    let long_text = board_with(200, noise);
    assert_eq!(to_share_text(&long_text), Err(CodecError::TooLarge));
    // Compresses to a short link, but would inflate past the bomb cap: refused, not written.
    let repetitive = board_with(5_000, |_| "x".repeat(280));
    assert!(crate::core::codec::encode(&repetitive).len() > MAX_SHARE_INFLATED_BYTES);
    assert_eq!(to_share_text(&repetitive), Err(CodecError::TooLarge));
}

#[test]
fn a_decompression_bomb_is_refused() {
    // 8 KB of deflate that would inflate to 8 MiB, eight times the cap; the inflater stops
    // at the cap (the browser's is checked in tests/web.rs) and the core says why.
    let bomb = compressed_text(&vec![0; 8 * MAX_SHARE_INFLATED_BYTES]);
    assert!(bomb.len() < 16 * 1024, "{} characters", bomb.len());
    let start = Instant::now();
    assert_eq!(from_share_text(&bomb), Err(CodecError::TooLarge));
    assert!(start.elapsed() < Duration::from_secs(1), "took {:?}", start.elapsed());
    assert_eq!(from_inflated(Inflated::TooLarge), Err(CodecError::TooLarge));
}

#[test]
fn a_failed_inflate_is_told_apart_by_what_came_out_before() {
    let bytes = Spec::seeds().bytes();
    // The whole layout, then a stream that broke off or had junk after its end.
    assert_eq!(from_inflated(Inflated::Failed(bytes.clone())), Err(CodecError::Corrupt));
    // The start of a layout: the link was cut short.
    for len in 0..bytes.len() {
        let partial = bytes[..len].to_vec();
        let expected = if len == 0 { CodecError::Corrupt } else { CodecError::Truncated };
        assert_eq!(from_inflated(Inflated::Failed(partial)), Err(expected), "cut at {len}");
    }
    // Anything else: damaged.
    assert_eq!(from_inflated(Inflated::Failed(vec![9, 9, 9])), Err(CodecError::Corrupt));
    assert_eq!(from_inflated(Inflated::Whole(bytes)), Ok(Layout::seeds_default()));
    // A browser that cannot inflate is not told the link is damaged.
    assert_eq!(from_inflated(Inflated::Unsupported), Err(CodecError::CannotInflate));
    assert!(CodecError::CannotInflate.to_string().contains("this browser cannot unpack it"));
}

#[test]
fn over_long_text_is_refused_before_it_is_decoded() {
    let text = format!("rl2z.{}", "A".repeat(MAX_SHARE_TEXT_BYTES));
    let (result, allocated) = allocated_by(|| from_share_text(&text));
    assert_eq!(result, Err(CodecError::TooLarge));
    assert_eq!(allocated, 0);
}

#[test]
fn a_cut_short_compressed_payload_is_truncated() {
    let bytes = payload(&to_share_text(&workshop_layout()).unwrap());
    let mut truncated = 0;
    for len in 1..bytes.len() {
        let text = format!("rl2z.{}", URL_SAFE_NO_PAD.encode(&bytes[..len]));
        let result = from_share_text(&text);
        // Cut inside the block header (nothing has come out yet) or after the last byte of the
        // layout (all of it has), the inflater's failure alone cannot tell a cut from damage:
        // `Corrupt`, which also says to copy the whole link.
        let Inflated::Failed(out) = inflate(&bytes[..len], MAX_SHARE_INFLATED_BYTES) else {
            panic!("cut at {len}")
        };
        let told_apart = !out.is_empty() && out != encode(&workshop_layout());
        match result {
            Err(CodecError::Truncated) => truncated += 1,
            Err(CodecError::Corrupt) if !told_apart => {}
            other => panic!("cut at {len} of {}: {other:?}", bytes.len()),
        }
    }
    assert!(truncated * 10 > bytes.len() * 9, "{truncated} of {} cuts read as cut short", bytes.len());
}

#[test]
fn damaged_compressed_data_gets_a_typed_error() {
    // Block type 3 does not exist in deflate.
    assert_eq!(from_share_text("rl2z.Bw"), Err(CodecError::Corrupt));
    let message = CodecError::Corrupt.to_string();
    assert!(message.starts_with("it is damaged") && message.contains("copy the whole link"), "{message}");
    let text = to_share_text(&workshop_layout()).unwrap();
    let mut extra = payload(&text);
    extra.push(0);
    assert_eq!(from_share_text(&format!("rl2z.{}", URL_SAFE_NO_PAD.encode(extra))), Err(CodecError::Corrupt));
    assert_eq!(from_share_text(&format!("{text}!")), Err(CodecError::BadCharacters));
}

#[test]
fn inflated_bytes_are_checked_like_any_other_input() {
    let mut spec = Spec::seeds();
    spec.version = 3;
    assert_eq!(from_share_text(&compressed_text(&spec.bytes())), Err(CodecError::UnsupportedVersion(3)));
    let bytes = Spec::seeds().bytes();
    assert_eq!(from_share_text(&compressed_text(&bytes[..bytes.len() - 1])), Err(CodecError::Truncated));
    assert_eq!(
        from_share_text(&compressed_text(&[bytes.as_slice(), &[0]].concat())),
        Err(CodecError::TrailingBytes)
    );
    assert_eq!(from_share_text(&compressed_text(&bytes)), Ok(Layout::seeds_default()));
}

#[test]
fn the_compressed_prefix_is_checked_like_the_plain_one() {
    assert_eq!(from_share_text(""), Err(CodecError::Empty));
    assert_eq!(from_share_text("rl2z."), Err(CodecError::Empty));
    assert_eq!(from_share_text("rl3z.AQ"), Err(CodecError::UnsupportedVersion(3)));
    for text in ["rl1zz.AQ", "rl1Z.AQ", "rlz.AQ", "rlz1.AQ", "rl01z.AQ", "rl1x.AQ"] {
        assert_eq!(from_share_text(text), Err(CodecError::NotOurs), "{text:?}");
    }
}

#[test]
fn the_shorter_form_is_chosen_and_reads_back_whichever_it_is() {
    let layout = workshop_layout();
    let payload = share_payload(&layout).unwrap();
    // Level 6, zlib's default, as the browsers compress.
    let text = share_text_of(&payload, Some(&compress_to_vec(&payload, 6))).unwrap();
    assert!(text.starts_with("rl2z."), "deflate is shorter for a workshop layout: {text}");
    assert_eq!(from_share_text(&text), Ok(layout.clone()));
    // Without a compressor (an older browser) the link is plain, longer, and still opens.
    let plain = share_text_of(&payload, None).unwrap();
    assert!(plain.starts_with("rl2.") && plain.len() > text.len());
    assert_eq!(from_share_text(&plain), Ok(layout));
    // For the seeds' board deflate is longer, so the plain form is kept even when offered.
    let seeds = share_payload(&Layout::seeds_default()).unwrap();
    let kept = share_text_of(&seeds, Some(&deflate(&seeds))).unwrap();
    assert_eq!(kept, share_text_of(&seeds, None).unwrap());
}

#[test]
fn a_payload_too_long_for_a_link_even_deflated_is_too_large() {
    let payload = share_payload(&board_with(200, noise)).unwrap();
    let deflated = deflate(&payload);
    assert!(envelope_length(&deflated) > MAX_SHARE_TEXT_BYTES);
    assert_eq!(share_text_of(&payload, Some(&deflated)), Err(CodecError::TooLarge));
    assert_eq!(share_text_of(&vec![7u8; MAX_SHARE_TEXT_BYTES], None), Err(CodecError::TooLarge));
}

#[test]
fn a_payload_that_only_fits_deflated_gets_a_link() {
    let layout = board_with(300, sentence);
    let payload = share_payload(&layout).unwrap();
    assert!(envelope_length(&payload) > MAX_SHARE_TEXT_BYTES, "too short to prove anything");
    let text = share_text_of(&payload, Some(&compress_to_vec(&payload, 6))).unwrap();
    assert!(text.len() <= MAX_SHARE_TEXT_BYTES);
    assert_eq!(from_share_text(&text), Ok(layout));
    assert_eq!(share_text_of(&payload, None), Err(CodecError::TooLarge));
}

/// Characters of share text for `bytes`: a five-character prefix and their base64.
fn envelope_length(bytes: &[u8]) -> usize {
    5 + (bytes.len() * 4).div_ceil(3)
}
