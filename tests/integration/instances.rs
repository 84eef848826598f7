//! Several instances of one installation: two `innovato serve` processes
//! over one PostgreSQL schema and one Redis, behind nginx (round-robin, on
//! loopback). A session made on one instance is good on the other; the
//! phase task, which runs on both, moves each due call once; a change
//! through one instance reaches the figures the other serves from cache;
//! and behind the trusted proxy, limits count per real client address.
//!
//! PostgreSQL only: several processes over one SQLite file is not a way to
//! run Innovato.

use std::{
    collections::BTreeSet,
    net::IpAddr,
    path::{Path, PathBuf},
    process::Stdio,
    time::Duration,
};

use chrono::Utc;
use innovato::{
    people::{Role, role, user},
    projects, proposals,
    secrets::SecretKey,
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, QueryFilter, QueryOrder};
use serde_json::Value;
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, ChildStdout, Command},
};

use crate::{
    network::kpi,
    provider::{Account, Issuer, TestProvider, configure_city},
    support::{Backend, Page, TestDb},
};

const BINARY: &str = env!("CARGO_BIN_EXE_innovato");

/// One `innovato serve` process; killed when dropped.
struct Instance {
    /// `127.0.0.1:<port>`, as nginx names its upstream.
    addr: String,
    log: PathBuf,
    _stdout: BufReader<ChildStdout>,
    _process: Child,
}

