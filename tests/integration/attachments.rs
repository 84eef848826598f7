//! Files on a proposal: their type read from their content, their author's
//! name stripped (`blind_content` has the PDF and office cases), their size
//! and number bounded, and only the team and the admin able to fetch them.

use chrono::Utc;
use innovato::clock::Clock;
use innovato::ids::ProposalId;

use crate::{
    blind_content::pdf_naming,
    calls::{admin, turin},
    proposals::{employee, open_call, start_proposal},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

fn jpeg_with_exif(author: &str) -> Vec<u8> {
    let mut exif = b"Exif\0\0Artist=".to_vec();
    exif.extend_from_slice(author.as_bytes());
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&exif);
    out.extend_from_slice(&[0xFF, 0xDB, 0x00, 0x04, 0x01, 0x02]);
    out.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x02, 0x11, 0x22, 0xFF, 0xD9]);
    out
}

async fn attach(browser: &Browser, url: &str, name: &str, bytes: Vec<u8>) -> Page {
    let csrf = browser.get(url).await.csrf();
    browser
        .upload(&format!("{url}/attachments"), &csrf, name, bytes)
        .await
}

async fn files_are_checked_cleaned_and_kept_to_the_team(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Giorgia Foto", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;

    let photo = attach(
        &browser,
        &url,
        "sala <script>.jpg",
        jpeg_with_exif("Giorgia Foto"),
    )
    .await;
    assert_eq!(photo.status, 303, "{}", photo.body);
    let page = browser.get(&url).await;
    assert!(page.body.contains("sala script.jpg"), "the name is cleaned");
    assert!(!page.body.contains("<script>"));
    let marker = "/attachments/";
    let at = page.body.find(marker).expect("a link") + marker.len();
    let file_id: String = page.body[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let file_url = format!("{url}/attachments/{file_id}");
    let fetched = browser.get(&file_url).await;
    assert_eq!(fetched.status, 200);
    assert_eq!(fetched.header("content-type"), Some("image/jpeg"));
    assert_eq!(fetched.header("x-content-type-options"), Some("nosniff"));
    assert!(!fetched.body.contains("Giorgia"), "the EXIF author is gone");

    let disguised = attach(
        &browser,
        &url,
        "relazione.pdf",
        b"MZ\x90\x00 this is a program".to_vec(),
    )
    .await;
    assert_eq!(disguised.status, 422);
    assert!(
        disguised
            .body
            .contains("Questo tipo di file non è accettato")
    );
    // A PDF no parser can read cannot be cleaned of its metadata.
    let broken = attach(
        &browser,
        &url,
        "piano.pdf",
        b"%PDF-1.7\n1 0 obj << /Author (Giorgia Foto) >>".to_vec(),
    )
    .await;
    assert_eq!(broken.status, 422);
    assert!(
        broken.body.contains("Il file è danneggiato"),
        "{}",
        broken.body
    );
    let huge = attach(
        &browser,
        &url,
        "grande.pdf",
        [b"%PDF-1.7\n".as_slice(), &vec![b'x'; 70 * 1024]].concat(),
    )
    .await;
    assert_eq!(huge.status, 413);
    assert_eq!(
        attach(&browser, &url, "secondo.pdf", pdf_naming("Nessuno"))
            .await
            .status,
        303
    );
    let third = attach(&browser, &url, "terzo.pdf", pdf_naming("Nessuno")).await;
    assert_eq!(
        third.status, 422,
        "two files at most in the tests' configuration"
    );

    // Someone else of the city gets nothing; the admin may read.
    let (other, _) = employee(&server, scope, "Ugo Curioso", "employee").await;
    let stranger = Browser::signed_in(&server, "turin", scope.get(), other).await;
    assert_eq!(stranger.get(&file_url).await.status, 404);
    let admin = admin(&server, scope).await;
    assert_eq!(admin.get(&file_url).await.status, 200);
}

on_both_backends!(files_are_checked_cleaned_and_kept_to_the_team);

/// Thirty uploads at once to a proposal allowed two files (the tests'
/// configuration) leave exactly two: the count and the insert are one.
async fn uploads_at_once_keep_to_the_limit(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Giorgia Fretta", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let csrf = browser.get(&url).await.csrf();
    let uploads = (0..30).map(|n| {
        let browser = browser.clone();
        let target = format!("{url}/attachments");
        let csrf = csrf.clone();
        tokio::spawn(async move {
            browser
                .upload(
                    &target,
                    &csrf,
                    &format!("piano-{n}.pdf"),
                    pdf_naming(&format!("Piano {n}")),
                )
                .await
                .status
        })
    });
    let mut statuses = Vec::new();
    for upload in uploads.collect::<Vec<_>>() {
        statuses.push(upload.await.expect("upload task"));
    }
    let stored = statuses.iter().filter(|s| **s == 303).count();
    let refused = statuses.iter().filter(|s| **s == 422).count();
    assert_eq!((stored, refused), (2, 28), "{statuses:?}");
    let id: i32 = url.rsplit('/').next().expect("id").parse().expect("an id");
    let files = innovato::attachments::of_proposal(&server.state.db, scope, ProposalId(id))
        .await
        .expect("files");
    assert_eq!(files.len(), 2);
}

on_both_backends!(uploads_at_once_keep_to_the_limit);
