//! OSC 52, the terminal sequence that puts text on the clipboard: `ESC ] 52 ; c ; <base64>
//! BEL`. The program builds the whole sequence itself; the text travels base64-encoded, so no
//! byte of it can end the sequence early or start another.

use base64::Engine;

/// The sequence that copies `text` to the clipboard.
pub fn osc52(text: &str) -> String {
    let payload = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\u{1b}]52;c;{payload}\u{7}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_framed_and_base64_encoded() {
        // "Hi" is "SGk=" in base64 (RFC 4648's alphabet, padded).
        assert_eq!(osc52("Hi"), "\u{1b}]52;c;SGk=\u{7}");
        let seq = osc52("Нурышев\u{1b}]52;c;evil\u{7}\n张");
        let body = &seq[7..seq.len() - 1];
        assert!(
            body.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)),
            "only base64 between the frame: {body}"
        );
        let back = base64::engine::general_purpose::STANDARD
            .decode(body)
            .unwrap();
        assert_eq!(
            String::from_utf8(back).unwrap(),
            "Нурышев\u{1b}]52;c;evil\u{7}\n张"
        );
    }
}
