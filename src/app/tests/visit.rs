//! The shared view: a link or a file opens beside the user's own layout, which waits
//! untouched until they keep the visited one, save it as new, or go back.

use super::*;

fn visiting(own: &Layout, shared: &Layout) -> Driver {
    let saved = vec![(slot(1), encode_saved(own))];
    let link = Some(from_share_text(&share_text(shared)));
    Driver::start(Startup { storage_available: true, saved, link, ..Startup::default() })
}

#[test]
fn a_link_at_start_opens_the_shared_layout_and_leaves_the_users_own_untouched() {
    let shared = titled(&pricing_in_pdm(), "Workshop table 3");
    let mut app = visiting(&Layout::seeds_default(), &shared);
    assert!(!app.state.is_own());
    assert_eq!(*app.state.layout(), shared);
    assert!(app.said().contains("Showing the shared layout Workshop table 3"), "{}", app.said());
    let focus = |e: &Effect| matches!(e, Effect::Focus { .. } | Effect::KeepFocusInside);
    assert!(!app.take().iter().any(focus), "opening the page never moves focus");
    let before = app.raw(1);
    app.send(Msg::Edited(Edit::SetHeadcount { lane: Lane::Pmm, count: 4 }));
    app.send(Msg::UndoPressed).send(Msg::RedoPressed);
    assert_eq!(app.state.layout().headcount(Lane::Pmm), 4, "edits are allowed in the shared view");
    assert_eq!(app.raw(1), before, "and never saved");
    assert_eq!(app.writes(), 0);
}

#[test]
fn keeping_the_shared_layout_saves_it_and_undo_brings_back_the_users_own() {
    let own = titled(&Layout::seeds_default(), "Mine");
    let mut app = visiting(&own, &pricing_in_pdm());
    app.send(Msg::VisitKept);
    assert!(app.state.is_own());
    assert!(app.take().contains(&Effect::ForgetLink));
    assert_eq!(app.stored(1).unwrap(), pricing_in_pdm());
    app.send(Msg::UndoPressed);
    assert_eq!(app.stored(1).unwrap(), own);
}

#[test]
fn saving_the_shared_layout_as_new_adds_it_beside_the_users_own() {
    let own = titled(&Layout::seeds_default(), "Mine");
    let mut app = visiting(&own, &pricing_in_pdm());
    app.send(Msg::VisitSavedAsNew);
    assert!(app.state.is_own());
    assert_eq!(app.state.slot, slot(2));
    assert_eq!(app.stored(2).unwrap(), pricing_in_pdm());
    assert_eq!(app.stored(1).unwrap(), own);
    assert!(app.take().contains(&Effect::ForgetLink));
}

#[test]
fn going_back_shows_the_users_own_layout_with_its_undo_history() {
    let mut app = Driver::fresh();
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    app.send(link_opened(&share_text(&titled(&Layout::seeds_default(), "Theirs"))));
    assert!(!app.state.is_own());
    app.send(Msg::VisitLeft);
    assert!(app.said().starts_with("Back to your layout"), "{}", app.said());
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pdm]);
    app.send(Msg::UndoPressed);
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pmm]);
}

#[test]
fn a_second_link_replaces_the_first_and_the_users_own_still_waits() {
    let own = titled(&Layout::seeds_default(), "Mine");
    let mut app = visiting(&own, &pricing_in_pdm());
    app.send(link_opened(&share_text(&titled(&Layout::seeds_default(), "Second"))));
    assert_eq!(app.state.layout().title(), "Second");
    app.send(Msg::VisitLeft);
    assert_eq!(*app.state.layout(), own);
}

#[test]
fn a_broken_link_says_why_and_changes_nothing() {
    for broken in ["rl1.@@@", "rl1z.AAAA", "rl9.newer", &format!("rl1.{}", "A".repeat(40_000))] {
        let mut app = Driver::with_saved(&[(1, &pricing_in_pdm())]);
        app.send(link_opened(broken));
        let notice = app.state.notice.clone().unwrap_or_default();
        assert!(notice.starts_with("This link cannot be opened: "), "{broken:.20}: {notice}");
        assert!(app.state.is_own());
        assert_eq!(*app.state.layout(), pricing_in_pdm());
        assert_eq!(app.writes(), 0);
    }
}

