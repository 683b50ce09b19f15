//! Rust source as a list of tokens, with what only looks like code taken out: comments,
//! and the insides of string and character literals. Just enough lexing for the import
//! reader; lifetimes, raw strings and nested block comments are the traps it knows.

/// Whether a token is a word (a keyword or an identifier) rather than punctuation.
pub fn is_word(token: &str) -> bool {
    token.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// The code's tokens: words, `::`, and every other character but whitespace on its own.
pub fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = code_only(text).chars().collect();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let start = at;
        at += 1;
        if c.is_alphanumeric() || c == '_' {
            while at < chars.len() && (chars[at].is_alphanumeric() || chars[at] == '_') {
                at += 1;
            }
        } else if c == ':' && chars.get(at) == Some(&':') {
            at += 1;
        } else if c.is_whitespace() {
            continue;
        }
        tokens.push(chars[start..at].iter().collect());
    }
    tokens
}

/// The code without its comments, and with every string and character literal emptied, so
/// that a doc comment or a message that mentions a path imports nothing.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at_char = |at: usize| chars.get(at).copied().unwrap_or('\0');
    let mut code = String::with_capacity(text.len());
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let starts_word = at == 0 || !(chars[at - 1].is_alphanumeric() || chars[at - 1] == '_');
        if c == '/' && at_char(at + 1) == '/' {
            while at < chars.len() && chars[at] != '\n' {
                at += 1;
            }
        } else if c == '/' && at_char(at + 1) == '*' {
            let mut depth = 0;
            while at < chars.len() {
                if chars[at] == '/' && at_char(at + 1) == '*' {
                    depth += 1;
                    at += 2;
                } else if chars[at] == '*' && at_char(at + 1) == '/' {
                    depth -= 1;
                    at += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    at += 1;
                }
            }
            code.push(' ');
        } else if let Some(end) = raw_string(&chars, at).filter(|_| starts_word) {
            code.push_str("\"\"");
            at = end;
        } else if c == '"' {
            at += 1;
            while at < chars.len() && chars[at] != '"' {
                at += if chars[at] == '\\' { 2 } else { 1 };
            }
            code.push_str("\"\"");
            at += 1;
        } else if c == '\'' && (at_char(at + 1) == '\\' || at_char(at + 2) == '\'') {
            // A character literal (past its escape, if any); a lifetime (`'a`) has no
            // closing quote and stays.
            at += if at_char(at + 1) == '\\' { 3 } else { 2 };
            while at < chars.len() && chars[at] != '\'' {
                at += 1;
            }
            code.push_str("' '");
            at += 1;
        } else {
            code.push(c);
            at += 1;
        }
    }
    code
}

/// Where a raw string (`r"…"`, `r#"…"#`, `br"…"`) starting at `at` ends, if one does.
fn raw_string(chars: &[char], at: usize) -> Option<usize> {
    let mut next = at + usize::from(chars.get(at) == Some(&'b'));
    if chars.get(next) != Some(&'r') {
        return None;
    }
    next += 1;
    let hashes = chars[next..].iter().take_while(|&&c| c == '#').count();
    next += hashes;
    if chars.get(next) != Some(&'"') {
        return None;
    }
    let closing: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
    let end = (next + 1..chars.len()).find(|&end| chars[end..].starts_with(&closing))?;
    Some(end + closing.len())
}
