//! Starting a real server for a test, on the backend the test asks for.

use std::net::SocketAddr;

use innovato::ids::PersonId;
use innovato::{
    auth::{Principal, Realm, session},
    clock::Clock,
    db,
    http::{self, ServerState, Settings},
    secrets::SecretKey,
};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use tokio::{net::TcpListener, sync::oneshot};

/// The PostgreSQL the tests use; override with `INNOVATO_TEST_POSTGRES`.
pub fn postgres_url() -> String {
    std::env::var("INNOVATO_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// Attachments in memory: at most 64 KiB each, 2 per proposal.
fn test_attachments() -> innovato::attachments::Attachments {
    innovato::attachments::Attachments {
        store: std::sync::Arc::new(object_store::memory::InMemory::new()),
        max_bytes: 64 * 1024,
        max_count: 2,
    }
}

/// One key for every instance a test starts, as production shares its key.
fn test_key() -> SecretKey {
    static KEY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SecretKey::from_base64(KEY.get_or_init(SecretKey::generate)).expect("key")
}

/// An HTTP client that keeps redirects for the test to see.
pub fn client() -> reqwest::Client {
    // The server's TLS provider; building a client needs one installed.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client")
}

/// Where a test's data live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs an async test body once per backend, as two separate tests.
macro_rules! on_both_backends {
    ($($test:ident),+ $(,)?) => {
        $(mod $test {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$test($crate::support::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$test($crate::support::Backend::Postgres).await
            }
        })+
    };
}
pub(crate) use on_both_backends;

/// A fresh, migrated database of its own.
pub struct TestDb {
    pub db: DatabaseConnection,
    pub url: String,
    /// The PostgreSQL schema, dropped when the test ends.
    schema: Option<String>,
    /// Shared cache keys of this database's instances start with it.
    pub namespace: String,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temporary directory");
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
                let db = db::connect(&url, None).await.expect("sqlite opens");
                db::migrate(&db, &url).await.expect("sqlite migrates");
                Self {
                    db,
                    url,
                    schema: None,
                    namespace: format!("test-{}", uuid::Uuid::new_v4().simple()),
                    _dir: Some(dir),
                }
            }
            Backend::Postgres => {
                let url = postgres_url();
                let schema = format!("t_{}", uuid::Uuid::new_v4().simple());
                let admin = db::connect(&url, None)
                    .await
                    .expect("PostgreSQL at 127.0.0.1:5432 (database test) is reachable");
                admin
                    .execute_unprepared(&format!("CREATE SCHEMA \"{schema}\""))
                    .await
                    .expect("schema is created");
                admin.close().await.ok();
                let db = db::connect(&url, Some(&schema))
                    .await
                    .expect("postgres opens");
                db::migrate(&db, &url).await.expect("postgres migrates");
                Self {
                    db,
                    url,
                    namespace: format!("test-{schema}"),
                    schema: Some(schema),
                    _dir: None,
                }
            }
        }
    }
}

impl TestDb {
    /// A database server the test started itself (to stop and start it),
    /// migrated; it goes away with the test's server.
    pub async fn at(url: &str) -> Self {
        let db = db::connect(url, None).await.expect("the database opens");
        db::migrate(&db, url).await.expect("the database migrates");
        Self {
            db,
            url: url.to_owned(),
            schema: None,
            namespace: format!("test-{}", uuid::Uuid::new_v4().simple()),
            _dir: None,
        }
    }

    /// The URL the real binary, in a process of its own, opens this
    /// database with: on PostgreSQL, the test's schema as search path.
    pub fn process_url(&self) -> String {
        match &self.schema {
            Some(schema) => {
                let joint = if self.url.contains('?') { '&' } else { '?' };
                format!("{}{joint}options=-c%20search_path%3D{schema}", self.url)
            }
            None => self.url.clone(),
        }
    }

