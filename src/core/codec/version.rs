//! The format's version, in a file of its own because every part of the codec names it:
//! byte 0 of every encoding and the digits of every text prefix.

/// The format this build writes, and the only one it reads.
pub const FORMAT_VERSION: u8 = 1;
