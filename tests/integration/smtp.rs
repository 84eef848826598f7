//! A real SMTP peer on loopback that keeps every message it is given, and
//! the notification emails that reach it.

use std::sync::{Arc, Mutex};

use chrono::Utc;
use innovato::{clock::Clock, notifications::mail::Mailer};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

use crate::{
    calls::turin,
    proposals::{employee, open_call, start_proposal},
    support::{Backend, Browser, TestServer, on_both_backends},
};

/// Accepts connections and speaks enough SMTP to receive mail.
async fn smtp_sink() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("port");
    let port = listener.local_addr().expect("addr").port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let kept = received.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            kept.lock().expect("lock").push(std::mem::take(body));
                            data = None;
                            let _ = write.write_all(b"250 queued\r\n").await;
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
                    let answer: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 sink\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 go on\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    let _ = write.write_all(answer).await;
                }
            });
        }
    });
    (port, received)
}

async fn invitations_are_emailed_in_the_readers_language(backend: Backend) {
    let (port, received) = smtp_sink().await;
    let mailer = Mailer::new(
        &format!("smtp://127.0.0.1:{port}"),
        "Innovato <noreply@test.example>",
    )
    .expect("mailer");
    let server = TestServer::demo_with(backend, Clock::fixed(Utc::now()), Some(mailer)).await;
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

    let mut mail = None;
    for _ in 0..50 {
        if let Some(first) = received.lock().expect("lock").first().cloned() {
            mail = Some(first);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let mail = mail.expect("an email reached the SMTP server");
    assert!(
        mail.contains(&colleague_email),
        "addressed to the colleague: {mail}"
    );
    assert!(
        mail.contains("ti invita nel gruppo della proposta"),
        "in Italian: {mail}"
    );
    assert!(
        mail.contains(&format!("{}/proposals/", server.url("/t/turin"))),
        "with the link: {mail}"
    );
}

on_both_backends!(invitations_are_emailed_in_the_readers_language);

/// A city with its own mail server: the platform has none, the city's is
/// used, and its URL is never shown back.
async fn a_city_can_send_through_its_own_mail_server(backend: Backend) {
    let (port, received) = smtp_sink().await;
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
    let mut mail = None;
    for _ in 0..50 {
        if let Some(first) = received.lock().expect("lock").first().cloned() {
            mail = Some(first);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let mail = mail.expect("the city's server received the email");
    assert!(
        mail.contains("idee@torino.example"),
        "from the city's sender: {mail}"
    );
}

on_both_backends!(a_city_can_send_through_its_own_mail_server);
