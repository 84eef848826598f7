//! The load benchmark's ceilings (`cargo bench -p innovato --bench load`):
//! what this machine and this server stack can do at best, measured in the
//! same run as the real pages. Mounted only with `--bench-routes`; a
//! production server has no such paths.

use axum::{
    Router,
    extract::{Query, State},
    response::Html,
    routing::get,
};
use sea_orm::{ConnectionTrait, Statement};
use serde::Deserialize;

use super::state::ServerState;
use crate::error::AppError;
use crate::state::AppState;

/// The largest body `/bench/static` makes, so that no request can make
/// the server allocate without bound even where the routes are mounted.
const MAX_BODY: usize = 1 << 20;

pub fn routes(enabled: bool) -> Router<ServerState> {
    if enabled {
        Router::new()
            .route("/bench/static", get(static_page))
            .route("/bench/query", get(single_row))
    } else {
        Router::new()
    }
}

#[derive(Deserialize)]
pub struct Size {
    #[serde(default)]
    bytes: usize,
}

/// An HTML page of `bytes` bytes, made without any database or template
/// work: the ceiling of the HTTP stack for a page of that size.
async fn static_page(Query(size): Query<Size>) -> Html<String> {
    const HEAD: &str = "<!doctype html><html><body><p>";
    const TAIL: &str = "</p></body></html>";
    let filler = size
        .bytes
        .min(MAX_BODY)
        .saturating_sub(HEAD.len() + TAIL.len());
    let mut page = String::with_capacity(HEAD.len() + filler + TAIL.len());
    page.push_str(HEAD);
    page.extend(std::iter::repeat_n('x', filler));
    page.push_str(TAIL);
    Html(page)
}

/// One single-row query through the server's own pool: the ceiling of a
/// page that needs the database at all.
async fn single_row(State(app): State<AppState>) -> Result<Html<String>, AppError> {
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT 1 AS one",
        ))
        .await?
        .ok_or_else(|| AppError::Internal("SELECT 1 gave no row".into()))?;
    let one: i32 = row.try_get("", "one")?;
    Ok(Html(format!("<p>{one}</p>")))
}
