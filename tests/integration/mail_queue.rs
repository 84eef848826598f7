//! The email queue against a real SMTP server (aiosmtpd, started by each
//! test, `tests/tools/smtp_sink.py`): a notification reaches it once, in
//! its reader's language, with both parts and the one-click unsubscribe
//! headers; the one click stops that kind and no other; a daily digest
//! gathers the day; a server that defers is tried again and a refusal
//! bounces where the admin sees it; and two instances over one database
//! send each email once.

use std::{path::PathBuf, process::Stdio, time::Duration};

use chrono::{DateTime, TimeZone, Utc};
use innovato::{
    clock::Clock,
    ids::PersonId,
    notifications::{self, delivery, mail::Mailer, outbox},
    tenancy::TenantId,
};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, sea_query::Expr};
use serde_json::{Value, json};
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
};

use crate::{
    calls::turin,
    proposals::employee,
    support::{Backend, Browser, TestDb, TestServer, on_both_backends},
};

/// aiosmtpd on a free port of loopback, keeping each message it accepts
/// as JSON in a directory of its own; stopped when dropped.
pub struct Sink {
    pub port: u16,
    dir: tempfile::TempDir,
    _process: Child,
}

impl Sink {
    /// `options`: the script's `--defer N`, `--reject-to TEXT`, `--delay-ms MS`.
    pub async fn start(options: &[&str]) -> Self {
        let dir = tempfile::tempdir().expect("dir");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut process = Command::new(root.join("tests/.tools/venv/bin/python"))
            .arg(root.join("tests/tools/smtp_sink.py"))
            .args(["--port", &port.to_string()])
            .arg("--dir")
            .arg(dir.path())
            .args(options)
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("aiosmtpd starts (tests/setup installs it)");
        let mut stdout = BufReader::new(process.stdout.take().expect("stdout"));
        let mut line = String::new();
        tokio::time::timeout(Duration::from_secs(30), stdout.read_line(&mut line))
            .await
            .expect("the SMTP server starts in time")
            .expect("its first line");
        assert_eq!(line.trim(), "ready");
        Self {
            port,
            dir,
            _process: process,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn mailer(&self) -> Mailer {
        Mailer::new(&self.url(), "Innovato <noreply@test.example>").expect("mailer")
    }

    /// Every message received so far.
    pub fn received(&self) -> Vec<Value> {
        let mut messages: Vec<Value> = std::fs::read_dir(self.dir.path())
            .expect("dir")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .map(|e| {
                serde_json::from_str(&std::fs::read_to_string(e.path()).expect("message"))
                    .expect("json")
            })
            .collect();
        messages.sort_by_key(|m| m["headers"]["Message-ID"].as_str().map(str::to_owned));
        messages
    }

    /// Messages received for `email`.
    pub fn to(&self, email: &str) -> Vec<Value> {
        self.received()
            .into_iter()
            .filter(|m| {
                m["to"]
                    .as_array()
                    .is_some_and(|to| to.iter().any(|t| t == email))
            })
            .collect()
    }
}

/// One round of the delivery worker on `server`.
pub async fn deliver(server: &TestServer) -> usize {
    delivery::deliver(&server.state.app, &server.state.delivery)
        .await
        .expect("a delivery round")
}

/// A Tuesday, 10:00 in Turin.
fn tuesday_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 3, 9, 0, 0)
        .single()
        .expect("a time")
}

async fn server_with(sink: &Sink, backend: Backend, at: DateTime<Utc>) -> TestServer {
    TestServer::demo_with(backend, Clock::fixed(at), Some(sink.mailer())).await
}

/// Tells `people` something of the proposal kind, now.
async fn tell(server: &TestServer, scope: TenantId, people: &[i32], message: &str, title: &str) {
    let people: Vec<PersonId> = people.iter().map(|p| PersonId(*p)).collect();
    notifications::notify(
        &server.store.db,
        scope,
        &people,
        message,
        json!({ "title": title }),
        "/proposals/1",
        server.state.clock.now(),
    )
    .await
    .expect("notified");
}

