//! Server configuration: from the command line, the environment and an
//! optional file (`file`).

pub mod file;

use std::{net::SocketAddr, path::PathBuf};

/// Where the embedded default keeps its data when no `DATABASE_URL` is set.
pub const DEFAULT_SQLITE_DIR: &str = "./data";

/// How log lines are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// What the HTTP server needs to start.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    pub database_url: String,
    pub redis_url: Option<String>,
    pub bind: SocketAddr,
    /// Demo mode: seeds the partner cities and enables demo-only pages.
    pub demo: bool,
}

/// The database URL to use: the given one, or a SQLite file under `./data/`.
pub fn database_url(given: Option<&str>) -> Result<String, std::io::Error> {
    match given.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => Ok(url.to_owned()),
        None => {
            let dir = PathBuf::from(DEFAULT_SQLITE_DIR);
            std::fs::create_dir_all(&dir)?;
            Ok(format!(
                "sqlite://{}?mode=rwc",
                dir.join("innovato.db").display()
            ))
        }
    }
}

/// A URL safe to print: the password, if any, replaced by `***`.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((credentials, host)) = rest.rsplit_once('@') else {
        return url.to_owned();
    };
    match credentials.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords_only() {
        assert_eq!(
            redact("postgres://app:s3cret@db:5432/innovato"),
            "postgres://app:***@db:5432/innovato"
        );
        assert_eq!(redact("postgres://db/innovato"), "postgres://db/innovato");
        assert_eq!(redact("sqlite://./data/x.db"), "sqlite://./data/x.db");
    }
}
