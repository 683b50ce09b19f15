//! The views a user picks (lanes or matrix, compact, grouped), driven like a user: the
//! choice is remembered, a matrix press is an ordinary undoable, announced, saved edit, and a
//! move in a grouped lane lands in the card's own group.

use super::{id, Driver};
use crate::app::matrix::matrix_html;
use crate::app::menu::MenuItem;
use crate::app::view::{BoardWarnings, ViewSettings};
use crate::app::{Effect, Msg, Startup};
use crate::core::drop::DropTarget;
use crate::core::edit::Edit;
use crate::core::groups::category_of;
use crate::core::lane::Lane;
use crate::core::layout::CustomActivity;
use crate::core::layout::Layout;
use crate::core::lift::Direction;
use crate::core::name::ActivityName;

const MATRIX_COMPACT: ViewSettings = ViewSettings { matrix: true, compact: true, grouped: false };

#[test]
fn the_chosen_view_is_remembered_and_read_back_on_the_next_visit() {
    let mut app = Driver::fresh();
    app.send(Msg::ViewChanged(MATRIX_COMPACT));
    let remembered = app.take().into_iter().find_map(|e| match e {
        Effect::RememberView(text) => Some(text),
        _ => None,
    });
    assert_eq!(remembered.as_deref(), Some("matrix compact"));
    // A view choice is no change to the layout: nothing is saved for it.
    assert_eq!(app.writes(), 0);
    let next = Driver::start(Startup { storage_available: true, view: remembered, ..Startup::default() });
    assert_eq!(next.state.view, MATRIX_COMPACT);
}

#[test]
fn a_remembered_view_that_cannot_be_read_is_the_default_and_unknown_words_are_ignored() {
    assert_eq!(ViewSettings::parse("<script>"), ViewSettings::default());
    assert_eq!(
        ViewSettings::parse("grouped sideways"),
        ViewSettings { grouped: true, ..ViewSettings::default() }
    );
    let view = ViewSettings { matrix: false, compact: true, grouped: true };
    assert_eq!(ViewSettings::parse(&view.to_text()), view);
}

#[test]
fn a_read_only_board_still_lets_the_visitor_choose_how_to_look_at_it() {
    let mut app = Driver::start(Startup { read_only: true, storage_available: true, ..Startup::default() });
    app.send(Msg::ViewChanged(MATRIX_COMPACT));
    assert_eq!(app.state.view, MATRIX_COMPACT);
    // A press on a cell is a change, and is refused.
    let before = app.state.layout().clone();
    app.send(Msg::CellPressed { id: id("pricing-strategy"), lane: Lane::Pdm });
    assert_eq!(*app.state.layout(), before);
    assert!(app.said().contains("read-only"), "{}", app.said());
}

#[test]
fn a_matrix_press_is_an_edit_announced_saved_and_undone_like_a_move() {
    let mut app = Driver::fresh();
    app.send(Msg::ViewChanged(MATRIX_COMPACT)).take();
    app.send(Msg::CellPressed { id: id("pricing-strategy"), lane: Lane::Pdm });
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pdm, Lane::Pmm]);
    assert!(app.said().contains("Pricing Strategy"), "{}", app.said());
    let effects = app.take();
    assert!(effects.iter().any(|e| matches!(e, Effect::Write { .. })), "saved");
    assert!(
        effects.contains(&Effect::FocusCell { id: id("pricing-strategy"), lane: Lane::Pdm }),
        "focus stays"
    );
    assert_eq!(app.state.matrix_cell, Some((id("pricing-strategy"), Lane::Pdm)));
    app.send(Msg::CellPressed { id: id("pricing-strategy"), lane: Lane::Pdm });
    assert_eq!(app.state.layout().lead(&id("pricing-strategy")), Some(Lane::Pdm));
    app.send(Msg::UndoPressed);
    assert_eq!(app.state.layout().lead(&id("pricing-strategy")), Some(Lane::Pmm));
    app.send(Msg::UndoPressed);
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pmm]);
}

