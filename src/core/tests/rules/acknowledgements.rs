use super::{after, mv};
use crate::core::announce;
use crate::core::edit::{Edit, EditError};
use crate::core::history::History;
use crate::core::lane::Lane;
use crate::core::layout::Layout;
use crate::core::persist::{decode_saved, encode_saved};
use crate::core::rules::{analyze, Warning, WarningId, MAX_NOTE_CHARS};
use crate::core::tests::codec::spec::Spec;

fn pricing_in_pdm() -> (Layout, WarningId) {
    let layout = after(&[mv("pricing-strategy", Lane::Pmm, Lane::Pdm)]);
    let warning: Warning = super::only(&layout, "tension/misplaced", "pricing-strategy");
    (layout, warning.id)
}

fn acknowledge(layout: &Layout, warning: &WarningId, note: &str) -> Result<Layout, EditError> {
    layout.apply(&Edit::Acknowledge { warning: warning.clone(), note: note.to_string() })
}

#[test]
fn an_acknowledged_warning_keeps_its_tidied_note() {
    let (layout, warning) = pricing_in_pdm();
    let acked = acknowledge(&layout, &warning, "  Agreed in the\n workshop:\tPDM prices  ").unwrap();
    assert_eq!(acked.acknowledgement(&warning), Some("Agreed in the workshop: PDM prices"));
    assert_eq!(layout.acknowledgement(&warning), None, "the edit never touches the old layout");
}

#[test]
fn a_warning_can_be_acknowledged_without_a_note() {
    let (layout, warning) = pricing_in_pdm();
    assert_eq!(acknowledge(&layout, &warning, "   ").unwrap().acknowledgement(&warning), Some(""));
}

#[test]
fn a_note_over_280_characters_is_refused() {
    let (layout, warning) = pricing_in_pdm();
    let err = acknowledge(&layout, &warning, &"é".repeat(281)).unwrap_err();
    assert_eq!(err, EditError::NoteTooLong { max: 280, got: 281 });
    assert!(err.to_string().contains("280"));
    assert!(acknowledge(&layout, &warning, &"é".repeat(280)).is_ok());
}

#[test]
fn acknowledging_again_replaces_the_note_so_there_is_one_per_warning() {
    let (layout, warning) = pricing_in_pdm();
    let twice = acknowledge(&acknowledge(&layout, &warning, "first").unwrap(), &warning, "second").unwrap();
    assert_eq!(twice.acknowledgements().len(), 1);
    assert_eq!(twice.acknowledgement(&warning), Some("second"));
}

#[test]
fn acknowledgements_are_kept_sorted_by_warning_id() {
    let layout = Layout::seeds_default();
    let ids: Vec<WarningId> = analyze(&layout).into_iter().map(|w| w.id).rev().collect();
    let acked = ids.iter().fold(layout, |l, id| acknowledge(&l, id, "seen").unwrap());
    let stored: Vec<&WarningId> = acked.acknowledgements().iter().map(|a| &a.warning).collect();
    let mut sorted = stored.clone();
    sorted.sort();
    assert_eq!(stored, sorted);
    assert_eq!(stored.len(), ids.len());
}

#[test]
fn unacknowledging_opens_the_warning_again() {
    let (layout, warning) = pricing_in_pdm();
    let acked = acknowledge(&layout, &warning, "ok").unwrap();
    let reopened = acked.apply(&Edit::Unacknowledge { warning: warning.clone() }).unwrap();
    assert_eq!(reopened.acknowledgement(&warning), None);
    assert_eq!(reopened.apply(&Edit::Unacknowledge { warning }), Err(EditError::NotAcknowledged));
}

#[test]
fn an_acknowledgement_outlives_its_warning_and_matches_when_it_returns() {
    let (layout, warning) = pricing_in_pdm();
    let acked = acknowledge(&layout, &warning, "Our PDM prices").unwrap();
    let back = acked.apply(&mv("pricing-strategy", Lane::Pdm, Lane::Pmm)).unwrap();
    assert!(analyze(&back).iter().all(|w| w.id != warning));
    assert_eq!(back.acknowledgement(&warning), Some("Our PDM prices"));
    let again = back.apply(&mv("pricing-strategy", Lane::Pmm, Lane::Pdm)).unwrap();
    assert!(analyze(&again).iter().any(|w| w.id == warning));
    assert_eq!(again.acknowledgement(&warning), Some("Our PDM prices"));
}

#[test]
fn undo_takes_an_acknowledgement_back() {
    let (layout, warning) = pricing_in_pdm();
    let mut history = History::new(layout);
    history.push(acknowledge(history.present(), &warning, "ok").unwrap());
    assert!(history.present().acknowledgement(&warning).is_some());
    history.undo();
    assert_eq!(history.present().acknowledgement(&warning), None);
}

#[test]
fn reset_keeps_acknowledgements() {
    let (layout, warning) = pricing_in_pdm();
    let reset = acknowledge(&layout, &warning, "ok").unwrap().apply(&Edit::Reset).unwrap();
    assert_eq!(reset.acknowledgement(&warning), Some("ok"));
}

#[test]
fn acknowledging_is_announced() {
    let (layout, warning) = pricing_in_pdm();
    let edit = Edit::Acknowledge { warning: warning.clone(), note: "ok".into() };
    let acked = layout.apply(&edit).unwrap();
    assert!(announce::edited(&layout, &edit, &acked).starts_with("Warning acknowledged"));
    let renote = Edit::Acknowledge { warning: warning.clone(), note: "better".into() };
    assert!(announce::edited(&acked, &renote, &acked.apply(&renote).unwrap()).contains("Updated the note"));
    let undo = Edit::Unacknowledge { warning };
    assert!(announce::edited(&acked, &undo, &layout).contains("open again"));
}

#[test]
fn a_saved_layout_with_acknowledgements_reads_back_exactly() {
    let (layout, warning) = pricing_in_pdm();
    let acked = acknowledge(&layout, &warning, "Ünïcødé “quoted” <b>note</b> 🚀").unwrap();
    assert_eq!(decode_saved(&encode_saved(&acked)), Ok(acked));
}

#[test]
fn saved_data_acknowledging_a_warning_twice_is_refused() {
    let (_, warning) = pricing_in_pdm();
    let mut spec = Spec::seeds();
    let ack = (warning.as_str().as_bytes().to_vec(), b"a".to_vec());
    spec.acknowledgements = vec![ack.clone(), ack];
    assert!(decode_saved(&spec.text()).unwrap_err().to_string().contains("acknowledged twice"));
}

#[test]
fn saved_data_with_an_over_long_note_is_refused() {
    let (_, warning) = pricing_in_pdm();
    let mut spec = Spec::seeds();
    spec.acknowledgements =
        vec![(warning.as_str().as_bytes().to_vec(), "x".repeat(MAX_NOTE_CHARS + 1).into_bytes())];
    assert!(decode_saved(&spec.text()).is_err());
    spec.acknowledgements[0].1.pop();
    assert!(decode_saved(&spec.text()).is_ok());
}
