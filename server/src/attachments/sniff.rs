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
    /// A history that cannot be removed without changing the document.
    History,
    /// Parts that would have to be rewritten inflate beyond the bound.
    Expands,
}

impl Refusal {
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::UnknownType => "attachment-error-type",
            Refusal::Malformed => "attachment-error-malformed",
            Refusal::Encrypted => "attachment-error-encrypted",
            Refusal::Macros => "attachment-error-macros",
            Refusal::History => "attachment-error-history",
            Refusal::Expands => "attachment-error-expands",
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
            strip_office(bytes, kind)?
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

/// Word's list of the people who commented or changed a document (names
/// and account ids), replaced by an empty one.
const EMPTY_WORD_PEOPLE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>"#;

/// Where an office document's comments and tracked changes keep who made
/// them, and when; matched by local name, whatever the prefix (so Strict
/// Office Open XML's namespaces too).
struct Scrub {
    /// Attributes emptied rather than removed: the schema requires them.
    blank_attributes: &'static [&'static [u8]],
    /// Attributes removed: optional dates of an edit or a comment.
    drop_attributes: &'static [&'static [u8]],
    /// Elements whose text is emptied.
    blank_elements: &'static [&'static [u8]],
    /// Whether the names emptied from those elements are also removed
    /// from the text that follows them in the part.
    forget_names_in_text: bool,
}

/// Word's tracked changes (`w:ins`, `w:del`, `w:rPrChange` … in the body,
/// headers, notes and styles) and comments.
const WORD_HISTORY: Scrub = Scrub {
    blank_attributes: &[b"author", b"initials"],
    drop_attributes: &[b"date", b"dateUtc"],
    blank_elements: &[],
    forget_names_in_text: false,
};

/// Excel's comment authors (`<authors><author>`), and their names where
/// Excel writes them at the head of each comment's text ("Giulia Rossi:").
const EXCEL_COMMENTS: Scrub = Scrub {
    blank_attributes: &[],
    drop_attributes: &[],
    blank_elements: &[b"author"],
    forget_names_in_text: true,
};

/// Excel's threaded-comment persons and PowerPoint's comment authors.
const COMMENT_PEOPLE: Scrub = Scrub {
    blank_attributes: &[
        b"name",
        b"displayName",
        b"initials",
        b"userId",
        b"providerId",
    ],
    drop_attributes: &[],
    blank_elements: &[],
    forget_names_in_text: false,
};

/// OpenDocument's annotations and tracked changes (`dc:creator` in
/// `office:annotation` and `office:change-info`).
const OPENDOCUMENT_HISTORY: Scrub = Scrub {
    blank_attributes: &[],
    drop_attributes: &[],
    blank_elements: &[b"creator", b"creator-initials"],
    forget_names_in_text: false,
};

