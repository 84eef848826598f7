//! A form's error summary names each field in error by its label: the
//! summary (`templates/fields.html`) leaves a mark for each field, and the
//! rendered page fills it with the text of the field's `<label for>`, the
//! `<legend>` of its `<fieldset>`, or the heading that names its group.
//! Done once here, so every form's summary gets it without listing labels.

/// What the summary leaves before each message: `{MARK}{field id}"></span>`.
const MARK: &str = "<span class=\"error-field\" data-for=\"";
const MARK_END: &str = "\"></span>";

/// The page with each summary mark filled with its field's label, or
/// taken out when the page has no label for it.
pub fn name_fields(html: String) -> String {
    if !html.contains(MARK) {
        return html;
    }
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html.as_str();
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at]);
        let after = &rest[at + MARK.len()..];
        let Some(end) = after.find(MARK_END) else {
            out.push_str(&rest[at..]);
            rest = "";
            break;
        };
        let field = &after[..end];
        if let Some(label) = label_of(&html, field) {
            out.push_str("<span class=\"error-field\">");
            out.push_str(&label);
            out.push_str("</span> ");
        }
        rest = &after[end + MARK_END.len()..];
    }
    out.push_str(rest);
    out
}

/// The text that labels the control (or group) `field` in the page, as
/// written there (escaped already), without its inner tags.
fn label_of(html: &str, field: &str) -> Option<String> {
    if field.is_empty() {
        return None;
    }
    if let Some(label) = element_text(html, &format!("<label for=\"{field}\""), "</label>") {
        return Some(label);
    }
    // A group of controls, or a part of the page, with this id.
    let id = format!(" id=\"{field}\"");
    let at = html.find(&id)?;
    let open = html[..at].rfind('<')?;
    let tag: String = html[open + 1..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let start_tag_end = open + html[open..].find('>')?;
    let start_tag = &html[open..start_tag_end];
    match tag.as_str() {
        "h1" | "h2" | "h3" | "h4" | "legend" => {
            element_text(&html[open..], &format!("<{tag}"), &format!("</{tag}>"))
        }
        _ => {
            if let Some(by) = attribute(start_tag, "aria-labelledby") {
                let named = format!(" id=\"{by}\"");
                let at = html.find(&named)?;
                let open = html[..at].rfind('<')?;
                let tag: String = html[open + 1..]
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                return element_text(&html[open..], &format!("<{tag}"), &format!("</{tag}>"));
            }
            if let Some(label) = attribute(start_tag, "aria-label") {
                return Some(label.to_owned()).filter(|l| !l.trim().is_empty());
            }
            if tag == "fieldset" {
                return element_text(&html[start_tag_end..], "<legend", "</legend>");
            }
            None
        }
    }
}

/// The value of `name="…"` in a start tag.
fn attribute<'a>(start_tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = start_tag.find(&key)? + key.len();
    let len = start_tag[at..].find('"')?;
    Some(&start_tag[at..at + len])
}

/// The text of the first element starting with `open` and ending at
/// `close`, its inner tags taken out and its spaces folded.
fn element_text(html: &str, open: &str, close: &str) -> Option<String> {
    let at = html.find(open)?;
    let inner_start = at + html[at..].find('>')? + 1;
    let inner_len = html[inner_start..].find(close)?;
    let inner = &html[inner_start..inner_start + inner_len];
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(folded).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::name_fields;

    fn summary(fields: &[&str]) -> String {
        fields
            .iter()
            .map(|f| {
                format!("<li><a href=\"#{f}\"><span class=\"error-field\" data-for=\"{f}\"></span>Fill it in</a></li>")
            })
            .collect()
    }

    #[test]
    fn each_field_is_named_by_its_label() {
        let page = format!(
            "<ul>{}</ul>\
             <label for=\"title\">Title <span class=\"muted\">(short)</span></label><input id=\"title\">\
             <fieldset id=\"divisions\" tabindex=\"-1\"><legend>Divisions</legend></fieldset>\
             <section id=\"team\" tabindex=\"-1\" aria-labelledby=\"team-heading\"><h2 id=\"team-heading\">Team</h2></section>\
             <h2 id=\"files-heading\">Attachments</h2>",
            summary(&["title", "divisions", "team", "files-heading", "nowhere"])
        );
        let named = name_fields(page);
        for (field, label) in [
            ("title", "Title (short)"),
            ("divisions", "Divisions"),
            ("team", "Team"),
            ("files-heading", "Attachments"),
        ] {
            assert!(
                named.contains(&format!(
                    "<a href=\"#{field}\"><span class=\"error-field\">{label}</span> Fill it in</a>"
                )),
                "{field}: {named}"
            );
        }
        assert!(
            named.contains("<a href=\"#nowhere\">Fill it in</a>"),
            "{named}"
        );
        assert!(!named.contains("data-for"));
    }
}
