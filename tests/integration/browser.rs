//! End-to-end journeys in a real browser: Debian's Chromium, driven by
//! `tests/browser/journeys.mjs` (playwright-core), against the real server
//! and the real OpenID Connect provider, once with JavaScript and once
//! without, with axe-core run on every page. This test prepares only what
//! no journey does through the pages (the cities, their sign-in, the first
//! admin, the coordinator's account) and hands the rest to the script.

use std::{path::PathBuf, process::Stdio, time::Duration};

use chrono::Utc;
use innovato::{
    auth::platform,
    i18n::Lang,
    organisation::division,
    people::{Role, role, user},
    tenancy::TenantId,
};
use sea_orm::ActiveValue::Set;
use serde_json::{Value, json};
use tokio::process::Command;

use crate::{
    provider::{Account, Issuer, TestProvider, configure_city},
    support::{Backend, TestServer},
};

const ADMIN: Account = Account {
    sub: "admin-1",
    email: "marco.bianchi@torino.example",
    name: "Marco Bianchi",
    division: "INF",
    grade: "dirigente",
};
const LEAD: Account = Account {
    sub: "emp-1",
    email: "giulia.rossi@torino.example",
    name: "Giulia Rossi",
    division: "INF",
    grade: "funzionario",
};
const COLLEAGUE: Account = Account {
    sub: "emp-2",
    email: "luca.ferri@torino.example",
    name: "Luca Ferri",
    division: "AMB",
    grade: "istruttore",
};
const OUTSIDER: Account = Account {
    sub: "pt-1",
    email: "ana.silva@porto.example",
    name: "Ana Silva",
    division: "DMA",
    grade: "tecnica",
};

/// A word of 68 letters (a Romanian compound), which must wrap on every
/// page that shows the call's title instead of widening it.
const LONG_WORD: &str = "pneumonoultramicroscopicsilicovolcanoconiozelorantiguvernamentalilor";

/// What the script checks pages against, in the language of the run.
const MESSAGES: &[&str] = &[
    "call-phase-open",
    "call-phase-review",
    "status-submitted",
    "submitted-title",
    "status-in-implementation",
    "form-has-errors",
    "error-not-found",
    "team-invited-heading",
    "results-published",
    "review-blind-note",
    "network-title",
];

pub(crate) fn browser_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/browser")
}

/// Screenshots of every step, kept after the test (gitignored).
pub(crate) fn artifacts_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/.artifacts/browser");
    std::fs::create_dir_all(&dir).expect("artifacts directory");
    dir.canonicalize().expect("artifacts directory")
}

