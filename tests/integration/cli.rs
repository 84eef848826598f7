//! The `innovato` binary as an operator runs it.

use std::{process::Stdio, time::Duration};

use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, BufReader},
    process::Command,
};

const BINARY: &str = env!("CARGO_BIN_EXE_innovato");

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

async fn innovato(database_url: &str, args: &[&str]) -> Run {
    let out = Command::new(BINARY)
        .args(args)
        .env("DATABASE_URL", database_url)
        .env_remove("REDIS_URL")
        .output()
        .await
        .expect("binary runs");
    let run = Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked"), "no panic: {}", run.stderr);
    run
}

fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display())
}

const TURIN: [&str; 16] = [
    "tenant",
    "create",
    "--slug",
    "torino",
    "--name",
    "Città di Torino",
    "--host",
    "idee.torino.example",
    "--locales",
    "it,en",
    "--default-locale",
    "it",
    "--timezone",
    "Europe/Rome",
    "--headcount",
    "10000",
];

#[tokio::test]
async fn help_describes_every_command() {
    let dir = tempfile::tempdir().expect("dir");
    let url = sqlite_url(&dir);
    let help = innovato(&url, &["--help"]).await;
    assert!(help.ok);
    for command in ["serve", "migrate", "tenant"] {
        assert!(
            help.stdout.contains(command),
            "{command} in {}",
            help.stdout
        );
    }
    let create = innovato(&url, &["tenant", "create", "--help"]).await;
    for flag in [
        "--slug",
        "--name",
        "--host",
        "--locales",
        "--default-locale",
        "--timezone",
        "--headcount",
    ] {
        assert!(create.stdout.contains(flag), "{flag} in {}", create.stdout);
    }
    let serve = innovato(&url, &["serve", "--help"]).await;
    assert!(serve.stdout.contains("--demo") && serve.stdout.contains("--bind"));
}

#[tokio::test]
async fn migrate_then_create_a_city_and_refuse_bad_ones() {
    let dir = tempfile::tempdir().expect("dir");
    let url = sqlite_url(&dir);
    let migrated = innovato(&url, &["migrate"]).await;
    assert!(migrated.ok, "{}", migrated.stderr);
    assert!(migrated.stdout.contains("up to date"));

    let created = innovato(&url, &TURIN).await;
    assert!(created.ok, "{}", created.stderr);
    assert!(created.stdout.contains("/t/torino/"));

    let again = innovato(&url, &TURIN).await;
    assert!(!again.ok);
    assert!(again.stderr.contains("exists already"), "{}", again.stderr);

    let with = |flag: &str, value: &str| {
        let mut args: Vec<String> = TURIN.iter().map(|s| s.to_string()).collect();
        args[3] = "porto".into();
        args[7] = "ideias.porto.example".into();
        let at = args.iter().position(|a| a == flag).expect("flag");
        args[at + 1] = value.to_owned();
        args
    };
    for (flag, value, message) in [
        ("--locales", "it,xx", "unknown language"),
        (
            "--default-locale",
            "fr",
            "must be one of the enabled languages",
        ),
        ("--timezone", "Mars/Olympus", "IANA time zone"),
        ("--headcount", "-5", "headcount"),
        ("--host", "bad host:80", "not a valid host name"),
        ("--slug", "Porto!", "lower-case letters"),
    ] {
        let args = with(flag, value);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let refused = innovato(&url, &args).await;
        assert!(!refused.ok, "{flag} {value} is refused");
        assert!(
            refused.stderr.contains(message),
            "{flag} {value}: {}",
            refused.stderr
        );
    }
    let granted = innovato(
        &url,
        &[
            "user",
            "grant",
            "--email",
            "eva@network.example",
            "--role",
            "operator",
        ],
    )
    .await;
    assert!(granted.ok, "{}", granted.stderr);
    assert!(
        granted.stdout.contains("/account/setup/"),
        "{}",
        granted.stdout
    );
    let refused = innovato(
        &url,
        &[
            "user",
            "grant",
            "--email",
            "not-an-email",
            "--role",
            "coordinator",
        ],
    )
    .await;
    assert!(!refused.ok);
    assert!(
        refused.stderr.contains("not an email address"),
        "{}",
        refused.stderr
    );

    let verified = innovato(&url, &["audit", "verify", "--tenant", "torino"]).await;
    assert!(verified.ok, "{}", verified.stderr);
    assert!(
        verified.stdout.contains("verifies: 0 entries"),
        "{}",
        verified.stdout
    );
    let unknown = innovato(&url, &["audit", "verify", "--tenant", "atlantis"]).await;
    assert!(!unknown.ok);
    assert!(
        unknown.stderr.contains("no city has the slug"),
        "{}",
        unknown.stderr
    );

    let missing = innovato(&url, &["tenant", "create", "--slug", "x"]).await;
    assert!(!missing.ok);
    assert!(missing.stderr.contains("required"), "{}", missing.stderr);
}

