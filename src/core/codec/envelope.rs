//! The envelope both text forms share: `rl<version>.` or, for a deflated payload,
//! `rl<version>z.`, then the bytes in unpadded base64url, safe in localStorage and in a
//! URL fragment. The prefix marks the data as ours and names its format before a byte of
//! it is decoded. Opening accepts either form, each reader under its own cap, and says which
//! it was: the core has no inflater, so deflated bytes go to the browser's (`share`).

use super::error::CodecError;
use super::version::{FORMAT_VERSION, OLDEST_VERSION};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// What every text form starts with, before the version digits and a dot.
pub const TEXT_PREFIX: &str = "rl";

/// The marker after the version that says the payload is deflated: `rl2z.`.
const COMPRESSED: &str = "z";

/// `rl2.` and the bytes in unpadded base64url.
pub(super) fn plain(bytes: &[u8]) -> String {
    seal("", bytes)
}

/// `rl2z.` and bytes already deflated, in unpadded base64url.
pub(super) fn deflated(bytes: &[u8]) -> String {
    seal(COMPRESSED, bytes)
}

fn seal(marker: &str, bytes: &[u8]) -> String {
    let mut text = format!("{TEXT_PREFIX}{FORMAT_VERSION}{marker}.");
    URL_SAFE_NO_PAD.encode_string(bytes, &mut text);
    text
}

/// The bytes inside either text form, as they are or still deflated.
pub(super) enum Opened {
    Plain(Vec<u8>),
    Deflated(Vec<u8>),
}

/// The bytes inside either text form: text over `max_text` bytes is refused before it is
/// decoded.
pub(super) fn open(text: &str, max_text: usize) -> Result<Opened, CodecError> {
    if text.is_empty() {
        return Err(CodecError::Empty);
    }
    if text.len() > max_text {
        return Err(CodecError::TooLarge);
    }
    let (version, deflated, payload) = split_prefix(text).ok_or(CodecError::NotOurs)?;
    if !(OLDEST_VERSION..=FORMAT_VERSION).contains(&version) {
        return Err(CodecError::UnsupportedVersion(version));
    }
    let bytes = URL_SAFE_NO_PAD.decode(payload).map_err(|_| CodecError::BadCharacters)?;
    if deflated && !bytes.is_empty() {
        // Inflated, its bytes' own version decides (the browser hands back bytes only).
        return Ok(Opened::Deflated(bytes));
    }
    match bytes.first() {
        // Two readable versions that disagree: the text was tampered with.
        Some(&byte) if byte != version && (OLDEST_VERSION..=FORMAT_VERSION).contains(&byte) => {
            Err(CodecError::Malformed)
        }
        _ => Ok(Opened::Plain(bytes)),
    }
}

/// `rl<digits>[z].<payload>` into the version, whether it is deflated, and the payload.
/// The digits are a byte written the one usual way: 1 to 3 of them, no leading zero.
fn split_prefix(text: &str) -> Option<(u8, bool, &str)> {
    let rest = text.strip_prefix(TEXT_PREFIX)?;
    let (digits, payload) = rest.split_once('.')?;
    let (digits, deflated) = match digits.strip_suffix(COMPRESSED) {
        Some(digits) => (digits, true),
        None => (digits, false),
    };
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    let version = digits.parse().ok().filter(|_| canonical)?;
    Some((version, deflated, payload))
}
