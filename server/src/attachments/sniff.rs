//! What a file really is, by its content rather than its name, and a copy
//! of it without the metadata that could name its author (reviews are
//! blind): read with real parsers, so that compressed PDF object streams
//! and XMP are seen as well as plain dictionaries.

use std::io::{Cursor, Read, Write};

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
    /// Encrypted content cannot be rewritten without its metadata.
    Encrypted,
    Macros,
}

impl Refusal {
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::UnknownType => "attachment-error-type",
            Refusal::Malformed => "attachment-error-malformed",
            Refusal::Encrypted => "attachment-error-encrypted",
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
        Kind::Pdf => strip_pdf(bytes)?,
        Kind::Docx | Kind::Xlsx | Kind::Pptx | Kind::Odt | Kind::Ods | Kind::Odp => {
            strip_office(bytes)?
        }
    };
    Ok((kind, cleaned))
}

/// Drops the JPEG segments that may carry metadata: every application
/// segment (EXIF and XMP in APP1, IPTC in APP13, multi-picture data with
/// its own EXIF in APP2, …) but JFIF (APP0), the colour profile (APP2
/// `ICC_PROFILE`) and Adobe's colour transform (APP14), which decoding
/// needs; and comments. Image data is kept as it is.
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
        let body = &bytes[i + 4..end];
        let metadata = match marker {
            0xE0 | 0xEE => false,
            0xE2 => !body.starts_with(b"ICC_PROFILE\0"),
            0xE1..=0xEF | 0xFE => true,
            _ => false,
        };
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

/// Most bytes read from the part that names an OpenDocument's type: it is
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

/// The metadata parts of office documents, each replaced by an empty one
/// of its kind: Office Open XML's core (creator, last editor), extended
/// (manager, company) and custom properties, and OpenDocument's meta.
const METADATA_PARTS: [(&str, &str); 4] = [
    (
        "docProps/core.xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>"#,
    ),
    (
        "docProps/app.xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>"#,
    ),
    (
        "docProps/custom.xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>"#,
    ),
    (
        "meta.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"><office:meta/></office:document-meta>"#,
    ),
];

/// An office document with its metadata parts emptied; every other part is
/// copied as it is, still compressed (nothing is inflated, so a compressed
/// bomb costs nothing). Documents with macros are refused.
fn strip_office(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Refusal::Malformed)?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len())));
    for index in 0..archive.len() {
        let part = archive
            .by_index_raw(index)
            .map_err(|_| Refusal::Malformed)?;
        if part.encrypted() {
            return Err(Refusal::Encrypted);
        }
        let name = part.name().map_err(|_| Refusal::Malformed)?.into_owned();
        if name.to_ascii_lowercase().contains("vbaproject") || name.starts_with("Basic/") {
            return Err(Refusal::Macros);
        }
        match METADATA_PARTS
            .iter()
            .find(|(metadata, _)| *metadata == name)
        {
            Some((_, empty)) => {
                drop(part);
                out.start_file(
                    name,
                    zip::write::SimpleFileOptions::default()
                        .compression_method(zip::CompressionMethod::Deflated),
                )
                .map_err(|_| Refusal::Malformed)?;
                out.write_all(empty.as_bytes())
                    .map_err(|_| Refusal::Malformed)?;
            }
            None => out.raw_copy_file(part).map_err(|_| Refusal::Malformed)?,
        }
    }
    Ok(out.finish().map_err(|_| Refusal::Malformed)?.into_inner())
}

