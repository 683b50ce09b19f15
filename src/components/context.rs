//! What every part of one app needs: where to send messages, whether the board is read-only,
//! the prefix that keeps this instance's element ids unique, and the app's root element.
//! Handed down as an argument (and as a prop to the few components), not as a Yew context:
//! the provider and the hook cost 2.6 KiB of every first load, for three Rc clones.

use crate::app::Msg;
use yew::prelude::*;

#[derive(Clone, Default, PartialEq)]
pub struct AppContext {
    pub dispatch: Callback<Msg>,
    pub read_only: bool,
    /// Prefix of this instance's element ids (several apps may share a page).
    pub ids: AttrValue,
    /// The app's root element: drag hit-testing and the drag ghost stay inside it.
    pub root: NodeRef,
}

impl AppContext {
    /// A click handler that sends `msg`. One function, not generic, for every such button:
    /// each `reform` closure would be its own copy of the same code in the WebAssembly.
    #[inline(never)]
    pub fn on_click(&self, msg: Msg) -> Callback<MouseEvent> {
        self.dispatch.reform(move |_: MouseEvent| msg.clone())
    }

    /// An element id unique to this app instance.
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.ids)
    }
}
