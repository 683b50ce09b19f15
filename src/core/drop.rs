//! What a pointer drop means. Dragging moves a card; holding Ctrl or Alt while dropping
//! on another role lane also places it there (shared ownership), as in a file manager.

use super::activity::ActivityId;
use super::edit::Edit;
use super::lane::Lane;
use super::layout::Layout;

/// Where a dragged card would land: a lane and a position counted without the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DropTarget {
    pub lane: Lane,
    pub index: usize,
}

/// The edit for dropping `id`, dragged out of `from`, on `target`; `None` when the drop
/// would change nothing.
pub fn edit_for_drop(
    layout: &Layout,
    id: &ActivityId,
    from: Lane,
    target: DropTarget,
    copy: bool,
) -> Option<Edit> {
    let DropTarget { lane, index } = target;
    let shares = copy && lane.is_role() && from.is_role() && !layout.lane(lane).contains(id);
    let edit = if shares {
        Edit::Share { id: id.clone(), to: lane, index }
    } else {
        Edit::Move { id: id.clone(), from, to: lane, index }
    };
    let after = layout.apply(&edit).ok()?;
    (after != *layout).then_some(edit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pricing() -> ActivityId {
        ActivityId::new("pricing-strategy")
    }

    #[test]
    fn a_plain_drop_on_another_lane_moves_the_card() {
        let layout = Layout::seeds_default();
        let edit =
            edit_for_drop(&layout, &pricing(), Lane::Pmm, DropTarget { lane: Lane::Pdm, index: 0 }, false);
        assert!(matches!(edit, Some(Edit::Move { to: Lane::Pdm, .. })));
    }

    #[test]
    fn a_ctrl_drop_on_another_role_lane_shares_the_card() {
        let layout = Layout::seeds_default();
        let edit =
            edit_for_drop(&layout, &pricing(), Lane::Pmm, DropTarget { lane: Lane::Pm, index: 0 }, true);
        assert!(matches!(edit, Some(Edit::Share { to: Lane::Pm, .. })));
    }

    #[test]
    fn a_ctrl_drop_on_unassigned_is_an_ordinary_move() {
        let layout = Layout::seeds_default();
        let edit = edit_for_drop(
            &layout,
            &pricing(),
            Lane::Pmm,
            DropTarget { lane: Lane::Unassigned, index: 0 },
            true,
        );
        assert!(matches!(edit, Some(Edit::Move { to: Lane::Unassigned, .. })));
    }

    #[test]
    fn dropping_a_card_back_where_it_was_is_no_edit() {
        let layout = Layout::seeds_default();
        let at = layout.position(&pricing(), Lane::Pmm).unwrap();
        let target = DropTarget { lane: Lane::Pmm, index: at };
        assert_eq!(edit_for_drop(&layout, &pricing(), Lane::Pmm, target, false), None);
    }
}
