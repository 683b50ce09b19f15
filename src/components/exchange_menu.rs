//! Import and export: the layout as a JSON file that imports back exactly, as Markdown for
//! a wiki page, as CSV for a spreadsheet, and as a printed handout. An imported file opens
//! like a share link, beside the user's own layout, and replaces nothing without a choice.

use super::state::{Action, VisitSource};
use crate::core::codec::from_share_text;
use crate::core::exchange::{from_json, to_csv, to_json, to_markdown};
use crate::core::layout::Layout;
use crate::core::library::file_stem;
use crate::core::rules::analyze;
use crate::shell::files::{self, FileProblem};
use crate::shell::json::{self, JsonTextError};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExchangeMenuProps {
    pub layout: Rc<Layout>,
    pub read_only: bool,
    pub dispatch: Callback<Action>,
    /// Where a failed import says what went wrong.
    pub on_problem: Callback<Option<String>>,
}

#[component]
pub fn ExchangeMenu(props: &ExchangeMenuProps) -> Html {
    let open = use_state(|| false);
    let picker = use_node_ref();
    let button = use_node_ref();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let export = |format: Format| {
        let (layout, open) = (props.layout.clone(), open.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            format.download(&layout);
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
        let (dispatch, on_problem) = (props.dispatch.clone(), props.on_problem.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                import(file, dispatch.clone(), on_problem.clone());
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
    html! {
        <div class="rl-exchange" {onkeydown}>
            if !props.read_only {
                <button type="button" class="rl-button" onclick={choose_file}>{"Import…"}</button>
                <input ref={picker} type="file" accept=".json,application/json,.txt" class="rl-sr-only" tabindex="-1"
                    aria-hidden="true" onchange={on_picked} data-import-file="" />
            }
            <button ref={button} type="button" class="rl-button" aria-expanded={open.to_string()} onclick={toggle}>{"Export"}</button>
            if *open {
                <ul class="rl-menu rl-exchange-menu" aria-label="Export as">
                    <li><button type="button" class="rl-menu-item" onclick={export(Format::Json)}>{"JSON file (imports back exactly)"}</button></li>
                    <li><button type="button" class="rl-menu-item" onclick={export(Format::Markdown)}>{"Markdown table for a wiki"}</button></li>
                    <li><button type="button" class="rl-menu-item" onclick={export(Format::Csv)}>{"CSV for a spreadsheet"}</button></li>
                    <li><button type="button" class="rl-menu-item" onclick={export(Format::Print)}>{"Print a handout…"}</button></li>
                </ul>
            }
        </div>
    }
}

#[derive(Clone, Copy)]
enum Format {
    Json,
    Markdown,
    Csv,
    Print,
}

impl Format {
    fn download(self, layout: &Layout) {
        let stem = file_stem(layout.title());
        match self {
            Format::Json => files::download(&format!("{stem}.json"), "application/json", &to_json(layout)),
            Format::Markdown => {
                let warnings = analyze(layout);
                files::download(&format!("{stem}.md"), "text/markdown", &to_markdown(layout, &warnings));
            }
            // The byte-order mark tells Excel the file is UTF-8, so names in any script survive.
            Format::Csv => {
                files::download(&format!("{stem}.csv"), "text/csv", &format!("\u{feff}{}", to_csv(layout)))
            }
            Format::Print => files::print(),
        }
    }
}

/// Reads a picked or dropped file and opens the layout in it beside the user's own; a file
/// that is not a layout changes nothing and says why.
pub fn import(file: web_sys::File, dispatch: Callback<Action>, on_problem: Callback<Option<String>>) {
    let name: String = file.name().chars().take(80).collect();
    yew::platform::spawn_local(async move {
        match read_layout(file).await {
            Ok(layout) => {
                on_problem.emit(None);
                dispatch.emit(Action::Visit { layout, from: VisitSource::File(name) });
            }
            Err(why) => on_problem.emit(Some(format!(
                "The file \u{201c}{name}\u{201d} cannot be imported: {why}. Nothing was changed."
            ))),
        }
    });
}

async fn read_layout(file: web_sys::File) -> Result<Layout, String> {
    let text = files::read_text(file).await.map_err(|problem| match problem {
        FileProblem::TooLarge => "it is far larger than any layout file".to_string(),
        FileProblem::Unreadable => "the browser could not read it".to_string(),
    })?;
    match json::parse(&text) {
        Ok(doc) => from_json(&doc).map_err(|err| err.to_string()),
        // A saved share link (or just its fragment) imports too.
        Err(JsonTextError::NotJson) => match text.trim().rsplit('#').next().filter(|t| t.starts_with("rl")) {
            Some(share_text) => from_share_text(share_text).map_err(|err| err.to_string()),
            None => Err("it is not a Role Lanes JSON file (it is not JSON at all)".to_string()),
        },
        Err(JsonTextError::TooDeep) => {
            Err("it is not a Role Lanes JSON file (it nests far too deeply)".to_string())
        }
    }
}
