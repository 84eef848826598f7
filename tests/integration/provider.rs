//! A real OpenID Connect provider (npm `oidc-provider`, see tests/oidc),
//! started per test on loopback with issuers standing for cities.

use std::{path::PathBuf, process::Stdio, sync::Mutex, time::Duration};

use chrono::Utc;
use innovato::{auth::oidc, tenancy::TenantId};
use sea_orm::{ActiveValue::Set, DatabaseConnection};
use serde_json::{Value, json};
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
};

/// A person the provider knows.
pub struct Account {
    pub sub: &'static str,
    pub email: &'static str,
    pub name: &'static str,
    pub division: &'static str,
    pub grade: &'static str,
}

/// An issuer (one city's provider) with one client: the city's site.
pub struct Issuer {
    pub name: &'static str,
    pub client_id: &'static str,
    pub client_secret: &'static str,
    /// The server base the client redirects to, e.g. `http://127.0.0.1:PORT/t/turin`.
    pub site: String,
    pub accounts: Vec<Account>,
}

pub struct TestProvider {
    /// Issuer URL by issuer name.
    pub issuers: Value,
    _child: Child,
    _config: tempfile::NamedTempFile,
    _turn: tokio::sync::OwnedSemaphorePermit,
}

/// Node processes alive at once: on a 2-core machine running the whole
/// suite, more would starve each other (and the tests) of CPU.
static RUNNING: std::sync::LazyLock<std::sync::Arc<tokio::sync::Semaphore>> =
    std::sync::LazyLock::new(|| std::sync::Arc::new(tokio::sync::Semaphore::new(3)));

fn oidc_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/oidc")
}

/// `npm ci` once per test run, so a fresh clone needs no manual step.
fn install_once() {
    static DONE: Mutex<bool> = Mutex::new(false);
    let mut done = DONE.lock().unwrap_or_else(|p| p.into_inner());
    if *done || oidc_dir().join("node_modules/oidc-provider").exists() {
        *done = true;
        return;
    }
    let status = std::process::Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(oidc_dir())
        .status()
        .expect("npm runs (Node.js is needed for the SSO tests)");
    assert!(status.success(), "npm ci in tests/oidc");
    *done = true;
}

impl TestProvider {
    pub async fn start(issuers: &[Issuer]) -> Self {
        tokio::task::spawn_blocking(install_once)
            .await
            .expect("install");
        let turn = RUNNING.clone().acquire_owned().await.expect("semaphore");
        let config = json!({
            "issuers": issuers.iter().map(|issuer| json!({
                "name": issuer.name,
                "clients": [{
                    "client_id": issuer.client_id,
                    "client_secret": issuer.client_secret,
                    "redirect_uris": [format!("{}/auth/callback", issuer.site)],
                    "post_logout_redirect_uris": [format!("{}/", issuer.site)],
                }],
                "accounts": issuer.accounts.iter().map(|a| json!({
                    "sub": a.sub, "email": a.email, "name": a.name,
                    "division": a.division, "grade": a.grade,
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        });
        let file = tempfile::NamedTempFile::new().expect("config file");
        std::fs::write(file.path(), config.to_string()).expect("config written");
        // A provider that has not said READY within 30 s is started again
        // (twice at most); what it wrote to stderr is shown if none starts.
        let mut attempts = Vec::new();
        let (child, ready) = loop {
            let log = tempfile::NamedTempFile::new().expect("provider log");
            let mut child = Command::new("node")
                .arg(oidc_dir().join("provider.mjs"))
                .arg(file.path())
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(log.reopen().expect("log file"))
                .kill_on_drop(true)
                .spawn()
                .expect("node starts the provider");
            let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
            let mut line = String::new();
            match tokio::time::timeout(Duration::from_secs(30), stdout.read_line(&mut line)).await {
                Ok(read) => {
                    read.expect("stdout");
                    break (child, line);
                }
                Err(_) => {
                    let _ = child.kill().await;
                    attempts.push(std::fs::read_to_string(log.path()).unwrap_or_default());
                    assert!(
                        attempts.len() < 3,
                        "the OpenID provider did not start in 3 attempts; its stderr: {attempts:#?}"
                    );
                }
            }
        };
        let ready = ready.strip_prefix("READY ").expect("READY line").to_owned();
        Self {
            issuers: serde_json::from_str(ready.trim()).expect("issuer URLs"),
            _child: child,
            _config: file,
            _turn: turn,
        }
    }

    pub fn issuer(&self, name: &str) -> String {
        self.issuers[name].as_str().expect("issuer").to_owned()
    }
}

/// Points a city's sign-in at `issuer_url` with one client, as its admin
/// would on the settings page; `sealed_secret` is sealed with the server's key.
pub async fn configure_city(
    db: &DatabaseConnection,
    scope: TenantId,
    issuer_url: String,
    client_id: &str,
    sealed_secret: String,
) {
    scope
        .insert(
            oidc::ActiveModel {
                issuer_url: Set(issuer_url),
                client_id: Set(client_id.into()),
                client_secret: Set(sealed_secret),
                scopes: Set("openid email profile organisation".into()),
                email_claim: Set("email".into()),
                name_claim: Set("name".into()),
                division_claim: Set("division".into()),
                grade_claim: Set("grade".into()),
                updated_at: Set(Utc::now()),
                ..Default::default()
            },
            db,
        )
        .await
        .expect("provider configured");
}