    /// Another pool on the same database, as a second server instance has.
    pub fn shared(other: &TestDb) -> Self {
        Self {
            db: other.db.clone(),
            url: other.url.clone(),
            schema: None,
            namespace: other.namespace.clone(),
            _dir: None,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(schema) = self.schema.take() else {
            return;
        };
        let url = self.url.clone();
        // Drop runs outside async code: a short-lived runtime of its own.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async {
                if let Ok(admin) = db::connect(&url, None).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

/// The real server, listening on an ephemeral port of 127.0.0.1.
pub struct TestServer {
    pub addr: SocketAddr,
    pub store: TestDb,
    /// The server's state, for tests that set things up directly.
    pub state: ServerState,
    pub client: reqwest::Client,
    stop: Option<oneshot::Sender<()>>,
}

/// What every test server runs with unless the test says otherwise.
fn settings_for(store: &TestDb) -> Settings {
    Settings {
        demo: false,
        secret_key: test_key(),
        // The test identity providers listen on loopback, over http.
        allow_private_issuers: true,
        secure_cookies: false,
        clock: Clock::system(),
        attachments: test_attachments(),
        mailer: None,
        // Filled in with the listening address once it is known.
        public_url: String::new(),
        mail_every: std::time::Duration::from_millis(100),
        cache_prefix: store.namespace.clone(),
        metrics_token: None,
        trusted_proxies: Default::default(),
        rate_limit_factor: 1,
        bench_routes: false,
    }
}

impl TestServer {
    /// An empty platform.
    pub async fn start(backend: Backend) -> Self {
        Self::with(TestDb::new(backend).await, false, None).await
    }

    /// The demo network, seeded as `serve --demo` seeds it.
    pub async fn demo(backend: Backend) -> Self {
        let store = TestDb::new(backend).await;
        innovato::demo::seed_once(&store.db)
            .await
            .expect("demo seeds");
        Self::with(store, true, None).await
    }

    pub async fn with(
        store: TestDb,
        demo: bool,
        redis: Option<redis::aio::ConnectionManager>,
    ) -> Self {
        let settings = Settings {
            demo,
            ..settings_for(&store)
        };
        Self::with_settings(store, redis, settings).await
    }

    /// The demo network, on a clock the test moves.
    pub async fn demo_with_clock(backend: Backend, clock: Clock) -> Self {
        Self::demo_with(backend, clock, None).await
    }

    /// The demo network, sending email through `mailer`.
    pub async fn demo_with(
        backend: Backend,
        clock: Clock,
        mailer: Option<innovato::notifications::mail::Mailer>,
    ) -> Self {
        Self::demo_configured(backend, clock, mailer, None).await
    }

    /// The demo network, its rate limits multiplied by `factor` (for a
    /// client that is many people from one address).
    pub async fn demo_with_rate_limit_factor(backend: Backend, factor: u64) -> Self {
        let store = TestDb::new(backend).await;
        innovato::demo::seed_once(&store.db)
            .await
            .expect("demo seeds");
        let settings = Settings {
            demo: true,
            rate_limit_factor: factor,
            ..settings_for(&store)
        };
        Self::with_settings(store, None, settings).await
    }

    /// The demo network, with `/metrics` behind `token`.
    pub async fn demo_with_metrics_token(backend: Backend, token: &str) -> Self {
        Self::demo_configured(backend, Clock::system(), None, Some(token.to_owned())).await
    }

    async fn demo_configured(
        backend: Backend,
        clock: Clock,
        mailer: Option<innovato::notifications::mail::Mailer>,
        metrics_token: Option<String>,
    ) -> Self {
        let store = TestDb::new(backend).await;
        innovato::demo::seed_once(&store.db)
            .await
            .expect("demo seeds");
        let settings = Settings {
            demo: true,
            clock,
            mailer,
            metrics_token,
            ..settings_for(&store)
        };
        Self::with_settings(store, None, settings).await
    }

    /// A server configured as in production: no private issuers, no demo.
    pub async fn strict(store: TestDb) -> Self {
        let settings = Settings {
            allow_private_issuers: false,
            ..settings_for(&store)
        };
        Self::with_settings(store, None, settings).await
    }

    /// An empty platform that believes forwarded headers from `proxies`.
    pub async fn behind_proxies(backend: Backend, proxies: &str) -> Self {
        let store = TestDb::new(backend).await;
        let settings = Settings {
            trusted_proxies: proxies.parse().expect("proxy list"),
            ..settings_for(&store)
        };
        Self::with_settings(store, None, settings).await
    }

    async fn with_settings(
        store: TestDb,
        redis: Option<redis::aio::ConnectionManager>,
        mut settings: Settings,
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("ephemeral port");
        let addr = listener.local_addr().expect("bound address");
        if settings.public_url.is_empty() {
            settings.public_url = format!("http://{addr}");
        }
        let state = ServerState::new(store.db.clone(), redis, settings).expect("state");
        let kept = state.clone();
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(http::serve(listener, state, async move {
            let _ = stopped.await;
        }));
        let client = client();
        Self {
            addr,
            store,
            state: kept,
            client,
            stop: Some(stop),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// GET `path` as a browser asking for `accept_language` would.
    pub async fn get(&self, path: &str, accept_language: &str) -> Page {
        Page::from(
            self.client
                .get(self.url(path))
                .header("accept-language", accept_language)
                .send()
                .await
                .expect("request is answered"),
        )
        .await
    }

    /// GET `path` as sent to the host name `host` (a city's own domain).
    pub async fn get_on_host(&self, host: &str, path: &str, accept_language: &str) -> Page {
        Page::from(
            self.client
                .get(self.url(path))
                .header("host", host)
                .header("accept-language", accept_language)
                .send()
                .await
                .expect("request is answered"),
        )
        .await
    }
}

impl TestServer {
    /// Creates a city as `innovato tenant create` would.
    pub async fn create_city(
        &self,
        slug: &str,
        locales: &[innovato::i18n::Lang],
    ) -> innovato::tenants::Model {
        innovato::tenants::create(
            &self.store.db,
            innovato::tenants::NewTenant {
                slug: slug.into(),
                name: format!("City of {slug}"),
                hosts: Vec::new(),
                locales: locales.to_vec(),
                default_locale: locales[0],
                timezone: "Europe/Rome".into(),
                headcount: 1_000,
                primary_color: "#224466".into(),
                is_demo: false,
            },
        )
        .await
        .expect("city is created")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// A response, read whole.
pub struct Page {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    async fn from(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.text().await.expect("body is text");
        Self {
            status,
            headers,
            body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The value a `Set-Cookie` header of the response gives `name`.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|c| c.split(';').next()?.split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    }

    /// The `lang` attribute of the page's `<html>` element.
    pub fn html_lang(&self) -> Option<&str> {
        let start = self.body.find("<html lang=\"")? + "<html lang=\"".len();
        let end = self.body[start..].find('"')? + start;
        Some(&self.body[start..end])
    }

    /// The text of the first `<h1>`.
    pub fn h1(&self) -> Option<&str> {
        let start = self.body.find("<h1>")? + 4;
        let end = self.body[start..].find("</h1>")? + start;
        Some(&self.body[start..end])
    }
}

/// A browser: keeps cookies (per host, as browsers do), never follows a
/// redirect by itself.
#[derive(Clone)]
pub struct Browser {
    client: reqwest::Client,
    jar: std::sync::Arc<reqwest::cookie::Jar>,
}

impl Browser {
    pub fn new() -> Self {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
        Self {
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .cookie_provider(jar.clone())
                .build()
                .expect("browser"),
            jar,
        }
    }

    /// A browser already signed in as a city's person (a session made
    /// directly, as a sign-in would make it).
    pub async fn signed_in(server: &TestServer, slug: &str, tenant_id: i32, user_id: i32) -> Self {
        let browser = Self::new();
        let (id, _) = session::start(
            &server.state.store,
            Realm::Tenant(tenant_id),
            Principal::User(PersonId(user_id)),
            None,
        )
        .await
        .expect("session");
        let url = reqwest::Url::parse(&server.url(&format!("/t/{slug}/"))).expect("url");
        browser
            .jar
            .add_cookie_str(&format!("innovato_session={id}; Path=/t/{slug}/"), &url);
        browser
    }

    pub async fn get(&self, url: &str) -> Page {
        Page::from(self.client.get(url).send().await.expect("answered")).await
    }

    /// The `Cookie` header this browser sends to `url`.
    pub fn cookies(&self, url: &str) -> String {
        use reqwest::cookie::CookieStore;
        let url = reqwest::Url::parse(url).expect("url");
        self.jar
            .cookies(&url)
            .and_then(|value| value.to_str().ok().map(str::to_owned))
            .unwrap_or_default()
    }

    pub async fn get_with(&self, url: &str, headers: &[(&str, &str)]) -> Page {
        let mut request = self.client.get(url);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Page::from(request.send().await.expect("answered")).await
    }

    /// An answer's headers and its bytes as they came, not decoded as text
    /// (a compressed page, say).
    pub async fn get_raw(
        &self,
        url: &str,
        headers: &[(&str, &str)],
    ) -> (reqwest::header::HeaderMap, Vec<u8>) {
        let mut request = self.client.get(url);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("answered");
        let headers = response.headers().clone();
        let bytes = response.bytes().await.expect("body");
        (headers, bytes.to_vec())
    }

    /// A multipart upload as the proposal page's form sends it.
    pub async fn upload(&self, url: &str, csrf: &str, name: &str, bytes: Vec<u8>) -> Page {
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf.to_owned())
            .part(
                "file",
                reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
            );
        Page::from(
            self.client
                .post(url)
                .multipart(form)
                .send()
                .await
                .expect("answered"),
        )
        .await
    }

    /// Any request, with a JSON body if given.
    pub async fn request(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<String>,
    ) -> Page {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut request = self.client.request(method, url);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body);
        }
        Page::from(request.send().await.expect("answered")).await
    }

    /// A form post that asks for JSON, as the autosave script does.
    pub async fn client_post_json(&self, url: &str, form: &[(&str, &str)]) -> Page {
        Page::from(
            self.client
                .post(url)
                .header("accept", "application/json")
                .form(form)
                .send()
                .await
                .expect("answered"),
        )
        .await
    }

    pub async fn post(&self, url: &str, form: &[(&str, &str)]) -> Page {
        Page::from(
            self.client
                .post(url)
                .form(form)
                .send()
                .await
                .expect("answered"),
        )
        .await
    }

    pub async fn post_with(
        &self,
        url: &str,
        form: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Page {
        let mut request = self.client.post(url).form(form);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Page::from(request.send().await.expect("answered")).await
    }
}

impl Page {
    /// The CSRF token the page's forms carry.
    pub fn csrf(&self) -> String {
        let marker = "name=\"csrf\" value=\"";
        let start = self.body.find(marker).expect("a form with a CSRF token") + marker.len();
        let end = self.body[start..].find('"').expect("token end") + start;
        self.body[start..end].to_owned()
    }

    /// The redirect target, made absolute against `from`.
    pub fn location(&self, from: &str) -> String {
        let location = self.header("location").expect("a redirect");
        reqwest::Url::parse(from)
            .expect("url")
            .join(location)
            .expect("location")
            .to_string()
    }
}

/// A message as a page in `lang` shows it (HTML-escaped).
pub fn message(server: &TestServer, lang: innovato::i18n::Lang, id: &str) -> String {
    server
        .state
        .locales
        .for_lang(lang)
        .t(id)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// The demo as publishing each call's results leaves it: the winners
/// awarded, and no project, milestone, update, practice or adoption yet.
/// Tests of implementation and of the library start there, on a budget
/// nobody has allocated (the demo seeds a story of them; see `demo::`).
pub async fn before_implementation(db: &DatabaseConnection) {
    for statement in [
        "DELETE FROM milestones",
        "DELETE FROM project_updates",
        "DELETE FROM adoptions",
        "DELETE FROM practice_texts",
        "DELETE FROM practices",
        "DELETE FROM projects",
        "UPDATE proposals SET status = 'awarded' \
         WHERE status IN ('in_implementation', 'implemented', 'stopped')",
    ] {
        db.execute_unprepared(statement)
            .await
            .unwrap_or_else(|e| panic!("{statement}: {e}"));
    }
}
