//! Prints the saved-data text of a board with N activities (the seeds' 58 plus custom ones
//! spread over the lanes and overlap areas), for the browser benchmark to seed storage with.
//! Run natively: `cargo run --release --example saved_board -- 1000`.

use role_lanes::core::activity::{ActivityId, OverlapArea};
use role_lanes::core::catalog::CATALOG;
use role_lanes::core::lane::Lane;
use role_lanes::core::layout::{CustomActivity, Layout, LayoutData};
use role_lanes::core::name::ActivityName;
use role_lanes::core::persist::encode_saved;

fn main() {
    let total: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(CATALOG.len());
    let mut data = LayoutData::from(Layout::seeds_default());
    for i in 0..total.saturating_sub(CATALOG.len()) {
        let id = ActivityId::custom(i as u32);
        let lane = match i % 10 {
            0 => Lane::Unassigned,
            n => Lane::ROLES[n % 3],
        };
        data.custom.push(CustomActivity {
            id: id.clone(),
            name: ActivityName::parse(&format!("Custom activity {i}")).expect("a valid name"),
            description: String::new(),
            area: OverlapArea::ALL.get(i % 7).copied(),
            expected_lanes: if i % 3 == 0 {
                vec![lane].into_iter().filter(|l| l.is_role()).collect()
            } else {
                Vec::new()
            },
        });
        let cards = match lane {
            Lane::Pm => &mut data.lanes.pm,
            Lane::Pdm => &mut data.lanes.pdm,
            Lane::Pmm => &mut data.lanes.pmm,
            Lane::Unassigned => &mut data.lanes.unassigned,
        };
        cards.push(id);
    }
    let layout = Layout::try_from(data).expect("a valid generated board");
    print!("{}", encode_saved(&layout));
}
