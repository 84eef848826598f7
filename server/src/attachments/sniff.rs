//! What a file really is, by its content rather than its name, and the
//! metadata that could name its author: stripped from images, refused in
//! PDFs (reviews are blind).

/// The kinds of file a proposal may carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    Png,
    Jpeg,
}

impl Kind {
    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Pdf => "application/pdf",
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
        }
    }
}

/// Why a file is refused; each is a Fluent message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    UnknownType,
    Malformed,
    AuthorInPdf,
}

impl Refusal {
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::UnknownType => "attachment-error-type",
            Refusal::Malformed => "attachment-error-malformed",
            Refusal::AuthorInPdf => "attachment-error-author",
        }
    }
}

pub fn kind_of(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"%PDF-") {
        Some(Kind::Pdf)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Kind::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Kind::Jpeg)
    } else {
        None
    }
}

/// The file as it may be stored: its kind, and its bytes without the
/// metadata that could name the author.
pub fn clean(bytes: &[u8]) -> Result<(Kind, Vec<u8>), Refusal> {
    let kind = kind_of(bytes).ok_or(Refusal::UnknownType)?;
    let cleaned = match kind {
        Kind::Jpeg => strip_jpeg(bytes)?,
        Kind::Png => strip_png(bytes)?,
        Kind::Pdf => {
            check_pdf(bytes)?;
            bytes.to_vec()
        }
    };
    Ok((kind, cleaned))
}

/// Drops the JPEG segments that carry metadata: APP1 (EXIF, XMP), APP13
/// (IPTC) and comments. Image data is kept as it is.
fn strip_jpeg(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..2]);
    let mut i = 2;
    loop {
        if i + 4 > bytes.len() || bytes[i] != 0xFF {
            return Err(Refusal::Malformed);
        }
        let marker = bytes[i + 1];
        // Start of scan: the rest is image data.
        if marker == 0xDA {
            out.extend_from_slice(&bytes[i..]);
            return Ok(out);
        }
        let length = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let end = i + 2 + length;
        if length < 2 || end > bytes.len() {
            return Err(Refusal::Malformed);
        }
        let metadata = matches!(marker, 0xE1 | 0xED | 0xFE);
        if !metadata {
            out.extend_from_slice(&bytes[i..end]);
        }
        i = end;
    }
}

/// Drops the PNG chunks that carry text or EXIF.
fn strip_png(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    let mut out = bytes[..8].to_vec();
    let mut i = 8;
    while i < bytes.len() {
        if i + 12 > bytes.len() {
            return Err(Refusal::Malformed);
        }
        let length =
            u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]) as usize;
        let end = i + 12 + length;
        if end > bytes.len() {
            return Err(Refusal::Malformed);
        }
        let kind = &bytes[i + 4..i + 8];
        if !matches!(kind, b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME") {
            out.extend_from_slice(&bytes[i..end]);
        }
        i = end;
        if kind == b"IEND" {
            return Ok(out);
        }
    }
    Err(Refusal::Malformed)
}

/// A PDF whose document information or XMP names an author is refused:
/// rewriting a PDF safely is beyond us, and the person can clear the field.
fn check_pdf(bytes: &[u8]) -> Result<(), Refusal> {
    let text = String::from_utf8_lossy(bytes);
    for (at, _) in text.match_indices("/Author") {
        let rest = text[at + "/Author".len()..].trim_start();
        let empty = rest.starts_with("()") || rest.starts_with("<>") || rest.starts_with("<FEFF>");
        if !empty {
            return Err(Refusal::AuthorInPdf);
        }
    }
    if text.contains("<dc:creator>") && !text.contains("<dc:creator></dc:creator>") {
        return Err(Refusal::AuthorInPdf);
    }
    Ok(())
}

#[cfg(test)]
pub mod samples {
    /// A tiny JPEG: SOI, an APP1 EXIF segment naming an author, a DQT-like
    /// segment, then start of scan and EOI.
    pub fn jpeg_with_exif(author: &str) -> Vec<u8> {
        let mut exif = b"Exif\0\0Artist=".to_vec();
        exif.extend_from_slice(author.as_bytes());
        let mut out = vec![0xFF, 0xD8];
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&exif);
        out.extend_from_slice(&[0xFF, 0xDB, 0x00, 0x04, 0x01, 0x02]);
        out.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x02, 0x11, 0x22, 0xFF, 0xD9]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jpeg_metadata_is_stripped_and_the_image_kept() {
        let original = samples::jpeg_with_exif("Giulia Rossi");
        let (kind, cleaned) = clean(&original).expect("a JPEG");
        assert_eq!(kind, Kind::Jpeg);
        assert!(!String::from_utf8_lossy(&cleaned).contains("Giulia Rossi"));
        assert!(cleaned.ends_with(&[0xFF, 0xDA, 0x00, 0x02, 0x11, 0x22, 0xFF, 0xD9]));
        assert!(cleaned.windows(2).any(|w| w == [0xFF, 0xDB]));
    }

    #[test]
    fn png_text_chunks_are_dropped() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0, 0, 0, 0]);
            c
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"tEXt", b"Author\0Giulia Rossi"));
        png.extend(chunk(b"IDAT", &[1, 2, 3]));
        png.extend(chunk(b"IEND", &[]));
        let (_, cleaned) = clean(&png).expect("a PNG");
        assert!(!String::from_utf8_lossy(&cleaned).contains("Giulia"));
        assert!(cleaned.windows(4).any(|w| w == b"IDAT"));
    }

    #[test]
    fn pdfs_naming_an_author_are_refused() {
        assert_eq!(
            clean(b"%PDF-1.7\n1 0 obj << /Author (Giulia Rossi) >>"),
            Err(Refusal::AuthorInPdf)
        );
        assert_eq!(
            clean(b"%PDF-1.7\n<dc:creator><rdf:Seq><rdf:li>G</rdf:li></rdf:Seq></dc:creator>"),
            Err(Refusal::AuthorInPdf)
        );
        assert!(clean(b"%PDF-1.7\n1 0 obj << /Author () /Title (Piano) >>").is_ok());
        assert!(clean(b"%PDF-1.4\n1 0 obj << /Title (Piano) >>").is_ok());
    }

    #[test]
    fn names_do_not_make_types() {
        assert_eq!(clean(b"MZ\x90\x00 a program"), Err(Refusal::UnknownType));
        assert_eq!(clean(&[0xFF, 0xD8, 0xFF, 0x00]), Err(Refusal::Malformed));
    }
}
