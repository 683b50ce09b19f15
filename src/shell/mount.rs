//! Mounts the app. An intranet page may hold any number of `[data-role-lanes]` elements,
//! each with its own options, so the app takes its root element and options as input.

use super::link;
use crate::app::msg::LinkRead;
use crate::components::app::{App, AppProps};
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Reads an element's options: `data-namespace` (storage namespace, default "default")
/// and `data-read-only`.
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
    AppProps { namespace: namespace.into(), read_only: element.has_attribute("data-read-only"), link: None }
}

/// Mounts one app into every `[data-role-lanes]` element on the page. A share link in the
/// page's fragment is read first: a compressed one waits for the browser's inflater (a few
/// milliseconds, while the prerendered board shows), so the app starts on it in one render.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(found) = document.query_selector_all("[data-role-lanes]") else { return };
    let hosts: Vec<Element> =
        (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()).collect();
    let prerendered =
        hosts.iter().any(|host| host.query_selector("[data-prerendered]").ok().flatten().is_some());
    let start = move || match link::share_text_in_page() {
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
        // The prerendered board (or the loading header) gives way in the same task.
        host.set_inner_html("");
        let props = AppProps { link: link.clone(), ..props_for(&host) };
        yew::Renderer::<App>::with_root_and_props(host, props).render();
    }
}
