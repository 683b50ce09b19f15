//! The two primitives of the format, varints and length-prefixed texts, written into a
//! byte vector and read back from a slice that only ever shrinks. The reader checks every
//! claimed length against the bytes left before the caller allocates anything for it.

use super::error::{CodecError, TextField};

/// Appends the format's primitives to a byte vector.
#[derive(Default)]
pub(super) struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn byte(&mut self, byte: u8) {
        self.bytes.push(byte);
    }

    /// Unsigned LEB128, shortest form.
    pub fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.bytes.push((value as u8 & 0x7f) | 0x80);
            value >>= 7;
        }
        self.bytes.push(value as u8);
    }

    /// Byte length, then the UTF-8 bytes.
    pub fn text(&mut self, text: &str) {
        self.varint(text.len() as u64);
        self.bytes.extend_from_slice(text.as_bytes());
    }
}

/// Reads the format's primitives off the front of a slice.
pub(super) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { rest: bytes }
    }

    pub fn byte(&mut self) -> Result<u8, CodecError> {
        let (&first, rest) = self.rest.split_first().ok_or(CodecError::Truncated)?;
        self.rest = rest;
        Ok(first)
    }

    /// Unsigned LEB128; an overlong form (a trailing zero group) or a value past `u64` is
    /// `Malformed`, so every number has exactly one encoding.
    pub fn varint(&mut self) -> Result<u64, CodecError> {
        let mut value = 0u64;
        for group in 0..10 {
            let byte = self.byte()?;
            if group == 9 && byte > 1 {
                return Err(CodecError::Malformed);
            }
            value |= u64::from(byte & 0x7f) << (7 * group);
            if byte & 0x80 == 0 {
                return if group > 0 && byte == 0 { Err(CodecError::Malformed) } else { Ok(value) };
            }
        }
        Err(CodecError::Malformed)
    }

    pub fn u32(&mut self) -> Result<u32, CodecError> {
        u32::try_from(self.varint()?).map_err(|_| CodecError::Malformed)
    }

    /// A count of items that take at least `min_bytes_each`: `TooLarge` above `max`,
    /// `Truncated` when the bytes left could not hold that many.
    pub fn count(&mut self, max: usize, min_bytes_each: usize) -> Result<usize, CodecError> {
        let claimed = self.varint()?;
        if claimed > max as u64 {
            return Err(CodecError::TooLarge);
        }
        if claimed.saturating_mul(min_bytes_each as u64) > self.rest.len() as u64 {
            return Err(CodecError::Truncated);
        }
        usize::try_from(claimed).map_err(|_| CodecError::Truncated)
    }

    /// A text of at most `max_bytes`, borrowed from the input (the caller decides whether
    /// to keep it).
    pub fn text(&mut self, max_bytes: usize, field: TextField) -> Result<&'a str, CodecError> {
        let claimed = self.varint()?;
        if claimed > self.rest.len() as u64 {
            return Err(CodecError::Truncated);
        }
        let len = claimed as usize;
        if len > max_bytes {
            return Err(CodecError::BadText(field));
        }
        let (text, rest) = self.rest.split_at(len);
        self.rest = rest;
        std::str::from_utf8(text).map_err(|_| CodecError::BadText(field))
    }

    /// Succeeds only when every byte was read.
    pub fn finish(self) -> Result<(), CodecError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(CodecError::TrailingBytes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn varint_bytes(value: u64) -> Vec<u8> {
        let mut writer = Writer::default();
        writer.varint(value);
        writer.bytes
    }

    #[test]
    fn varints_use_seven_bits_per_byte_low_bits_first() {
        assert_eq!(varint_bytes(0), [0x00]);
        assert_eq!(varint_bytes(127), [0x7f]);
        assert_eq!(varint_bytes(128), [0x80, 0x01]);
        assert_eq!(varint_bytes(300), [0xac, 0x02]);
        assert_eq!(varint_bytes(u64::MAX), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    }

    #[test]
    fn varints_read_back_across_the_whole_range() {
        for value in [0, 1, 127, 128, 300, 16_383, 16_384, u64::from(u32::MAX), 1 << 33, u64::MAX] {
            let bytes = varint_bytes(value);
            let mut reader = Reader::new(&bytes);
            assert_eq!(reader.varint(), Ok(value), "{value}");
            assert_eq!(reader.finish(), Ok(()));
        }
    }

    #[test]
    fn an_overlong_or_overflowing_varint_is_malformed() {
        for bytes in [
            &[0x80, 0x00][..],
            &[0xff, 0x00],
            &[0xff; 10],
            &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02],
        ] {
            assert_eq!(Reader::new(bytes).varint(), Err(CodecError::Malformed), "{bytes:x?}");
        }
    }

    #[test]
    fn a_varint_that_stops_mid_way_is_truncated() {
        assert_eq!(Reader::new(&[0x80]).varint(), Err(CodecError::Truncated));
        assert_eq!(Reader::new(&[]).varint(), Err(CodecError::Truncated));
    }

    #[test]
    fn a_u32_field_refuses_larger_numbers() {
        let bytes = varint_bytes(u64::from(u32::MAX) + 1);
        assert_eq!(Reader::new(&bytes).u32(), Err(CodecError::Malformed));
        let bytes = varint_bytes(u64::from(u32::MAX));
        assert_eq!(Reader::new(&bytes).u32(), Ok(u32::MAX));
    }

    #[test]
    fn texts_are_their_byte_length_then_utf8() {
        let mut writer = Writer::default();
        writer.text("é!");
        assert_eq!(writer.bytes, [3, 0xc3, 0xa9, b'!']);
        assert_eq!(Reader::new(&writer.bytes).text(3, TextField::Title), Ok("é!"));
        assert_eq!(
            Reader::new(&writer.bytes).text(2, TextField::Title),
            Err(CodecError::BadText(TextField::Title))
        );
    }

    #[test]
    fn a_text_longer_than_the_input_is_truncated_and_bad_utf8_is_refused() {
        assert_eq!(Reader::new(&[5, b'a']).text(80, TextField::Note), Err(CodecError::Truncated));
        assert_eq!(
            Reader::new(&[1, 0xff]).text(80, TextField::Note),
            Err(CodecError::BadText(TextField::Note))
        );
    }

    #[test]
    fn a_count_is_checked_against_its_cap_and_the_bytes_left() {
        assert_eq!(Reader::new(&[3, 0, 0, 0]).count(10, 1), Ok(3));
        assert_eq!(Reader::new(&[11]).count(10, 1), Err(CodecError::TooLarge));
        assert_eq!(Reader::new(&[3, 0, 0]).count(10, 1), Err(CodecError::Truncated));
        assert_eq!(Reader::new(&[2, 0, 0, 0]).count(10, 2), Err(CodecError::Truncated));
    }

    #[test]
    fn bytes_left_over_are_refused() {
        let mut reader = Reader::new(&[7, 8]);
        assert_eq!(reader.byte(), Ok(7));
        assert_eq!(reader.finish(), Err(CodecError::TrailingBytes));
    }
}
