//! Layouts from elsewhere: a share link or an imported file opens in a shared view, beside
//! the user's own layout, which waits untouched until they keep the visited one, save it as
//! a new layout, or go back. A link or file that cannot be opened changes nothing and says why.

use super::effect::Effect;
use super::msg::{ImportProblem, LinkRead};
use super::state::{AppState, ShareLink, SharePanel, Visit, VisitSource};
use crate::core::codec::{share_payload, share_text_of};
use crate::core::history::History;
use crate::core::layout::Layout;
use crate::core::library::display_title;
use std::rc::Rc;

/// The sentence shown when a link cannot be opened: the board stays as it was, the user's own
/// layout or a shared view already open.
pub fn broken_link_message(err: &impl std::fmt::Display, visiting: bool) -> String {
    let shown = if visiting {
        "the board still shows the layout you opened"
    } else {
        "the board shows your own layout"
    };
    format!("This link cannot be opened: {err}. Nothing was changed; {shown}.")
}

impl AppState {
    pub(super) fn open_link(&mut self, read: LinkRead, effects: &mut Vec<Effect>) {
        match read {
            Ok(layout) => {
                self.notice = None;
                self.visit(layout, VisitSource::Link, effects);
            }
            Err(err) => self.notice = Some(broken_link_message(&err, self.visit.is_some())),
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

    /// Opens or closes the share panel; opening makes the link and copies it when it is ready,
    /// into a copy begun during the press.
    pub(super) fn toggle_share(&mut self, effects: &mut Vec<Effect>) {
        if let Some(panel) = self.share.take() {
            if panel.link.copy_pending() {
                effects.push(Effect::AbandonCopy);
            }
            return;
        }
        let made_for = self.layout_rc().clone();
        let link = self.make_share_link(true, effects);
        let status = if link.copy_pending() {
            effects.push(Effect::BeginCopy);
            "Copying the link…"
        } else {
            ""
        };
        self.share = Some(SharePanel { status: status.to_string(), link, made_for });
    }

    /// The board changed under an open share panel: its link is made again, and copied only
    /// if the press that opened the panel is still waiting for its copy.
    pub(super) fn remake_share_link(&mut self, effects: &mut Vec<Effect>) {
        let Some(panel) = &self.share else { return };
        if Rc::ptr_eq(&panel.made_for, self.layout_rc()) {
            return;
        }
        let copy_pending = panel.link.copy_pending();
        let link = self.make_share_link(copy_pending, effects);
        let abandoned = copy_pending && !link.copy_pending();
        if abandoned {
            effects.push(Effect::AbandonCopy);
        }
        let made_for = self.layout_rc().clone();
        if let Some(panel) = self.share.as_mut() {
            panel.made_for = made_for;
            panel.link = link;
            if abandoned {
                panel.status.clear();
            }
        }
    }

    /// Starts making the link of the layout on the board: its payload goes to the browser's
    /// compressor, unless it is too large for any link.
    fn make_share_link(&self, copy: bool, effects: &mut Vec<Effect>) -> ShareLink {
        match share_payload(self.layout()) {
            Ok(payload) => {
                let payload: Rc<[u8]> = payload.into();
                effects.push(Effect::DeflateShare(payload.clone()));
                ShareLink::Making { payload, copy }
            }
            Err(_) => ShareLink::TooLarge,
        }
    }

    /// The compressor answered: the link is ready (compressed or plain, whichever is
    /// shorter), and copied if the press that opened the panel asked for it.
    pub(super) fn share_deflated(
        &mut self,
        answered: &Rc<[u8]>,
        deflated: Option<Vec<u8>>,
        effects: &mut Vec<Effect>,
    ) {
        let Some(panel) = self.share.as_mut() else { return };
        let ShareLink::Making { payload, copy } = &panel.link else { return };
        if !Rc::ptr_eq(payload, answered) {
            return;
        }
        let copy = *copy;
        panel.link = match share_text_of(payload, deflated.as_deref()) {
            Ok(text) => {
                if copy {
                    effects.push(Effect::CopyShareLink(text.clone()));
                }
                ShareLink::Ready(text)
            }
            Err(_) => {
                if copy {
                    effects.push(Effect::AbandonCopy);
                }
                panel.status.clear();
                ShareLink::TooLarge
            }
        };
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
