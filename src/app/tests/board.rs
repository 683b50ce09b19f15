//! The board: edits, undo and redo, keyboard moves, pointer drags and the Move menu.

use super::*;
use crate::app::menu::MenuItem;
use crate::core::drop::DropTarget;
use crate::core::lift::Direction;

#[test]
fn an_edit_is_announced_saved_and_told_to_the_host_page() {
    let mut app = Driver::fresh();
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pdm]);
    assert!(app.said().starts_with("Moved Pricing Strategy from PMM to PDM"), "{}", app.said());
    assert_eq!(app.stored(1).unwrap().lanes_of(&id("pricing-strategy")), vec![Lane::Pdm]);
    let effects = app.take();
    assert!(effects.contains(&Effect::LayoutChanged));
    assert!(effects.contains(&Effect::RememberSlot(slot(1))));
}

#[test]
fn undo_and_redo_step_through_every_edit_and_save_each_step() {
    let mut app = Driver::fresh();
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    app.send(Msg::Edited(Edit::SetHeadcount { lane: Lane::Pmm, count: 3 }));
    app.send(Msg::UndoPressed);
    assert_eq!(app.stored(1).unwrap().headcount(Lane::Pmm), 1);
    app.send(Msg::UndoPressed);
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pmm]);
    assert_eq!(app.stored(1).unwrap(), Layout::seeds_default());
    assert!(app.said().starts_with("Undone."), "{}", app.said());
    app.take();
    app.send(Msg::UndoPressed);
    assert_eq!(app.said(), "Nothing to undo.");
    assert_eq!(app.writes(), 0);
    app.send(Msg::RedoPressed).send(Msg::RedoPressed);
    assert_eq!(app.stored(1).unwrap().headcount(Lane::Pmm), 3);
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pdm]);
}

#[test]
fn undo_keeps_focus_on_the_card_that_moved_back() {
    let mut app = Driver::fresh();
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    app.take();
    app.send(Msg::UndoPressed);
    assert!(app.take().contains(&Effect::Focus {
        id: id("pricing-strategy"),
        lane: Lane::Pmm,
        scroll: true
    }));
}

#[test]
fn a_keyboard_move_previews_without_saving_and_lands_as_one_undo_step() {
    let mut app = Driver::fresh();
    app.send(Msg::CardLifted { id: id("pricing-strategy"), lane: Lane::Pmm });
    assert!(app.said().contains("Lifted Pricing Strategy in PMM"), "{}", app.said());
    app.send(Msg::LiftedCardStepped(Direction::Left)).send(Msg::LiftedCardStepped(Direction::Left));
    assert_eq!(app.state.shown().lanes_of(&id("pricing-strategy")), vec![Lane::Pm]);
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pmm], "only a preview so far");
    assert_eq!(app.writes(), 0);
    app.send(Msg::LiftedCardDropped);
    assert!(app.said().starts_with("Moved Pricing Strategy from PMM to PM"), "{}", app.said());
    assert_eq!(app.stored(1).unwrap().lanes_of(&id("pricing-strategy")), vec![Lane::Pm]);
    app.send(Msg::UndoPressed);
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pmm]);
}

#[test]
fn escape_cancels_a_keyboard_move_and_leaves_no_trace() {
    let mut app = Driver::fresh();
    app.send(Msg::CardLifted { id: id("pricing-strategy"), lane: Lane::Pmm });
    app.send(Msg::LiftedCardStepped(Direction::Right));
    app.take();
    app.send(Msg::LiftCancelled);
    assert!(app.said().contains("Move cancelled"), "{}", app.said());
    assert_eq!(*app.state.shown(), Layout::seeds_default());
    assert!(!app.state.history.can_undo());
    let effects = app.take();
    assert!(effects.contains(&Effect::Focus { id: id("pricing-strategy"), lane: Lane::Pmm, scroll: true }));
    assert!(!effects.iter().any(|e| matches!(e, Effect::Write { .. } | Effect::LayoutChanged)));
}

#[test]
fn stepping_past_the_edge_says_so() {
    let mut app = Driver::fresh();
    app.send(Msg::CardLifted { id: id("financial-responsibility"), lane: Lane::Pm });
    app.send(Msg::LiftedCardStepped(Direction::Left));
    assert_eq!(app.said(), "It cannot go further that way.");
}

