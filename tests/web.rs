//! Component tests in a real headless browser (wasm-bindgen-test + Chromium). Each test
//! mounts the app into an element it made itself, under its own storage namespace, acts
//! like a user, lets Yew render, and asserts on the DOM.
#![cfg(target_arch = "wasm32")]

use role_lanes::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts a fresh app under `namespace` and waits for its first render.
async fn mount(namespace: &'static str) -> Element {
    mount_as(namespace, false).await
}

async fn mount_as(namespace: &'static str, read_only: bool) -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let props = AppProps { namespace: namespace.into(), read_only, link: None, page_link: false };
    yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;
    host
}

fn find(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector).unwrap().map(|e| e.dyn_into().unwrap())
}

fn card(root: &Element, lane: &str, id: &str) -> Option<HtmlElement> {
    find(root, &format!("[data-lane=\"{lane}\"] [data-activity=\"{id}\"]"))
}

async fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

async fn click(element: &HtmlElement) {
    element.click();
    yew::scheduler::flush().await;
}

fn live_text(root: &Element) -> String {
    find(root, "[data-live-region]").unwrap().text_content().unwrap_or_default()
}

fn button(root: &Element, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button reading {text:?}"))
}

#[wasm_bindgen_test]
async fn the_board_shows_four_named_lanes_with_the_seeds_activities() {
    storage().remove_item("role-lanes/w-board/layout").unwrap();
    let root = mount("w-board").await;
    for lane in ["pm", "pdm", "pmm", "unassigned"] {
        let section = find(&root, &format!("section[data-lane=\"{lane}\"]")).expect("lane rendered");
        let heading_id = section.get_attribute("aria-labelledby").unwrap();
        assert!(!document().get_element_by_id(&heading_id).unwrap().text_content().unwrap().is_empty());
    }
    assert!(card(&root, "pmm", "pricing-strategy").is_some());
    assert!(card(&root, "pdm", "vision-setting").is_some());
    assert!(card(&root, "pm", "financial-responsibility").is_some());
    assert!(root.text_content().unwrap().contains("Product Marketing Manager"));
}

#[wasm_bindgen_test]
async fn space_arrow_space_moves_a_card_and_announces_it() {
    storage().remove_item("role-lanes/w-keys/layout").unwrap();
    let root = mount("w-keys").await;
    let pricing = card(&root, "pmm", "pricing-strategy").unwrap();
    pricing.focus().unwrap();
    press(&pricing, " ").await;
    assert!(live_text(&root).contains("Lifted Pricing Strategy in PMM"), "{}", live_text(&root));
    let lifted = card(&root, "pmm", "pricing-strategy").unwrap();
    press(&lifted, "ArrowLeft").await;
    let moved = card(&root, "pdm", "pricing-strategy").expect("previewed in PDM");
    assert!(live_text(&root).contains("Pricing Strategy: PDM"));
    press(&moved, " ").await;
    assert!(card(&root, "pdm", "pricing-strategy").is_some());
    assert!(card(&root, "pmm", "pricing-strategy").is_none());
    assert!(live_text(&root).contains("Moved Pricing Strategy from PMM to PDM"), "{}", live_text(&root));
    let saved = storage().get_item("role-lanes/w-keys/layout").unwrap().expect("saved");
    let saved = role_lanes::core::persist::decode_saved(&saved).expect("the saved layout reads back");
    assert!(saved.lane(role_lanes::core::lane::Lane::Pdm).iter().any(|id| id.as_str() == "pricing-strategy"));
}

#[wasm_bindgen_test]
async fn escape_cancels_a_keyboard_move() {
    storage().remove_item("role-lanes/w-esc/layout").unwrap();
    let root = mount("w-esc").await;
    let pricing = card(&root, "pmm", "pricing-strategy").unwrap();
    press(&pricing, " ").await;
    press(&card(&root, "pmm", "pricing-strategy").unwrap(), "ArrowRight").await;
    assert!(card(&root, "unassigned", "pricing-strategy").is_some());
    press(&card(&root, "unassigned", "pricing-strategy").unwrap(), "Escape").await;
    assert!(card(&root, "pmm", "pricing-strategy").is_some());
    assert!(card(&root, "unassigned", "pricing-strategy").is_none());
    assert!(live_text(&root).contains("Move cancelled"));
}

