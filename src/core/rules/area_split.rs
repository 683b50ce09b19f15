//! `tension` (area split): an overlap area whose activities are owned partly by PDM and
//! partly by PMM. The guide's "Key Areas of Overlap" give each area a "Tensions" line, always
//! between its Product Manager (our PDM) and its Product Marketer (our PMM); an area split
//! between those two lanes is exactly where the guide says conflict is bred. A lane that only
//! contributes still counts: the guide puts the tension right there ("Product Marketers:
//! Influence feature prioritization ..."; "Disagreements can arise when market-driven or
//! business-driven feature requests from Product Marketers conflict with the technical or
//! strategic vision upheld by Product Managers").

use super::areas::rules_for;
use super::board::Board;
use super::warning::{Severity, Warning, WarningId, WarningKind, AREA_SPLIT_RULE};
use crate::core::activity::OverlapArea;
use crate::core::lane::Lane;

/// One Medium warning per split area, naming the members PDM or PMM own. The seeds' own
/// layout splits five of the six areas: that is the guide's point, not a defect.
pub fn check(board: &Board, out: &mut Vec<Warning>) {
    let mut involved: [Vec<usize>; 6] = Default::default();
    let mut with_pdm = [0usize; 6];
    let mut with_pmm = [0usize; 6];
    for (slot, facts) in board.activities.iter().enumerate() {
        let Some(area) = facts.area else { continue };
        let (pdm, pmm) = (facts.placed.contains(Lane::Pdm), facts.placed.contains(Lane::Pmm));
        let at = area as usize;
        with_pdm[at] += usize::from(pdm);
        with_pmm[at] += usize::from(pmm);
        if pdm || pmm {
            involved[at].push(slot);
        }
    }
    for area in OverlapArea::ALL {
        let at = area as usize;
        if with_pdm[at] == 0 || with_pmm[at] == 0 {
            continue;
        }
        let rules = rules_for(area);
        out.push(Warning {
            id: WarningId::new(WarningKind::Tension, AREA_SPLIT_RULE, &[rules.slug]),
            kind: WarningKind::Tension,
            severity: Severity::Medium,
            activities: involved[at].iter().map(|&slot| board.activities[slot].activity_id()).collect(),
            lanes: vec![Lane::Pdm, Lane::Pmm],
            area: Some(area),
            title: format!("{} is split between PDM and PMM", area.label()),
            explanation: format!(
                "PDM holds {} of its activities and PMM holds {}. In the guide’s terms PDM is the Product Manager and PMM the Product Marketer, and it warns: {}",
                with_pdm[at], with_pmm[at], rules.tension
            ),
            mitigations: rules.mitigations.to_vec(),
            mitigated: false,
        });
    }
}
