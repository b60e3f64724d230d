//! From a file's bytes to its text: the one place that decides what the app and the command accept
//! as text, so that a file the app imports is a file `dien-hinh` reads, and the other way round.

use super::error::{ErrorKind, ValidationError};

/// The byte order mark Notepad and some spreadsheet programs write at the start of a UTF-8 file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The text of a file: UTF-8, with a leading byte order mark dropped.
///
/// Anything else is refused ([`ErrorKind::NotUtf8`]) rather than decoded with replacement
/// characters: a file saved as Latin-1 or Windows-1258 would otherwise be read with every accented
/// letter of its names turned into "�", and imported as if nothing were wrong. The message says
/// what to do and where the first such byte is.
///
/// ```
/// use criteria::validate::{decode_text, ErrorKind};
///
/// assert_eq!(decode_text(b"\xEF\xBB\xBF[]"), Ok("[]"));
/// let latin1 = b"{\"name\": \"Ho\xE0ng\"}";
/// assert_eq!(decode_text(latin1).unwrap_err().kind, ErrorKind::NotUtf8);
/// ```
pub fn decode_text(bytes: &[u8]) -> Result<&str, ValidationError> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let (before, _) = bytes.split_at(e.valid_up_to());
        // Everything before the first bad byte is UTF-8, so it can be counted in characters, as an
        // editor shows columns.
        let before = String::from_utf8_lossy(before);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ValidationError::new(
            "",
            ErrorKind::NotUtf8,
            format!(
                "không phải văn bản UTF-8: hãy lưu tệp dưới dạng UTF-8 (byte lỗi đầu tiên ở dòng {line}, cột {column})"
            ),
            format!("not UTF-8 text: save the file as UTF-8 (the first byte that is not UTF-8 is at line {line}, column {column})"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_text_is_returned_as_it_is_and_a_bom_is_dropped() {
        assert_eq!(decode_text("Nguyễn".as_bytes()), Ok("Nguyễn"));
        assert_eq!(decode_text(b"\xEF\xBB\xBF{}"), Ok("{}"));
        assert_eq!(decode_text(b""), Ok(""));
        // Only one mark is a byte order mark; a second one is text (and JSON will refuse it).
        assert_eq!(decode_text(b"\xEF\xBB\xBF\xEF\xBB\xBF"), Ok("\u{feff}"));
    }

    #[test]
    fn latin1_and_utf16_are_refused_naming_the_line_and_column_of_the_first_bad_byte() {
        let e = decode_text(b"{\n  \"name\": \"L\xFD\"\n}").unwrap_err();
        assert_eq!((e.kind, e.path.as_str()), (ErrorKind::NotUtf8, ""));
        assert!(
            e.message.en.starts_with("not UTF-8 text: save the file as UTF-8"),
            "{e}"
        );
        assert!(e.message.en.contains("line 2, column 13"), "{e}");
        assert!(e.message.vi.contains("dòng 2, cột 13"), "{}", e.message.vi);
        assert!(e.message.vi.starts_with("không phải văn bản UTF-8"));
        let utf16 = b"\xFF\xFE[\x00]\x00";
        assert_eq!(decode_text(utf16).unwrap_err().kind, ErrorKind::NotUtf8);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let mut bytes = "\"Hồ ".as_bytes().to_vec();
        bytes.push(0xE0);
        let e = decode_text(&bytes).unwrap_err();
        assert!(e.message.en.contains("line 1, column 5"), "{e}");
    }
}
