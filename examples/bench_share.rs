//! How long share links get, in characters of URL fragment, against the budgets: at
//! most 150 for the seeds' board and 1,500 for 20 custom activities with 10 acknowledgement
//! notes. A third row, not gated, shows the same layout with a one-sentence description on
//! every activity. Run: `cargo run --release --example bench_share` (exit 1 if over budget).
//!
//! The app deflates with the browser's `CompressionStream` (zlib's default level); natively
//! there is none, so these lengths come from miniz_oxide at its best level, as the budget
//! test measures them. Measured in Chromium, Firefox ESR and WebKitGTK alike, the browser's
//! workshop link is 1,151 characters (2 more than here), the described one the same 1,761,
//! and the seeds' board stays plain.

use deflate::{from_share_text, to_share_text};
use role_lanes::core::codec::encode;
use role_lanes::core::layout::Layout;
use workshop::{described_workshop_layout, workshop_layout};

// The workshop layouts and the stand-in compressor are fixtures of the library's tests, so
// the app never ships them; the example compiles the very same files rather than copies that
// could drift from what the budget test measures (a cargo feature would do it too, but
// `cargo run --example` would then need `--features`). The files name the library as
// `crate::core`, as the library's own tests do; this `use` gives the library's `core` that
// name here.
use role_lanes::core;
#[path = "../src/core/tests/deflate.rs"]
mod deflate;
#[path = "../src/core/tests/codec/workshop.rs"]
mod workshop;

fn main() {
    println!("Fragments deflated by miniz_oxide (level 10); the app uses the browser's compressor.");
    println!("{:<48} {:>6} {:>8}  budget", "layout", "binary", "fragment");
    let mut over_budget = false;
    for (name, layout, budget, gated) in [
        ("seeds' board", Layout::seeds_default(), 150, true),
        ("20 custom activities, 10 notes", workshop_layout(), 1_500, true),
        ("the same, and a description on each activity", described_workshop_layout(), 1_500, false),
    ] {
        let text = to_share_text(&layout).expect("the layout fits in a share link");
        assert_eq!(from_share_text(&text).as_ref(), Ok(&layout), "the share text reads back");
        let (length, binary) = (text.chars().count(), encode(&layout).len());
        let ok = length <= budget;
        over_budget |= gated && !ok;
        let verdict = match (ok, gated) {
            (true, _) => "ok",
            (false, true) => "OVER",
            (false, false) => "over (not gated)",
        };
        let form = if text.starts_with("rl1z.") { "deflated" } else { "plain" };
        println!("{name:<48} {binary:>6} {length:>8}  at most {budget}: {verdict}, {form}");
    }
    if over_budget {
        std::process::exit(1);
    }
}
