//! What a file really is, by its content rather than its name, and the
//! metadata that could name its author: stripped from images, refused in
//! PDFs and office documents (reviews are blind).

use std::io::{Cursor, Read};

/// The kinds of file a proposal may carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    Png,
    Jpeg,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
}

impl Kind {
    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Pdf => "application/pdf",
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
            Kind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Kind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Kind::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            Kind::Odt => "application/vnd.oasis.opendocument.text",
            Kind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Kind::Odp => "application/vnd.oasis.opendocument.presentation",
        }
    }
}

/// Why a file is refused; each is a Fluent message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    UnknownType,
    Malformed,
    AuthorInPdf,
    AuthorInDocument,
    Macros,
}

impl Refusal {
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::UnknownType => "attachment-error-type",
            Refusal::Malformed => "attachment-error-malformed",
            Refusal::AuthorInPdf | Refusal::AuthorInDocument => "attachment-error-author",
            Refusal::Macros => "attachment-error-macros",
        }
    }
}

pub fn kind_of(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"PK\x03\x04") {
        office_kind(bytes)
    } else if bytes.starts_with(b"%PDF-") {
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
        Kind::Docx | Kind::Xlsx | Kind::Pptx | Kind::Odt | Kind::Ods | Kind::Odp => {
            check_office(bytes)?;
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

/// Most bytes read from one part of an office document: metadata parts are
/// small, and a compressed bomb must not fill the memory.
const PART_LIMIT: u64 = 1024 * 1024;

fn read_part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<String> {
    let part = archive.by_name(name).ok()?;
    let mut text = String::new();
    part.take(PART_LIMIT).read_to_string(&mut text).ok()?;
    Some(text)
}

/// Which office document a ZIP is, by its parts.
fn office_kind(bytes: &[u8]) -> Option<Kind> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    if let Some(mimetype) = read_part(&mut archive, "mimetype") {
        return match mimetype.trim() {
            "application/vnd.oasis.opendocument.text" => Some(Kind::Odt),
            "application/vnd.oasis.opendocument.spreadsheet" => Some(Kind::Ods),
            "application/vnd.oasis.opendocument.presentation" => Some(Kind::Odp),
            _ => None,
        };
    }
    archive.by_name("[Content_Types].xml").ok()?;
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.map(|n| n.into_owned()))
        .collect::<Result<_, _>>()
        .ok()?;
    let has = |name: &str| names.iter().any(|n| n == name);
    if has("word/document.xml") {
        Some(Kind::Docx)
    } else if has("xl/workbook.xml") {
        Some(Kind::Xlsx)
    } else if has("ppt/presentation.xml") {
        Some(Kind::Pptx)
    } else {
        None
    }
}

/// Whether an XML element (by its qualified name) has text in it.
fn filled(xml: &str, element: &str) -> bool {
    let open = format!("<{element}");
    let close = format!("</{element}>");
    xml.match_indices(&open).any(|(at, _)| {
        let rest = &xml[at + open.len()..];
        // `<dc:creator/>` and `<dc:creator></dc:creator>` are empty.
        match (rest.find('>'), rest.find(&close)) {
            (Some(gt), Some(end)) if gt < end => !rest[gt + 1..end].trim().is_empty(),
            _ => false,
        }
    })
}

/// An office document whose properties name a person, or that carries
/// macros, is refused.
fn check_office(bytes: &[u8]) -> Result<(), Refusal> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Refusal::Malformed)?;
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.map(|n| n.into_owned()))
        .collect::<Result<_, _>>()
        .map_err(|_| Refusal::Malformed)?;
    if names
        .iter()
        .any(|n| n.to_ascii_lowercase().contains("vbaproject") || n.starts_with("Basic/"))
    {
        return Err(Refusal::Macros);
    }
    for (part, elements) in [
        (
            "docProps/core.xml",
            ["dc:creator", "cp:lastModifiedBy"].as_slice(),
        ),
        ("docProps/app.xml", ["Manager", "Company"].as_slice()),
        (
            "meta.xml",
            ["meta:initial-creator", "dc:creator"].as_slice(),
        ),
    ] {
        if let Some(xml) = read_part(&mut archive, part)
            && elements.iter().any(|e| filled(&xml, e))
        {
            return Err(Refusal::AuthorInDocument);
        }
    }
    Ok(())
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

    fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut writer = zip::ZipWriter::new(&mut out);
        for (name, content) in parts {
            writer
                .start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("part");
            std::io::Write::write_all(&mut writer, content.as_bytes()).expect("write");
        }
        writer.finish().expect("zip");
        out.into_inner()
    }

    #[test]
    fn office_documents_naming_a_person_are_refused() {
        let docx = |core: &str| {
            zip_of(&[
                ("[Content_Types].xml", "<Types/>"),
                ("word/document.xml", "<w:document/>"),
                ("docProps/core.xml", core),
            ])
        };
        let named =
            docx("<cp:coreProperties><dc:creator>Giulia Rossi</dc:creator></cp:coreProperties>");
        assert_eq!(clean(&named), Err(Refusal::AuthorInDocument));
        let modified = docx(
            "<cp:coreProperties><dc:creator/><cp:lastModifiedBy>G. R.</cp:lastModifiedBy></cp:coreProperties>",
        );
        assert_eq!(clean(&modified), Err(Refusal::AuthorInDocument));
        let anonymous = docx(
            "<cp:coreProperties><dc:creator></dc:creator><dc:title>Piano</dc:title></cp:coreProperties>",
        );
        assert_eq!(clean(&anonymous).map(|(k, _)| k), Ok(Kind::Docx));
        let odt = zip_of(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            (
                "meta.xml",
                "<office:meta><meta:initial-creator>Giulia</meta:initial-creator></office:meta>",
            ),
        ]);
        assert_eq!(clean(&odt), Err(Refusal::AuthorInDocument));
        let macros = zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<w:document/>"),
            ("word/vbaProject.bin", "binary"),
        ]);
        assert_eq!(clean(&macros), Err(Refusal::Macros));
        let any_zip = zip_of(&[("notes.txt", "hello")]);
        assert_eq!(clean(&any_zip), Err(Refusal::UnknownType));
    }

    #[test]
    fn names_do_not_make_types() {
        assert_eq!(clean(b"MZ\x90\x00 a program"), Err(Refusal::UnknownType));
        assert_eq!(clean(&[0xFF, 0xD8, 0xFF, 0x00]), Err(Refusal::Malformed));
    }
}