/// Turin (Italian, Hungarian, English) and Porto (Portuguese, English,
/// Hungarian), each signing in with its own issuer of one provider.
async fn cities(server: &TestServer) -> TestProvider {
    let turin = TenantId::of(
        &server
            .create_city("turin", &[Lang::It, Lang::Hu, Lang::En])
            .await,
    );
    let porto = TenantId::of(
        &server
            .create_city("porto", &[Lang::Pt, Lang::En, Lang::Hu])
            .await,
    );
    for (code, name) in [
        ("INF", "Divisione Sistemi Informativi"),
        ("AMB", "Divisione Ambiente"),
    ] {
        turin
            .insert(
                division::ActiveModel {
                    code: Set(code.into()),
                    name: Set(name.into()),
                    ..Default::default()
                },
                &server.store.db,
            )
            .await
            .expect("division");
    }
    let provider = TestProvider::start(&[
        Issuer {
            name: "turin",
            client_id: "innovato-turin",
            client_secret: "s3cret-turin",
            site: server.url("/t/turin"),
            accounts: vec![ADMIN, LEAD, COLLEAGUE],
        },
        Issuer {
            name: "porto",
            client_id: "innovato-porto",
            client_secret: "s3cret-porto",
            site: server.url("/t/porto"),
            accounts: vec![OUTSIDER],
        },
    ])
    .await;
    for (scope, name, client, secret) in [
        (turin, "turin", "innovato-turin", "s3cret-turin"),
        (porto, "porto", "innovato-porto", "s3cret-porto"),
    ] {
        configure_city(
            &server.store.db,
            scope,
            provider.issuer(name),
            client,
            server.state.secrets.seal(secret),
        )
        .await;
    }
    // The city's first admin is made by the platform, not by a page: the
    // person of the admin's SSO identity, holding the role before signing in.
    let admin = turin
        .insert(
            user::ActiveModel {
                issuer: Set(provider.issuer("turin")),
                subject: Set(ADMIN.sub.into()),
                email: Set(ADMIN.email.into()),
                display_name: Set(ADMIN.name.into()),
                active: Set(true),
                created_at: Set(Utc::now()),
                attributes: Set("{}".into()),
                notify_by_email: Set(false),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("admin");
    turin
        .insert(
            role::ActiveModel {
                user_id: Set(admin.id),
                role: Set(Role::TenantAdmin),
                call_id: Set(None),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("admin role");
    provider
}

fn person(account: &Account) -> Value {
    json!({ "login": account.sub, "email": account.email, "name": account.name })
}

fn messages(server: &TestServer, lang: Lang) -> Value {
    let l10n = server.state.locales.for_lang(lang);
    MESSAGES
        .iter()
        .map(|id| ((*id).to_owned(), Value::String(l10n.t(id))))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// Runs the whole journey in `lang`, with or without JavaScript.
async fn journey(backend: Backend, lang: Lang, javascript: bool) {
    let server = TestServer::start(backend).await;
    let _provider = cities(&server).await;
    let coordinator_setup = platform::grant(
        &server.store.db,
        "eva.lindqvist@network.example",
        "Eva Lindqvist",
        Role::Coordinator,
    )
    .await
    .expect("coordinator");
    // Porto speaks the visitor's language when it offers it, else its own.
    let porto_lang = if lang == Lang::Hu { Lang::Hu } else { Lang::Pt };
    let config = json!({
        "base": server.url(""),
        "lang": lang.code(),
        "portoLang": porto_lang.code(),
        "javascript": javascript,
        "artifacts": artifacts_dir(),
        "admin": person(&ADMIN),
        "lead": person(&LEAD),
        "colleague": person(&COLLEAGUE),
        "outsider": person(&OUTSIDER),
        "juror": {
            "email": "anna.verdi@polito.example",
            "name": "Prof. Anna Verdi",
            "password": "una password lunga e sicura",
        },
        "coordinator": {
            "name": "Eva Lindqvist",
            "setup": coordinator_setup,
            "password": "coordinating the network 2026",
        },
        "turin": {
            "name": "City of turin",
            "headcount": server.state.locales.for_lang(lang).number(1_000),
        },
        // Every page is measured at a phone's, a tablet's and a laptop's
        // width; the last is the window the journey runs in.
        "widths": [390, 768, 1366],
        // A 68-letter Romanian word the admin puts in the call's title.
        "longWord": LONG_WORD,
        "messages": messages(&server, lang),
        "portoMessages": messages(&server, porto_lang),
    });
    run_script(
        "journeys.mjs",
        &config,
        &format!(
            "the journey in {} {} JavaScript",
            lang.code(),
            if javascript { "with" } else { "without" },
        ),
    )
    .await;
}

/// Runs `tests/browser/<script>` with `config` (written to a file named as
/// its argument) and fails, with what it printed, unless it exits with 0.
pub(crate) async fn run_script(script: &str, config: &Value, what: &str) {
    let file = tempfile::NamedTempFile::new().expect("config file");
    std::fs::write(file.path(), config.to_string()).expect("config written");
    let node = Command::new("node")
        .arg(browser_dir().join(script))
        .arg(file.path())
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(600), node)
        .await
        .unwrap_or_else(|_| panic!("{what} ends within 10 minutes"))
        .unwrap_or_else(|e| {
            panic!("node runs tests/browser/{script} (run tests/setup first): {e}")
        });
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{stdout}\n{stderr}",
        output.status,
    );
    // What it checked, shown with `--nocapture`.
    println!("{what}:\n{stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journey_in_italian_with_javascript() {
    journey(Backend::Sqlite, Lang::It, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journey_in_hungarian_without_javascript() {
    journey(Backend::Postgres, Lang::Hu, false).await;
}