#[test]
fn an_arrow_key_in_the_matrix_moves_focus_and_the_tab_stop_with_it() {
    let mut app = Driver::fresh();
    app.send(Msg::CellReached { id: id("vision-setting"), lane: Lane::Pmm });
    assert_eq!(app.take(), vec![Effect::FocusCell { id: id("vision-setting"), lane: Lane::Pmm }]);
    let layout = app.state.layout().clone();
    let html = matrix_html(&layout, &BoardWarnings::default(), app.state.matrix_cell.as_ref(), "help");
    assert_eq!(html.matches(r#"tabindex="0""#).count(), 1, "one tab stop");
    let row = &html[html.find(r#"data-row="vision-setting""#).unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains(r#"data-cell="pmm" data-part="none" tabindex="0""#), "{row}");
}

#[test]
fn the_matrix_lists_every_activity_with_its_neighbours_and_escapes_what_users_typed() {
    let hostile = r#"<img src=x onerror=alert(1)> "quoted" & 'single'"#;
    let layout = Layout::seeds_default()
        .apply(&Edit::AddCustom {
            name: ActivityName::parse(hostile).unwrap(),
            description: String::new(),
            area: None,
            expected_lanes: vec![],
            lane: Lane::Unassigned,
        })
        .unwrap();
    let html = matrix_html(&layout, &BoardWarnings::default(), None, "help");
    assert!(!html.contains("<img"), "markup typed as a name stays text");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;"));
    assert_eq!(html.matches("<tr data-row=").count(), 59, "58 of the seeds' and the user's own");
    // The user's activity, held by nobody, is marked and listed last, under its category.
    let custom: &CustomActivity = &layout.custom()[0];
    let last = &html[html.rfind("<tr data-row=").unwrap()..];
    assert!(last.starts_with(&format!(r#"<tr data-row="{}""#, custom.id.as_str())), "{last}");
    assert!(last.contains("data-down=\"\" data-unowned"), "{last}");
    // Rows name the rows above and below them for the arrow keys.
    let first = &html[html.find("<tr data-row=").unwrap()..];
    assert!(
        first.starts_with(
            r#"<tr data-row="overall-product-performance" data-up="" data-down="financial-responsibility""#
        ),
        "{first}"
    );
}

#[test]
fn a_card_dropped_into_a_grouped_lane_joins_its_group_and_the_keyboard_steps_within_it() {
    let mut app = Driver::fresh();
    app.send(Msg::ViewChanged(ViewSettings { grouped: true, ..ViewSettings::default() }));
    // Competitor Analysis (Market Research) dragged to the very top of grouped PMM lands
    // at the head of its own group, not above Shared Research.
    app.send(Msg::DragStarted { id: id("competitor-analysis"), from: Lane::Pmm });
    app.send(Msg::DragDropped { target: Some(DropTarget { lane: Lane::Pmm, index: 0 }), copy: false });
    let layout = app.state.layout().clone();
    let pmm = layout.lane(Lane::Pmm);
    let at = layout.position(&id("competitor-analysis"), Lane::Pmm).unwrap();
    let category = category_of(&layout, &id("competitor-analysis"));
    assert!(pmm[..at].iter().all(|card| category_of(&layout, card) != category), "first of its group");
    assert_ne!(at, 0, "not above the other groups' cards");
    // Down steps past the cards of other groups to its group's next card.
    app.send(Msg::CardLifted { id: id("competitor-analysis"), lane: Lane::Pmm });
    app.send(Msg::LiftedCardStepped(Direction::Down));
    app.send(Msg::LiftedCardDropped);
    let after = app.state.layout().clone();
    let moved_to = after.position(&id("competitor-analysis"), Lane::Pmm).unwrap();
    let before_it: Vec<_> =
        after.lane(Lane::Pmm)[..moved_to].iter().filter(|c| category_of(&after, c) == category).collect();
    assert_eq!(before_it.len(), 1, "one card of its group now comes before it");
}

#[test]
fn a_folded_group_stays_folded_until_opened_and_a_view_change_ends_a_keyboard_move() {
    let mut app = Driver::fresh();
    let category = category_of(app.state.layout(), &id("pricing-strategy"));
    app.send(Msg::GroupToggled { lane: Lane::Pmm, category });
    assert_eq!(app.state.collapsed, vec![(Lane::Pmm, category)]);
    app.send(Msg::GroupToggled { lane: Lane::Pmm, category });
    assert!(app.state.collapsed.is_empty());
    app.send(Msg::CardLifted { id: id("pricing-strategy"), lane: Lane::Pmm });
    assert!(app.state.lift.is_some());
    app.send(Msg::ViewChanged(MATRIX_COMPACT));
    assert!(app.state.lift.is_none());
}

#[test]
fn a_card_moved_into_a_folded_group_opens_it_so_the_card_and_its_focus_stay_in_sight() {
    let mut app = Driver::fresh();
    app.send(Msg::ViewChanged(ViewSettings { grouped: true, ..ViewSettings::default() }));
    let category = category_of(app.state.layout(), &id("pricing-strategy"));
    app.send(Msg::GroupToggled { lane: Lane::Pdm, category });
    app.send(Msg::MenuChosen {
        id: id("pricing-strategy"),
        lane: Lane::Pmm,
        item: MenuItem::MoveTo(Lane::Pdm),
    });
    assert_eq!(app.lanes_of("pricing-strategy"), vec![Lane::Pdm]);
    assert!(!app.state.collapsed.contains(&(Lane::Pdm, category)), "the group it landed in is open");
}

#[test]
fn undo_in_the_matrix_keeps_focus_on_the_cell_last_used() {
    let mut app = Driver::fresh();
    app.send(Msg::ViewChanged(MATRIX_COMPACT));
    app.send(Msg::CellPressed { id: id("pricing-strategy"), lane: Lane::Pdm }).take();
    app.send(Msg::UndoPressed);
    assert!(app.take().contains(&Effect::FocusCell { id: id("pricing-strategy"), lane: Lane::Pdm }));
}

#[test]
fn in_the_grouped_view_the_move_menu_steps_past_the_neighbours_of_the_cards_group() {
    let mut app = Driver::fresh();
    // Vision Setting (Product Strategy) put between two PMM cards of Market Research.
    let layout = app.state.layout().clone();
    let pmm = layout.lane(Lane::Pmm);
    let research = category_of(&layout, &id("competitor-analysis"));
    let first = pmm.iter().position(|c| category_of(&layout, c) == research).unwrap();
    let vision = Edit::Move { id: id("vision-setting"), from: Lane::Pdm, to: Lane::Pmm, index: first + 1 };
    app.send(Msg::Edited(vision));
    app.send(Msg::ViewChanged(ViewSettings { grouped: true, ..ViewSettings::default() }));
    let moved = app.state.layout().lane(Lane::Pmm)[first].clone();
    app.send(Msg::MenuChosen { id: moved.clone(), lane: Lane::Pmm, item: MenuItem::Down });
    let after = app.state.layout().clone();
    let group: Vec<_> =
        after.lane(Lane::Pmm).iter().filter(|c| category_of(&after, c) == research).cloned().collect();
    assert_eq!(group[1], moved, "one place down in its group, past Vision Setting");
    // Up again puts it back at the head of the group.
    app.send(Msg::MenuChosen { id: moved.clone(), lane: Lane::Pmm, item: MenuItem::Up });
    let back = app.state.layout().clone();
    let group: Vec<_> =
        back.lane(Lane::Pmm).iter().filter(|c| category_of(&back, c) == research).cloned().collect();
    assert_eq!(group[0], moved);
}

#[test]
fn a_keyboard_move_in_a_grouped_lane_is_announced_by_its_place_in_the_group() {
    let mut app = Driver::fresh();
    app.send(Msg::ViewChanged(ViewSettings { grouped: true, ..ViewSettings::default() }));
    app.send(Msg::CardLifted { id: id("pricing-strategy"), lane: Lane::Pmm });
    assert!(app.said().contains("in PMM, Go-To-Market, position 3 of 4"), "{}", app.said());
    app.send(Msg::LiftedCardStepped(Direction::Up));
    assert!(app.said().ends_with("PMM, Go-To-Market, position 2 of 4."), "{}", app.said());
}
