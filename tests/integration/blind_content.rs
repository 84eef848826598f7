//! What jurors receive stays blind: attachments are handed on without the
//! metadata that names their author (read with real parsers, object
//! streams and XMP included), the team is told while it writes that its
//! text names one of them, and the admin can redact a passage from what
//! the jury reads while the team keeps its text.

use std::io::{Cursor, Read, Write};

use chrono::Utc;
use innovato::ids::{PersonId, ProposalId};
use innovato::{audit, calls, clock::Clock, proposals};
use lopdf::{Document, Object, Stream, dictionary};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter};

use crate::{
    calls::turin,
    proposals::{employee, open_call, start_proposal},
    review::{Setup, reviews, setup},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

/// A one-page PDF saved with object streams and a cross-reference stream
/// (as `qpdf --object-streams=generate` writes), whose information
/// dictionary and XMP metadata, both compressed, name `author`.
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

/// Everything a PDF reader could show of `bytes`: the file as written and
/// every stream decompressed.
fn pdf_text(bytes: &[u8]) -> String {
    let document = Document::load_mem(bytes).expect("a readable PDF");
    let mut text = String::from_utf8_lossy(bytes).into_owned();
    for object in document.objects.values() {
        if let Object::Stream(stream) = object {
            let content = stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone());
            text.push_str(&String::from_utf8_lossy(&content));
        }
    }
    text
}

fn docx_by(author: &str) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    for (name, content) in [
        ("[Content_Types].xml", "<Types/>".to_owned()),
        (
            "word/document.xml",
            "<w:document>Piano verde</w:document>".to_owned(),
        ),
        (
            "docProps/core.xml",
            format!("<cp:coreProperties><dc:creator>{author}</dc:creator></cp:coreProperties>"),
        ),
        (
            "docProps/app.xml",
            format!("<Properties><Manager>{author}</Manager></Properties>"),
        ),
    ] {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("part");
        zip.write_all(content.as_bytes()).expect("written");
    }
    zip.finish().expect("zip");
    out.into_inner()
}

/// The link to the newest file on a proposal's page.
fn last_file_url(page: &Page, url: &str) -> String {
    let marker = "/attachments/";
    let at = page.body.rfind(marker).expect("a file link") + marker.len();
    let id: String = page.body[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    format!("{url}/attachments/{id}")
}

async fn attach(browser: &Browser, url: &str, name: &str, bytes: Vec<u8>) -> Page {
    let csrf = browser.get(url).await.csrf();
    browser
        .upload(&format!("{url}/attachments"), &csrf, name, bytes)
        .await
}

async fn files_are_handed_on_without_their_authors_metadata(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Giorgia Foto", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;

    // The name hides in compressed streams: not in the bytes as text.
    let original = pdf_naming("Giorgia Foto");
    assert!(!String::from_utf8_lossy(&original).contains("Giorgia"));
    assert!(pdf_text(&original).contains("Giorgia Foto"));
    let stored = attach(&browser, &url, "piano.pdf", original).await;
    assert_eq!(stored.status, 303, "{}", stored.body);
    let page = browser.get(&url).await;
    let (headers, fetched) = browser.get_raw(&last_file_url(&page, &url), &[]).await;
    assert_eq!(
        headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("application/pdf")
    );
    let fetched = pdf_text(&fetched);
    assert!(
        !fetched.contains("Giorgia"),
        "the author is gone: {fetched}"
    );
    assert!(fetched.contains("Piano verde"), "the page is kept");

    // An encrypted PDF cannot be rewritten: refused, saying why.
    let mut locked = Document::load_mem(&pdf_naming("Giorgia Foto")).expect("a PDF");
    let lock = locked.add_object(dictionary! { "Filter" => "Standard", "V" => 1, "R" => 2 });
    locked.trailer.set("Encrypt", lock);
    let mut locked_bytes = Vec::new();
    locked.save_to(&mut locked_bytes).expect("saved");
    let refused = attach(&browser, &url, "protetto.pdf", locked_bytes).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("Il file è protetto da password o cifrato"),
        "{}",
        refused.body
    );

    // An office document naming its author in its properties: cleaned too.
    let stored = attach(&browser, &url, "piano.docx", docx_by("Giorgia Foto")).await;
    assert_eq!(stored.status, 303, "{}", stored.body);
    let page = browser.get(&url).await;
    let (_, fetched) = browser.get_raw(&last_file_url(&page, &url), &[]).await;
    let mut archive = zip::ZipArchive::new(Cursor::new(fetched)).expect("a DOCX");
    let mut everything = String::new();
    for i in 0..archive.len() {
        archive
            .by_index(i)
            .expect("part")
            .read_to_string(&mut everything)
            .expect("text");
    }
    assert!(!everything.contains("Giorgia"), "{everything}");
    assert!(everything.contains("<w:document>Piano verde</w:document>"));
}

