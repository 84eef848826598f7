//! Faults the service survives: Redis stopped and back, PostgreSQL
//! restarted, an instance killed in the middle of a burst of submissions,
//! and Redis calls given up by their timeout, whose late replies must never
//! reach another caller. Every Redis and PostgreSQL a test stops is its own.

use std::{
    process::{Child, Command, Stdio},
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use innovato::ids::{PersonId, ProposalId};
use innovato::{
    auth::{Principal, Realm, session},
    calls::{self, Phase, category_link},
    i18n::Lang,
    proposals::{self, Status},
    store::{self, Store, StoreError},
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, DatabaseConnection, QueryFilter};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
    sync::watch,
};

use crate::{
    calls::turin,
    proposals::{employee, open_call, start_proposal},
    support::{Backend, Browser, Page, TestDb, TestServer, message, on_both_backends},
};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Waits until something listens on `port`.
fn wait_for_port(port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "{what} listens on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A redis-server of the test's own, stopped and started again on the same
/// port (without persistence, as a Redis that lost its data).
pub struct PrivateRedis {
    pub port: u16,
    process: Option<Child>,
}

impl PrivateRedis {
    pub fn start() -> Self {
        let mut redis = Self {
            port: free_port(),
            process: None,
        };
        redis.resume();
        redis
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    pub fn resume(&mut self) {
        let process = Command::new("redis-server")
            .args([
                "--port",
                &self.port.to_string(),
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        self.process = Some(process);
        wait_for_port(self.port, "redis-server");
    }

    pub fn stop(&mut self) {
        if let Some(mut process) = self.process.take() {
            let _ = process.kill();
            let _ = process.wait();
        }
    }
}

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A PostgreSQL cluster of the test's own, in a temporary directory, with
/// trust authentication on 127.0.0.1; run as the `postgres` user when the
/// test runs as root (initdb refuses root).
struct PrivatePostgres {
    dir: tempfile::TempDir,
    port: u16,
}

const PG_BIN: &str = "/usr/lib/postgresql/15/bin";

impl PrivatePostgres {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let cluster = Self {
            dir,
            port: free_port(),
        };
        if cluster.as_root() {
            let status = Command::new("chown")
                .args([
                    "postgres:postgres",
                    &cluster.dir.path().display().to_string(),
                ])
                .status()
                .expect("chown runs");
            assert!(status.success(), "the cluster's directory is postgres's");
        }
        let data = cluster.data();
        cluster.pg(&[
            "initdb",
            "-D",
            &data,
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync",
        ]);
        cluster.resume();
        cluster
    }

    fn as_root(&self) -> bool {
        Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    /// One of PostgreSQL's programs, to run as `postgres` when root.
    fn program(&self, name: &str) -> Command {
        let program = format!("{PG_BIN}/{name}");
        if self.as_root() {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--", &program]);
            command
        } else {
            Command::new(program)
        }
    }

    /// Runs one of PostgreSQL's programs; it must succeed.
    fn pg(&self, args: &[&str]) {
        let output = self
            .program(args[0])
            .args(&args[1..])
            .output()
            .expect("PostgreSQL's programs run");
        assert!(
            output.status.success(),
            "{} failed: {}",
            args[0],
            String::from_utf8_lossy(&output.stderr)
        );
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn resume(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("log").display().to_string();
        self.pg(&[
            "pg_ctl",
            "-D",
            &self.data(),
            "-o",
            &options,
            "-l",
            &log,
            "-w",
            "start",
        ]);
    }

    fn stop(&self) {
        self.pg(&["pg_ctl", "-D", &self.data(), "-m", "fast", "-w", "stop"]);
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let _ = self
            .program("pg_ctl")
            .args(["-D", &self.data(), "-m", "immediate", "-w", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// The parsed problem document of an API answer.
fn problem(page: &Page) -> serde_json::Value {
    assert_eq!(
        page.header("content-type"),
        Some("application/problem+json"),
        "{}",
        page.body
    );
    serde_json::from_str(&page.body).expect("a problem document")
}

/// A message as it is, unescaped (as JSON carries it).
fn text(server: &TestServer, lang: Lang, id: &str) -> String {
    server.state.locales.for_lang(lang).t(id)
}

/// The first person the demo sign-in page offers, and the page's token.
async fn demo_choice(server: &TestServer, browser: &Browser) -> (String, String) {
    let page = browser.get(&server.url("/t/turin/auth/demo")).await;
    assert_eq!(page.status, 200);
    let marker = "name=\"person\" value=\"";
    let start = page.body.find(marker).expect("a person to be") + marker.len();
    let end = page.body[start..].find('"').expect("end") + start;
    (page.body[start..end].to_owned(), page.csrf())
}

/// The first category a proposal of the call may take, from its form.
fn first_category(form: &Page) -> String {
    form.body
        .match_indices("<option value=\"")
        .filter_map(|(i, _)| form.body[i + 15..].split('"').next())
        .find(|v| v.parse::<i32>().is_ok())
        .expect("a category")
        .to_owned()
}

async fn stored(db: &DatabaseConnection, scope: TenantId, id: i32) -> proposals::Model {
    scope
        .find_by_id::<proposals::Entity>(ProposalId(id))
        .one(db)
        .await
        .expect("query")
        .expect("the proposal")
}

/// With Redis stopped, pages are served and sessions fail closed with a
/// page asking to sign in again (503, in the person's language); once Redis
/// is back, signing in works again without restarting the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_stopped_sessions_fail_closed_and_recover() {
    let mut redis = PrivateRedis::start();
    let db = TestDb::new(Backend::Sqlite).await;
    innovato::demo::seed_once(&db.db).await.expect("demo");
    let connection = store::connect(&redis.url()).await.expect("Redis answers");
    let server = TestServer::with(db, true, Some(connection)).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (person, _) = employee(&server, scope, "Rita Ferraro", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), person).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let id = crate::proposals::id_of(&url);
    let csrf = browser.get(&url).await.csrf();
    let saved = browser
        .post(&url, &[("csrf", &csrf), ("title", "Orti sui tetti")])
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);

    redis.stop();
    let outage = Instant::now();
    let quick = |started: Instant| {
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "answered without a long wait: {:?}",
            started.elapsed()
        );
    };
    // Public pages are served, to anyone.
    let started = Instant::now();
    assert_eq!(server.get("/t/turin/", "it").await.status, 200);
    let public = browser.get(&server.url("/t/turin/")).await;
    assert_eq!(public.status, 200);
    assert!(
        public
            .body
            .contains(&message(&server, Lang::It, "session-unavailable-banner"))
    );
    quick(started);

    // A page of the signed-in person: please sign in again, in their
    // language, never a 500.
    for (lang, accept) in [(Lang::It, "it"), (Lang::En, "en-GB,en;q=0.8")] {
        let started = Instant::now();
        let mine = browser
            .get_with(
                &server.url("/t/turin/proposals"),
                &[("accept-language", accept)],
            )
            .await;
        quick(started);
        assert_eq!(mine.status, 503, "{}", mine.body);
        assert_eq!(mine.html_lang(), Some(lang.code()));
        assert_eq!(
            mine.h1(),
            Some(message(&server, lang, "error-session-lost").as_str())
        );
        assert!(
            mine.body
                .contains(&message(&server, lang, "error-session-lost.detail"))
        );
        assert_eq!(mine.header("retry-after"), Some("15"));
    }

    // A form sent meanwhile gets the same page (not "the form expired"),
    // and changes nothing; the autosave and the API get problem documents.
    let posted = browser
        .post(&url, &[("csrf", &csrf), ("title", "Orti e api sui tetti")])
        .await;
    assert_eq!(posted.status, 503);
    assert_eq!(
        posted.h1(),
        Some(message(&server, Lang::It, "error-session-lost").as_str())
    );
    let autosave = browser
        .client_post_json(&url, &[("csrf", &csrf), ("title", "Orti e api sui tetti")])
        .await;
    assert_eq!(autosave.status, 503);
    assert_eq!(
        problem(&autosave)["detail"],
        text(&server, Lang::It, "error-session-lost.detail")
    );
    let api = browser
        .get_with(
            &server.url("/t/turin/api/v1/proposals"),
            &[("accept-language", "en")],
        )
        .await;
    assert_eq!(api.status, 503);
    assert_eq!(api.header("retry-after"), Some("15"));
    let api = problem(&api);
    assert_eq!(api["status"], 503);
    assert_eq!(api["title"], text(&server, Lang::En, "error-session-lost"));
    assert_eq!(
        api["detail"],
        text(&server, Lang::En, "error-session-lost.detail")
    );
    assert_eq!(
        stored(&server.store.db, scope, id).await.title,
        "Orti sui tetti",
        "the draft keeps what was saved"
    );

    // Signing in meanwhile says that sign-in is briefly unavailable.
    let visitor = Browser::new();
    let (chosen, token) = demo_choice(&server, &visitor).await;
    let refused = visitor
        .post(
            &server.url("/t/turin/auth/demo"),
            &[("csrf", &token), ("person", &chosen)],
        )
        .await;
    assert_eq!(refused.status, 503);
    assert_eq!(
        refused.h1(),
        Some(message(&server, Lang::It, "error-session-store").as_str())
    );
    let ready: serde_json::Value =
        serde_json::from_str(&server.get("/readyz", "en").await.body).expect("json");
    assert_eq!(ready["redis"], "unreachable");
    assert!(outage.elapsed() < Duration::from_secs(20));

    // Redis comes back on the same port: the same server signs people in
    // again, and their session holds.
    redis.resume();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (chosen, token) = demo_choice(&server, &visitor).await;
        let signed_in = visitor
            .post(
                &server.url("/t/turin/auth/demo"),
                &[("csrf", &token), ("person", &chosen)],
            )
            .await;
        if signed_in.status == 303 {
            break;
        }
        assert_eq!(signed_in.status, 503, "{}", signed_in.body);
        assert!(Instant::now() < deadline, "sign-in works again");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for _ in 0..3 {
        let account = visitor.get(&server.url("/t/turin/account")).await;
        assert_eq!(account.status, 200, "the new session holds");
    }
    // The old session went with Redis's data: its holder is asked to sign
    // in, as anyone whose session ended.
    let again = browser.get(&server.url("/t/turin/proposals")).await;
    assert_eq!(again.status, 303);
    assert!(
        again
            .header("location")
            .is_some_and(|l| l.contains("/auth/signin"))
    );
}

/// The fields of a complete proposal, with the form's token.
fn complete<'a>(csrf: &'a str, category: &'a str, title: &'a str) -> [(&'a str, &'a str); 7] {
    [
        ("csrf", csrf),
        ("title", title),
        ("summary", "Una sintesi della proposta."),
        ("problem", "Il problema che la proposta risolve."),
        ("solution", "La soluzione che la proposta descrive."),
        ("category", category),
        ("locale", "it"),
    ]
}

/// While PostgreSQL restarts, requests get a 503 (page or problem) with
/// Retry-After; afterwards the same server serves them, and nothing
/// submitted or saved is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_restart_is_a_503_and_loses_nothing() {
    let postgres = PrivatePostgres::start();
    let db = TestDb::at(&postgres.url()).await;
    innovato::demo::seed_once(&db.db).await.expect("demo");
    let server = TestServer::with(db, true, None).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (person, _) = employee(&server, scope, "Paolo Conti", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), person).await;

    let submitted_url = start_proposal(&server, &browser, call.id.get()).await;
    let form = browser.get(&submitted_url).await;
    let (csrf, category) = (form.csrf(), first_category(&form));
    let saved = browser
        .post(
            &submitted_url,
            &complete(&csrf, &category, "Biciclette di servizio"),
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let submit = browser
        .post(&format!("{submitted_url}/submit"), &[("csrf", &csrf)])
        .await;
    assert_eq!(submit.status, 303, "{}", submit.body);
    let draft_url = start_proposal(&server, &browser, call.id.get()).await;
    let saved = browser
        .post(
            &draft_url,
            &complete(&csrf, &category, "Sportello unico digitale"),
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let (submitted, draft) = (
        crate::proposals::id_of(&submitted_url),
        crate::proposals::id_of(&draft_url),
    );

    postgres.stop();
    let started = Instant::now();
    let page = browser
        .get_with(
            &server.url("/t/turin/proposals"),
            &[("accept-language", "it")],
        )
        .await;
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "no long wait: {:?}",
        started.elapsed()
    );
    assert_eq!(page.status, 503, "{}", page.body);
    assert_eq!(page.header("retry-after"), Some("15"));
    assert_eq!(
        page.h1(),
        Some(message(&server, Lang::It, "error-unavailable").as_str())
    );
    let api = browser
        .get_with(
            &server.url("/t/turin/api/v1/proposals"),
            &[("accept-language", "en")],
        )
        .await;
    assert_eq!(api.status, 503, "{}", api.body);
    assert_eq!(api.header("retry-after"), Some("15"));
    assert_eq!(
        problem(&api)["detail"],
        text(&server, Lang::En, "error-unavailable.detail")
    );
    // A submission attempted during the restart is refused, not half done.
    let refused = browser
        .post(&format!("{draft_url}/submit"), &[("csrf", &csrf)])
        .await;
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert_eq!(server.get("/readyz", "en").await.status, 503);

    postgres.resume();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let page = browser.get(&server.url("/t/turin/proposals")).await;
        if page.status == 200 {
            break;
        }
        assert_eq!(page.status, 503, "{}", page.body);
        assert!(Instant::now() < deadline, "the same server recovers");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(server.get("/readyz", "en").await.status, 200);
    let db = &server.store.db;
    let kept = stored(db, scope, submitted).await;
    assert_eq!(
        (kept.status, kept.title.as_str()),
        (Status::Submitted, "Biciclette di servizio")
    );
    let kept = stored(db, scope, draft).await;
    assert_eq!(
        (kept.status, kept.title.as_str(), kept.solution.as_str()),
        (
            Status::Draft,
            "Sportello unico digitale",
            "La soluzione che la proposta descrive."
        ),
        "the refused submission left the draft intact"
    );
    let retried = browser
        .post(&format!("{draft_url}/submit"), &[("csrf", &csrf)])
        .await;
    assert_eq!(retried.status, 303);
    assert_eq!(stored(db, scope, draft).await.status, Status::Submitted);
}

/// A session of a city's person in `sessions`, as a sign-in makes it.
async fn session_in(
    sessions: &Store,
    scope: TenantId,
    person: i32,
) -> Result<(String, session::Session), StoreError> {
    session::start(
        sessions,
        Realm::Tenant(scope.get()),
        Principal::User(PersonId(person)),
        None,
    )
    .await
}

/// The real binary, in a process of its own.
struct Instance {
    process: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Instance {
    fn spawn(database_url: &str, redis_url: &str, key: &str) -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let port = free_port();
        let process = Command::new(env!("CARGO_BIN_EXE_innovato"))
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .args(["--redis-url", redis_url])
            .env("DATABASE_URL", database_url)
            .env("INNOVATO_SECRET_KEY", key)
            .env("RUST_LOG", "error")
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        wait_for_port(port, "innovato");
        Self {
            process,
            base: format!("http://127.0.0.1:{port}/t/turin"),
            _dir: dir,
        }
    }

    fn kill(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        self.kill();
    }
}

/// An employee with a session in the shared store, writing one proposal.
#[derive(Clone)]
struct Writer {
    person: i32,
    cookie: String,
    csrf: String,
    /// The idempotency key of the proposal's creation, kept for retries.
    key: String,
}

#[derive(Debug)]
enum Outcome {
    /// The server answered that the proposal is submitted.
    Submitted(i32),
    /// The connection broke before that answer.
    Interrupted,
}

impl Writer {
    async fn post(
        &self,
        client: &reqwest::Client,
        url: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Result<reqwest::Response> {
        client
            .post(url)
            .header("cookie", &self.cookie)
            .form(form)
            .send()
            .await
    }

    /// Starts (or, with the same key, finds), completes and submits the
    /// proposal. Any answer but the expected one fails the test; a broken
    /// connection is an interruption.
    async fn write(
        &self,
        client: &reqwest::Client,
        base: &str,
        call: i32,
        category: &str,
    ) -> Outcome {
        let csrf = self.csrf.as_str();
        let created = match self
            .post(
                client,
                &format!("{base}/calls/{call}/proposals"),
                &[("csrf", csrf), ("idempotency_key", &self.key)],
            )
            .await
        {
            Ok(answer) => answer,
            Err(_) => return Outcome::Interrupted,
        };
        assert_eq!(created.status(), 303);
        let id: i32 = created
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .and_then(|l| l.rsplit('/').next())
            .and_then(|id| id.parse().ok())
            .expect("the proposal's address");
        let url = format!("{base}/proposals/{id}");
        let title = format!("Proposta numero {}", self.person);
        match self
            .post(client, &url, &complete(csrf, category, &title))
            .await
        {
            Ok(answer) => assert_eq!(answer.status(), 200),
            Err(_) => return Outcome::Interrupted,
        }
        match self
            .post(client, &format!("{url}/submit"), &[("csrf", csrf)])
            .await
        {
            Ok(answer) => {
                assert_eq!(answer.status(), 303);
                Outcome::Submitted(id)
            }
            Err(_) => Outcome::Interrupted,
        }
    }
}

/// SIGKILL in the middle of a burst of submissions: every submission that
/// was answered as accepted is in the database for the next instance, and
/// the writers whose answer was lost, retrying, get exactly one proposal.
async fn a_killed_instance_loses_no_accepted_submission(backend: Backend) {
    const WRITERS: usize = 32;
    let redis = PrivateRedis::start();
    let db = TestDb::new(backend).await;
    innovato::demo::seed_once(&db.db).await.expect("demo");
    let site = tenants::find_by_slug(&db.db, "turin")
        .await
        .expect("query")
        .expect("Turin");
    let scope = TenantId::of(&site);
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(Phase::Open))
        .filter(calls::Column::Kind.eq(calls::Kind::Ideas))
        .one(&db.db)
        .await
        .expect("query")
        .expect("an open call");
    let category = scope
        .find::<category_link::Entity>()
        .filter(category_link::Column::CallId.eq(call.id))
        .one(&db.db)
        .await
        .expect("query")
        .expect("a category")
        .category_id
        .to_string();
    // Sessions live in Redis, as in production, so they outlive the kill.
    let sessions = Store::redis(
        store::connect(&redis.url()).await.expect("Redis answers"),
        store::REDIS_TIMEOUT,
        // The prefix `serve` takes by default.
        "innovato",
    );
    let mut writers = Vec::new();
    for n in 0..WRITERS {
        let (person, _) =
            crate::proposals::employee_in(&db.db, scope, &format!("Dipendente {n}"), "employee")
                .await;
        let (id, session) = session_in(&sessions, scope, person).await.expect("session");
        writers.push(Writer {
            person,
            cookie: format!("innovato_session={id}"),
            csrf: session.csrf,
            key: format!("burst-{n}-{}", uuid::Uuid::new_v4().simple()),
        });
    }
    let key = innovato::secrets::SecretKey::generate();
    let mut first = Instance::spawn(&db.process_url(), &redis.url(), &key);
    let client = crate::support::client();

    let accepted = Arc::new(AtomicUsize::new(0));
    let call_id = call.id;
    let burst: Vec<_> = writers
        .iter()
        .cloned()
        .map(|writer| {
            let (client, base, category, accepted) = (
                client.clone(),
                first.base.clone(),
                category.clone(),
                accepted.clone(),
            );
            tokio::spawn(async move {
                let outcome = writer.write(&client, &base, call_id.get(), &category).await;
                if matches!(outcome, Outcome::Submitted(_)) {
                    accepted.fetch_add(1, Ordering::SeqCst);
                }
                outcome
            })
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(120);
    while accepted.load(Ordering::SeqCst) < WRITERS / 4 {
        assert!(Instant::now() < deadline, "submissions are answered");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    first.kill();
    let mut outcomes = Vec::new();
    for task in burst {
        outcomes.push(task.await.expect("the writer finished"));
    }
    let answered: Vec<i32> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Submitted(id) => Some(*id),
            Outcome::Interrupted => None,
        })
        .collect();
    assert!(
        answered.len() >= WRITERS / 4 && answered.len() < WRITERS,
        "killed mid-burst: {outcomes:?}"
    );

    // A new instance on the same database and Redis.
    let second = Instance::spawn(&db.process_url(), &redis.url(), &key);
    for id in &answered {
        assert_eq!(
            stored(&db.db, scope, *id).await.status,
            Status::Submitted,
            "an accepted submission survives the kill"
        );
    }
    // Whoever got no answer tries again, with the same key: the proposal
    // the first attempt may have made is found, never made twice.
    for (writer, outcome) in writers.iter().zip(&outcomes) {
        if let Outcome::Interrupted = outcome {
            let retried = writer
                .write(&client, &second.base, call.id.get(), &category)
                .await;
            assert!(matches!(retried, Outcome::Submitted(_)), "{retried:?}");
        }
    }
    let all = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .filter(proposals::Column::Title.starts_with("Proposta numero "))
        .all(&db.db)
        .await
        .expect("query");
    assert_eq!(all.len(), WRITERS, "one proposal per writer");
    assert!(all.iter().all(|p| p.status == Status::Submitted));
    for writer in &writers {
        let title = format!("Proposta numero {}", writer.person);
        assert_eq!(all.iter().filter(|p| p.title == title).count(), 1);
    }
}

on_both_backends!(a_killed_instance_loses_no_accepted_submission);

/// An instance remembers who is behind a session only while it hears the
/// other instances' changes over Redis: when Redis goes away, the next
/// signed-in page is "please sign in again" (503), not served from memory;
/// once Redis is back (empty: it keeps nothing), a new session works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn remembered_viewers_are_forgotten_when_redis_goes() {
    let mut redis = PrivateRedis::start();
    let db = TestDb::new(Backend::Sqlite).await;
    innovato::demo::seed_once(&db.db).await.expect("demo");
    let site = tenants::find_by_slug(&db.db, "turin")
        .await
        .expect("query")
        .expect("Turin");
    let scope = TenantId::of(&site);
    let sessions = Store::redis(
        store::connect(&redis.url()).await.expect("Redis answers"),
        store::REDIS_TIMEOUT,
        // The prefix `serve` takes by default.
        "innovato",
    );
    let (person, _) = crate::proposals::employee_in(&db.db, scope, "Ada Memoria", "employee").await;
    let (id, _) = session_in(&sessions, scope, person).await.expect("session");
    let key = innovato::secrets::SecretKey::generate();
    let instance = Instance::spawn(&db.process_url(), &redis.url(), &key);
    let client = crate::support::client();
    let account = || {
        client
            .get(format!("{}/account", instance.base))
            .header("cookie", format!("innovato_session={id}"))
            .send()
    };
    // Signed in, and (once the instance listens) remembered.
    let started = Instant::now();
    loop {
        let page = account().await.expect("answered");
        assert_eq!(page.status(), 200);
        if started.elapsed() > Duration::from_millis(500) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    redis.stop();
    let mut status = 0;
    for _ in 0..40 {
        status = account().await.expect("answered").status().as_u16();
        if status == 503 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(status, 503, "a remembered viewer outlived Redis");
    redis.resume();
    let started = Instant::now();
    let again = loop {
        match session_in(&sessions, scope, person).await {
            Ok((again, _)) => break again,
            Err(_) => {
                assert!(started.elapsed() < Duration::from_secs(10), "Redis is back");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    };
    loop {
        let page = client
            .get(format!("{}/account", instance.base))
            .header("cookie", format!("innovato_session={again}"))
            .send()
            .await
            .expect("answered");
        if page.status() == 200 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "signed in again once Redis is back ({})",
            page.status()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A TCP proxy in front of Redis that can hold Redis's replies back (and
/// then deliver them, late, in order), as a slow network or server would.
struct HoldingProxy {
    port: u16,
    holding: watch::Sender<bool>,
}

impl HoldingProxy {
    async fn start(upstream: u16) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
        let port = listener.local_addr().expect("address").port();
        let (holding, _) = watch::channel(false);
        let gate = holding.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)).await else {
                    continue;
                };
                let (mut client_read, mut client_write) = client.into_split();
                let (mut server_read, mut server_write) = server.into_split();
                tokio::spawn(async move {
                    let _ = tokio::io::copy(&mut client_read, &mut server_write).await;
                });
                let mut gate = gate.subscribe();
                tokio::spawn(async move {
                    let mut buffer = vec![0u8; 64 * 1024];
                    loop {
                        let n = match server_read.read(&mut buffer).await {
                            Ok(0) | Err(_) => break,
                            Ok(n) => n,
                        };
                        if gate.wait_for(|held| !*held).await.is_err()
                            || client_write.write_all(&buffer[..n]).await.is_err()
                        {
                            break;
                        }
                    }
                });
            }
        });
        Self { port, holding }
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    fn hold(&self) {
        self.holding.send_replace(true);
    }

    fn release(&self) {
        self.holding.send_replace(false);
    }
}

/// A Redis call that the store gives up on (its timeout) leaves its reply
/// on the wire; that late reply must never be taken as another caller's.
/// First the hazard is shown on a plain connection reused after a timeout
/// (it reads the other key's value); then the store's client, through the
/// same proxy, never hands it to anyone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_reply_given_up_never_reaches_another_caller() {
    let redis = PrivateRedis::start();
    let proxy = HoldingProxy::start(redis.port).await;
    let timeout = Duration::from_millis(300);
    let store = Store::redis(
        store::connect(&proxy.url())
            .await
            .expect("Redis through the proxy"),
        timeout,
        "test",
    );
    let ttl = Duration::from_secs(300);
    store
        .put("tenant-1:session", &"city one's secret", ttl)
        .await
        .expect("put");
    store
        .put("tenant-2:session", &"city two's note", ttl)
        .await
        .expect("put");

    // The hazard: a plain connection whose caller gave up, used again.
    let mut plain = TcpStream::connect(("127.0.0.1", proxy.port))
        .await
        .expect("proxy");
    let get = |key: &str| format!("*2\r\n$3\r\nGET\r\n${}\r\n{key}\r\n", key.len());
    proxy.hold();
    plain
        // The store prefixes its keys with "test:".
        .write_all(get("test:tenant-1:session").as_bytes())
        .await
        .expect("sent");
    let mut reply = vec![0u8; 256];
    let given_up = tokio::time::timeout(timeout, plain.read(&mut reply)).await;
    assert!(given_up.is_err(), "the reply is held back");
    proxy.release();
    plain
        .write_all(get("test:tenant-2:session").as_bytes())
        .await
        .expect("sent");
    let n = plain.read(&mut reply).await.expect("a reply");
    assert!(
        String::from_utf8_lossy(&reply[..n]).contains("city one's secret"),
        "a plain connection hands the late reply to its next caller"
    );

    // The store: the same, many times, with plain reads and a pipeline
    // (the rate-limit counter) given up, and many callers at once after.
    for round in 0..20 {
        proxy.hold();
        let outcome = if round % 2 == 0 {
            store
                .get::<String>("tenant-1:session", None)
                .await
                .map(|_| ())
        } else {
            store.count("tenant-1:counter", ttl).await.map(|_| ())
        };
        assert!(
            matches!(outcome, Err(StoreError::Timeout)),
            "round {round}: given up, {outcome:?}"
        );
        proxy.release();
        let mut callers = tokio::task::JoinSet::new();
        for _ in 0..16 {
            let store = store.clone();
            callers.spawn(async move { store.get::<String>("tenant-2:session", None).await });
        }
        for answer in callers.join_all().await {
            assert_eq!(
                answer.expect("answered").as_deref(),
                Some("city two's note"),
                "round {round}: only its own value"
            );
        }
    }
    // And the connection is still good for the first caller's key.
    assert_eq!(
        store
            .get::<String>("tenant-1:session", None)
            .await
            .expect("answered")
            .as_deref(),
        Some("city one's secret")
    );
}

/// Two installations on one Redis, each with its own cache prefix and its
/// own database (so the same city and person ids): a session minted on
/// one signs no one in on the other, a failed sign-in counts on its own
/// installation only, and every key and channel either writes starts with
/// its prefix.
async fn installations_sharing_a_redis_share_nothing(backend: Backend) {
    use futures_util::StreamExt;

    let redis = PrivateRedis::start();
    let connect = || async { store::connect(&redis.url()).await.expect("Redis answers") };
    let mut installations = Vec::new();
    for _ in 0..2 {
        let server =
            TestServer::with(TestDb::new(backend).await, false, Some(connect().await)).await;
        let city = server.create_city("turin", &[Lang::En]).await;
        let (person, _) = crate::proposals::employee_in(
            &server.store.db,
            TenantId::of(&city),
            "Ada Prefisso",
            "employee",
        )
        .await;
        installations.push((server, city.id, person));
    }
    let [(first, city, person), (second, other_city, other_person)] =
        <[_; 2]>::try_from(installations).unwrap_or_else(|_| unreachable!());
    assert_eq!(
        (city, person),
        (other_city, other_person),
        "the same ids on both"
    );
    let mut listener = redis::Client::open(redis.url())
        .expect("url")
        .get_async_pubsub()
        .await
        .expect("subscribes");
    listener.psubscribe("*").await.expect("psubscribe");

    let (id, session) = session::start(
        &first.state.store,
        Realm::Tenant(city),
        Principal::User(PersonId(person)),
        None,
    )
    .await
    .expect("session");
    let cookie = format!("innovato_session={id}");
    let account = Browser::new()
        .get_with(&first.url("/t/turin/account"), &[("cookie", &cookie)])
        .await;
    assert_eq!(account.status, 200, "signed in on the first");
    let elsewhere = Browser::new()
        .get_with(&second.url("/t/turin/account"), &[("cookie", &cookie)])
        .await;
    assert_eq!(
        elsewhere.status, 303,
        "the other installation does not know the session"
    );

    // Five wrong passwords lock the address out on the first only.
    let attempt = |server: &TestServer| {
        let url = server.url("/t/turin/auth/local");
        let signin = server.url("/t/turin/auth/signin");
        async move {
            let visitor = Browser::new();
            let csrf = visitor.get(&signin).await.csrf();
            visitor
                .post(
                    &url,
                    &[
                        ("csrf", csrf.as_str()),
                        ("email", "someone@uni.example"),
                        ("password", "not the password"),
                    ],
                )
                .await
                .status
        }
    };
    for _ in 0..5 {
        assert_eq!(attempt(&first).await, 401);
    }
    assert_eq!(attempt(&first).await, 429, "throttled on the first");
    assert_eq!(attempt(&second).await, 401, "not on the second");

    // Signing out announces the change on the installation's own channel.
    let signout = Browser::new()
        .post_with(
            &first.url("/t/turin/auth/signout"),
            &[("csrf", &session.csrf)],
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(signout.status, 303);
    let message = tokio::time::timeout(Duration::from_secs(5), listener.on_message().next())
        .await
        .expect("a change is announced")
        .expect("a message");
    let prefixes = [
        format!("{}:", first.store.namespace),
        format!("{}:", second.store.namespace),
    ];
    assert!(
        message.get_channel_name().starts_with(prefixes[0].as_str()),
        "{}",
        message.get_channel_name()
    );

    let mut plain = connect().await;
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg("*")
        .query_async(&mut plain)
        .await
        .expect("keys");
    assert!(!keys.is_empty());
    for key in &keys {
        assert!(
            prefixes.iter().any(|p| key.starts_with(p.as_str())),
            "{key} carries no installation's prefix"
        );
    }
}

on_both_backends!(installations_sharing_a_redis_share_nothing);
