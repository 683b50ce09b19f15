//! Mounts the app. An intranet page may hold any number of `[data-role-lanes]` elements,
//! each with its own options, so the app takes its root element and options as input.

use super::link;
use crate::app::msg::LinkRead;
use crate::components::app::{App, AppProps};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Reads an element's options: `data-namespace` (storage namespace, default "default"),
/// `data-read-only`, and whether it opens share links from the page's address: the
/// stand-alone page (`data-standalone`) and widgets that ask (`data-page-link`).
pub fn props_for(element: &Element) -> AppProps {
    let namespace = element
        .get_attribute("data-namespace")
        .map(|ns| {
            ns.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .take(40)
                .collect::<String>()
        })
        .filter(|ns| !ns.is_empty())
        .unwrap_or_else(|| "default".to_string());
    AppProps {
        namespace: namespace.into(),
        read_only: element.has_attribute("data-read-only"),
        link: None,
        page_link: reads_page_link(element),
    }
}

fn reads_page_link(host: &Element) -> bool {
    host.has_attribute("data-standalone") || host.has_attribute("data-page-link")
}

/// Mounts one app into every `[data-role-lanes]` element on the page, and from then on into
/// each one the embed script announces (`role-lanes:mount`: added to the page later). A
/// share link in the page's fragment is read first, for the widgets that open it: a
/// compressed one waits for the browser's inflater (a few milliseconds, while the
/// prerendered board shows), so the app starts on it in one render.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    EventListener::new(&document, "role-lanes:mount", |event| {
        if let Some(host) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            mount(vec![host], None);
        }
    })
    .forget();
    let Ok(found) = document.query_selector_all("[data-role-lanes]") else { return };
    let hosts: Vec<Element> =
        (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()).collect();
    let prerendered =
        hosts.iter().any(|host| host.query_selector("[data-prerendered]").ok().flatten().is_some());
    let wants_link = hosts.iter().any(reads_page_link);
    let start = move || match link::share_text_in_page().filter(|_| wants_link) {
        None => mount(hosts, None),
        Some(text) => wasm_bindgen_futures::spawn_local(async move {
            let mut text = text;
            let mut read = link::read_share_text(&text).await;
            // A link pasted while this one was read (no app listens yet) is the one to open.
            while let Some(newer) = link::share_text_in_page().filter(|newer| *newer != text) {
                read = link::read_share_text(&newer).await;
                text = newer;
            }
            mount(hosts, Some(Rc::new(read)));
        }),
    };
    // A prerendered board is shown before the app replaces it: on a slow machine the wasm
    // can be ready before the browser has painted the page, and replacing the board then
    // would hold its first paint back until the app has drawn its own.
    // A hidden tab paints nothing, so there the app starts at once.
    if prerendered && !document.hidden() {
        after_next_paint(start);
    } else {
        start();
    }
}

/// Runs `then` once the browser has painted a frame: a `requestAnimationFrame` callback runs
/// just before a paint, and a timeout set from it just after. A page that paints no frames
/// although it is not hidden (an iframe kept out of view, say) gets `then` after a second.
fn after_next_paint(then: impl FnOnce() + 'static) {
    let pending = Rc::new(Cell::new(Some(Box::new(then) as Box<dyn FnOnce()>)));
    let run = move || {
        if let Some(then) = pending.take() {
            then();
        }
    };
    let after_frame = run.clone();
    let frame = Closure::once_into_js(move || Timeout::new(0, after_frame).forget());
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
    Timeout::new(NO_FRAME_WAIT_MS, run).forget();
}

/// How long a page that paints no frame waits before the app starts anyway.
const NO_FRAME_WAIT_MS: u32 = 1_000;

fn mount(hosts: Vec<Element>, link: Option<Rc<LinkRead>>) {
    for host in hosts {
        // An embedded widget draws inside the shadow root the embed script gave its host
        // (holding one element), so the page's CSS and the widget's never meet; the
        // stand-alone page draws in place.
        let root = host
            .shadow_root()
            .and_then(|shadow| shadow.first_element_child())
            .unwrap_or_else(|| host.clone());
        // A host announced twice (found at start, and added) gets one app.
        if root.has_attribute(MOUNTED) {
            continue;
        }
        let _ = root.set_attribute(MOUNTED, "");
        let link = link.clone().filter(|_| reads_page_link(&host));
        let props = AppProps { link, ..props_for(&host) };
        // The prerendered board (or the loading header) gives way in the same task.
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

/// Marks the element an app draws in.
const MOUNTED: &str = "data-role-lanes-app";