#[tokio::test]
async fn unreachable_database_is_reported_plainly() {
    let run = innovato(
        "postgres://innovato:secret@127.0.0.1:1/innovato",
        &["migrate"],
    )
    .await;
    assert!(!run.ok);
    assert!(
        run.stderr.contains("cannot reach the database"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("secret"),
        "the password is not printed"
    );
}

/// `serve` prints the address to open, answers, and logs each request as
/// one JSON line carrying method, path, status, latency, tenant and the id
/// returned in the response header.
#[tokio::test]
async fn serve_logs_each_request_as_json() {
    let dir = tempfile::tempdir().expect("dir");
    let url = sqlite_url(&dir);
    assert!(innovato(&url, &TURIN).await.ok);
    let mut server = Command::new(BINARY)
        .args(["--log-format", "json", "serve", "--bind", "127.0.0.1:0"])
        .env("DATABASE_URL", &url)
        .current_dir(dir.path())
        .env_remove("REDIS_URL")
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("server starts");
    let mut stdout = BufReader::new(server.stdout.take().expect("stdout"));
    let mut line = String::new();
    tokio::time::timeout(Duration::from_secs(30), stdout.read_line(&mut line))
        .await
        .expect("the server says where it listens")
        .expect("stdout");
    let address = line
        .split("http://")
        .nth(1)
        .map(|rest| rest.trim().trim_end_matches('/'))
        .expect("URL printed")
        .to_owned();

    let response = crate::support::client()
        .get(format!("http://{address}/t/torino/"))
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 200);
    let request_id = response.headers()["x-request-id"]
        .to_str()
        .expect("id")
        .to_owned();
    assert!(
        response
            .text()
            .await
            .expect("body")
            .contains("Città di Torino")
    );
    // Links that carry a secret: their tokens stay out of the log.
    let secrets = [
        innovato::auth::session::random_token(),
        innovato::auth::session::random_token(),
    ];
    for path in [
        format!("/t/torino/invitations/{}", secrets[0]),
        format!("/account/setup/{}", secrets[1]),
    ] {
        crate::support::client()
            .get(format!("http://{address}{path}"))
            .send()
            .await
            .expect("answered");
    }

    server.start_kill().expect("stopped");
    let _ = server.wait().await;
    let mut logs = String::new();
    server
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut logs)
        .await
        .expect("logs");
    let entry = logs
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|entry| entry["span"]["path"] == "/t/torino/")
        .unwrap_or_else(|| panic!("a JSON line for the request in {logs}"));
    assert_eq!(entry["status"], 200);
    assert!(entry["latency_ms"].as_f64().is_some());
    assert_eq!(entry["span"]["method"], "GET");
    assert_eq!(entry["span"]["tenant"], "torino");
    assert_eq!(entry["span"]["client"], "127.0.0.1");
    assert_eq!(entry["span"]["request_id"], request_id.as_str());
    for secret in &secrets {
        assert!(!logs.contains(secret.as_str()), "a token logged: {logs}");
    }
    for path in ["/t/torino/invitations/{token}", "/account/setup/{token}"] {
        assert!(
            logs.lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .any(|entry| entry["span"]["path"] == path),
            "{path} logged in {logs}"
        );
    }
}

/// The newcomer's first command: a demo that needs no other service.
#[tokio::test]
async fn serve_demo_needs_nothing_but_itself() {
    let dir = tempfile::tempdir().expect("dir");
    let mut server = Command::new(BINARY)
        .args(["serve", "--demo", "--bind", "127.0.0.1:0"])
        .env_remove("DATABASE_URL")
        .env_remove("REDIS_URL")
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("server starts");
    let mut stdout = BufReader::new(server.stdout.take().expect("stdout"));
    let mut line = String::new();
    tokio::time::timeout(Duration::from_secs(60), stdout.read_line(&mut line))
        .await
        .expect("the demo starts")
        .expect("stdout");
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("URL")
        .to_owned();
    let home = crate::support::client()
        .get(format!("{base}t/turin/"))
        .send()
        .await
        .expect("answered");
    assert_eq!(home.status(), 200);
    assert!(home.text().await.expect("body").contains("Innova.TO 2014"));
    assert!(
        dir.path().join("data/innovato.db").exists(),
        "SQLite file under ./data/"
    );
    server.start_kill().expect("stopped");
}

/// A city made on the command line gets its first admin there too: the
/// printed link lets them choose a password and run the city.
async fn a_city_created_on_the_command_line_gets_its_first_admin(backend: crate::support::Backend) {
    let server = crate::support::TestServer::start(backend).await;
    let url = server.store.process_url();
    let created = innovato(&url, &TURIN).await;
    assert!(created.ok, "{}", created.stderr);

    let without_city = innovato(
        &url,
        &[
            "user",
            "grant",
            "--email",
            "sara@torino.example",
            "--role",
            "admin",
        ],
    )
    .await;
    assert!(!without_city.ok);
    assert!(
        without_city.stderr.contains("--tenant"),
        "{}",
        without_city.stderr
    );
    let unknown_city = innovato(
        &url,
        &[
            "user",
            "grant",
            "--email",
            "sara@torino.example",
            "--role",
            "admin",
            "--tenant",
            "atlantis",
        ],
    )
    .await;
    assert!(!unknown_city.ok);
    assert!(unknown_city.stderr.contains("no city has the slug"));

    let granted = innovato(
        &url,
        &[
            "user",
            "grant",
            "--email",
            "Sara@Torino.example",
            "--name",
            "Sara Bianchi",
            "--role",
            "admin",
            "--tenant",
            "torino",
        ],
    )
    .await;
    assert!(granted.ok, "{}", granted.stderr);
    let path = granted
        .stdout
        .split_whitespace()
        .find(|w| w.starts_with("/t/torino/invitations/"))
        .unwrap_or_else(|| panic!("an invitation link: {}", granted.stdout))
        .to_owned();

    let admin = crate::support::Browser::new();
    let form = admin.get(&server.url(&path)).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("sara@torino.example"));
    let accepted = admin
        .post(
            &server.url(&path),
            &[
                ("csrf", &form.csrf()),
                ("password", "a long enough secret"),
                ("confirmation", "a long enough secret"),
            ],
        )
        .await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    let people = admin.get(&server.url("/t/torino/admin/people")).await;
    assert_eq!(people.status, 200, "the city's admin runs it");
    assert!(people.body.contains("Sara Bianchi"));
}

crate::support::on_both_backends!(a_city_created_on_the_command_line_gets_its_first_admin);
