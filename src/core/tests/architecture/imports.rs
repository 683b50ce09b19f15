//! Which files each source file imports, read from the text of `src/`: enough of Rust's
//! path syntax for the architecture tests (use trees, `crate::`, `super::` and `self::`
//! paths, inline modules), not a parser. A module is a file, named by its path: `mod.rs`
//! is the module of its folder. Declaring a child with `mod` is not importing it.

use super::tokens::{is_word, tokens};
use std::collections::{BTreeMap, BTreeSet};

/// Every file's imports: file path (relative to `src/`) to the files it imports, itself
/// never included.
pub type Imports = BTreeMap<String, BTreeSet<String>>;

/// The imports among `files`, given as (path relative to `src/`, text) pairs. `lib.rs` is
/// the crate root; a path that names no file (another crate, an item in scope) is skipped.
pub fn imports(files: &[(String, String)]) -> Imports {
    let modules: BTreeMap<Vec<String>, &str> =
        files.iter().map(|(path, _)| (module_of(path), path.as_str())).collect();
    let mut imports = Imports::new();
    for (path, text) in files {
        let here = module_of(path);
        let found = imports.entry(path.clone()).or_default();
        for (inline, named) in paths(text) {
            let scope: Vec<String> = here.iter().chain(&inline).cloned().collect();
            let Some(target) = absolute(&scope, &named, |module| modules.contains_key(module)) else {
                continue;
            };
            // The file that owns the longest prefix of the path: the item's own module.
            let owner = (0..=target.len()).rev().find_map(|len| modules.get(&target[..len]));
            if let Some(&owner) = owner.filter(|&&owner| owner != path) {
                found.insert(owner.to_string());
            }
        }
    }
    imports
}

/// Pairs of files that import each other, each pair once, in order.
pub fn cycles(imports: &Imports) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for (file, targets) in imports {
        for target in targets.iter().filter(|&target| target > file) {
            if imports.get(target).is_some_and(|back| back.contains(file)) {
                pairs.push((file.clone(), target.clone()));
            }
        }
    }
    pairs
}

/// `core/rules/mod.rs` is `core::rules`, `core/layout.rs` is `core::layout`, `lib.rs` the root.
fn module_of(path: &str) -> Vec<String> {
    let path = path.strip_suffix(".rs").unwrap_or(path);
    let mut segments: Vec<String> = path.split('/').map(str::to_string).collect();
    if segments == ["lib"] || segments.last().is_some_and(|last| last == "mod") {
        segments.pop();
    }
    segments
}

/// A path as written, made absolute from the module it is written in. `None` when it does
/// not start from the crate, `super`, `self` or a child module of `scope`.
fn absolute(scope: &[String], path: &[String], is_module: impl Fn(&[String]) -> bool) -> Option<Vec<String>> {
    let (first, rest) = path.split_first()?;
    let child = [scope, std::slice::from_ref(first)].concat();
    let mut target = match first.as_str() {
        "crate" => Vec::new(),
        "self" | "super" => scope.to_vec(),
        _ if is_module(&child) => child,
        _ => return None,
    };
    let mut rest = rest.iter().peekable();
    if first == "super" {
        target.pop()?;
        while rest.next_if(|segment| *segment == "super").is_some() {
            target.pop()?;
        }
    }
    target.extend(rest.filter(|segment| *segment != "self").cloned());
    Some(target)
}

/// Every path the code names that could lead to a module: use trees expanded to one path
/// per leaf, and the paths in expressions and types. Each comes with the inline modules
/// (`mod tests { ... }`) it sits in.
fn paths(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let tokens = tokens(text);
    let token = |at: usize| tokens.get(at).map_or("", String::as_str);
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut found = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        let before = if at == 0 { "" } else { token(at - 1) };
        let scope = || inline.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>();
        match token(at) {
            "{" => depth += 1,
            "}" => {
                if inline.last().is_some_and(|&(_, opened)| opened == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
            }
            "mod" if token(at + 2) == "{" => inline.push((token(at + 1).to_string(), depth + 1)),
            // `pub(in crate::core)` limits visibility; it imports nothing.
            "in" if before == "(" && at >= 2 && token(at - 2) == "pub" => {
                while at < tokens.len() && token(at) != ")" {
                    at += 1;
                }
            }
            "use" if before != "::" => {
                let mut leaves = Vec::new();
                at = use_tree(&tokens, at + 1, Vec::new(), &mut leaves);
                found.extend(leaves.into_iter().map(|leaf| (scope(), leaf)));
                continue;
            }
            // A path in an expression or a type: `crate::core::x::f()`, `child::f()`.
            word if is_word(word) && token(at + 1) == "::" && !matches!(before, "::" | "$" | ".") => {
                let mut path = vec![word.to_string()];
                while token(at + 1) == "::" && is_word(token(at + 2)) {
                    path.push(token(at + 2).to_string());
                    at += 2;
                }
                found.push((scope(), path));
            }
            _ => {}
        }
        at += 1;
    }
    found
}

/// Reads one use tree from `at`, adding a path per leaf (a glob or `self` leaf is the
/// module itself) to `leaves`; returns where the tree ends.
fn use_tree(tokens: &[String], mut at: usize, mut path: Vec<String>, leaves: &mut Vec<Vec<String>>) -> usize {
    let token = |at: usize| tokens.get(at).map_or("", String::as_str);
    if token(at) == "::" {
        at += 1;
    }
    loop {
        match token(at) {
            "{" => {
                at += 1;
                while at < tokens.len() && token(at) != "}" {
                    let next = use_tree(tokens, at, path.clone(), leaves);
                    at = if token(next) == "," { next + 1 } else { next.max(at + 1) };
                }
                return at + 1;
            }
            "*" => {
                leaves.push(path);
                return at + 1;
            }
            word if is_word(word) => {
                path.push(word.to_string());
                at += 1;
                if token(at) == "::" {
                    at += 1;
                    continue;
                }
                if token(at) == "as" {
                    at += 2;
                }
                leaves.push(path);
                return at;
            }
            _ => return at,
        }
    }
}
