//! Gzip for a page whose large middle is shared by many readers (the
//! network dashboard, some hundred kilobytes): the middle is compressed
//! once, when it is rendered, and each answer puts its own small head and
//! tail (the reader's menu, their form keys) around it as stored deflate
//! blocks. A reader then costs a checksum of the head and tail, not a
//! compression of the page, and receives a tenth of its bytes.
//!
//! This works because a deflate stream is a series of blocks: the middle is
//! compressed on its own (so it refers to nothing before it) and ends with a
//! sync flush (so it ends on a byte, in no final block), and the gzip
//! checksum of the whole is combined from the parts' checksums (RFC 1951
//! and 1952).

use flate2::{Compress, Compression, FlushCompress};

/// The shared middle of a page, compressed.
pub struct Compressed {
    /// Deflate blocks, the last of them a sync flush; none is final.
    deflate: Vec<u8>,
    checksum: crc32fast::Hasher,
    len: usize,
}

impl Compressed {
    pub fn of(text: &str) -> Self {
        let input = text.as_bytes();
        let mut compress = Compress::new(Compression::default(), false);
        let mut deflate = Vec::with_capacity(input.len() / 4 + 64);
        loop {
            deflate.reserve(4096);
            let read = usize::try_from(compress.total_in()).unwrap_or(usize::MAX);
            let rest = input.get(read..).unwrap_or_default();
            // Compressing from memory into a growing buffer cannot fail.
            let _ = compress.compress_vec(rest, &mut deflate, FlushCompress::Sync);
            let done = usize::try_from(compress.total_in()).is_ok_and(|n| n == input.len());
            // The flush is complete when it left room in the buffer.
            if done && deflate.len() < deflate.capacity() {
                break;
            }
        }
        let mut checksum = crc32fast::Hasher::new();
        checksum.update(input);
        Self {
            deflate,
            checksum,
            len: input.len(),
        }
    }
}

/// A page's shared middle, as text and compressed.
pub struct Shared {
    pub text: String,
    pub compressed: Compressed,
}

impl Shared {
    pub fn new(text: String) -> Self {
        Self {
            compressed: Compressed::of(&text),
            text,
        }
    }
}

/// Deflate stored blocks of `bytes`, the last one final if `last`.
fn stored(out: &mut Vec<u8>, bytes: &[u8], last: bool) {
    let mut chunks = bytes.chunks(usize::from(u16::MAX)).peekable();
    if chunks.peek().is_none() && last {
        out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    while let Some(chunk) = chunks.next() {
        let final_block = last && chunks.peek().is_none();
        let len = u16::try_from(chunk.len()).unwrap_or(u16::MAX);
        out.push(u8::from(final_block));
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
}

/// The gzip stream of `head`, then the compressed `middle`, then `tail`.
pub fn wrap(head: &str, middle: &Compressed, tail: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(head.len() + middle.deflate.len() + tail.len() + 64);
    // Magic, deflate, no flags, no time, no extra flags, unknown system.
    out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    stored(&mut out, head.as_bytes(), false);
    out.extend_from_slice(&middle.deflate);
    stored(&mut out, tail.as_bytes(), true);
    let mut checksum = crc32fast::Hasher::new();
    checksum.update(head.as_bytes());
    checksum.combine(&middle.checksum);
    checksum.update(tail.as_bytes());
    out.extend_from_slice(&checksum.finalize().to_le_bytes());
    // The length modulo 2^32, as gzip has it.
    let len = (head.len() + middle.len + tail.len()) as u64 as u32;
    out.extend_from_slice(&len.to_le_bytes());
    out
}

/// Whether an `Accept-Encoding` header takes gzip (not refused with
/// `q=0`, by name or by `*`).
pub fn accepted(header: &str) -> bool {
    header.split(',').any(|entry| {
        let mut parts = entry.split(';').map(str::trim);
        let coding = parts.next().unwrap_or_default();
        let refused = parts.any(|p| {
            p.strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
    })
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn gunzip(bytes: &[u8]) -> String {
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .expect("a valid gzip stream");
        text
    }

    #[test]
    fn head_middle_and_tail_read_back_as_one_page() {
        let middle: String = (0..20_000)
            .map(|n| format!("<tr><td>city {n}</td><td>{}</td></tr>", n * 7))
            .collect();
        let compressed = Compressed::of(&middle);
        assert!(compressed.deflate.len() * 5 < middle.len(), "it compresses");
        // A head longer than one stored block, and an empty one.
        let long_head = "h".repeat(70_000);
        for (head, tail) in [
            ("<html><body>", "</body></html>"),
            ("", ""),
            (long_head.as_str(), "é</html>"),
        ] {
            let page = wrap(head, &compressed, tail);
            assert_eq!(gunzip(&page), format!("{head}{middle}{tail}"));
        }
    }

    #[test]
    fn an_empty_middle_is_still_a_page() {
        let page = wrap("<p>", &Compressed::of(""), "</p>");
        assert_eq!(gunzip(&page), "<p></p>");
    }

    #[test]
    fn gzip_is_taken_unless_refused() {
        assert!(accepted("gzip, deflate, br"));
        assert!(accepted("br;q=1.0, GZIP;q=0.5"));
        assert!(accepted("*"));
        assert!(!accepted("gzip;q=0"));
        assert!(!accepted("br, deflate"));
        assert!(!accepted(""));
    }
}
