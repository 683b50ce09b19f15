//! Guards the architecture: the core, and the application layer built on it, stay free of
//! browser imports, so everything they decide runs and is tested natively.

/// Checks every `.rs` file under `src/<dir>` and returns how many there were.
fn assert_browser_free(dir: &str, banned: &[&str]) -> usize {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    let mut checked = 0;
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") && !path.ends_with("purity.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for banned in banned {
                    assert!(!text.contains(banned), "{} mentions {banned}", path.display());
                }
                checked += 1;
            }
        }
    }
    checked
}

const BROWSER: [&str; 6] = ["yew::", "web_sys::", "gloo::", "wasm_bindgen::", "js_sys::", "extern crate"];

#[test]
fn the_core_never_imports_the_browser() {
    let checked = assert_browser_free("core", &BROWSER);
    assert!(checked >= 8, "only {checked} core files were checked");
}

#[test]
fn the_app_layer_never_imports_the_browser_the_shell_or_the_components() {
    let banned: Vec<&str> = BROWSER.into_iter().chain(["crate::shell", "crate::components"]).collect();
    let checked = assert_browser_free("app", &banned);
    assert!(checked >= 10, "only {checked} app files were checked");
}