#[wasm_bindgen_test]
async fn the_move_menu_moves_a_card_and_undo_puts_it_back() {
    storage().remove_item("role-lanes/w-menu/layout").unwrap();
    let root = mount("w-menu").await;
    let menu_button =
        find(&root, "[data-lane=\"pmm\"] [data-activity=\"pricing-strategy\"] [aria-haspopup=\"menu\"]")
            .unwrap();
    click(&menu_button).await;
    assert_eq!(menu_button.get_attribute("aria-expanded").as_deref(), Some("true"));
    click(&button(&root, "Move to PM")).await;
    assert!(card(&root, "pm", "pricing-strategy").is_some());
    assert!(card(&root, "pmm", "pricing-strategy").is_none());
    click(&button(&root, "Undo")).await;
    assert!(card(&root, "pmm", "pricing-strategy").is_some());
    assert!(card(&root, "pm", "pricing-strategy").is_none());
}

#[wasm_bindgen_test]
async fn also_assign_places_a_card_in_two_lanes() {
    storage().remove_item("role-lanes/w-share/layout").unwrap();
    let root = mount("w-share").await;
    let menu_button =
        find(&root, "[data-lane=\"pmm\"] [data-activity=\"pricing-strategy\"] [aria-haspopup=\"menu\"]")
            .unwrap();
    click(&menu_button).await;
    click(&button(&root, "Also assign to PDM")).await;
    assert!(card(&root, "pdm", "pricing-strategy").is_some());
    assert!(card(&root, "pmm", "pricing-strategy").is_some());
    // PMM held it alone, so it still leads; PDM contributes.
    let pmm = card(&root, "pmm", "pricing-strategy").unwrap();
    assert!(pmm.text_content().unwrap().contains("Leads; PDM contributes"));
    assert!(pmm.has_attribute("data-lead"));
    let pdm = card(&root, "pdm", "pricing-strategy").unwrap();
    assert!(pdm.text_content().unwrap().contains("Contributes; PMM leads"));
    assert!(!pdm.has_attribute("data-lead"));
}

#[wasm_bindgen_test]
async fn unreadable_saved_data_shows_an_alert_and_is_never_overwritten() {
    storage().set_item("role-lanes/w-corrupt/layout", "{not json").unwrap();
    let root = mount("w-corrupt").await;
    let alert = find(&root, "[role=\"alert\"]").expect("an alert");
    assert!(alert.text_content().unwrap().contains("could not be read"));
    assert!(card(&root, "pmm", "pricing-strategy").is_some(), "falls back to the seeds' layout");
    let menu_button =
        find(&root, "[data-lane=\"pmm\"] [data-activity=\"pricing-strategy\"] [aria-haspopup=\"menu\"]")
            .unwrap();
    click(&menu_button).await;
    click(&button(&root, "Move to PM")).await;
    assert!(card(&root, "pm", "pricing-strategy").is_some());
    assert_eq!(storage().get_item("role-lanes/w-corrupt/layout").unwrap().as_deref(), Some("{not json"));
    let download = find(&root, "a[download]").expect("a download link");
    assert!(download.get_attribute("href").unwrap().contains("%7Bnot%20json"));
}