#[test]
fn a_pointer_drop_moves_the_card_and_focuses_it_without_scrolling() {
    let mut app = Driver::fresh();
    app.send(Msg::DragStarted { id: id("pricing-strategy"), from: Lane::Pmm });
    assert_eq!(app.said(), "Dragging Pricing Strategy.");
    let target = Some(DropTarget { lane: Lane::Pdm, index: 0 });
    app.send(Msg::DraggedOver { target, copy: false });
    assert_eq!(app.state.drag.as_ref().unwrap().target, target);
    assert_eq!(app.writes(), 0, "hovering saves nothing");
    assert!(!app.take().contains(&Effect::LayoutChanged), "and changes no layout");
    app.send(Msg::DragDropped { target, copy: false });
    assert_eq!(app.state.layout().lane(Lane::Pdm)[0], id("pricing-strategy"));
    assert!(app.state.drag.is_none());
    assert!(app.take().contains(&Effect::Focus {
        id: id("pricing-strategy"),
        lane: Lane::Pdm,
        scroll: false
    }));
    assert_eq!(app.stored(1).unwrap().lanes_of(&id("pricing-strategy")), vec![Lane::Pdm]);
}

#[test]
fn a_ctrl_drop_shares_the_card_and_a_drop_outside_the_lanes_moves_nothing() {
    let mut app = Driver::fresh();
    app.send(Msg::DragStarted { id: id("pricing-strategy"), from: Lane::Pmm });
    app.send(Msg::DragDropped { target: Some(DropTarget { lane: Lane::Pm, index: 0 }), copy: true });
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pm, Lane::Pmm]);
    app.send(Msg::DragStarted { id: id("pricing-strategy"), from: Lane::Pm });
    app.send(Msg::DragDropped { target: None, copy: false });
    assert_eq!(app.said(), "Pricing Strategy was not moved.");
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pm, Lane::Pmm]);
}

#[test]
fn a_cancelled_drag_changes_nothing_and_a_drop_without_a_drag_is_ignored() {
    let mut app = Driver::fresh();
    app.send(Msg::DragStarted { id: id("pricing-strategy"), from: Lane::Pmm }).send(Msg::DragCancelled);
    assert_eq!(app.said(), "Drag cancelled; nothing changed.");
    app.take();
    app.send(Msg::DragDropped { target: Some(DropTarget { lane: Lane::Pdm, index: 0 }), copy: false });
    assert!(app.take().is_empty());
    assert_eq!(*app.state.layout(), Layout::seeds_default());
}

#[test]
fn starting_a_drag_ends_a_keyboard_lift() {
    let mut app = Driver::fresh();
    app.send(Msg::CardLifted { id: id("pricing-strategy"), lane: Lane::Pmm });
    app.send(Msg::DragStarted { id: id("vision-setting"), from: Lane::Pdm });
    assert!(app.state.lift.is_none());
}

#[test]
fn the_move_menu_moves_nudges_and_removes_keeping_focus_on_the_card() {
    let mut app = Driver::fresh();
    let menu = |item| Msg::MenuChosen { id: id("pricing-strategy"), lane: Lane::Pmm, item };
    app.send(menu(MenuItem::AlsoAssign(Lane::Pdm)));
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pdm, Lane::Pmm]);
    assert!(app.take().contains(&Effect::Focus {
        id: id("pricing-strategy"),
        lane: Lane::Pmm,
        scroll: true
    }));
    let at = app.state.layout().position(&id("pricing-strategy"), Lane::Pmm).unwrap();
    app.send(menu(MenuItem::Down));
    assert_eq!(app.state.layout().position(&id("pricing-strategy"), Lane::Pmm), Some(at + 1));
    app.send(menu(MenuItem::Remove));
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pdm]);
    assert!(app.take().contains(&Effect::Focus {
        id: id("pricing-strategy"),
        lane: Lane::Pdm,
        scroll: true
    }));
    app.send(Msg::MenuChosen {
        id: id("pricing-strategy"),
        lane: Lane::Pdm,
        item: MenuItem::MoveTo(Lane::Pm),
    });
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pm]);
}

#[test]
fn a_menu_choice_for_a_card_no_longer_there_changes_nothing() {
    let mut app = Driver::fresh();
    app.send(Msg::MenuChosen { id: id("pricing-strategy"), lane: Lane::Pm, item: MenuItem::Remove });
    assert_eq!(*app.state.layout(), Layout::seeds_default());
    assert_eq!(app.writes(), 0);
}

#[test]
fn a_refused_edit_says_why_and_changes_nothing() {
    let mut app = Driver::fresh();
    app.send(Msg::Edited(Edit::SetHeadcount { lane: Lane::Pm, count: 0 }));
    assert!(app.said().starts_with("A headcount must be between 1 and"), "{}", app.said());
    assert!(!app.state.history.can_undo());
    assert_eq!(app.writes(), 0);
}

