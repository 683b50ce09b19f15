//! "Share link": the whole layout in a link's fragment, shown in a field marked
//! `data-share-link`. Pressing the button copies it (the app decides; where the browser
//! refuses the clipboard, the driver selects the field so Ctrl+C copies it).

use super::context::AppContext;
use crate::app::state::{ShareLink, SharePanel as Panel};
use crate::app::Msg;
use crate::shell::link;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A plain view function (see `board`): it has no state of its own, and a component's
/// lifecycle code costs WebAssembly on every page. `panel` is the open panel, if any.
pub fn share_panel(app: &AppContext, panel: Option<&Panel>) -> Html {
    let onclick = app.on_click(Msg::SharePressed);
    let onfocus = Callback::from(|event: FocusEvent| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    });
    let open = panel.is_some();
    html! {
        <div class="rl-share-wrap">
            <button type="button" class="rl-button" aria-expanded={open.to_string()} {onclick}>{"Share link"}</button>
            if let Some(panel) = panel {
                <div class="rl-share" role="group" aria-label="Share link">
                    { match &panel.link {
                        ShareLink::Ready(text) => html! {
                            <label class="rl-field">
                                <span>{"Anyone with this link sees this layout; nothing is sent to a server."}</span>
                                <input type="text" readonly=true value={link::share_url(text)} {onfocus} data-share-link="" />
                            </label>
                        },
                        ShareLink::Making { .. } => html! { <p class="rl-share-making">{"Making the link…"}</p> },
                        ShareLink::TooLarge => html! {
                            <p class="rl-share-error" role="alert">
                                {"This layout is too large to fit in a link. Export it as a JSON file instead and share the file."}
                            </p>
                        },
                    } }
                    <p class="rl-share-status" role="status">{ panel.status.clone() }</p>
                </div>
            }
        </div>
    }
}