on_both_backends!(files_are_handed_on_without_their_authors_metadata);

async fn the_team_is_warned_while_it_writes_that_its_text_names_it(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, email) = employee(&server, scope, "Giorgia Foto", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let warning = "queste parti della proposta nominano una persona del vostro gruppo";

    let blank = browser.get(&url).await;
    assert!(!blank.body.contains(warning));

    // Saved all the same; the page names the fields, linked to them.
    let csrf = blank.csrf();
    let problem = format!("Scrivete a {email} per dettagli.");
    let saved = browser
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("title", "Sensori di luce"),
                ("summary", "Un'idea di GIORGIA FOTÓ e colleghi."),
                ("problem", &problem),
                ("solution", "Luci accese solo quando serve."),
            ],
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert!(saved.body.contains(warning), "{}", saved.body);
    assert!(
        saved.body.contains("<a href=\"#summary\">Sintesi</a>"),
        "{}",
        saved.body
    );
    assert!(saved.body.contains("<a href=\"#problem\">"));
    assert!(!saved.body.contains("<a href=\"#solution\">"));
    assert!(!saved.body.contains("<a href=\"#title\">"));
    let stored = scope
        .find_by_id::<proposals::Entity>(ProposalId(crate::proposals::id_of(&url)))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("proposal");
    assert_eq!(stored.problem, problem, "the warning does not block saving");

    // On every render, and in what autosave answers.
    assert!(browser.get(&url).await.body.contains(warning));
    let autosaved = browser
        .client_post_json(
            &url,
            &[
                ("csrf", &csrf),
                ("title", "Sensori di luce"),
                ("solution", "Chiedere a Giorgia Foto."),
            ],
        )
        .await;
    assert_eq!(autosaved.status, 200);
    let answer: serde_json::Value = serde_json::from_str(&autosaved.body).expect("json");
    assert_eq!(answer["saved"], true);
    let said = answer["warning"].as_str().expect("a warning");
    assert!(said.contains("La soluzione proposta"), "{said}");
    assert!(!said.contains("Sintesi"), "{said}");

    // A text without names: no warning.
    let clean = browser
        .client_post_json(&url, &[("csrf", &csrf), ("title", "Sensori di luce")])
        .await;
    let answer: serde_json::Value = serde_json::from_str(&clean.body).expect("json");
    assert!(answer["warning"].is_null(), "{answer}");
    assert!(!browser.get(&url).await.body.contains(warning));
}

on_both_backends!(the_team_is_warned_while_it_writes_that_its_text_names_it);

async fn redact_form(s: &Setup, passage: &str, proposal: i32, field: &str) -> Page {
    let page_url = s.url(&format!("/admin/calls/{}/review", s.call.id));
    let csrf = s.admin.get(&page_url).await.csrf();
    s.admin
        .post(
            &s.url(&format!("/admin/calls/{}/redactions", s.call.id)),
            &[
                ("csrf", &csrf),
                ("proposal", &proposal.to_string()),
                ("field", field),
                ("passage", passage),
            ],
        )
        .await
}

