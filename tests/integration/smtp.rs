//! The notification emails that reach a real SMTP server (aiosmtpd, see
//! `mail_queue::Sink`): through the platform's server, or through a
//! city's own.

use chrono::Utc;
use innovato::clock::Clock;

use crate::{
    calls::turin,
    mail_queue::{Sink, deliver},
    proposals::{employee, open_call, start_proposal},
    support::{Backend, Browser, TestServer, on_both_backends},
};

async fn invitations_are_emailed_in_the_readers_language(backend: Backend) {
    let sink = Sink::start(&[]).await;
    let server =
        TestServer::demo_with(backend, Clock::fixed(Utc::now()), Some(sink.mailer())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Carla Posta", "employee").await;
    let (_, colleague_email) = employee(&server, scope, "Dario Lettere", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let csrf = browser.get(&url).await.csrf();
    let invited = browser
        .post(
            &format!("{url}/team"),
            &[("csrf", &csrf), ("colleague", &colleague_email)],
        )
        .await;
    assert_eq!(invited.status, 303);

    deliver(&server).await;
    let mails = sink.to(&colleague_email);
    assert_eq!(mails.len(), 1, "an email reached the SMTP server");
    let text = mails[0]["text"].as_str().expect("text");
    assert!(
        text.contains("ti invita nel gruppo della proposta"),
        "in Italian: {text}"
    );
    assert!(
        text.contains(&format!(
            "http://turin.localhost:{}/proposals/",
            server.addr.port()
        )),
        "with the link: {text}"
    );
}

on_both_backends!(invitations_are_emailed_in_the_readers_language);

/// A city with its own mail server: the platform has none, the city's is
/// used, and its URL is never shown back.
async fn a_city_can_send_through_its_own_mail_server(backend: Backend) {
    let sink = Sink::start(&[]).await;
    let port = sink.port;
    let server = TestServer::demo_with(backend, Clock::fixed(Utc::now()), None).await;
    let scope = turin(&server).await;
    let admin = crate::calls::admin(&server, scope).await;
    let settings = admin.get(&server.url("/t/turin/admin/settings")).await;
    let smtp = format!("smtp://127.0.0.1:{port}");
    let saved = admin
        .post(
            &server.url("/t/turin/admin/settings/mail"),
            &[
                ("csrf", &settings.csrf()),
                ("smtp_url", &smtp),
                ("mail_from", "Idee Torino <idee@torino.example>"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let shown = admin.get(&server.url("/t/turin/admin/settings")).await;
    assert!(
        !shown.body.contains(&format!("127.0.0.1:{port}")),
        "the URL is never shown back"
    );
    let bad = admin
        .post(
            &server.url("/t/turin/admin/settings/mail"),
            &[
                ("csrf", &settings.csrf()),
                ("smtp_url", "ftp://x"),
                ("mail_from", "nobody"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);

    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Mario Mittente", "employee").await;
    let (_, colleague) = employee(&server, scope, "Rita Ricevente", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let csrf = browser.get(&url).await.csrf();
    browser
        .post(
            &format!("{url}/team"),
            &[("csrf", &csrf), ("colleague", &colleague)],
        )
        .await;
    deliver(&server).await;
    let mails = sink.to(&colleague);
    assert_eq!(mails.len(), 1, "the city's server received the email");
    assert_eq!(
        mails[0]["from"], "idee@torino.example",
        "from the city's sender"
    );
}

on_both_backends!(a_city_can_send_through_its_own_mail_server);