/// The queued emails of a person, oldest first.
async fn rows_of(server: &TestServer, scope: TenantId, person: i32) -> Vec<outbox::Model> {
    scope
        .find::<outbox::Entity>()
        .filter(outbox::Column::UserId.eq(PersonId(person)))
        .order_by_asc(outbox::Column::Id)
        .all(&server.store.db)
        .await
        .expect("rows")
}

/// A link of an email, followed on the server as the city's host name.
async fn follow(server: &TestServer, method: &str, link: &str) -> crate::support::Page {
    let rest = link.strip_prefix("http://").expect("an absolute http link");
    let (authority, path) = rest.split_at(rest.find('/').expect("a path"));
    let request = match method {
        "POST" => server
            .client
            .post(server.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click"),
        _ => server.client.get(server.url(path)),
    };
    let response = request
        .header("host", authority)
        .header("accept-language", "it")
        .send()
        .await
        .expect("answered");
    crate::support::Page {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.text().await.expect("body"),
    }
}

fn header<'a>(message: &'a Value, name: &str) -> &'a str {
    message["headers"][name].as_str().unwrap_or_default()
}

/// An invitation reaches the SMTP server once, in Italian (Turin's
/// language), with a plain and an HTML part naming the city in its colour,
/// an absolute link to the proposal and both unsubscribe headers.
async fn an_invitation_is_emailed_once_with_both_parts_and_unsubscribe_headers(backend: Backend) {
    let sink = Sink::start(&[]).await;
    let server = server_with(&sink, backend, Utc::now()).await;
    let scope = turin(&server).await;
    let city = innovato::tenants::find_by_slug(&server.store.db, "turin")
        .await
        .expect("query")
        .expect("Turin");
    let call = crate::proposals::open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Carla Posta", "employee").await;
    let (_, colleague) = employee(&server, scope, "Dario Lettere", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = crate::proposals::start_proposal(&server, &browser, call.id.get()).await;
    let csrf = browser.get(&url).await.csrf();
    let invited = browser
        .post(
            &format!("{url}/team"),
            &[("csrf", &csrf), ("colleague", &colleague)],
        )
        .await;
    assert_eq!(invited.status, 303);
    assert!(sink.received().is_empty(), "the page sent nothing itself");

    deliver(&server).await;
    deliver(&server).await;
    let mails = sink.received();
    assert_eq!(mails.len(), 1, "sent once: {mails:?}");
    let mail = &mails[0];
    assert_eq!(mail["to"], json!([colleague]));
    let city_name = city.name_in("it");
    let subject = mail["subject"].as_str().expect("subject");
    assert!(subject.starts_with(&city_name), "{subject}");
    let text = mail["text"].as_str().expect("a plain-text part");
    assert!(
        text.contains("Carla Posta ti invita nel gruppo della proposta"),
        "{text}"
    );
    let site = format!("http://turin.localhost:{}", server.addr.port());
    assert!(text.contains(&format!("{site}/proposals/")), "{text}");
    let html = mail["html"].as_str().expect("an HTML part");
    assert!(html.contains(&city_name), "{html}");
    assert!(html.contains(&city.primary_color.to_lowercase()), "{html}");
    assert!(html.contains("lang=\"it\""), "{html}");
    let unsubscribe = header(mail, "List-Unsubscribe");
    assert!(
        unsubscribe.starts_with(&format!("<{site}/unsubscribe/")),
        "{unsubscribe}"
    );
    assert_eq!(
        header(mail, "List-Unsubscribe-Post"),
        "List-Unsubscribe=One-Click"
    );
    assert!(
        text.contains(unsubscribe.trim_matches(['<', '>'])),
        "{text}"
    );
}

on_both_backends!(an_invitation_is_emailed_once_with_both_parts_and_unsubscribe_headers);

/// The one click (RFC 8058 POST) stops that kind for good and no other;
/// opening the link (GET, as mail scanners do) changes nothing; a kind the
/// role requires cannot be stopped.
async fn one_click_unsubscribes_from_that_kind_only(backend: Backend) {
    let sink = Sink::start(&[]).await;
    let server = server_with(&sink, backend, Utc::now()).await;
    let scope = turin(&server).await;
    let (person, email) = employee(&server, scope, "Elena Iscritta", "employee").await;
    tell(
        &server,
        scope,
        &[person],
        "notification-submitted",
        "Orti sui tetti",
    )
    .await;
    deliver(&server).await;
    let first = sink.to(&email);
    assert_eq!(first.len(), 1);
    let link = header(&first[0], "List-Unsubscribe")
        .trim_matches(['<', '>'])
        .to_owned();

    let shown = follow(&server, "GET", &link).await;
    assert_eq!(shown.status, 200, "{}", shown.body);
    assert!(
        shown.body.contains("Non inviarmi più queste email"),
        "{}",
        shown.body
    );
    tell(
        &server,
        scope,
        &[person],
        "notification-submitted",
        "Dopo la visita",
    )
    .await;
    deliver(&server).await;
    assert_eq!(sink.to(&email).len(), 2, "opening the link stopped nothing");

    let forged = follow(&server, "POST", &link.replace("/proposal/", "/results/")).await;
    assert_eq!(forged.status, 404, "an altered link is refused");
    let done = follow(&server, "POST", &link).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(
        done.body.contains("non riceverai più queste email"),
        "{}",
        done.body
    );

    tell(
        &server,
        scope,
        &[person],
        "notification-submitted",
        "Ancora un invio",
    )
    .await;
    tell(
        &server,
        scope,
        &[person],
        "notification-not-selected",
        "Orti sui tetti",
    )
    .await;
    deliver(&server).await;
    let after = sink.to(&email);
    assert_eq!(after.len(), 3, "only the results came: {after:?}");
    let results = &after
        .iter()
        .find(|m| {
            m["text"]
                .as_str()
                .unwrap_or_default()
                .contains("non è stata selezionata")
        })
        .expect("the results email");
    let rows = rows_of(&server, scope, person).await;
    assert_eq!(
        rows.iter().map(|r| r.status.as_str()).collect::<Vec<_>>(),
        ["sent", "sent", "skipped", "sent"]
    );

    // Results are owed to the team: the link explains, and changes nothing.
    let required = header(results, "List-Unsubscribe")
        .trim_matches(['<', '>'])
        .to_owned();
    let refused = follow(&server, "POST", &required).await;
    assert_eq!(refused.status, 200);
    assert!(
        refused.body.contains("il tuo ruolo richiede queste email"),
        "{}",
        refused.body
    );
    tell(
        &server,
        scope,
        &[person],
        "notification-awarded-plain",
        "Orti sui tetti",
    )
    .await;
    deliver(&server).await;
    assert_eq!(sink.to(&email).len(), 4, "results still come");
}

on_both_backends!(one_click_unsubscribes_from_that_kind_only);

/// A person who chose the daily digest for their proposals gets the day's
/// notifications in one email at 7:00 the next morning, Turin time, once;
/// never is refused, on the page, for a kind their role requires.
async fn a_daily_digest_gathers_the_days_notifications(backend: Backend) {
    let sink = Sink::start(&[]).await;
    let server = server_with(&sink, backend, tuesday_morning()).await;
    let scope = turin(&server).await;
    let (person, email) = employee(&server, scope, "Franca Riepilogo", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), person).await;
    let list = browser.get(&server.url("/t/turin/notifications")).await;
    assert!(
        list.body.contains(r#"href="/t/turin/account/email""#),
        "the choices are a click away: {}",
        list.body
    );
    let page = browser.get(&server.url("/t/turin/account/email")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("In un riepilogo giornaliero"),
        "{}",
        page.body
    );
    let csrf = page.csrf();
    let refused = browser
        .post(
            &server.url("/t/turin/account/email"),
            &[("csrf", &csrf), ("proposal", "daily"), ("review", "never")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("Il tuo ruolo richiede queste email"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains(r#"value="daily" checked"#),
        "the daily choice typed is kept: {}",
        refused.body
    );
    let saved = browser
        .post(
            &server.url("/t/turin/account/email"),
            &[("csrf", &csrf), ("proposal", "daily")],
        )
        .await;
    assert_eq!(saved.status, 303);
    let export = browser.get(&server.url("/t/turin/account/export")).await;
    let data: Value = serde_json::from_str(&export.body).expect("json");
    assert_eq!(
        data["email_choices"]["proposal"], "daily",
        "in the person's data"
    );
    assert_eq!(data["email_choices"]["review"], "now");

    for title in [
        "Orti sui tetti",
        "Biciclette di servizio",
        "Archivio digitale",
    ] {
        tell(&server, scope, &[person], "notification-submitted", title).await;
    }
    deliver(&server).await;
    assert!(sink.to(&email).is_empty(), "held for the digest");
    // 6:59 the next day, Turin time: not yet; 7:00: the digest.
    server.state.clock.set(
        Utc.with_ymd_and_hms(2026, 3, 4, 5, 59, 0)
            .single()
            .expect("time"),
    );
    deliver(&server).await;
    assert!(sink.to(&email).is_empty(), "not before 7:00");
    server.state.clock.set(
        Utc.with_ymd_and_hms(2026, 3, 4, 6, 0, 0)
            .single()
            .expect("time"),
    );
    deliver(&server).await;
    deliver(&server).await;
    let digests = sink.to(&email);
    assert_eq!(digests.len(), 1, "one email for the day: {digests:?}");
    let text = digests[0]["text"].as_str().expect("text");
    for title in [
        "Orti sui tetti",
        "Biciclette di servizio",
        "Archivio digitale",
    ] {
        assert!(text.contains(title), "{title} in {text}");
    }
    assert!(
        digests[0]["subject"]
            .as_str()
            .expect("subject")
            .contains("3 notifiche")
    );
}

on_both_backends!(a_daily_digest_gathers_the_days_notifications);

/// A server that answers 451 twice is tried again after a growing wait,
/// and the email is delivered once.
async fn a_deferring_server_is_retried_and_delivers_once(backend: Backend) {
    let sink = Sink::start(&["--defer", "2"]).await;
    let start = tuesday_morning();
    let server = server_with(&sink, backend, start).await;
    let scope = turin(&server).await;
    let (person, email) = employee(&server, scope, "Gino Riprova", "employee").await;
    tell(
        &server,
        scope,
        &[person],
        "notification-submitted",
        "Orti sui tetti",
    )
    .await;
    deliver(&server).await;
    let row = &rows_of(&server, scope, person).await[0];
    assert_eq!((row.status.as_str(), row.attempts), ("queued", 1));
    assert!(
        row.last_error
            .as_deref()
            .unwrap_or_default()
            .contains("451")
    );
    assert_eq!(row.next_attempt_at, start + chrono::Duration::minutes(1));
    deliver(&server).await;
    assert_eq!(
        rows_of(&server, scope, person).await[0].attempts,
        1,
        "not due yet"
    );
    server.state.clock.set(start + chrono::Duration::minutes(1));
    deliver(&server).await;
    let row = &rows_of(&server, scope, person).await[0];
    assert_eq!((row.status.as_str(), row.attempts), ("queued", 2));
    assert_eq!(
        row.next_attempt_at,
        start + chrono::Duration::minutes(1 + 2),
        "the wait doubles"
    );
    server.state.clock.set(start + chrono::Duration::minutes(3));
    deliver(&server).await;
    deliver(&server).await;
    assert_eq!(sink.to(&email).len(), 1);
    let row = &rows_of(&server, scope, person).await[0];
    assert_eq!(row.status, "sent");
    assert_eq!(row.sent_at, Some(start + chrono::Duration::minutes(3)));
}

on_both_backends!(a_deferring_server_is_retried_and_delivers_once);

/// A 550 bounces at once; the admin's page shows it with the server's
/// words, and tries a failed email again after asking.
async fn a_refusal_bounces_and_the_admin_sees_and_retries(backend: Backend) {
    let sink = Sink::start(&["--reject-to", "respinta"]).await;
    let server = server_with(&sink, backend, Utc::now()).await;
    let scope = turin(&server).await;
    let (bounced, _) = employee(&server, scope, "Ida Respinta", "employee").await;
    let (failed, failed_email) = employee(&server, scope, "Luca Fallito", "employee").await;
    tell(
        &server,
        scope,
        &[bounced, failed],
        "notification-submitted",
        "Orti",
    )
    .await;
    // Luca's email gave up after its tries (as if the server had been
    // down for an hour): set so without waiting.
    scope
        .update_many::<outbox::Entity>()
        .col_expr(outbox::Column::Status, Expr::value(outbox::FAILED))
        .col_expr(outbox::Column::LastError, Expr::value("connection refused"))
        .filter(outbox::Column::UserId.eq(PersonId(failed)))
        .exec(&server.store.db)
        .await
        .expect("failed");
    deliver(&server).await;
    let row = &rows_of(&server, scope, bounced).await[0];
    assert_eq!(row.status, "bounced");
    assert!(
        row.last_error
            .as_deref()
            .unwrap_or_default()
            .contains("550")
    );

    let admin = crate::calls::admin(&server, scope).await;
    let console = admin.get(&server.url("/t/turin/admin")).await;
    assert!(
        console.body.contains("/t/turin/admin/mail"),
        "linked from the side navigation"
    );
    let page = admin.get(&server.url("/t/turin/admin/mail")).await;
    assert_eq!(page.status, 200);
    for shown in [
        "Ida Respinta",
        "Respinta dal server di posta",
        "550",
        "Luca Fallito",
        "connection refused",
    ] {
        assert!(page.body.contains(shown), "{shown}: {}", page.body);
    }
    let id = rows_of(&server, scope, failed).await[0].id;
    let retry = server.url(&format!("/t/turin/admin/mail/{id}/retry"));
    let asked = admin.post(&retry, &[("csrf", &page.csrf())]).await;
    assert_eq!(asked.status, 200, "asks first");
    assert_eq!(rows_of(&server, scope, failed).await[0].status, "failed");
    let done = admin
        .post(&retry, &[("csrf", &page.csrf()), ("confirm", "yes")])
        .await;
    assert_eq!(done.status, 303);
    deliver(&server).await;
    assert_eq!(sink.to(&failed_email).len(), 1, "delivered after the retry");
    let page = admin.get(&server.url("/t/turin/admin/audit")).await;
    assert!(
        page.body.contains("ha rimesso in coda"),
        "the retry is audited"
    );
}

on_both_backends!(a_refusal_bounces_and_the_admin_sees_and_retries);

/// Two `innovato serve` processes over one PostgreSQL database, both
/// running the worker every 100 ms against one slow SMTP server: each of
/// 120 queued emails (and the demo's own) is sent exactly once, and both
/// instances send.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_send_each_queued_email_once() {
    const EMAILS: usize = 120;
    let sink = Sink::start(&["--delay-ms", "20"]).await;
    let db = TestDb::new(Backend::Postgres).await;
    innovato::demo::seed_once(&db.db).await.expect("demo");
    let scope = TenantId::of(
        &innovato::tenants::find_by_slug(&db.db, "turin")
            .await
            .expect("query")
            .expect("Turin"),
    );
    let mut people = Vec::new();
    for n in 0..EMAILS / 3 {
        let (id, _) = crate::proposals::employee_in(
            &db.db,
            scope,
            &format!("Persona Doppia {n}"),
            "employee",
        )
        .await;
        people.push(PersonId(id));
    }
    for title in ["Uno", "Due", "Tre"] {
        notifications::notify(
            &db.db,
            scope,
            &people,
            "notification-submitted",
            json!({ "title": title }),
            "/proposals/1",
            Utc::now(),
        )
        .await
        .expect("queued");
    }
    let key = innovato::secrets::SecretKey::generate();
    let (first, second) = tokio::join!(
        instance(&db, &key, &sink, "first"),
        instance(&db, &key, &sink, "second"),
    );
    let mut waited = 0;
    while sink.received().len() < EMAILS {
        waited += 1;
        assert!(waited < 600, "sent: {}", sink.received().len());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A second round of both workers finds nothing more to send.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let received = sink.received();
    let ids: std::collections::BTreeSet<&str> = received
        .iter()
        .map(|m| m["headers"]["Message-ID"].as_str().expect("a Message-ID"))
        .collect();
    assert_eq!(ids.len(), received.len(), "no email twice");
    let unsent = scope
        .find::<outbox::Entity>()
        .filter(outbox::Column::Status.eq(outbox::QUEUED))
        .all(&db.db)
        .await
        .expect("rows");
    assert!(unsent.is_empty(), "{unsent:?}");
    // The demo's own notifications go out too, in every city.
    let sent: usize = sea_orm::ConnectionTrait::query_one_raw(
        &db.db,
        sea_orm::Statement::from_string(
            sea_orm::DatabaseBackend::Postgres,
            "SELECT count(*) FROM mail_outbox WHERE status = 'sent'",
        ),
    )
    .await
    .expect("query")
    .expect("a row")
    .try_get_by_index::<i64>(0)
    .expect("a count")
    .try_into()
    .expect("a count");
    assert!(sent >= EMAILS);
    assert_eq!(received.len(), sent, "each queued email once");
    let sent_by = |metrics: &str| -> u64 {
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(r#"innovato_emails_total{outcome="sent"} "#))
            .map_or(0, |n| n.parse().expect("a count"))
    };
    let client = crate::support::client();
    let mut counts = Vec::new();
    for (addr, _, _) in [&first, &second] {
        let metrics = client
            .get(format!("http://{addr}/metrics"))
            .send()
            .await
            .expect("metrics")
            .text()
            .await
            .expect("body");
        counts.push(sent_by(&metrics));
    }
    assert_eq!(counts.iter().sum::<u64>(), sent as u64, "{counts:?}");
    assert!(
        counts.iter().all(|n| *n > 0),
        "both instances sent: {counts:?}"
    );
}

/// One `innovato serve` process on `db`, sending through `sink`; its
/// address, the process (killed when dropped) and its directory.
async fn instance(
    db: &TestDb,
    key: &str,
    sink: &Sink,
    name: &str,
) -> (String, Child, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    let mut process = Command::new(env!("CARGO_BIN_EXE_innovato"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("DATABASE_URL", db.process_url())
        .env("INNOVATO_SECRET_KEY", key)
        .env("INNOVATO_SMTP_URL", sink.url())
        .env("INNOVATO_MAIL_POLL_MS", "100")
        .env(
            "INNOVATO_STORAGE_URL",
            format!("file://{}", dir.path().display()),
        )
        .env_remove("REDIS_URL")
        .env_remove("INNOVATO_METRICS_TOKEN")
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("innovato starts");
    let mut stdout = BufReader::new(process.stdout.take().expect("stdout"));
    let mut line = String::new();
    let _ = tokio::time::timeout(Duration::from_secs(60), stdout.read_line(&mut line)).await;
    let addr = line
        .split("http://")
        .nth(1)
        .map(|rest| rest.trim().trim_end_matches('/').to_owned())
        .unwrap_or_else(|| panic!("{name} did not start: {line}"));
    (addr, process, dir)
}
