//! What every part of one app needs, shared through a Yew context instead of being threaded
//! through each layer of props: where to send messages, whether the board is read-only, the
//! prefix that keeps this instance's element ids unique, and the app's root element.

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
    /// An element id unique to this app instance.
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.ids)
    }
}

/// The context of the app this component is in.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().unwrap_or_default()
}