#[wasm_bindgen_test]
async fn a_hostile_custom_name_is_shown_as_text_and_an_empty_one_is_refused() {
    storage().remove_item("role-lanes/w-add/layout").unwrap();
    let root = mount("w-add").await;
    click(&button(&root, "Add activity")).await;
    click(&button(&root, "Add")).await;
    assert!(root.text_content().unwrap().contains("Give the activity a name."));
    let input: web_sys::HtmlInputElement =
        root.query_selector("form input[name=name]").unwrap().unwrap().dyn_into().unwrap();
    input.set_value("<img src=x onerror=alert(1)> Partner <b>enablement</b>");
    click(&button(&root, "Add")).await;
    let added = card(&root, "unassigned", "custom-0").expect("added to Unassigned");
    assert!(added.text_content().unwrap().contains("<img src=x onerror=alert(1)> Partner <b>enablement</b>"));
    assert!(added.query_selector("img, b").unwrap().is_none(), "markup must not be interpreted");
}

#[wasm_bindgen_test]
async fn the_warnings_region_names_a_misplaced_card_and_its_badge_reads_it() {
    storage().remove_item("role-lanes/w-warn/layout").unwrap();
    let root = mount("w-warn").await;
    let region = find(&root, "section.rl-warnings").expect("a warnings region");
    let heading = document().get_element_by_id(&region.get_attribute("aria-labelledby").unwrap()).unwrap();
    assert_eq!(heading.text_content().unwrap(), "Warnings");
    assert!(find(&region.clone().into(), "[data-warning=\"tension\"][data-activities=\"pricing-strategy\"]")
        .is_none());

    let menu_button =
        find(&root, "[data-lane=\"pmm\"] [data-activity=\"pricing-strategy\"] [aria-haspopup=\"menu\"]")
            .unwrap();
    click(&menu_button).await;
    click(&button(&root, "Move to PDM")).await;

    let region: Element = find(&root, "section.rl-warnings").unwrap().into();
    let found = find(&region, "[data-warning=\"tension\"][data-activities=\"pricing-strategy\"]")
        .expect("a tension warning");
    assert!(found.text_content().unwrap().contains("Pricing Strategy"));
    let badge =
        find(&root, "[data-lane=\"pdm\"] [data-activity=\"pricing-strategy\"] .rl-badge").expect("a badge");
    assert!(badge.get_attribute("aria-label").unwrap().contains("Pricing Strategy sits with PDM"));
}

#[wasm_bindgen_test]
async fn the_browsers_compressor_makes_share_links_the_app_opens() {
    use role_lanes::core::codec::{share_payload, share_text_of};
    use role_lanes::core::edit::Edit;
    use role_lanes::core::lane::Lane;
    use role_lanes::core::layout::Layout;
    use role_lanes::core::name::ActivityName;
    // Twenty activities of the user's own, like a workshop table's board.
    let mut layout = Layout::seeds_default();
    for n in 0..20 {
        layout = layout
            .apply(&Edit::AddCustom {
                name: ActivityName::parse(&format!("Workshop activity {n}")).unwrap(),
                description: "Agreed at the table, owned by whoever the room decides.".into(),
                area: None,
                expected_lanes: Vec::new(),
                lane: Lane::Pmm,
            })
            .unwrap();
    }
    let payload = share_payload(&layout).unwrap();
    let deflated = role_lanes::shell::deflate::deflate(&payload).await.expect("CompressionStream deflates");
    assert!(deflated.len() < payload.len());
    let text = share_text_of(&payload, Some(&deflated)).unwrap();
    assert!(text.starts_with("rl2z."), "{text}");
    // ...and the browser's inflater opens them.
    assert_eq!(role_lanes::shell::link::read_share_text(&text).await, Ok(layout));
}

