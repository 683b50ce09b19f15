//! `update`: one message in, the state changed in place, the effects to perform out. It is
//! wrapped once, as Elm's `updateWithStorage` is: whatever a message did, `persist` then
//! writes the user's own layout if it changed, so no handler has to remember to save.

use super::descriptions::Descriptions;
use super::effect::Effect;
use super::msg::Msg;
use super::problem::StorageProblem;
use super::state::AppState;
use crate::core::layout::Layout;
use crate::core::library::SlotId;
use crate::core::persist::encode_saved;
use std::rc::Rc;

/// What `persist` compares against: the board before the message.
struct Before {
    slot: SlotId,
    own: Option<Rc<Layout>>,
    shown: Rc<Layout>,
}

/// Handles one message. Never panics; a message that makes no sense where the app is now
/// (a drop with no drag, a stale card) changes nothing.
pub fn update(state: &mut AppState, msg: Msg) -> Vec<Effect> {
    let mut effects = Vec::new();
    if state.read_only && msg.changes_layout() {
        state.refuse_change(&mut effects);
        return effects;
    }
    let before = Before {
        slot: state.slot,
        own: state.is_own().then(|| state.layout_rc().clone()),
        shown: state.layout_rc().clone(),
    };
    state.handle(msg, &mut effects);
    state.unfold_focused(&effects);
    state.persist(&before, &mut effects);
    effects
}

impl Msg {
    /// Whether the message would change a layout or the user's saved layouts, which a
    /// read-only board refuses. Looking, selecting, sharing and exporting are not changes.
    fn changes_layout(&self) -> bool {
        !matches!(
            self,
            Msg::WarningSelected(_)
                | Msg::ViewChanged(_)
                | Msg::GroupToggled { .. }
                | Msg::CellReached { .. }
                | Msg::LinkOpened(_)
                | Msg::VisitLeft
                | Msg::SharePressed
                | Msg::ShareDeflated { .. }
                | Msg::CopyFinished(_)
                | Msg::ExportChosen(_)
                | Msg::ExportFailed(_)
                | Msg::DescriptionsWanted
                | Msg::DescriptionsArrived(_)
                | Msg::NoticeDismissed
                | Msg::Written(_)
                | Msg::OtherTabSaved { .. }
        )
    }
}

