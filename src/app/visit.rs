//! Layouts from elsewhere: a share link or an imported file opens in a shared view, beside
//! the user's own layout, which waits untouched until they keep the visited one, save it as
//! a new layout, or go back. A link or file that cannot be opened changes nothing and says why.

use super::effect::Effect;
use super::msg::ImportProblem;
use super::state::{AppState, SharePanel, Visit, VisitSource};
use crate::core::codec::{from_share_text, to_share_text};
use crate::core::history::History;
use crate::core::layout::Layout;
use crate::core::library::display_title;

/// The sentence shown when a link cannot be opened.
pub fn broken_link_message(err: &impl std::fmt::Display) -> String {
    format!("This link cannot be opened: {err}. Nothing was changed; the board shows your own layout.")
}

impl AppState {
    pub(super) fn open_link(&mut self, text: &str, effects: &mut Vec<Effect>) {
        match from_share_text(text) {
            Ok(layout) => {
                self.notice = None;
                self.visit(layout, VisitSource::Link, effects);
            }
            Err(err) => self.notice = Some(broken_link_message(&err)),
        }
    }

    pub(super) fn open_file(
        &mut self,
        name: String,
        read: Result<Layout, ImportProblem>,
        effects: &mut Vec<Effect>,
    ) {
        let name: String = name.chars().take(80).collect();
        let read = read.map_err(|problem| match problem {
            ImportProblem::TooLarge => "it is far larger than any layout file".to_string(),
            ImportProblem::Unreadable => "the browser could not read it".to_string(),
            ImportProblem::NotALayout(why) => why,
        });
        match read {
            Ok(layout) => {
                self.notice = None;
                self.visit(layout, VisitSource::File(name), effects);
            }
            Err(why) => {
                self.notice = Some(format!(
                    "The file \u{201c}{name}\u{201d} cannot be imported: {why}. Nothing was changed."
                ));
            }
        }
    }

    /// Starts showing `layout` from elsewhere; the user's own history waits untouched.
    fn visit(&mut self, layout: Layout, from: VisitSource, effects: &mut Vec<Effect>) {
        let title = display_title(layout.title()).to_string();
        let visited = History::new(layout);
        let own = match self.visit.take() {
            Some(visit) => visit.own,
            None => std::mem::replace(&mut self.history, visited.clone()),
        };
        self.history = visited;
        let what = match &from {
            VisitSource::Link => "the shared layout",
            VisitSource::File(_) => "the imported layout",
        };
        self.say(format!("Showing {what} {title}. Your own layout is unchanged."), effects);
        self.visit = Some(Visit { from, own });
        self.clear_view(effects);
    }

    pub(super) fn leave_visit(&mut self, effects: &mut Vec<Effect>) {
        let Some(visit) = self.visit.take() else { return };
        effects.push(Effect::ForgetLink);
        self.history = visit.own;
        self.say(format!("Back to your layout {}.", display_title(self.layout().title())), effects);
        self.clear_view(effects);
    }

    /// The visited layout becomes the user's current one, as one undoable step.
    pub(super) fn keep_visit(&mut self, effects: &mut Vec<Effect>) {
        let Some(visit) = self.visit.take() else { return };
        effects.push(Effect::ForgetLink);
        let kept = self.layout_rc().clone();
        self.history = visit.own;
        self.history.push_shared(kept);
        self.say("The shared layout is now yours and saved. Undo brings back the layout you had.", effects);
    }

    pub(super) fn save_visit_as_new(&mut self, effects: &mut Vec<Effect>) {
        let Some(visit) = self.visit.take() else { return };
        effects.push(Effect::ForgetLink);
        let visited = std::mem::replace(&mut self.history, visit.own);
        self.add_layout(visited.present().clone(), effects);
    }

    /// Opens or closes the share panel; opening copies the link at once.
    pub(super) fn toggle_share(&mut self, effects: &mut Vec<Effect>) {
        if self.share.take().is_some() {
            return;
        }
        let status = match to_share_text(self.layout()) {
            Ok(text) => {
                effects.push(Effect::CopyShareLink(text));
                "Copying the link…"
            }
            Err(_) => "",
        };
        self.share = Some(SharePanel { status: status.to_string() });
    }

    pub(super) fn copy_finished(&mut self, copied: bool, effects: &mut Vec<Effect>) {
        let Some(share) = self.share.as_mut() else { return };
        share.status = if copied {
            "Link copied to the clipboard.".to_string()
        } else {
            effects.push(Effect::SelectShareLink);
            "Copying was not allowed here, so the link is selected: press Ctrl+C (or ⌘C) to copy it."
                .to_string()
        };
    }
}
