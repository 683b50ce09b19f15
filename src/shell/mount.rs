//! Mounts the app. An intranet page may hold any number of `[data-role-lanes]` elements,
//! each with its own options, so the app takes its root element and options as input.

use crate::components::app::{App, AppProps};
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
    AppProps { namespace: namespace.into(), read_only: element.has_attribute("data-read-only") }
}

/// Mounts one app into every `[data-role-lanes]` element on the page.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = document.query_selector_all("[data-role-lanes]") else { return };
    for i in 0..hosts.length() {
        if let Some(host) = hosts.item(i).and_then(|node| node.dyn_into::<Element>().ok()) {
            host.set_inner_html("");
            let props = props_for(&host);
            yew::Renderer::<App>::with_root_and_props(host, props).render();
        }
    }
}