#[wasm_bindgen_test]
async fn the_browsers_inflater_stops_a_decompression_bomb_at_the_cap_and_reports_damage() {
    use role_lanes::core::codec::{CodecError, Inflated};
    use role_lanes::shell::deflate::{deflate, inflate};
    // 8 MiB of zeros deflate to about 8 KB; inflating stops once past the 1 MiB cap.
    let bomb = deflate(&vec![0; 8 << 20]).await.expect("CompressionStream deflates");
    assert!(bomb.len() < 16 * 1024, "{} bytes", bomb.len());
    assert_eq!(inflate(&bomb, 1 << 20).await, Inflated::TooLarge);
    let bytes: Vec<u8> = (0..5_000u32).map(|n| (n * 7 % 251) as u8).collect();
    let packed = deflate(&bytes).await.unwrap();
    assert_eq!(inflate(&packed, 1 << 20).await, Inflated::Whole(bytes.clone()));
    // Cut short: it fails, with what had come out, a start of the bytes.
    let Inflated::Failed(partial) = inflate(&packed[..packed.len() / 2], 1 << 20).await else {
        panic!("a cut stream must fail")
    };
    assert!(bytes.starts_with(&partial), "{} bytes came out", partial.len());
    // Garbage (block type 3 does not exist) fails with nothing out; the app says so.
    assert_eq!(inflate(&[0x07], 1 << 20).await, Inflated::Failed(Vec::new()));
    assert_eq!(role_lanes::shell::link::read_share_text("rl1z.Bw").await, Err(CodecError::Corrupt));
}

#[wasm_bindgen_test]
async fn a_compressor_whose_output_does_not_inflate_back_gives_no_deflate() {
    use js_sys::{global, Function, Reflect};
    use wasm_bindgen::JsValue;
    // A faulty compressor: whatever it is given, it writes three bytes of garbage.
    let faulty = Function::new_no_args(
        "return new TransformStream({ transform(chunk, out) { out.enqueue(new Uint8Array([255, 255, 255])); } });",
    );
    let name = JsValue::from_str("CompressionStream");
    let original = Reflect::get(&global(), &name).unwrap();
    Reflect::set(&global(), &name, &faulty).unwrap();
    let deflated = role_lanes::shell::deflate::deflate(&[7; 3000]).await;
    Reflect::set(&global(), &name, &original).unwrap();
    // So the app makes the plain link, which always opens.
    assert_eq!(deflated, None);
}

#[wasm_bindgen_test]
async fn where_the_browser_cannot_inflate_a_compressed_link_says_so_instead_of_calling_it_damaged() {
    use js_sys::{global, Reflect};
    use role_lanes::core::codec::{CodecError, Inflated};
    use wasm_bindgen::JsValue;
    let packed = role_lanes::shell::deflate::deflate(&[7; 3000]).await.expect("CompressionStream deflates");
    let name = JsValue::from_str("DecompressionStream");
    let original = Reflect::get(&global(), &name).unwrap();
    Reflect::set(&global(), &name, &JsValue::UNDEFINED).unwrap();
    let inflated = role_lanes::shell::deflate::inflate(&packed, 1 << 20).await;
    let read = role_lanes::shell::link::read_share_text("rl1z.Bw").await;
    // Put it back before asserting, so a failure here cannot break the other tests.
    Reflect::set(&global(), &name, &original).unwrap();
    assert_eq!(inflated, Inflated::Unsupported);
    assert_eq!(read, Err(CodecError::CannotInflate));
    assert_eq!(role_lanes::shell::deflate::inflate(&packed, 1 << 20).await, Inflated::Whole(vec![7; 3000]));
}

#[wasm_bindgen_test]
async fn where_the_browser_has_no_compression_stream_deflating_gives_nothing_instead_of_failing() {
    use js_sys::{global, Reflect};
    use wasm_bindgen::JsValue;
    let name = JsValue::from_str("CompressionStream");
    let original = Reflect::get(&global(), &name).unwrap();
    Reflect::set(&global(), &name, &JsValue::UNDEFINED).unwrap();
    let deflated = role_lanes::shell::deflate::deflate(b"rl1 layout bytes").await;
    // Put it back before asserting, so a failure here cannot break the other tests.
    Reflect::set(&global(), &name, &original).unwrap();
    assert_eq!(deflated, None);
    assert!(role_lanes::shell::deflate::deflate(b"rl1 layout bytes").await.is_some());
}

