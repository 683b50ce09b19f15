//! Guards the shape of the code: no two modules import each other, anywhere in `src/`
//! (the wasm-only shell and components included, read as text), and the domain never
//! reaches into the formats that read and write it.

mod imports;
mod reader;
mod tokens;

use imports::{cycles, imports, Imports};
use std::path::Path;

/// The parts of the core that turn layouts into bytes, text and files. The domain (every
/// other core module) must not import them: they depend on it, never the other way.
const FORMATS: [&str; 3] = ["core/codec/", "core/exchange/", "core/persist.rs"];

/// Every `.rs` file under `src/` but `main.rs` (the binary's crate root: it names the
/// library as `role_lanes::`, so nothing in the library can import it), with its text.
fn source_files() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut folders = vec![src.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).expect("a readable folder") {
            let path = entry.expect("a readable entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let relative =
                    path.strip_prefix(&src).expect("under src").to_string_lossy().replace('\\', "/");
                if relative != "main.rs" {
                    files.push((relative, std::fs::read_to_string(&path).expect("a readable file")));
                }
            }
        }
    }
    files.sort();
    files
}

fn read_tree() -> Imports {
    let imports = imports(&source_files());
    // A reader that finds nothing would pass every test below.
    let edit = imports.get("core/edit.rs").expect("core/edit.rs is read");
    assert!(edit.contains("core/layout.rs"), "edit.rs imports layout.rs, but the reader saw {edit:?}");
    assert!(imports.len() >= 100, "only {} files were read", imports.len());
    imports
}

#[test]
fn no_two_modules_import_each_other() {
    let found: Vec<String> =
        cycles(&read_tree()).iter().map(|(a, b)| format!("src/{a} and src/{b} import each other")).collect();
    assert!(found.is_empty(), "make the dependency go one way:\n{}", found.join("\n"));
}

#[test]
fn the_domain_never_imports_the_formats_that_read_and_write_it() {
    let is_format = |file: &str| FORMATS.iter().any(|format| file.starts_with(format));
    let mut wrong = Vec::new();
    for (file, targets) in &read_tree() {
        let domain = file.starts_with("core/") && !file.starts_with("core/tests/") && !is_format(file);
        for target in targets.iter().filter(|target| domain && is_format(target)) {
            wrong.push(format!("src/{file} imports src/{target}"));
        }
    }
    assert!(wrong.is_empty(), "the domain must not depend on its formats:\n{}", wrong.join("\n"));
}

/// Calls that pull Unicode's case tables into the wasm: `file_stem` lowercasing a title this
/// way once cost the board's first load 6 KB of gzip, a twentieth of its budget.
const CASE_MAPPING: [&str; 4] = ["to_lowercase", "to_uppercase", "is_lowercase", "is_uppercase"];

#[test]
fn the_apps_code_never_maps_unicode_case() {
    let mut found = Vec::new();
    for (file, text) in source_files().iter().filter(|(file, _)| !file.contains("tests/")) {
        // Unit tests at the end of a file may use anything.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for call in CASE_MAPPING.iter().filter(|call| code.contains(*call)) {
            found.push(format!("src/{file} calls {call}"));
        }
    }
    assert!(
        found.is_empty(),
        "use the to_ascii_ forms (the tables cost about 6 KB of gzip):\n{}",
        found.join("\n")
    );
}
