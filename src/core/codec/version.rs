//! The format's version, in a file of its own because every part of the codec names it:
//! byte 0 of every encoding and the digits of every text prefix.

/// The format this build writes.
pub const FORMAT_VERSION: u8 = 2;

/// The oldest format this build reads: format 1 (no leads, no practices) opens migrated.
pub const OLDEST_VERSION: u8 = 1;