impl AppState {
    fn handle(&mut self, msg: Msg, effects: &mut Vec<Effect>) {
        match msg {
            Msg::Edited(edit) => {
                self.lift = None;
                self.commit(&edit, effects);
            }
            Msg::UndoPressed => self.step_history(true, effects),
            Msg::RedoPressed => self.step_history(false, effects),
            Msg::CardLifted { id, lane } => self.lift_card(&id, lane, effects),
            Msg::LiftedCardStepped(direction) => self.step_lift(direction, effects),
            Msg::LiftedCardDropped => self.drop_lift(effects),
            Msg::LiftCancelled => self.cancel_lift(effects),
            Msg::DragStarted { id, from } => self.start_drag(id, from, effects),
            Msg::DraggedOver { target, copy } => self.drag_over(target, copy),
            Msg::DragDropped { target, copy } => self.drop_drag(target, copy, effects),
            Msg::DragCancelled => self.cancel_drag(effects),
            Msg::MenuChosen { id, lane, item } => self.choose_from_menu(&id, lane, item, effects),
            Msg::WarningSelected(selected) => {
                if selected.is_some() {
                    effects.push(Effect::RevealHighlight);
                }
                self.selected = selected;
            }
            Msg::ViewChanged(view) => self.change_view(view, effects),
            Msg::GroupToggled { lane, category } => self.toggle_group(lane, category),
            Msg::CellPressed { id, lane } => self.press_cell(id, lane, effects),
            Msg::CellReached { id, lane } => {
                effects.push(Effect::FocusCell { id: id.clone(), lane });
                self.matrix_cell = Some((id, lane));
            }
            Msg::LayoutChosen(slot) => self.open_saved(slot, effects),
            Msg::NewLayoutPressed => self.create_layout(effects),
            Msg::DuplicatePressed => self.duplicate_layout(effects),
            Msg::DeletePressed => self.delete_layout(effects),
            Msg::UndoDeletePressed => self.undo_delete(effects),
            Msg::UnreadableDiscarded => self.discard_unreadable(effects),
            Msg::LinkOpened(read) => self.open_link(read, effects),
            Msg::FileRead { name, read } => self.open_file(name, read, effects),
            Msg::VisitKept => self.keep_visit(effects),
            Msg::VisitSavedAsNew => self.save_visit_as_new(effects),
            Msg::VisitLeft => self.leave_visit(effects),
            Msg::SharePressed => self.toggle_share(effects),
            Msg::ShareDeflated { payload, deflated } => self.share_deflated(&payload, deflated, effects),
            Msg::CopyFinished(copied) => self.copy_finished(copied, effects),
            Msg::ExportChosen(format) => self.export(format, effects),
            Msg::ExportFailed(why) => self.export_failed(why),
            Msg::DescriptionsWanted => {
                if matches!(self.descriptions, Descriptions::NotAsked | Descriptions::Failed(_)) {
                    self.descriptions = Descriptions::Loading;
                    effects.push(Effect::LoadDescriptions);
                }
            }
            Msg::DescriptionsArrived(answer) => self.descriptions = Descriptions::arrived(answer),
            Msg::NoticeDismissed => self.notice = None,
            Msg::Written(result) => self.written(result),
            Msg::OtherTabSaved { slot, raw } => self.other_tab_saved(slot, raw, effects),
        }
    }

    /// Writes the user's own layout when the message changed it (or switched layouts), and
    /// tells the host page when the board's layout changed.
    fn persist(&mut self, before: &Before, effects: &mut Vec<Effect>) {
        if !Rc::ptr_eq(&before.shown, self.layout_rc()) {
            effects.push(Effect::LayoutChanged);
            self.remake_share_link(effects);
        }
        let unchanged = before.slot == self.slot
            && before.own.as_ref().is_some_and(|own| Rc::ptr_eq(own, self.layout_rc()));
        if !self.is_own() || unchanged || !self.storage_available {
            return;
        }
        if self.saved.remembered() != Some(self.slot) {
            self.saved.remember(self.slot);
            effects.push(Effect::RememberSlot(self.slot));
        }
        if self.problem.as_ref().is_some_and(|problem| problem.holds_saving()) {
            return;
        }
        self.write_own(effects);
    }

    /// Writes the layout on the board into its slot, unless storage already holds exactly it.
    pub(super) fn write_own(&mut self, effects: &mut Vec<Effect>) {
        let raw: Rc<str> = encode_saved(self.layout()).into();
        if self.saved.raw(self.slot).as_deref() == Some(&*raw) {
            return;
        }
        let layout = self.layout_rc().clone();
        self.saved.record_written(self.slot, raw.clone(), &layout);
        effects.push(Effect::Write { slot: self.slot, raw });
    }

    /// A write that succeeded ends a "storage is full" alert; one that failed raises it.
    fn written(&mut self, result: Result<(), StorageProblem>) {
        match result {
            Ok(()) if self.problem == Some(StorageProblem::Full) => self.problem = None,
            Ok(()) => {}
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// A read-only board refuses every change, and says why the first time.
    fn refuse_change(&mut self, effects: &mut Vec<Effect>) {
        if !self.told_read_only {
            self.told_read_only = true;
            let why = "This board is read-only: it can be looked at, shared and exported, not changed.";
            self.notice = Some(why.to_string());
            effects.push(Effect::Announce(why.to_string()));
        }
    }

    pub(super) fn say(&self, text: impl Into<String>, effects: &mut Vec<Effect>) {
        effects.push(Effect::Announce(text.into()));
    }
}