/// A PDF without its document information dictionary, its XMP metadata
/// streams (the document's and any page's, image's or font's) and
/// applications' private data, written anew: objects that lived in
/// compressed object streams are read like any other, and earlier
/// revisions of an incrementally updated file are left behind. Encrypted
/// PDFs are refused: their metadata cannot be rewritten without the key.
fn strip_pdf(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    let mut document = lopdf::Document::load_mem(bytes).map_err(|_| {
        // A file that cannot be decrypted fails to load; say why.
        match lopdf::Document::load_metadata_mem(bytes) {
            Ok(metadata) if metadata.encrypted => Refusal::Encrypted,
            _ => Refusal::Malformed,
        }
    })?;
    if document.was_encrypted() || document.trailer.has(b"Encrypt") {
        return Err(Refusal::Encrypted);
    }
    document.trailer.remove(b"Info");
    let xmp: Vec<lopdf::ObjectId> = document
        .objects
        .iter()
        .filter(|(_, object)| {
            matches!(object, lopdf::Object::Stream(stream)
                if stream.dict.get(b"Type").and_then(lopdf::Object::as_name).ok() == Some(b"Metadata"))
        })
        .map(|(id, _)| *id)
        .collect();
    for id in xmp {
        document.objects.remove(&id);
    }
    for object in document.objects.values_mut() {
        let dictionary = match object {
            lopdf::Object::Dictionary(dictionary) => dictionary,
            lopdf::Object::Stream(stream) => &mut stream.dict,
            _ => continue,
        };
        dictionary.remove(b"Metadata");
        dictionary.remove(b"PieceInfo");
    }
    // The information dictionary, now referenced by nothing, goes too.
    document.prune_objects();
    let mut out = Vec::with_capacity(bytes.len());
    document.save_to(&mut out).map_err(|_| Refusal::Malformed)?;
    Ok(out)
}

#[cfg(test)]
pub mod samples {
    use lopdf::{Document, Object, Stream, dictionary};

