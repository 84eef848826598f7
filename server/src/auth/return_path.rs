//! Where to send someone after they sign in: only somewhere on the same
//! site, however a hostile link spells another place.

/// `raw` if it is a path inside the site whose links start with `base`
/// (empty for a city on its own host), else the site's home.
pub fn safe_return(base: &str, raw: Option<&str>) -> String {
    let home = format!("{base}/");
    let Some(raw) = raw else {
        return home;
    };
    let decoded = percent_decode(raw);
    let acceptable = |path: &str| {
        path.starts_with('/')
            && !path.starts_with("//")
            && path.starts_with(&home)
            && !path.contains('\\')
            && !path.contains("/../")
            && !path.ends_with("/..")
            && path.chars().all(|c| !c.is_control() && !c.is_whitespace())
    };
    if acceptable(raw) && decoded.as_deref().is_some_and(acceptable) {
        raw.to_owned()
    } else {
        home
    }
}

/// Decodes `%XX` escapes, twice over so that double-encoding is seen too;
/// `None` when the result is not text.
fn percent_decode(raw: &str) -> Option<String> {
    fn once(s: &str) -> Option<String> {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' && i + 2 < bytes.len() {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).ok()
    }
    once(&once(raw)?)
}

#[cfg(test)]
mod tests {
    use super::safe_return;

    #[test]
    fn keeps_paths_inside_the_site() {
        assert_eq!(
            safe_return("/t/turin", Some("/t/turin/calls/3")),
            "/t/turin/calls/3"
        );
        assert_eq!(
            safe_return("", Some("/calls/3?lang=en")),
            "/calls/3?lang=en"
        );
        assert_eq!(safe_return("/t/turin", None), "/t/turin/");
    }

    #[test]
    fn refuses_every_way_of_leaving() {
        for hostile in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "\\\\evil.example",
            "/%2Fevil.example",
            "/%2F%2Fevil.example",
            "%2F%2Fevil.example",
            "/%252F%252Fevil.example",
            "/%09/evil.example",
            "/ /evil.example",
            "/%5Cevil.example",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "/t/porto/",
            "/t/turin/../porto/",
            "/t/turin/%2e%2e/porto/",
            "/t/turin/\u{0}",
            "",
        ] {
            let got = safe_return("/t/turin", Some(hostile));
            assert_eq!(got, "/t/turin/", "{hostile:?} must not be followed");
        }
        assert_eq!(safe_return("", Some("//evil.example")), "/");
        assert_eq!(safe_return("", Some("/\\evil.example")), "/");
    }
}