#[test]
fn another_tabs_save_while_visiting_waits_behind_the_shared_view() {
    let mut app = visiting(&Layout::seeds_default(), &titled(&Layout::seeds_default(), "Theirs"));
    app.other_tab(1, Some(encode_saved(&pricing_in_pdm())));
    assert_eq!(app.state.layout().title(), "Theirs");
    app.send(Msg::VisitLeft);
    assert_eq!(*app.state.layout(), pricing_in_pdm());
}

#[test]
fn the_share_panel_copies_the_link_or_selects_it_where_copying_is_refused() {
    let mut app = Driver::fresh();
    app.send(Msg::SharePressed);
    assert!(app.take().contains(&Effect::CopyShareLink(share_text(&Layout::seeds_default()))));
    assert_eq!(app.state.share.as_ref().unwrap().status, "Link copied to the clipboard.");
    app.send(Msg::SharePressed);
    assert!(app.state.share.is_none());
    app.clipboard_works = false;
    app.send(Msg::SharePressed);
    assert!(app.state.share.as_ref().unwrap().status.contains("press Ctrl+C"));
    assert!(app.take().contains(&Effect::SelectShareLink));
}

#[test]
fn undo_in_the_shared_view_steps_through_its_own_edits_only() {
    let own = titled(&pricing_in_pdm(), "Mine");
    let mut app = visiting(&own, &Layout::seeds_default());
    app.send(Msg::UndoPressed);
    assert_eq!(app.said(), "Nothing to undo.", "the user's own steps are not reachable from the visit");
    app.send(Msg::Edited(Edit::SetHeadcount { lane: Lane::Pm, count: 2 }));
    app.send(Msg::UndoPressed);
    assert_eq!(*app.state.layout(), Layout::seeds_default());
    app.send(Msg::RedoPressed).send(Msg::VisitLeft);
    assert_eq!(*app.state.layout(), own);
    assert!(!app.state.history.can_redo());
}

#[test]
fn a_change_under_the_open_share_panel_makes_a_new_link_without_copying_it() {
    let mut app = Driver::fresh();
    app.send(Msg::SharePressed);
    app.take();
    app.send(Msg::Edited(Edit::Move {
        id: id("pricing-strategy"),
        from: Lane::Pmm,
        to: Lane::Pdm,
        index: 0,
    }));
    let effects = app.take();
    assert!(effects.iter().any(|e| matches!(e, Effect::DeflateShare(_))), "{effects:?}");
    assert!(!effects.iter().any(|e| matches!(e, Effect::CopyShareLink(_))), "{effects:?}");
    let panel = app.state.share.as_ref().unwrap();
    assert_eq!(panel.link, ShareLink::Ready(share_text(&pricing_in_pdm())));
}

#[test]
fn a_late_answer_for_an_older_link_is_ignored() {
    let mut app = Driver::fresh();
    app.send(Msg::SharePressed);
    let current = app.state.share.as_ref().unwrap().link.clone();
    let stale: std::rc::Rc<[u8]> = vec![1, 2, 3].into();
    app.send(Msg::ShareDeflated { payload: stale, deflated: Some(vec![9, 9]) });
    assert_eq!(app.state.share.as_ref().unwrap().link, current);
}

#[test]
fn where_the_browser_cannot_compress_the_plain_link_is_made_and_copied() {
    let mut app = Driver::fresh();
    let effects = update(&mut app.state, Msg::SharePressed);
    let Some(Effect::DeflateShare(payload)) =
        effects.iter().find(|e| matches!(e, Effect::DeflateShare(_))).cloned()
    else {
        panic!("no deflate asked for: {effects:?}");
    };
    let effects = update(&mut app.state, Msg::ShareDeflated { payload, deflated: None });
    let plain = crate::core::codec::share_text_of(
        &crate::core::codec::share_payload(&Layout::seeds_default()).unwrap(),
        None,
    )
    .unwrap();
    assert!(effects.contains(&Effect::CopyShareLink(plain.clone())), "{effects:?}");
    assert_eq!(app.state.share.as_ref().unwrap().link, ShareLink::Ready(plain));
}

