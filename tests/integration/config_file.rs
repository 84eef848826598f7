//! The configuration file as an operator uses it: named by `--config` or
//! `INNOVATO_CONFIG`, overridden by the environment and by flags, and its
//! mistakes named before anything starts.

use std::{path::Path, process::Output};

use tokio::process::Command;

const BINARY: &str = env!("CARGO_BIN_EXE_innovato");

/// `innovato [args] migrate` in `dir`, with only the given variables of ours set.
async fn migrate(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(BINARY);
    command
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env_remove("INNOVATO_CONFIG")
        .env_remove("REDIS_URL")
        .envs(env.iter().copied())
        .args(args)
        .arg("migrate");
    let out = command.output().await.expect("binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    out
}

fn sqlite(dir: &Path, name: &str) -> String {
    format!("sqlite://{}?mode=rwc", dir.join(name).display())
}

#[tokio::test]
async fn the_file_gives_the_database_unless_the_environment_or_a_flag_does() {
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("innovato.toml");
    let from_file = sqlite(dir.path(), "file.db");
    std::fs::write(
        &config,
        format!("database_url = \"{from_file}\"\ncache_prefix = \"city\"\n"),
    )
    .expect("write config");
    let config = config.to_str().expect("utf-8 path");

    let out = migrate(dir.path(), &[], &["--config", config]).await;
    assert!(out.status.success(), "{out:?}");
    assert!(dir.path().join("file.db").exists(), "the file's database");
    assert!(
        !dir.path().join("data").exists(),
        "not the built-in default under ./data"
    );

    let from_env = sqlite(dir.path(), "env.db");
    let env = [
        ("INNOVATO_CONFIG", config),
        ("DATABASE_URL", from_env.as_str()),
    ];
    let out = migrate(dir.path(), &env, &[]).await;
    assert!(out.status.success(), "{out:?}");
    assert!(
        dir.path().join("env.db").exists(),
        "the environment wins over the file"
    );

    let from_flag = sqlite(dir.path(), "flag.db");
    let out = migrate(dir.path(), &env, &["--database-url", &from_flag]).await;
    assert!(out.status.success(), "{out:?}");
    assert!(
        dir.path().join("flag.db").exists(),
        "the flag wins over both"
    );
}

#[tokio::test]
async fn mistakes_in_the_file_stop_the_command_with_their_name() {
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("innovato.toml");
    std::fs::write(&config, "database_uri = \"sqlite://x.db\"\n").expect("write config");
    let path = config.to_str().expect("utf-8 path");

    let out = migrate(dir.path(), &[], &["--config", path]).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("unknown setting `database_uri`") && stderr.contains(path),
        "{stderr}"
    );
    assert!(!dir.path().join("x.db").exists());

    let missing = dir.path().join("missing.toml");
    let missing = missing.to_str().expect("utf-8 path");
    let out = migrate(dir.path(), &[("INNOVATO_CONFIG", missing)], &[]).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("cannot read the configuration file") && stderr.contains(missing),
        "{stderr}"
    );
}