/// What becomes of one part of an office document in the stored copy.
enum Treatment {
    /// Copied as it is, still compressed.
    Keep,
    /// Replaced by this empty part of its kind.
    Empty(&'static str),
    /// Rewritten without the names and dates the scrub lists.
    Scrub(&'static Scrub),
}

/// The treatment of the part `name` (part names are case-insensitive).
fn treatment(kind: Kind, name: &str) -> Result<Treatment, Refusal> {
    let name = name.to_ascii_lowercase();
    if let Some((_, empty)) = METADATA_PARTS
        .iter()
        .find(|(metadata, _)| metadata.eq_ignore_ascii_case(&name))
    {
        return Ok(Treatment::Empty(empty));
    }
    let xml = name.ends_with(".xml");
    Ok(match kind {
        Kind::Docx if name == "word/people.xml" => Treatment::Empty(EMPTY_WORD_PEOPLE),
        Kind::Docx if xml && name.starts_with("word/") => Treatment::Scrub(&WORD_HISTORY),
        // A shared workbook's change log keeps every cell's earlier values
        // with who changed it: no copy without it would be the same file.
        Kind::Xlsx if name.starts_with("xl/revisions/") => return Err(Refusal::History),
        Kind::Xlsx if xml && name.starts_with("xl/comments") => Treatment::Scrub(&EXCEL_COMMENTS),
        Kind::Xlsx if xml && name.starts_with("xl/persons/") => Treatment::Scrub(&COMMENT_PEOPLE),
        Kind::Pptx if name == "ppt/commentauthors.xml" || name == "ppt/authors.xml" => {
            Treatment::Scrub(&COMMENT_PEOPLE)
        }
        Kind::Odt | Kind::Ods | Kind::Odp if name == "content.xml" || name == "styles.xml" => {
            Treatment::Scrub(&OPENDOCUMENT_HISTORY)
        }
        _ => Treatment::Keep,
    })
}

/// Most bytes of XML inflated to rewrite the parts of one office document
/// that hold comments and tracked changes: a multiple of [`PART_LIMIT`],
/// as a long report's text alone inflates to several MiB, yet bounded so
/// that a compressed bomb costs little.
const REWRITE_BUDGET: u64 = 32 * PART_LIMIT;

/// An office document with its metadata parts emptied and the authors of
/// its comments and tracked changes removed; every other part is copied as
/// it is, still compressed (nothing else is inflated, so a compressed bomb
/// costs nothing). Documents with macros are refused.
fn strip_office(bytes: &[u8], kind: Kind) -> Result<Vec<u8>, Refusal> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Refusal::Malformed)?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len())));
    let mut budget = REWRITE_BUDGET;
    let rewritten = || {
        zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
    };
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
        match treatment(kind, &name)? {
            Treatment::Keep => out.raw_copy_file(part).map_err(|_| Refusal::Malformed)?,
            Treatment::Empty(empty) => {
                drop(part);
                out.start_file(name, rewritten())
                    .map_err(|_| Refusal::Malformed)?;
                out.write_all(empty.as_bytes())
                    .map_err(|_| Refusal::Malformed)?;
            }
            Treatment::Scrub(scrub) => {
                drop(part);
                let part = archive.by_index(index).map_err(|_| Refusal::Malformed)?;
                out.start_file(name, rewritten())
                    .map_err(|_| Refusal::Malformed)?;
                scrub_xml(part, scrub, &mut budget, &mut out)?;
            }
        }
    }
    Ok(out.finish().map_err(|_| Refusal::Malformed)?.into_inner())
}