    /// A one-page PDF saved with object streams (as qpdf's
    /// `--object-streams=generate` or any recent writer does), whose
    /// information dictionary and XMP, both compressed, name `author`.
    pub fn pdf_naming(author: &str) -> Vec<u8> {
        let mut document = Document::with_version("1.5");
        let pages = document.new_object_id();
        let mut text = Stream::new(dictionary! {}, b"BT (Piano verde) Tj ET".to_vec());
        text.compress().expect("compressed");
        let contents = document.add_object(text);
        let page = document.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages,
            "Contents" => contents,
            "MediaBox" => vec![0.into(), 0.into(), 200.into(), 200.into()],
        });
        document.objects.insert(
            pages,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
            }),
        );
        let xmp = format!(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator></x:xmpmeta>"
        );
        let mut metadata = Stream::new(
            dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
            xmp.into_bytes(),
        );
        metadata.compress().expect("compressed");
        let metadata = document.add_object(metadata);
        let catalog = document.add_object(dictionary! {
            "Type" => "Catalog", "Pages" => pages, "Metadata" => metadata,
        });
        let info = document.add_object(dictionary! {
            "Author" => Object::string_literal(author),
            "Title" => Object::string_literal("Piano"),
        });
        document.trailer.set("Root", catalog);
        document.trailer.set("Info", info);
        let mut out = Vec::new();
        document.save_modern(&mut out).expect("saved");
        out
    }

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

    /// Every byte of a PDF a reader could show: its objects as written and
    /// its streams decompressed.
    fn pdf_text(bytes: &[u8]) -> String {
        let document = lopdf::Document::load_mem(bytes).expect("a readable PDF");
        let mut text = String::from_utf8_lossy(bytes).into_owned();
        for object in document.objects.values() {
            if let lopdf::Object::Stream(stream) = object {
                let content = stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone());
                text.push_str(&String::from_utf8_lossy(&content));
            }
        }
        text
    }

    #[test]
    fn pdf_metadata_in_object_streams_and_xmp_is_removed() {
        let original = samples::pdf_naming("Giulia Rossi");
        // The name is there, but only in compressed streams: reading the
        // bytes as text would not find it.
        assert!(!String::from_utf8_lossy(&original).contains("Giulia"));
        assert!(pdf_text(&original).contains("Giulia Rossi"));
        let (kind, cleaned) = clean(&original).expect("a PDF");
        assert_eq!(kind, Kind::Pdf);
        assert!(!pdf_text(&cleaned).contains("Giulia"));
        let document = lopdf::Document::load_mem(&cleaned).expect("still a PDF");
        assert_eq!(document.get_pages().len(), 1, "the page is kept");
        assert!(pdf_text(&cleaned).contains("Piano verde"), "and its text");
        assert!(!document.trailer.has(b"Info"));
    }

    #[test]
    fn unreadable_and_encrypted_pdfs_are_refused() {
        assert_eq!(
            clean(b"%PDF-1.7\n1 0 obj << /Author (Giulia Rossi) >>"),
            Err(Refusal::Malformed)
        );
        let mut encrypted = lopdf::Document::load_mem(&samples::pdf_naming("G")).expect("a PDF");
        let lock = encrypted.add_object(lopdf::dictionary! { "Filter" => "Standard" });
        encrypted.trailer.set("Encrypt", lock);
        let mut bytes = Vec::new();
        encrypted.save_to(&mut bytes).expect("saved");
        assert_eq!(clean(&bytes), Err(Refusal::Encrypted));
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

    fn part(zip: &[u8], name: &str) -> Option<String> {
        let mut archive = zip::ZipArchive::new(Cursor::new(zip)).expect("a zip");
        let mut text = String::new();
        archive.by_name(name).ok()?.read_to_string(&mut text).ok()?;
        Some(text)
    }

    #[test]
    fn office_properties_are_emptied_and_the_content_kept() {
        let docx = zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<w:document>Piano verde</w:document>"),
            (
                "docProps/core.xml",
                "<cp:coreProperties><dc:creator>Giulia Rossi</dc:creator><cp:lastModifiedBy>G. R.</cp:lastModifiedBy></cp:coreProperties>",
            ),
            (
                "docProps/app.xml",
                "<Properties><Company>Rossi Srl</Company></Properties>",
            ),
            (
                "docProps/custom.xml",
                "<Properties><property name=\"Owner\"><vt:lpwstr>Giulia</vt:lpwstr></property></Properties>",
            ),
        ]);
        let (kind, cleaned) = clean(&docx).expect("a DOCX");
        assert_eq!(kind, Kind::Docx);
        let all: String = [
            "docProps/core.xml",
            "docProps/app.xml",
            "docProps/custom.xml",
        ]
        .iter()
        .map(|name| part(&cleaned, name).expect("the part is kept, empty"))
        .collect();
        assert!(!all.contains("Giulia") && !all.contains("G. R.") && !all.contains("Rossi"));
        assert_eq!(
            part(&cleaned, "word/document.xml").as_deref(),
            Some("<w:document>Piano verde</w:document>")
        );
        let odt = zip_of(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            (
                "meta.xml",
                "<office:meta><meta:initial-creator>Giulia</meta:initial-creator></office:meta>",
            ),
            ("content.xml", "<office:text>Piano</office:text>"),
        ]);
        let (kind, cleaned) = clean(&odt).expect("an ODT");
        assert_eq!(kind, Kind::Odt);
        assert!(!part(&cleaned, "meta.xml").expect("meta").contains("Giulia"));
        let mut archive = zip::ZipArchive::new(Cursor::new(cleaned.as_slice())).expect("zip");
        assert_eq!(
            archive.by_index(0).expect("first").name().expect("a name"),
            "mimetype",
            "OpenDocument's type stays the first part"
        );
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
    fn jpeg_keeps_its_colour_profile_but_not_other_application_data() {
        let segment = |marker: u8, body: &[u8]| {
            let mut s = vec![0xFF, marker];
            s.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
            s.extend_from_slice(body);
            s
        };
        let mut jpeg = vec![0xFF, 0xD8];
        jpeg.extend(segment(0xE0, b"JFIF\0"));
        jpeg.extend(segment(0xE2, b"ICC_PROFILE\0profile"));
        jpeg.extend(segment(0xE2, b"MPF\0Giulia"));
        jpeg.extend(segment(0xEC, b"Ducky Giulia"));
        jpeg.extend([0xFF, 0xDA, 0x00, 0x02, 0x11, 0xFF, 0xD9]);
        let (_, cleaned) = clean(&jpeg).expect("a JPEG");
        let text = String::from_utf8_lossy(&cleaned);
        assert!(!text.contains("Giulia"));
        assert!(text.contains("ICC_PROFILE") && text.contains("JFIF"));
    }

    #[test]
    fn names_do_not_make_types() {
        assert_eq!(clean(b"MZ\x90\x00 a program"), Err(Refusal::UnknownType));
        assert_eq!(clean(&[0xFF, 0xD8, 0xFF, 0x00]), Err(Refusal::Malformed));
    }
}
