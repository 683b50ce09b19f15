//! Guards the architecture: the core must stay free of browser imports.

#[test]
fn the_core_never_imports_the_browser() {
    let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut checked = 0;
    let mut stack = vec![core];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") && !path.ends_with("purity.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for banned in ["yew::", "web_sys::", "gloo::", "wasm_bindgen::", "js_sys::", "extern crate"] {
                    assert!(!text.contains(banned), "{} mentions {banned}", path.display());
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 8, "only {checked} core files were checked");
}
