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
        options
            .max_connections(4)
            .map_sqlx_sqlite_pool_opts(|pool| {
                pool.after_connect(|connection, _| Box::pin(load_schema(connection)))
            });
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

/// Reads a new SQLite connection's schema, and connects its virtual tables
/// (the full-text indexes), before any request uses it. Otherwise the first
/// statement of a transaction on that connection reads the schema inside
/// the transaction, and a transaction that has read cannot wait for the
/// write lock: SQLite answers "database is locked" at once instead of
/// waiting its busy timeout (32 employees submitting at once met it).
async fn load_schema(
    connection: &mut sea_orm::sqlx::SqliteConnection,
) -> Result<(), sea_orm::sqlx::Error> {
    use sea_orm::sqlx::{Executor, Row};
    let virtual_tables = connection
        .fetch_all(
            "SELECT name FROM sqlite_schema WHERE type = 'table' \
             AND sql LIKE 'CREATE VIRTUAL TABLE%'",
        )
        .await?;
    for table in virtual_tables {
        let name: String = table.try_get(0)?;
        let quoted = name.replace('"', "\"\"");
        // The name is the schema's own, quoted.
        let touch = format!("SELECT rowid FROM \"{quoted}\" WHERE 0");
        connection
            .execute(sea_orm::sqlx::raw_sql(sea_orm::sqlx::AssertSqlSafe(touch)))
            .await?;
    }
    Ok(())
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

/// Holds the row `id` of `E` (of this tenant) until the transaction ends,
/// so that a count of its children and the insert that the count allows
/// are made by one writer at a time: two requests racing for the last
/// place cannot both take it. Whether the row exists is returned.
///
/// It must be the transaction's first statement. The hold is a write that
/// changes nothing (`UPDATE … SET id = id`): on PostgreSQL it locks the row
/// as `SELECT … FOR UPDATE` would, and a statement run after the wait sees
/// what the previous holder committed; on SQLite, whose transactions begin
/// deferred, a first statement that writes takes the database's single
/// write lock at once (`BEGIN IMMEDIATE` semantics), where a first read
/// would let two transactions count the same rows and the later one fail
/// on its write.
pub async fn hold<E>(
    txn: &impl sea_orm::ConnectionTrait,
    scope: crate::tenancy::TenantId,
    id: <E::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType,
) -> Result<bool, DbErr>
where
    E: crate::tenancy::TenantOwned,
    <E::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType: Into<sea_orm::Value>,
{
    use sea_orm::{ColumnTrait, Iterable, PrimaryKeyToColumn, QueryFilter, sea_query::Expr};
    let Some(key) = E::PrimaryKey::iter().next() else {
        return Ok(false);
    };
    let column = key.into_column();
    let held = scope
        .update_many::<E>()
        .col_expr(column, Expr::col(column))
        .filter(column.eq(id))
        .exec(txn)
        .await?;
    Ok(held.rows_affected == 1)
}
