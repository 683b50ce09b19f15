//! Guards the architecture: the application layer decides without a browser, like the core.

#[test]
fn the_app_layer_never_imports_the_browser() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut checked = 0;
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") && !path.ends_with("purity.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for banned in [
                    "yew::",
                    "web_sys::",
                    "gloo::",
                    "wasm_bindgen::",
                    "js_sys::",
                    "crate::shell",
                    "crate::components",
                ] {
                    assert!(!text.contains(banned), "{} mentions {banned}", path.display());
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} app files were checked");
}
