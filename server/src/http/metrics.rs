//! Prometheus metrics at `/metrics` on the platform's host (never on a
//! city's site): requests by route template, method and status with their
//! latencies, the database pool, Redis errors and background task runs
//! (counted by [`crate::metrics`]).
//! Behind `Authorization: Bearer <INNOVATO_METRICS_TOKEN>` when a token is
//! configured.

use axum::{
    extract::{MatchedPath, Request, State},
    http::{HeaderMap, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use sea_orm::DatabaseBackend;
use subtle::ConstantTimeEq;

use super::state::ServerState;

/// The route template a request matched, carried out of the router that
/// matched it (the city's routes live in a router of their own).
#[derive(Clone, Debug)]
pub struct RouteLabel(pub String);

/// Marks a response with the template of the platform route that answered.
pub async fn label(matched: Option<MatchedPath>, request: Request, next: Next) -> Response {
    labelled(matched.map(|m| m.as_str().to_owned()), request, next).await
}

/// Marks a response with the template of the city route that answered,
/// under `/t/{tenant}` whichever host the city was reached by.
pub async fn label_city(matched: Option<MatchedPath>, request: Request, next: Next) -> Response {
    let route = matched.map(|m| format!("/t/{{tenant}}{}", m.as_str()));
    labelled(route, request, next).await
}

async fn labelled(route: Option<String>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(RouteLabel(route));
    }
    response
}

/// The pool's open and idle connections.
fn pool_usage(app: &crate::state::AppState) -> Option<(u32, usize)> {
    match app.db.get_database_backend() {
        DatabaseBackend::Postgres => {
            let pool = app.db.get_postgres_connection_pool();
            Some((pool.size(), pool.num_idle()))
        }
        DatabaseBackend::Sqlite => {
            let pool = app.db.get_sqlite_connection_pool();
            Some((pool.size(), pool.num_idle()))
        }
        _ => None,
    }
}

/// `GET /metrics` (platform host only).
pub async fn endpoint(State(server): State<ServerState>, headers: HeaderMap) -> Response {
    if let Some(token) = &server.metrics_token {
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or_default();
        if !bool::from(given.as_bytes().ct_eq(token.as_bytes())) {
            return (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                "a metrics token is required\n",
            )
                .into_response();
        }
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        server.app.metrics.render(pool_usage(&server.app)),
    )
        .into_response()
}