async fn the_admin_redacts_a_name_the_jury_would_read(backend: Backend) {
    let s = setup(backend).await;
    let ours = s.ours[0];
    let (author, name, _) = s.authors[0].clone();
    let mut row = s
        .scope
        .find_by_id::<proposals::Entity>(ProposalId(ours))
        .one(&s.server.store.db)
        .await
        .expect("query")
        .expect("proposal")
        .into_active_model();
    let solution = format!("Hortas cuidadas pela equipa de {name}.");
    row.solution = Set(solution.clone());
    s.scope
        .update(row, &s.server.store.db)
        .await
        .expect("updated");

    // The warning offers to redact the field.
    let page_url = s.url(&format!("/admin/calls/{}/review", s.call.id));
    let page = s.admin.get(&page_url).await;
    assert!(
        page.body
            .contains("<input type=\"hidden\" name=\"field\" value=\"solution\">"),
        "{}",
        page.body
    );

    let missing = redact_form(&s, "Ninguém Aqui", ours, "solution").await;
    assert_eq!(missing.status, 422);
    assert!(
        missing.body.contains("não contém essa passagem"),
        "{}",
        missing.body
    );
    let empty = redact_form(&s, "  ", ours, "solution").await;
    assert_eq!(empty.status, 422);

    let done = redact_form(&s, &name, ours, "solution").await;
    assert_eq!(done.status, 303, "{}", done.body);
    let page = s.admin.get(&page_url).await;
    assert!(
        !page.body.contains("name=\"field\" value=\"solution\""),
        "the warning is answered: {}",
        page.body
    );
    assert!(page.body.contains(&format!("«{name}»")), "listed");
    let entries = s
        .scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("proposal.redact"))
        .all(&s.server.store.db)
        .await
        .expect("audit");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].subject_id, ours);
    assert!(entries[0].after.contains("solution"));

    // The team keeps its text.
    let stored = s
        .scope
        .find_by_id::<proposals::Entity>(ProposalId(ours))
        .one(&s.server.store.db)
        .await
        .expect("query")
        .expect("proposal");
    assert_eq!(stored.solution, solution);
    let team = Browser::signed_in(&s.server, "porto", s.scope.get(), author).await;
    let own = team.get(&s.url(&format!("/proposals/{ours}"))).await;
    assert!(own.body.contains(&solution), "{}", own.body);

    // The jury reads the mark in its language, never the name.
    s.start().await;
    let mut seen = 0;
    for (n, (juror, _)) in s.jurors.iter().enumerate() {
        for r in reviews(&s.server, s.scope, s.call.id.get())
            .await
            .into_iter()
            .filter(|r| r.juror_id == PersonId(*juror) && r.proposal_id == ProposalId(ours))
        {
            let browser = s.juror(n).await;
            let shown = browser
                .get(&s.url(&format!("/review/{}?lang=en", r.id)))
                .await;
            assert_eq!(shown.status, 200);
            assert!(!shown.body.contains("Quintavalle"), "{}", shown.body);
            assert!(
                shown
                    .body
                    .contains("Hortas cuidadas pela equipa de [redacted].")
            );
            seen += 1;
        }
    }
    assert!(seen > 0, "a juror read the proposal");
}

on_both_backends!(the_admin_redacts_a_name_the_jury_would_read);

