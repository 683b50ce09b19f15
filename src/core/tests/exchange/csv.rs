//! The CSV table: RFC 4180 quoting, CRLF line ends, one record per activity, and no cell a
//! spreadsheet would run as a formula.

use super::{add_custom, sample};
use crate::core::exchange::to_csv;
use crate::core::lane::Lane;
use crate::core::layout::Layout;

#[test]
fn a_header_then_one_record_per_activity_each_ending_in_crlf() {
    let layout = sample();
    let text = to_csv(&layout);
    assert!(text.starts_with("Activity,Id,Category,PM,PDM,PMM,Unassigned,Lead,Custom,Description\r\n"));
    assert!(text.ends_with("\r\n"));
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count(), "no bare line feeds");
    assert_eq!(text.split_terminator("\r\n").count(), layout.activity_ids().count() + 1);
}

#[test]
fn each_record_says_where_the_activity_sits_and_who_leads_it() {
    let text = to_csv(&Layout::seeds_default());
    assert!(
        text.contains("\r\nShared Research,shared-research,Overall Product Management,no,yes,yes,no,,no,"),
        "nobody leads it: {text}"
    );
    assert!(
        text.contains("\r\nUser Testing,user-testing,Product Development,no,yes,yes,no,PDM,no,"),
        "{text}"
    );
    assert!(
        text.contains("\r\nPricing Strategy,pricing-strategy,Go-To-Market,no,no,yes,no,PMM,no,"),
        "{text}"
    );
    let layout = add_custom(Layout::seeds_default(), "Mine", "", None, Lane::Unassigned);
    assert!(to_csv(&layout).ends_with("\r\nMine,custom-0,Custom,no,no,no,yes,,yes,\r\n"));
}

#[test]
fn cells_with_commas_or_quotes_are_quoted_and_inner_quotes_doubled() {
    let layout = add_custom(Layout::seeds_default(), "Say \"hi\", then go", "One, two", None, Lane::Pm);
    assert!(to_csv(&layout)
        .ends_with("\r\n\"Say \"\"hi\"\", then go\",custom-0,Custom,yes,no,no,no,PM,yes,\"One, two\"\r\n"));
    let quoted =
        ",\"Financial responsibility for the product or category, as part of its overall performance.\"\r\n";
    assert!(to_csv(&Layout::seeds_default()).contains(quoted));
}

#[test]
fn a_cell_that_would_run_as_a_formula_starts_with_an_apostrophe() {
    for (name, cell) in [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+1", "'+1"),
        ("-2 churn", "'-2 churn"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("=1,2", "\"'=1,2\""),
        ("a=b", "a=b"),
    ] {
        let layout = add_custom(Layout::seeds_default(), name, "", None, Lane::Pm);
        let text = to_csv(&layout);
        assert!(
            text.ends_with(&format!("\r\n{cell},custom-0,Custom,yes,no,no,no,PM,yes,\r\n")),
            "{name}: {text}"
        );
    }
}
