//! The catalog's descriptions and the practices' advice on the board. The board's own
//! WebAssembly leaves them out (`core::about!`, about 2.5 KiB of its first load); the first
//! time someone opens one, the app asks the file-formats module, which has them, and keeps the
//! answer for the session.

use crate::core::catalog::{self, CATALOG};
use crate::core::rules::mitigation::Mitigation;
use std::rc::Rc;

/// Where the descriptions stand.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Descriptions {
    #[default]
    NotAsked,
    Loading,
    /// One per catalog entry, in catalog order, then one per practice, in the guide's order.
    Loaded(Rc<[Rc<str>]>),
    /// Why they could not be had; asking again tries again.
    Failed(String),
}

/// What a card's "About" or a warning's "What helps" shows.
#[derive(Clone, Debug, PartialEq)]
pub enum About {
    Text(Rc<str>),
    Static(&'static str),
    /// The descriptions are on their way (or have not been asked for yet).
    Loading,
    Failed(String),
}

impl About {
    /// The text, or what became of it; `what` names it ("description", "advice").
    pub fn shown(&self, what: &str) -> String {
        match self {
            About::Text(text) => text.to_string(),
            About::Static(text) => text.to_string(),
            About::Loading => format!("Loading the {what}…"),
            About::Failed(why) => format!("The {what} could not be loaded: {why}."),
        }
    }

    /// Whether opening it should ask for the texts (not asked yet, or the last try failed).
    pub fn wants_fetch(&self) -> bool {
        matches!(self, About::Loading | About::Failed(_))
    }
}

impl Descriptions {
    /// The description of the catalog activity `id`, or `None` for an activity of the
    /// user's own (its description is in the layout).
    pub fn of(&self, id: &str) -> Option<About> {
        let at = catalog::index_of(id)?;
        Some(self.text(at, CATALOG[at].description))
    }

    /// The advice of a practice ("What helps").
    pub fn advice(&self, practice: Mitigation) -> About {
        self.text(CATALOG.len() + practice as usize, practice.advice())
    }

    fn text(&self, at: usize, built_in: &'static str) -> About {
        match self {
            _ if !built_in.is_empty() => About::Static(built_in),
            Descriptions::Loaded(texts) => {
                texts.get(at).map_or(About::Static(""), |t| About::Text(t.clone()))
            }
            Descriptions::Failed(why) => About::Failed(why.clone()),
            Descriptions::NotAsked | Descriptions::Loading => About::Loading,
        }
    }

    /// Reads the module's answer: one line per catalog entry, then one per practice.
    pub fn arrived(answer: Result<String, String>) -> Descriptions {
        match answer {
            Ok(text) => {
                let lines: Rc<[Rc<str>]> = text.split('\n').map(Rc::from).collect();
                if lines.len() == CATALOG.len() + Mitigation::ALL.len() {
                    Descriptions::Loaded(lines)
                } else {
                    Descriptions::Failed(
                        "the file-formats module is from another version; reload the page".into(),
                    )
                }
            }
            Err(why) => Descriptions::Failed(why),
        }
    }
}

/// The module's side: every catalog description, then every practice's advice, one per line.
pub fn catalog_text() -> String {
    let descriptions = CATALOG.iter().map(|entry| entry.description);
    descriptions.chain(Mitigation::ALL.map(Mitigation::advice)).collect::<Vec<_>>().join("\n")
}