/// Streams the XML of `part` to `out` without what `scrub` lists, every
/// other byte as it was; at most `budget` bytes are read (and the budget
/// is lowered by what was).
fn scrub_xml(
    part: impl Read,
    scrub: &Scrub,
    budget: &mut u64,
    out: impl Write,
) -> Result<(), Refusal> {
    use quick_xml::events::Event;
    let allowed = *budget;
    // One byte more than allowed, to tell a part that fills the budget
    // from one that goes beyond it.
    let mut reader =
        quick_xml::Reader::from_reader(std::io::BufReader::new(part.take(allowed + 1)));
    let mut writer = quick_xml::Writer::new(out);
    let mut event = Vec::new();
    // How deep inside an element whose text is emptied, what it held,
    // and the names so emptied until now.
    let mut blanking = 0usize;
    let mut blanked: Vec<u8> = Vec::new();
    let mut names: Vec<Vec<u8>> = Vec::new();
    let outcome = loop {
        let read = match reader.read_event_into(&mut event) {
            Ok(Event::Eof) => break Ok(()),
            Ok(read) => read,
            Err(_) => break Err(Refusal::Malformed),
        };
        let kept = match read {
            Event::Start(start) => {
                if blanking > 0 || scrub.blank_elements.contains(&start.local_name().as_ref()) {
                    blanking += 1;
                }
                Some(Event::Start(scrub_attributes(start, scrub)?))
            }
            Event::Empty(empty) => Some(Event::Empty(scrub_attributes(empty, scrub)?)),
            Event::End(end) => {
                if blanking == 1 {
                    let name = std::mem::take(&mut blanked);
                    if scrub.forget_names_in_text && name.iter().any(|b| !b.is_ascii_whitespace()) {
                        names.push(name);
                    }
                }
                blanking = blanking.saturating_sub(1);
                Some(Event::End(end))
            }
            Event::Text(text) if blanking > 0 => {
                blanked.extend_from_slice(&text);
                None
            }
            Event::CData(_) | Event::GeneralRef(_) if blanking > 0 => None,
            Event::Text(text) if names.iter().any(|name| contains(&text, name)) => {
                let mut kept = String::from_utf8(text.to_vec()).map_err(|_| Refusal::Malformed)?;
                for name in &names {
                    kept = kept.replace(String::from_utf8_lossy(name).as_ref(), "");
                }
                Some(Event::Text(quick_xml::events::BytesText::from_escaped(
                    kept,
                )))
            }
            other => Some(other),
        };
        if let Some(kept) = kept {
            writer.write_event(kept).map_err(|_| Refusal::Malformed)?;
        }
        event.clear();
    };
    let left = reader.get_ref().get_ref().limit();
    if left == 0 {
        return Err(Refusal::Expands);
    }
    *budget = left - 1;
    outcome
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// The element `start` with the attributes `scrub` lists emptied or
/// removed (itself when it has none of them).
fn scrub_attributes<'a>(
    start: quick_xml::events::BytesStart<'a>,
    scrub: &Scrub,
) -> Result<quick_xml::events::BytesStart<'a>, Refusal> {
    let listed = |attribute: &quick_xml::events::attributes::Attribute| {
        let local = attribute.key.local_name();
        scrub.blank_attributes.contains(&local.as_ref())
            || scrub.drop_attributes.contains(&local.as_ref())
    };
    let attributes = start
        .attributes()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| Refusal::Malformed)?;
    if !attributes.iter().any(listed) {
        return Ok(start);
    }
    let mut scrubbed = start.to_owned();
    scrubbed.clear_attributes();
    for attribute in attributes {
        let local = attribute.key.local_name();
        if scrub.drop_attributes.contains(&local.as_ref()) {
            continue;
        }
        let value: Vec<u8> = if scrub.blank_attributes.contains(&local.as_ref()) {
            Vec::new()
        } else {
            // Values are written back between double quotes: one that was
            // single-quoted may hold a double quote as it is.
            attribute
                .value
                .iter()
                .flat_map(|&b| {
                    if b == b'"' {
                        b"&quot;".to_vec()
                    } else {
                        vec![b]
                    }
                })
                .collect()
        };
        scrubbed.push_attribute(quick_xml::events::attributes::Attribute {
            key: attribute.key,
            value: value.into(),
        });
    }
    Ok(scrubbed)
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
    strip_annotation_authors(&mut document);
    // The information dictionary, now referenced by nothing, goes too.
    document.prune_objects();
    let mut out = Vec::with_capacity(bytes.len());
    document.save_to(&mut out).map_err(|_| Refusal::Malformed)?;
    Ok(out)
}

/// Comments, highlights and other annotations name their author in `/T`
/// and date their edits in `/M` and `/CreationDate`: all three go. An
/// annotation need not say `/Type /Annot`, so those listed in an `/Annots`
/// array or named as a `/Popup` count too. A form field's widget keeps its
/// `/T`, which is the field's name, not a person's.
fn strip_annotation_authors(document: &mut lopdf::Document) {
    let mut listed = std::collections::HashSet::new();
    for object in document.objects.values() {
        list_annotations(document, object, &mut listed);
    }
    for (id, object) in document.objects.iter_mut() {
        forget_annotation_authors(object, listed.contains(id));
    }
}

/// Adds to `listed` the objects that `object` (or anything inside it)
/// names as annotations.
fn list_annotations(
    document: &lopdf::Document,
    object: &lopdf::Object,
    listed: &mut std::collections::HashSet<lopdf::ObjectId>,
) {
    use lopdf::Object;
    match object {
        Object::Dictionary(dictionary)
        | Object::Stream(lopdf::Stream {
            dict: dictionary, ..
        }) => {
            for (key, value) in dictionary.iter() {
                match (key.as_slice(), value) {
                    (b"Annots" | b"Popup", Object::Reference(id)) => {
                        listed.insert(*id);
                        if let Ok(Object::Array(items)) = document.get_object(*id) {
                            listed.extend(items.iter().filter_map(|i| i.as_reference().ok()));
                        }
                    }
                    (b"Annots", Object::Array(items)) => {
                        listed.extend(items.iter().filter_map(|i| i.as_reference().ok()));
                    }
                    _ => list_annotations(document, value, listed),
                }
            }
        }
        Object::Array(items) => {
            for item in items {
                list_annotations(document, item, listed);
            }
        }
        _ => {}
    }
}