/// A Word document whose comment and tracked change were made by `author`,
/// as Word saves them: the name in `w:author` of the body and of the
/// comments, and in the list of people who took part.
fn docx_commented_by(author: &str) -> Vec<u8> {
    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let mut out = Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    for (name, content) in [
        ("[Content_Types].xml", "<Types/>".to_owned()),
        (
            "word/document.xml",
            format!(
                r#"<w:document {W}><w:body><w:p><w:commentRangeStart w:id="0"/><w:ins w:id="1" w:author="{author}" w:date="2026-12-01T09:30:00Z"><w:r><w:t>Hortas nos telhados</w:t></w:r></w:ins><w:commentRangeEnd w:id="0"/></w:p></w:body></w:document>"#
            ),
        ),
        (
            "word/comments.xml",
            format!(
                r#"<w:comments {W}><w:comment w:id="0" w:author="{author}" w:initials="AQ" w:date="2026-12-01T09:31:00Z"><w:p><w:r><w:t>Rever os custos</w:t></w:r></w:p></w:comment></w:comments>"#
            ),
        ),
        (
            "word/people.xml",
            format!(
                r#"<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="{author}"/></w15:people>"#
            ),
        ),
    ] {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("part");
        zip.write_all(content.as_bytes()).expect("written");
    }
    zip.finish().expect("zip");
    out.into_inner()
}

async fn a_juror_downloads_a_commented_document_without_its_authors(backend: Backend) {
    let s = setup(backend).await;
    let ours = s.ours[0];
    let (author, name, _) = s.authors[0].clone();
    let db = &s.server.store.db;

    // The team attaches the document while submissions are open: the call
    // is opened again for a day, then put back in review as it was.
    let call = s
        .scope
        .find_by_id::<calls::Entity>(s.call.id)
        .one(db)
        .await
        .expect("query")
        .expect("call");
    let mut reopened = call.clone().into_active_model();
    reopened.phase = Set(calls::Phase::Open);
    reopened.submissions_close_at = Set(Utc::now() + chrono::Duration::days(1));
    s.scope.update(reopened, db).await.expect("reopened");
    let set_status = |status| async move {
        let mut row = s
            .scope
            .find_by_id::<proposals::Entity>(ProposalId(ours))
            .one(db)
            .await
            .expect("query")
            .expect("proposal")
            .into_active_model();
        row.status = Set(status);
        s.scope.update(row, db).await.expect("status");
    };
    set_status(proposals::Status::Submitted).await;
    let team = Browser::signed_in(&s.server, "porto", s.scope.get(), author).await;
    let url = s.url(&format!("/proposals/{ours}"));
    let stored = attach(&team, &url, "parecer.docx", docx_commented_by(&name)).await;
    assert_eq!(stored.status, 303, "{}", stored.body);
    let mut restored = call.clone().into_active_model();
    restored.phase = Set(call.phase);
    restored.submissions_close_at = Set(call.submissions_close_at);
    s.scope.update(restored, db).await.expect("back in review");
    set_status(proposals::Status::InReview).await;

    // Every juror who reads the proposal gets the document (its second
    // file) without the author's name or initials, its text and comment kept.
    s.start().await;
    let mut seen = 0;
    for (n, (juror, _)) in s.jurors.iter().enumerate() {
        for r in reviews(&s.server, s.scope, s.call.id.get())
            .await
            .into_iter()
            .filter(|r| r.juror_id == PersonId(*juror) && r.proposal_id == ProposalId(ours))
        {
            let browser = s.juror(n).await;
            let (headers, fetched) = browser
                .get_raw(&s.url(&format!("/review/{}/files/2", r.id)), &[])
                .await;
            assert_eq!(
                headers
                    .get("content-disposition")
                    .and_then(|v| v.to_str().ok()),
                Some("attachment; filename=\"file\"; filename*=UTF-8''attachment-2.docx")
            );
            let mut archive = zip::ZipArchive::new(Cursor::new(fetched)).expect("a DOCX");
            let mut everything = String::new();
            for i in 0..archive.len() {
                archive
                    .by_index(i)
                    .expect("part")
                    .read_to_string(&mut everything)
                    .expect("text");
            }
            assert!(!everything.contains("Quintavalle"), "{everything}");
            assert!(!everything.contains("\"AQ\""), "{everything}");
            assert!(everything.contains("Hortas nos telhados"), "{everything}");
            assert!(everything.contains("Rever os custos"), "{everything}");
            seen += 1;
        }
    }
    assert!(seen > 0, "a juror downloaded the document");
}

on_both_backends!(a_juror_downloads_a_commented_document_without_its_authors);
