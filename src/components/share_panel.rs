//! "Share link": the whole layout in a link's fragment, shown in a field marked
//! `data-share-link` and copied to the clipboard. Where the browser refuses the clipboard,
//! the link is selected so Ctrl+C copies it.

use crate::core::codec::to_share_text;
use crate::core::layout::Layout;
use crate::shell::{files, link};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub layout: Rc<Layout>,
}

/// The link for a layout, or why there is none.
fn link_for(layout: &Layout) -> Result<String, String> {
    to_share_text(layout).map(|text| link::share_url(&text)).map_err(|_| {
        "This layout is too large to fit in a link. Export it as a JSON file instead and share the file."
            .to_string()
    })
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let open = use_state(|| false);
    let status = use_state(String::new);
    let field = use_node_ref();
    let url = (*open).then(|| link_for(&props.layout));

    let onclick = {
        let (open, status, field, layout) =
            (open.clone(), status.clone(), field.clone(), props.layout.clone());
        Callback::from(move |_: MouseEvent| {
            if *open {
                open.set(false);
                return;
            }
            open.set(true);
            let Ok(url) = link_for(&layout) else { return };
            status.set("Copying the link…".into());
            let (status, field) = (status.clone(), field.clone());
            yew::platform::spawn_local(async move {
                if files::copy_text(&url).await {
                    status.set("Link copied to the clipboard.".into());
                } else {
                    status.set("Copying was not allowed here, so the link is selected: press Ctrl+C (or ⌘C) to copy it.".into());
                    select(&field);
                }
            });
        })
    };
    let onfocus = {
        let field = field.clone();
        Callback::from(move |_: FocusEvent| select(&field))
    };
    html! {
        <div class="rl-share-wrap">
            <button type="button" class="rl-button" aria-expanded={open.to_string()} {onclick}>{"Share link"}</button>
            if let Some(url) = url {
                <div class="rl-share" role="group" aria-label="Share link">
                    { match url {
                        Ok(url) => html! {
                            <label class="rl-field">
                                <span>{"Anyone with this link sees this layout; nothing is sent to a server."}</span>
                                <input ref={field} type="text" readonly=true value={url} {onfocus} data-share-link="" />
                            </label>
                        },
                        Err(why) => html! { <p class="rl-share-error" role="alert">{ why }</p> },
                    } }
                    <p class="rl-share-status" role="status">{ (*status).clone() }</p>
                </div>
            }
        </div>
    }
}

fn select(field: &NodeRef) {
    if let Some(input) = field.cast::<HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}