/// Removes the author and dates of every annotation in `object`, which is
/// one itself (or a list of them) when `annotation` is set.
fn forget_annotation_authors(object: &mut lopdf::Object, annotation: bool) {
    use lopdf::Object;
    match object {
        Object::Dictionary(dictionary)
        | Object::Stream(lopdf::Stream {
            dict: dictionary, ..
        }) => {
            if annotation
                || dictionary.get(b"Type").and_then(Object::as_name).ok() == Some(b"Annot")
            {
                if dictionary.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Widget") {
                    dictionary.remove(b"T");
                }
                dictionary.remove(b"M");
                dictionary.remove(b"CreationDate");
            }
            for (key, value) in dictionary.iter_mut() {
                forget_annotation_authors(value, matches!(key.as_slice(), b"Annots" | b"Popup"));
            }
        }
        Object::Array(items) => {
            for item in items {
                forget_annotation_authors(item, annotation);
            }
        }
        _ => {}
    }
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

    /// A one-page PDF saved with object streams whose page carries a
    /// comment by `author` (no `/Type`, listed in `/Annots`), its pop-up
    /// and a form field.
    fn pdf_commented_by(author: &str) -> Vec<u8> {
        use lopdf::{Document, Object, Stream, dictionary};
        let mut document = Document::with_version("1.5");
        let pages = document.new_object_id();
        let contents = document.add_object(Stream::new(
            dictionary! {},
            b"BT (Piano verde) Tj ET".to_vec(),
        ));
        let page = document.new_object_id();
        let popup = document.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Popup", "Parent" => page,
            "T" => Object::string_literal(author),
            "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
        });
        let comment = document.add_object(dictionary! {
            "Subtype" => "Text",
            "T" => Object::string_literal(author),
            "Contents" => Object::string_literal("Rivedere i costi"),
            "M" => Object::string_literal("D:20261201093000+01'00'"),
            "CreationDate" => Object::string_literal("D:20261201093000+01'00'"),
            "Popup" => popup,
            "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
        });
        let field = document.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx",
            "T" => Object::string_literal("risparmio"),
            "Rect" => vec![0.into(), 20.into(), 10.into(), 30.into()],
        });
        document.objects.insert(
            page,
            Object::Dictionary(dictionary! {
                "Type" => "Page",
                "Parent" => pages,
                "Contents" => contents,
                "MediaBox" => vec![0.into(), 0.into(), 200.into(), 200.into()],
                "Annots" => vec![comment.into(), popup.into(), field.into()],
            }),
        );
        document.objects.insert(
            pages,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
            }),
        );
        let catalog = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        document.trailer.set("Root", catalog);
        let mut out = Vec::new();
        document.save_modern(&mut out).expect("saved");
        out
    }

    #[test]
    fn pdf_annotation_authors_and_dates_are_removed() {
        let original = pdf_commented_by("Giulia Rossi");
        assert!(pdf_text(&original).contains("Giulia Rossi"));
        assert!(pdf_text(&original).contains("D:2026120109"));
        let (_, cleaned) = clean(&original).expect("a PDF");
        let text = pdf_text(&cleaned);
        assert!(!text.contains("Giulia"), "{text}");
        assert!(!text.contains("D:2026120109"), "{text}");
        assert!(
            text.contains("Rivedere i costi"),
            "the comment itself is kept"
        );
        assert!(text.contains("risparmio"), "a form field keeps its name");
        let document = lopdf::Document::load_mem(&cleaned).expect("still a PDF");
        let page = *document.get_pages().get(&1).expect("the page");
        let annotations = document
            .get_dictionary(page)
            .and_then(|p| p.get(b"Annots"))
            .and_then(lopdf::Object::as_array)
            .expect("the annotations are kept");
        assert_eq!(annotations.len(), 3);
    }

    /// Whether `xml` reads to its end without an error.
    fn well_formed(xml: &str) -> bool {
        let mut reader = quick_xml::Reader::from_str(xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => return true,
                Ok(_) => {}
                Err(_) => return false,
            }
        }
    }

    /// Every part of a cleaned office document: none names the author or
    /// dates an edit, and every XML part is still well-formed.
    fn assert_no_trace(cleaned: &[u8], traces: &[&str]) -> String {
        let mut archive = zip::ZipArchive::new(Cursor::new(cleaned)).expect("still a zip");
        let mut all = String::new();
        for index in 0..archive.len() {
            let mut part = archive.by_index(index).expect("a part");
            let mut text = String::new();
            part.read_to_string(&mut text).expect("text");
            if part.name().expect("a name").ends_with(".xml") {
                assert!(well_formed(&text), "{text}");
            }
            for trace in traces {
                assert!(!text.contains(trace), "{trace} in {text}");
            }
            all.push_str(&text);
        }
        all
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn word_comment_and_tracked_change_authors_are_removed() {
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body><w:p><w:ins w:id="1" w:author="Giulia Rossi" w:date="2026-12-01T09:30:00Z"><w:r><w:t>Piano &amp; verde</w:t></w:r></w:ins><w:del w:id='2' w:author='Giulia Rossi' w:date='2026-12-01T09:31:00Z'><w:r><w:delText xml:space="preserve">vecchio "testo"</w:delText></w:r></w:del><w:commentRangeStart w:id="3"/></w:p></w:body></w:document>"#
        );
        let comments = format!(
            r#"<w:comments {W}><w:comment w:id="3" w:author="Giulia Rossi" w:date="2026-12-01T09:32:00Z" w:initials="GRx"><w:p><w:r><w:t>Da verificare</w:t></w:r></w:p></w:comment></w:comments>"#
        );
        let styles = format!(
            r#"<w:styles {W}><w:style w:styleId="T"><w:rPr><w:b/><w:rPrChange w:id="4" w:author="Giulia Rossi"><w:rPr/></w:rPrChange></w:rPr></w:style></w:styles>"#
        );
        let image = "\u{89}PNG not to be inflated nor touched";
        let docx = zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", &document),
            ("word/comments.xml", &comments),
            ("word/styles.xml", &styles),
            (
                "word/footnotes.xml",
                &format!(r#"<w:footnotes {W}><w:ins w:author="Giulia Rossi"/></w:footnotes>"#),
            ),
            (
                "word/people.xml",
                r#"<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="Giulia Rossi"><w15:presenceInfo w15:providerId="AD" w15:userId="giulia.rossi@torino.example"/></w15:person></w15:people>"#,
            ),
            (
                "word/commentsExtensible.xml",
                r#"<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"><w16cex:commentExtensible w16cex:durableId="1" w16cex:dateUtc="2026-12-01T08:32:00Z"/></w16cex:commentsExtensible>"#,
            ),
            ("word/media/image1.png", image),
        ]);
        let (kind, cleaned) = clean(&docx).expect("a DOCX");
        assert_eq!(kind, Kind::Docx);
        assert_no_trace(&cleaned, &["Giulia", "GRx", "giulia.rossi", "2026-12-01"]);
        let document = part(&cleaned, "word/document.xml").expect("the body");
        assert!(
            document.contains(r#"<w:ins w:id="1" w:author=""><w:r><w:t>Piano &amp; verde</w:t>"#),
            "{document}"
        );
        assert!(
            document.contains(r#"<w:del w:id="2" w:author="">"#),
            "{document}"
        );
        assert!(document.contains(r#"vecchio "testo""#), "{document}");
        let comments = part(&cleaned, "word/comments.xml").expect("the comments");
        assert!(
            comments.contains(r#"w:author="" w:initials="""#) && comments.contains("Da verificare")
        );
        assert_eq!(
            part(&cleaned, "word/media/image1.png").as_deref(),
            Some(image)
        );
    }

    #[test]
    fn excel_powerpoint_and_opendocument_comment_authors_are_removed() {
        let xlsx = zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", "<workbook/>"),
            (
                "xl/comments1.xml",
                r#"<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Giulia Rossi</author><author>tc={0A1B}</author></authors><commentList><comment ref="B2" authorId="0"><text><r><rPr><b/></rPr><t>Giulia Rossi:</t></r><r><t xml:space="preserve">
Costo stimato</t></r></text></comment></commentList></comments>"#,
            ),
            (
                "xl/persons/person.xml",
                r#"<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Giulia Rossi" id="{0A1B}" userId="giulia.rossi@torino.example" providerId="AD"/></personList>"#,
            ),
        ]);
        let (kind, cleaned) = clean(&xlsx).expect("an XLSX");
        assert_eq!(kind, Kind::Xlsx);
        let all = assert_no_trace(&cleaned, &["Giulia", "giulia.rossi"]);
        assert!(all.contains("<author></author>") && all.contains("Costo stimato"));
        assert!(
            all.contains(r#"id="{0A1B}""#),
            "the links between parts are kept"
        );

        let pptx = zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            ("ppt/presentation.xml", "<p:presentation/>"),
            (
                "ppt/commentAuthors.xml",
                r#"<p:cmAuthorLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cmAuthor id="1" name="Giulia Rossi" initials="GRx" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>"#,
            ),
            (
                "ppt/authors.xml",
                r#"<p188:authorLst xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main"><p188:author id="{1}" name="Giulia Rossi" initials="GRx" userId="giulia.rossi@torino.example" providerId="AD"/></p188:authorLst>"#,
            ),
        ]);
        let (kind, cleaned) = clean(&pptx).expect("a PPTX");
        assert_eq!(kind, Kind::Pptx);
        let all = assert_no_trace(&cleaned, &["Giulia", "GRx", "giulia.rossi"]);
        assert!(
            all.contains(r#"<p:cmAuthor id="1" name="" initials="" lastIdx="1" clrIdx="0"/>"#),
            "{all}"
        );

        let odt = zip_of(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            (
                "content.xml",
                r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:body><office:text><text:tracked-changes><text:changed-region text:id="c1"><text:insertion><office:change-info><dc:creator>Giulia Rossi</dc:creator><dc:date>2026-12-01T09:30:00</dc:date></office:change-info></text:insertion></text:changed-region></text:tracked-changes><text:p>Piano<office:annotation><dc:creator>Giulia <text:span>Rossi</text:span></dc:creator><meta:creator-initials>GRx</meta:creator-initials><text:p>Da verificare</text:p></office:annotation></text:p></office:text></office:body></office:document-content>"#,
            ),
        ]);
        let (kind, cleaned) = clean(&odt).expect("an ODT");
        assert_eq!(kind, Kind::Odt);
        let all = assert_no_trace(&cleaned, &["Giulia", "Rossi", "GRx"]);
        assert!(all.contains("<dc:creator></dc:creator>") && all.contains("Da verificare"));
    }

    #[test]
    fn histories_that_cannot_be_cleaned_and_bombs_are_refused() {
        let shared = zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", "<workbook/>"),
            (
                "xl/revisions/revisionHeaders.xml",
                r#"<headers><header userName="Giulia Rossi"/></headers>"#,
            ),
        ]);
        assert_eq!(clean(&shared), Err(Refusal::History));
        // Text that inflates beyond the bound is refused, not rewritten.
        let body = format!(
            "<w:document>{}</w:document>",
            " ".repeat(REWRITE_BUDGET as usize)
        );
        let bomb = zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", &body),
        ]);
        assert!(bomb.len() < 1024 * 1024);
        assert_eq!(clean(&bomb), Err(Refusal::Expands));
        let broken = zip_of(&[
            ("[Content_Types].xml", "<Types/>"),
            (
                "word/document.xml",
                "<w:document><w:ins w:author=\"G\"></w:document>",
            ),
        ]);
        assert_eq!(clean(&broken), Err(Refusal::Malformed));
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
