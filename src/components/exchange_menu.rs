//! Import and export: the layout as a JSON file that imports back exactly, as Markdown for
//! a wiki page, as CSV for a spreadsheet, and as a printed handout. An imported file opens
//! like a share link, beside the user's own layout, and replaces nothing without a choice.

use super::context::AppContext;
use crate::app::msg::ExportFormat;
use crate::app::Msg;
use crate::shell::files;
use yew::prelude::*;

/// The menu's hooks, kept by the app (`App`): whether it is open, the hidden file picker,
/// and the Export button (focus returns there).
pub struct ExchangeHandles {
    pub open: UseStateHandle<bool>,
    pub picker: NodeRef,
    pub button: NodeRef,
}

/// A plain view function (see `board`): a component's lifecycle code would cost
/// WebAssembly on every page for one flag.
pub fn exchange_menu(app: &AppContext, handles: &ExchangeHandles) -> Html {
    let ExchangeHandles { open, picker, button } = handles;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let export = |format: ExportFormat| {
        let (dispatch, open) = (app.dispatch.clone(), open.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            dispatch.emit(Msg::ExportChosen(format));
        })
    };
    let choose_file = {
        let picker = picker.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = picker.cast::<web_sys::HtmlElement>() {
                input.click();
            }
        })
    };
    let on_picked = {
        let dispatch = app.dispatch.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                files::read_layout_file(file, dispatch.clone());
            }
            input.set_value("");
        })
    };
    // Escape closes the menu and hands focus back to its button, as in every menu.
    let onkeydown = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |event: KeyboardEvent| {
            if *open && event.key() == "Escape" {
                event.stop_propagation();
                open.set(false);
                if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    let open = **open;
    html! {
        <div class="rl-exchange" {onkeydown}>
            if !app.read_only {
                <button type="button" class="rl-button" onclick={choose_file}>{"Import…"}</button>
                <input ref={picker.clone()} type="file" accept=".json,application/json,.txt" class="rl-sr-only" tabindex="-1"
                    aria-hidden="true" onchange={on_picked} data-import-file="" />
            }
            <button ref={button.clone()} type="button" class="rl-button" aria-expanded={open.to_string()} onclick={toggle}>{"Export"}</button>
            if open {
                <ul class="rl-menu rl-exchange-menu" aria-label="Export as">
                    <li><button type="button" class="rl-menu-item" onclick={export(ExportFormat::Json)}>{"JSON file (imports back exactly)"}</button></li>
                    <li><button type="button" class="rl-menu-item" onclick={export(ExportFormat::Markdown)}>{"Markdown table for a wiki"}</button></li>
                    <li><button type="button" class="rl-menu-item" onclick={export(ExportFormat::Csv)}>{"CSV for a spreadsheet"}</button></li>
                    <li><button type="button" class="rl-menu-item" onclick={export(ExportFormat::Print)}>{"Print a handout…"}</button></li>
                </ul>
            }
        </div>
    }
}