impl Instance {
    async fn start(db: &TestDb, key: &str, dir: &Path, name: &str) -> Self {
        let log = dir.join(format!("{name}.log"));
        let stderr = std::fs::File::create(&log).expect("log file");
        let mut process = Command::new(BINARY)
            .args(["--log-format", "json", "serve", "--demo"])
            .args(["--bind", "127.0.0.1:0"])
            .env("DATABASE_URL", db.process_url())
            .env("REDIS_URL", "redis://127.0.0.1:6379")
            .env("INNOVATO_SECRET_KEY", key)
            .env("INNOVATO_CACHE_PREFIX", &db.namespace)
            // nginx reaches the instances from loopback.
            .env("INNOVATO_TRUSTED_PROXIES", "127.0.0.1")
            .env(
                "INNOVATO_STORAGE_URL",
                format!("file://{}", dir.join("uploads").display()),
            )
            .env_remove("INNOVATO_METRICS_TOKEN")
            .env_remove("RUST_LOG")
            .current_dir(dir)
            .stdout(Stdio::piped())
            .stderr(stderr)
            .kill_on_drop(true)
            .spawn()
            .expect("innovato starts");
        let mut stdout = BufReader::new(process.stdout.take().expect("stdout"));
        let mut line = String::new();
        let read = tokio::time::timeout(Duration::from_secs(60), stdout.read_line(&mut line)).await;
        let Some(addr) = line
            .split("http://")
            .nth(1)
            .map(|rest| rest.trim().trim_end_matches('/').to_owned())
        else {
            panic!(
                "{name} did not start ({read:?}): {}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        };
        Self {
            addr,
            log,
            _stdout: stdout,
            _process: process,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// The instance's JSON log lines so far.
    fn log_lines(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter_map(|line| serde_json::from_str(line).ok())
            .collect()
    }

    /// Runs of the phase task that went well, from `/metrics`.
    async fn phase_runs(&self) -> u64 {
        let metrics = read(client(None).get(self.url("/metrics"))).await;
        metrics
            .body
            .lines()
            .find_map(|line| {
                line.strip_prefix(r#"innovato_task_runs_total{task="phases",outcome="ok"} "#)
            })
            .map_or(0, |n| n.parse().expect("a count"))
    }

    /// Calls this instance logged moving.
    fn calls_moved(&self) -> u64 {
        self.log_lines()
            .iter()
            .filter(|line| line["message"] == "calls moved to their next phase")
            .map(|line| line["moved"].as_u64().expect("a number"))
            .sum()
    }
}

/// nginx in front of the instances, round-robin; killed when dropped.
struct Proxy {
    port: u16,
    _process: Child,
}

impl Proxy {
    async fn start(dir: &Path, upstreams: &[&Instance]) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let servers: String = upstreams
            .iter()
            .map(|i| format!("        server {};\n", i.addr))
            .collect();
        let at = dir.display();
        // One process (no workers that could outlive a killed master); the
        // client's address is appended to X-Forwarded-For, as production
        // configurations do, and each answer names the instance that gave it.
        let config = format!(
            r#"master_process off;
pid {at}/nginx.pid;
error_log {at}/error.log;
events {{ worker_connections 256; }}
http {{
    access_log {at}/access.log;
    client_body_temp_path {at}/nginx-body;
    proxy_temp_path {at}/nginx-proxy;
    fastcgi_temp_path {at}/nginx-fastcgi;
    uwsgi_temp_path {at}/nginx-uwsgi;
    scgi_temp_path {at}/nginx-scgi;
    upstream innovato {{
{servers}    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://innovato;
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
"#
        );
        let path = dir.join("nginx.conf");
        std::fs::write(&path, config).expect("nginx.conf");
        let error_log = dir.join("error.log");
        let process = Command::new("nginx")
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(&path)
            .arg("-e")
            .arg(&error_log)
            .args(["-g", "daemon off;"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("nginx starts (tests/setup installs it)");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Self {
                    port,
                    _process: process,
                };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "nginx does not listen: {}",
            std::fs::read_to_string(&error_log).unwrap_or_default()
        );
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

/// Two instances behind nginx, over the demo network in `db`.
struct Installation {
    // Dropped in this order: nginx, the instances, then the database.
    proxy: Proxy,
    instances: [Instance; 2],
    db: TestDb,
    /// The server key every instance has.
    key: String,
    _dir: tempfile::TempDir,
}

impl Installation {
    /// Starts both instances at once (their phase tasks race from their
    /// first tick), then nginx.
    async fn start(db: TestDb) -> Self {
        let dir = tempfile::tempdir().expect("dir");
        let key = SecretKey::generate();
        let (first, second) = tokio::join!(
            Instance::start(&db, &key, dir.path(), "first"),
            Instance::start(&db, &key, dir.path(), "second"),
        );
        let proxy = Proxy::start(dir.path(), &[&first, &second]).await;
        Self {
            proxy,
            instances: [first, second],
            db,
            key,
            _dir: dir,
        }
    }

    fn addrs(&self) -> BTreeSet<String> {
        self.instances.iter().map(|i| i.addr.clone()).collect()
    }
}

/// A browser keeping cookies, connecting from `address` (any of
/// 127.0.0.0/8 is this machine), never following redirects.
fn client(address: Option<IpAddr>) -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .local_address(address)
        .build()
        .expect("client")
}

async fn read(request: reqwest::RequestBuilder) -> Page {
    let response = request.send().await.expect("answered");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.text().await.expect("body");
    Page {
        status,
        headers,
        body,
    }
}

/// The instance that answered, as nginx says.
fn upstream(page: &Page) -> String {
    page.header("x-upstream")
        .expect("nginx names it")
        .to_owned()
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    db.query_one_raw(sea_orm::Statement::from_string(
        db.get_database_backend(),
        sql,
    ))
    .await
    .expect("query")
    .expect("a row")
    .try_get_by_index(0)
    .expect("a count")
}

async fn turin(db: &DatabaseConnection) -> TenantId {
    TenantId::of(
        &tenants::find_by_slug(db, "turin")
            .await
            .expect("query")
            .expect("Turin"),
    )
}

/// Turin's demo administrator: (id, name).
async fn turin_admin(db: &DatabaseConnection, scope: TenantId) -> (i32, String) {
    let grant = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(db)
        .await
        .expect("query")
        .expect("an admin");
    let person = scope
        .find_by_id::<user::Entity>(grant.user_id)
        .one(db)
        .await
        .expect("query")
        .expect("the admin");
    (person.id.get(), person.display_name)
}

/// The euros allocated in Turin's 2019 figures, as its admin reads them
/// through nginx, and which instance answered.
async fn allocated_2019(browser: &reqwest::Client, proxy: &Proxy) -> (f64, String) {
    let export = read(browser.get(proxy.url("/t/turin/admin/network?year=2019&format=json"))).await;
    assert_eq!(export.status, 200, "{}", export.body);
    let json: Value = serde_json::from_str(&export.body).expect("json");
    let euros = kpi(&json["kpis"], "allocated", 0)
        .0
        .as_f64()
        .expect("euros");
    (euros, upstream(&export))
}

/// Reads until both instances have answered; every answer must be `euros`.
async fn both_instances_show(browser: &reqwest::Client, install: &Installation, euros: f64) {
    let mut answered = BTreeSet::new();
    for _ in 0..6 {
        let (seen, by) = allocated_2019(browser, &install.proxy).await;
        assert_eq!(seen, euros, "answered by {by}");
        answered.insert(by);
    }
    assert_eq!(answered, install.addrs());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_sessions_tasks_and_caches() {
    let db = TestDb::new(Backend::Postgres).await;
    innovato::demo::seed_once(&db.db).await.expect("demo");
    crate::support::before_implementation(&db.db).await;
    let scope = turin(&db.db).await;
    // Every open call of the network reaches its deadline before the
    // instances start: both run the phase task at once on their start.
    let due = count(&db.db, "SELECT count(*) FROM calls WHERE phase = 'open'").await;
    assert!(due >= 2, "the demo has open calls");
    let teams = count(
        &db.db,
        "SELECT count(*) FROM proposal_members m \
         JOIN proposals p ON p.tenant_id = m.tenant_id AND p.id = m.proposal_id \
         JOIN calls c ON c.tenant_id = p.tenant_id AND c.id = p.call_id \
         WHERE c.phase = 'open' AND p.status = 'submitted' AND m.status = 'accepted'",
    )
    .await;
    assert!(teams > 0, "submitted proposals have teams to tell");
    db.db
        .execute_unprepared(
            "UPDATE calls SET submissions_close_at = now() - interval '1 minute' \
             WHERE phase = 'open'",
        )
        .await
        .expect("deadlines passed");
    // Projects of Turin's 2019 winners, without budgets yet.
    let budgeted = scope
        .find::<innovato::calls::Entity>()
        .filter(innovato::calls::Column::BudgetCents.eq(4_000_000))
        .one(&db.db)
        .await
        .expect("query")
        .expect("the 2019 call");
    let awarded = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(budgeted.id))
        .filter(proposals::Column::Status.eq(proposals::Status::Awarded))
        .order_by_asc(proposals::Column::Id)
        .all(&db.db)
        .await
        .expect("awarded");
    projects::service::create_for_awarded(&db.db, scope, &awarded, Utc::now())
        .await
        .expect("projects");
    let (admin_id, admin_name) = turin_admin(&db.db, scope).await;

    let install = Installation::start(db).await;
    let db = &install.db.db;

    // The phase task ran on both instances; each due call moved once.
    for instance in &install.instances {
        let mut waited = 0;
        while instance.phase_runs().await == 0 {
            waited += 1;
            assert!(waited < 600, "{} ran its phase task", instance.addr);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    let mut moved = 0;
    for _ in 0..50 {
        moved = install.instances.iter().map(Instance::calls_moved).sum();
        if moved >= due.unsigned_abs() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(moved, due.unsigned_abs(), "moves logged by both instances");
    assert_eq!(
        count(db, "SELECT count(*) FROM calls WHERE phase = 'open'").await,
        0
    );
    assert_eq!(
        count(
            db,
            "SELECT count(*) FROM audit_log WHERE action = 'call.phase'"
        )
        .await,
        due,
        "one audit entry per move"
    );
    assert_eq!(
        count(
            db,
            "SELECT count(DISTINCT subject_id) FROM audit_log WHERE action = 'call.phase'"
        )
        .await,
        due,
        "every call's own"
    );
    assert_eq!(
        count(
            db,
            "SELECT count(*) FROM notifications WHERE message = 'notification-in-review'"
        )
        .await,
        teams,
        "each team member told once"
    );
    assert_eq!(
        count(
            db,
            "SELECT count(*) FROM proposals WHERE status = 'submitted'"
        )
        .await,
        0,
        "every submitted proposal went to review with its call"
    );

    // Signing in through nginx lands on one instance; the session holds on
    // both.
    let browser = client(None);
    let page = read(browser.get(install.proxy.url("/t/turin/auth/demo"))).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let signed_in = read(
        browser
            .post(install.proxy.url("/t/turin/auth/demo"))
            .form(&[("csrf", page.csrf()), ("person", admin_id.to_string())]),
    )
    .await;
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
    let mut served_by = BTreeSet::new();
    for _ in 0..10 {
        let account = read(browser.get(install.proxy.url("/t/turin/account"))).await;
        assert_eq!(account.status, 200, "signed in on {}", upstream(&account));
        assert!(account.body.contains(&admin_name), "{}", account.body);
        served_by.insert(upstream(&account));
    }
    assert_eq!(served_by, install.addrs(), "nginx spreads the requests");
    let signed_in_requests = install
        .instances
        .iter()
        .map(|i| {
            i.log_lines()
                .iter()
                .filter(|l| l["span"]["path"] == "/t/turin/account" && l["status"] == 200)
                .count()
        })
        .collect::<Vec<_>>();
    assert!(
        signed_in_requests.iter().all(|n| *n > 0),
        "each instance logged signed-in pages: {signed_in_requests:?}"
    );

    // The network's figures are cached for every instance: a change behind
    // their backs shows on neither.
    both_instances_show(&browser, &install, 0.0).await;
    let project = scope
        .find::<projects::Entity>()
        .one(db)
        .await
        .expect("query")
        .expect("a project");
    let mut row: projects::entity::ActiveModel = project.clone().into();
    row.allocated_cents = sea_orm::ActiveValue::Set(100);
    scope.update(row, db).await.expect("changed");
    both_instances_show(&browser, &install, 0.0).await;
    // A budget saved through one instance: the next readings on both
    // recompute Turin.
    let form = read(
        browser.get(
            install
                .proxy
                .url(&format!("/t/turin/projects/{}", project.id)),
        ),
    )
    .await;
    let saved = read(
        browser
            .post(
                install
                    .proxy
                    .url(&format!("/t/turin/projects/{}/budget", project.id)),
            )
            .form(&[
                ("csrf", form.csrf().as_str()),
                ("allocated", "8000"),
                ("committed", "0"),
                ("spent", "0"),
            ]),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let changed_on = upstream(&saved);
    let (euros, other) = allocated_2019(&browser, &install.proxy).await;
    assert_ne!(other, changed_on, "round-robin: the other instance reads");
    assert_eq!(euros, 8_000.0);
    both_instances_show(&browser, &install, 8_000.0).await;

    // Each instance remembers who is behind a session for a few seconds
    // (a change made behind the platform's back shows only after that),
    // and hears a sign-out made on the other at once.
    let session = signed_in
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("innovato_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned();
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let cookie = format!("innovato_session={session}");
    let account_on = |instance: &Instance| {
        plain
            .get(instance.url("/t/turin/account"))
            .header("cookie", &cookie)
    };
    for instance in &install.instances {
        let page = read(account_on(instance)).await;
        assert_eq!(page.status, 200, "{}", page.body);
    }
    db.execute_unprepared(&format!(
        "UPDATE users SET display_name = 'Renamed Behind' WHERE id = {admin_id}"
    ))
    .await
    .expect("renamed");
    let (first, second) = (&install.instances[0], &install.instances[1]);
    let remembered = read(account_on(second)).await;
    assert!(remembered.body.contains(&admin_name), "{}", remembered.body);
    let account = read(account_on(first)).await;
    let out = read(
        plain
            .post(first.url("/t/turin/auth/signout"))
            .header("cookie", &cookie)
            .form(&[("csrf", account.csrf())]),
    )
    .await;
    assert_eq!(out.status, 303, "{}", out.body);
    let heard = std::time::Instant::now();
    loop {
        let page = read(account_on(second)).await;
        if page.status != 200 {
            break;
        }
        assert!(
            heard.elapsed() < Duration::from_secs(1),
            "the other instance still takes the signed-out session"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limits_count_per_client_behind_the_proxy() {
    let db = TestDb::new(Backend::Postgres).await;
    innovato::demo::seed_once(&db.db).await.expect("demo");
    let install = Installation::start(db).await;
    let loopback = |n: u8| IpAddr::from([127, 0, 0, n]);
    let (alice, bob) = (client(Some(loopback(2))), client(Some(loopback(3))));
    let start_sso = install.proxy.url("/t/turin/auth/sso");
    let (_, per_address) = innovato::http::rate_limit::Class::SignIn.limits();
    // Alice spends her address's sign-in budget, over both instances.
    // Without SSO configured the answer is Turin's sign-in page saying so.
    let answer = read(alice.get(&start_sso)).await.status;
    assert_ne!(answer, 429);
    let mut served_by = BTreeSet::new();
    for _ in 1..per_address {
        let page = read(alice.get(&start_sso)).await;
        assert_eq!(page.status, answer, "within the limit");
        served_by.insert(upstream(&page));
    }
    assert_eq!(served_by, install.addrs());
    assert_eq!(read(alice.get(&start_sso)).await.status, 429);
    // Naming another address herself changes nothing: nginx appends hers.
    let spoofed = read(
        alice
            .get(&start_sso)
            .header("x-forwarded-for", "198.51.100.1"),
    )
    .await;
    assert_eq!(
        spoofed.status, 429,
        "the client's own header is not believed"
    );
    // Bob, behind the same proxy, has his own budget.
    assert_eq!(read(bob.get(&start_sso)).await.status, answer);
    // Straight to an instance, Bob is no proxy: his header naming Alice's
    // address is ignored.
    let direct = read(
        bob.get(install.instances[0].url("/t/turin/auth/sso"))
            .header("x-forwarded-for", "127.0.0.2"),
    )
    .await;
    assert_eq!(direct.status, answer, "an untrusted peer names no one");
}

/// A sign-in with Turin's identity provider through nginx: the handshake
/// (state, nonce, PKCE verifier) made on one instance is finished by the
/// other, and the session holds on both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn single_sign_on_crosses_instances() {
    let db = TestDb::new(Backend::Postgres).await;
    innovato::demo::seed_once(&db.db).await.expect("demo");
    let install = Installation::start(db).await;
    let provider = TestProvider::start(&[Issuer {
        name: "turin",
        client_id: "innovato-turin",
        client_secret: "s3cret-turin",
        site: install.proxy.url("/t/turin"),
        accounts: vec![Account {
            sub: "emp-77",
            email: "marta.neri@torino.example",
            name: "Marta Neri",
            division: "INF",
            grade: "employee",
        }],
    }])
    .await;
    let key = SecretKey::from_base64(&install.key).expect("key");
    configure_city(
        &install.db.db,
        turin(&install.db.db).await,
        provider.issuer("turin"),
        "innovato-turin",
        key.seal("s3cret-turin"),
    )
    .await;

    let browser = client(None);
    let from = install.proxy.url("/t/turin/auth/sso");
    let started = read(browser.get(&from)).await;
    assert_eq!(started.status, 303, "{}", started.body);
    // At the provider: log in, follow it back to the site.
    let mut url = started.location(&from);
    let mut callback = None;
    for _ in 0..10 {
        let page = read(browser.get(&url)).await;
        if page.status == 200 && url.contains("/interaction/") {
            let login = read(
                browser
                    .post(format!("{url}/login"))
                    .form(&[("login", "emp-77")]),
            )
            .await;
            assert_eq!(login.status, 303, "login accepted: {}", login.body);
            url = login.location(&url);
            continue;
        }
        assert!(matches!(page.status, 302 | 303), "{} at {url}", page.status);
        url = page.location(&url);
        if url.starts_with(&install.proxy.url("/")) {
            callback = Some(url.clone());
            break;
        }
    }
    let callback = callback.expect("the provider sends the browser back");
    let finished = read(browser.get(&callback)).await;
    assert_eq!(finished.status, 303, "{}", finished.body);
    assert!(finished.cookie("innovato_session").is_some());
    assert_ne!(
        upstream(&finished),
        upstream(&started),
        "round-robin: the other instance finishes the sign-in"
    );
    let mut served_by = BTreeSet::new();
    for _ in 0..4 {
        let account = read(browser.get(install.proxy.url("/t/turin/account"))).await;
        assert_eq!(account.status, 200, "signed in on {}", upstream(&account));
        assert!(account.body.contains("Marta Neri"), "{}", account.body);
        served_by.insert(upstream(&account));
    }
    assert_eq!(served_by, install.addrs());
}

/// A proxy list that names something other than addresses stops the start.
#[tokio::test]
async fn a_wrong_proxy_list_is_refused() {
    let out = Command::new(BINARY)
        .args(["serve", "--trusted-proxies", "127.0.0.1,proxy.internal"])
        .env_remove("INNOVATO_TRUSTED_PROXIES")
        .output()
        .await
        .expect("binary runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: ") && stderr.contains("\"proxy.internal\" is neither"),
        "{stderr}"
    );
}