#[test]
fn a_change_while_the_first_link_is_still_being_made_still_copies_the_new_one() {
    let mut app = Driver::fresh();
    // The press asks for a deflate; before the browser answers, the board changes.
    let effects = update(&mut app.state, Msg::SharePressed);
    assert!(effects.iter().any(|e| matches!(e, Effect::DeflateShare(_))));
    let effects = update(&mut app.state, move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    app.perform(effects);
    assert!(app.take().contains(&Effect::CopyShareLink(share_text(&pricing_in_pdm()))));
    assert_eq!(app.state.share.as_ref().unwrap().status, "Link copied to the clipboard.");
}

/// The answer the browser's compressor gives to the press's deflate (`None`: it could not).
fn deflate_answer(effects: &[Effect], deflated: impl FnOnce(&[u8]) -> Option<Vec<u8>>) -> Msg {
    let Some(Effect::DeflateShare(payload)) = effects.iter().find(|e| matches!(e, Effect::DeflateShare(_)))
    else {
        panic!("no deflate asked for: {effects:?}");
    };
    Msg::ShareDeflated { payload: payload.clone(), deflated: deflated(payload) }
}

#[test]
fn the_press_begins_the_copy_at_once_and_the_ready_link_finishes_it() {
    let mut app = Driver::fresh();
    let effects = update(&mut app.state, Msg::SharePressed);
    // Safari's engine copies only what starts during the press, before the link is ready.
    assert!(effects.contains(&Effect::BeginCopy), "{effects:?}");
    assert!(!effects.iter().any(|e| matches!(e, Effect::CopyShareLink(_))), "{effects:?}");
    let effects = update(&mut app.state, deflate_answer(&effects, |payload| Some(deflate(payload))));
    assert_eq!(effects, vec![Effect::CopyShareLink(share_text(&Layout::seeds_default()))]);
}

#[test]
fn closing_the_panel_before_its_link_is_ready_abandons_the_copy() {
    let mut app = Driver::fresh();
    let pressed = update(&mut app.state, Msg::SharePressed);
    assert_eq!(update(&mut app.state, Msg::SharePressed), vec![Effect::AbandonCopy]);
    let late = update(&mut app.state, deflate_answer(&pressed, |payload| Some(deflate(payload))));
    assert!(late.is_empty(), "{late:?}");
    // Closing a panel whose link was copied has no copy to abandon.
    app.send(Msg::SharePressed);
    app.take();
    app.send(Msg::SharePressed);
    assert!(!app.take().contains(&Effect::AbandonCopy));
}

#[test]
fn a_layout_too_large_for_a_link_abandons_the_copy_and_says_nothing_about_copying() {
    // A hundred long descriptions: more than a plain link holds.
    let mut big = Layout::seeds_default();
    for n in 0..100 {
        let edit = Edit::AddCustom {
            name: crate::core::name::ActivityName::parse(&format!("Activity {n}")).unwrap(),
            description: format!("{n:0>280}"),
            area: None,
            expected_lanes: Vec::new(),
            lane: Lane::Pmm,
        };
        big = big.apply(&edit).unwrap();
    }
    let saved = vec![(slot(1), encode_saved(&big))];
    let mut app = Driver::start(Startup { storage_available: true, saved, ..Startup::default() });
    let pressed = update(&mut app.state, Msg::SharePressed);
    assert!(pressed.contains(&Effect::BeginCopy));
    // This browser cannot compress, and the plain link is too long.
    let effects = update(&mut app.state, deflate_answer(&pressed, |_| None));
    assert_eq!(effects, vec![Effect::AbandonCopy]);
    let panel = app.state.share.as_ref().unwrap();
    assert_eq!((&panel.link, panel.status.as_str()), (&ShareLink::TooLarge, ""));
}
