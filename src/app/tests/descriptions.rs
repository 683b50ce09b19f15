//! The catalog's descriptions and the practices' advice, which the board's own WebAssembly fetches from the file-formats
//! module the first time a card's "About" opens (natively the catalog carries them).

use super::Driver;
use crate::app::descriptions::{catalog_text, About, Descriptions};
use crate::app::{Effect, Msg};
use crate::core::catalog::CATALOG;
use crate::core::rules::mitigation::Mitigation;

fn loads(driver: &Driver) -> usize {
    driver.performed.iter().filter(|e| matches!(e, Effect::LoadDescriptions)).count()
}

#[test]
fn opening_about_asks_the_module_once_while_the_answer_is_on_its_way() {
    let mut app = Driver::fresh();
    app.take();
    app.send(Msg::DescriptionsWanted).send(Msg::DescriptionsWanted);
    assert_eq!(loads(&app), 1, "a second card opened meanwhile does not ask again");
    assert_eq!(app.state.descriptions, Descriptions::Loading);
    app.send(Msg::DescriptionsArrived(Ok(catalog_text())));
    let Descriptions::Loaded(texts) = &app.state.descriptions else { panic!("the descriptions are kept") };
    assert_eq!(&*texts[0], CATALOG[0].description);
    app.send(Msg::DescriptionsWanted);
    assert_eq!(loads(&app), 1, "once loaded they are never fetched again");
    assert_eq!(app.writes(), 0, "fetching descriptions saves nothing");
}

#[test]
fn a_failed_fetch_says_why_and_the_next_opening_tries_again() {
    let mut app = Driver::fresh();
    app.send(Msg::DescriptionsWanted);
    app.send(Msg::DescriptionsArrived(Err("the file-formats module could not be loaded".into())));
    assert_eq!(
        app.state.descriptions.of("pricing-strategy"),
        // Natively the catalog has its own text, which always wins.
        Some(About::Static(CATALOG.iter().find(|e| e.id == "pricing-strategy").unwrap().description))
    );
    assert!(
        matches!(&app.state.descriptions, Descriptions::Failed(why) if why.contains("could not be loaded"))
    );
    app.take();
    app.send(Msg::DescriptionsWanted);
    assert_eq!(loads(&app), 1);
}

#[test]
fn an_answer_for_another_catalog_is_refused_rather_than_misattributed() {
    let short = catalog_text().lines().skip(1).collect::<Vec<_>>().join("\n");
    assert!(matches!(Descriptions::arrived(Ok(short)), Descriptions::Failed(why) if why.contains("reload")));
    let Descriptions::Loaded(texts) = Descriptions::arrived(Ok(catalog_text())) else { panic!() };
    assert_eq!(texts.len(), CATALOG.len() + Mitigation::ALL.len());
    assert!(texts.iter().zip(CATALOG).all(|(text, entry)| &**text == entry.description));
    assert!(texts[CATALOG.len()..].iter().zip(Mitigation::ALL).all(|(text, m)| &**text == m.advice()));
}

#[test]
fn activities_of_the_users_own_have_no_catalog_description() {
    assert_eq!(Descriptions::Loading.of("custom-1"), None);
    // Natively the advice is built in, whatever the fetch did.
    assert_eq!(
        Descriptions::Failed("x".into()).advice(Mitigation::FeedbackLoops),
        About::Static(Mitigation::FeedbackLoops.advice())
    );
}

#[test]
fn what_a_card_or_a_warning_shows_says_what_became_of_the_text() {
    assert_eq!(About::Static("Set clear objectives.").shown("description"), "Set clear objectives.");
    assert_eq!(About::Loading.shown("advice"), "Loading the advice…");
    let failed = About::Failed("the file-formats module could not be loaded".into());
    assert_eq!(
        failed.shown("description"),
        "The description could not be loaded: the file-formats module could not be loaded."
    );
    assert!(failed.wants_fetch() && About::Loading.wants_fetch());
    assert!(!About::Static("x").wants_fetch() && !About::Text("x".into()).wants_fetch());
}
