//! Connecting to the database and bringing its schema up to date.

use std::time::Duration;

use innovato_migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

use crate::config::redact;

pub mod lists;

#[derive(Debug, thiserror::Error)]
pub enum DbSetupError {
    #[error("cannot reach the database at {url}: {source}")]
    Connect { url: String, source: DbErr },
    #[error("cannot migrate the database at {url}: {source}")]
    Migrate { url: String, source: DbErr },
}

/// The longest a request waits for a database connection.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// Opens a pool; on PostgreSQL `schema`, if given, becomes the search path
/// (the tests give each test its own schema).
pub async fn connect(url: &str, schema: Option<&str>) -> Result<DatabaseConnection, DbSetupError> {
    let mut options = ConnectOptions::new(url.to_owned());
    // While the database is down or restarting, a request waits at most
    // this long for a connection, then answers 503 (see `error`).
    options
        .connect_timeout(ACQUIRE_TIMEOUT)
        .acquire_timeout(ACQUIRE_TIMEOUT)
        .sqlx_logging(false);
    if url.starts_with("sqlite:") {
        // One writer at a time is SQLite's rule; a small pool avoids lock waits.
        options.max_connections(4);
    } else {
        options.max_connections(16);
    }
    if let Some(schema) = schema {
        options.set_schema_search_path(schema.to_owned());
    }
    Database::connect(options)
        .await
        .map_err(|source| DbSetupError::Connect {
            url: redact(url),
            source,
        })
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection, url: &str) -> Result<(), DbSetupError> {
    Migrator::up(db, None)
        .await
        .map_err(|source| DbSetupError::Migrate {
            url: redact(url),
            source,
        })
}