#[wasm_bindgen_test]
async fn ticking_a_practice_mitigates_the_tensions_it_covers_and_l_makes_a_lead() {
    storage().remove_item("role-lanes/w-practice/layout").unwrap();
    let root = mount("w-practice").await;
    let mitigated =
        || root.query_selector_all("[data-warning=\"tension\"][data-mitigated]").unwrap().length();
    assert_eq!(mitigated(), 0);
    let boxes = root.query_selector_all(".rl-practices input[type=checkbox]").unwrap();
    assert_eq!(boxes.length(), 7);
    for i in 0..boxes.length() {
        click(&boxes.item(i).unwrap().dyn_into().unwrap()).await;
    }
    let tensions = root.query_selector_all("[data-warning=\"tension\"]").unwrap().length();
    assert!(tensions > 0);
    assert_eq!(mitigated(), tensions, "with all seven practices every tension is mitigated");
    // L on a shared card nobody leads makes its lane the lead, and says so.
    let research = card(&root, "pmm", "shared-research").expect("Shared Research in PMM");
    assert!(!research.has_attribute("data-lead"));
    press(&research, "l").await;
    assert!(card(&root, "pmm", "shared-research").unwrap().has_attribute("data-lead"));
    assert!(live_text(&root).contains("PMM now leads Shared Research"), "{}", live_text(&root));
}

#[wasm_bindgen_test]
async fn a_read_only_board_lists_practices_without_boxes_and_refuses_a_lead() {
    storage().remove_item("role-lanes/w-readonly/layout").unwrap();
    let root = mount_as("w-readonly", true).await;
    assert_eq!(root.query_selector_all(".rl-practices input").unwrap().length(), 0);
    assert!(find(&root, ".rl-practices").unwrap().text_content().unwrap().contains("None recorded."));
    let research = card(&root, "pmm", "shared-research").unwrap();
    press(&research, "l").await;
    assert!(!card(&root, "pmm", "shared-research").unwrap().has_attribute("data-lead"));
}

#[wasm_bindgen_test]
async fn the_view_buttons_compact_group_and_switch_to_a_matrix_whose_cells_step_and_keep_focus() {
    for key in ["layout", "view"] {
        storage().remove_item(&format!("role-lanes/w-views/{key}")).unwrap();
    }
    let root = mount("w-views").await;
    let app = find(&root, ".rl-app").unwrap();
    click(&button(&root, "Compact")).await;
    assert!(app.has_attribute("data-compact"));
    assert_eq!(button(&root, "Compact").get_attribute("aria-pressed").as_deref(), Some("true"));
    click(&button(&root, "Group by category")).await;
    assert!(find(
        &root,
        "[data-lane=\"pmm\"] [data-group=\"Go-To-Market\"] [data-activity=\"pricing-strategy\"]"
    )
    .is_some());
    assert_eq!(storage().get_item("role-lanes/w-views/view").unwrap().as_deref(), Some("compact grouped"));

    click(&button(&root, "Matrix")).await;
    assert!(find(&root, "section[data-lane]").is_none(), "the matrix replaces the lanes");
    let cell =
        |lane: &str| find(&root, &format!("[data-row=\"pricing-strategy\"] [data-cell=\"{lane}\"]")).unwrap();
    assert_eq!(cell("pmm").get_attribute("data-part").as_deref(), Some("leads"));
    click(&cell("pdm")).await;
    assert_eq!(cell("pdm").get_attribute("data-part").as_deref(), Some("contributes"));
    assert!(live_text(&root).contains("Pricing Strategy"), "{}", live_text(&root));
    // The table is drawn anew; focus is back on the pressed cell.
    assert_eq!(document().active_element(), Some(cell("pdm").into()));
    press(&cell("pdm"), "ArrowRight").await;
    assert_eq!(document().active_element(), Some(cell("pmm").into()));
    assert_eq!(cell("pmm").get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(cell("pdm").get_attribute("tabindex").as_deref(), Some("-1"));
    click(&button(&root, "Lanes")).await;
    assert!(card(&root, "pdm", "pricing-strategy").is_some(), "the lanes show what the matrix changed");
}