#[test]
fn selecting_a_warning_highlights_it_and_brings_it_into_view() {
    let mut app = Driver::with_saved(&[(1, &pricing_in_pdm())]);
    let warning = crate::core::rules::analyze(app.state.layout())[0].id.clone();
    app.send(Msg::WarningSelected(Some(warning.clone())));
    assert_eq!(app.state.selected, Some(warning));
    assert!(app.take().contains(&Effect::RevealHighlight));
    app.send(Msg::WarningSelected(None));
    assert_eq!(app.state.selected, None);
    assert_eq!(app.writes(), 0);
}

#[test]
fn a_read_only_board_refuses_every_change_and_says_why_once() {
    let mut app = Driver::start(Startup { read_only: true, storage_available: true, ..Startup::default() });
    app.send(move_to("pricing-strategy", Lane::Pmm, Lane::Pdm));
    assert!(app.state.notice.as_deref().unwrap().contains("read-only"));
    assert_eq!(*app.state.layout(), Layout::seeds_default());
    app.send(Msg::NoticeDismissed);
    app.send(Msg::UndoPressed).send(Msg::CardLifted { id: id("pricing-strategy"), lane: Lane::Pmm });
    app.send(Msg::NewLayoutPressed);
    assert_eq!(app.state.notice, None, "said once, not at every attempt");
    assert!(app.state.lift.is_none());
    assert_eq!(app.writes(), 0);
    app.send(Msg::ExportChosen(crate::app::msg::ExportFormat::Json));
    assert!(app.take().iter().any(|e| matches!(e, Effect::Export { .. })), "exports still work");
}

#[test]
fn during_a_lift_space_drops_arrows_move_and_escape_cancels() {
    assert_eq!(Msg::for_lift_key(" "), Some(Msg::LiftedCardDropped));
    assert_eq!(Msg::for_lift_key("Escape"), Some(Msg::LiftCancelled));
    assert_eq!(Msg::for_lift_key("ArrowLeft"), Some(Msg::LiftedCardStepped(Direction::Left)));
    assert_eq!(Msg::for_lift_key("ArrowDown"), Some(Msg::LiftedCardStepped(Direction::Down)));
    assert_eq!(Msg::for_lift_key("a"), None);
}

#[test]
fn the_move_menu_offers_the_lead_of_a_shared_card_and_makes_it_undoably() {
    use crate::app::menu::{items, CardPlace};
    use crate::core::lane::LaneSet;
    let mut app = Driver::fresh();
    // Shared Research: PDM and PMM hold it and the seeds name no lead.
    let research = id("shared-research");
    let owners = LaneSet::of(&app.state.layout().lanes_of(&research));
    let place = |lane, lead| CardPlace { lane, owners, lead, first: false, last: false };
    let offered = items(place(Lane::Pmm, None), false);
    assert_eq!(
        offered.iter().filter(|i| matches!(i, MenuItem::MakeLead(_))).collect::<Vec<_>>(),
        vec![&MenuItem::MakeLead(Lane::Pmm), &MenuItem::MakeLead(Lane::Pdm)],
        "the card's own lane comes first"
    );
    assert_eq!(MenuItem::MakeLead(Lane::Pmm).label(Lane::Pmm), "Make PMM the lead");
    app.send(Msg::MenuChosen { id: research.clone(), lane: Lane::Pmm, item: MenuItem::MakeLead(Lane::Pmm) });
    assert_eq!(app.state.layout().lead(&research), Some(Lane::Pmm));
    assert_eq!(app.stored(1).unwrap().lead(&research), Some(Lane::Pmm), "saved");
    assert!(app.said().contains("PMM now leads"), "{}", app.said());
    assert!(app.take().contains(&Effect::Focus { id: research.clone(), lane: Lane::Pmm, scroll: true }));
    // The lead lane is no longer offered; the other one is.
    let offered = items(place(Lane::Pmm, Some(Lane::Pmm)), false);
    assert!(
        !offered.contains(&MenuItem::MakeLead(Lane::Pmm)) && offered.contains(&MenuItem::MakeLead(Lane::Pdm))
    );
    app.send(Msg::UndoPressed);
    assert_eq!(app.state.layout().lead(&research), None);
    // A card one lane holds leads by itself: no lead items at all.
    let alone = CardPlace {
        lane: Lane::Pmm,
        owners: LaneSet::of(&[Lane::Pmm]),
        lead: Some(Lane::Pmm),
        first: true,
        last: false,
    };
    assert!(!items(alone, false).iter().any(|i| matches!(i, MenuItem::MakeLead(_))));
}
