//! `/healthz`: the process answers. `/readyz`: it can do its work (the
//! database answers, and Redis where configured).

use std::time::Duration;

use axum::{Json, extract::State, http::StatusCode, response::IntoResponse};
use serde_json::json;

use super::state::ServerState;

pub async fn healthz() -> impl IntoResponse {
    (StatusCode::OK, "ok")
}

pub async fn readyz(State(app): State<ServerState>) -> impl IntoResponse {
    let database = match app.db.ping().await {
        Ok(()) => "ok",
        Err(error) => {
            tracing::warn!(%error, "readiness: database unreachable");
            "unreachable"
        }
    };
    let redis = match app.redis.clone() {
        None => "not configured",
        Some(mut connection) => {
            let ping = redis::cmd("PING");
            let ping = ping.query_async::<String>(&mut connection);
            match tokio::time::timeout(Duration::from_secs(2), ping).await {
                Ok(Ok(_)) => {
                    // Redis answers this very probe: rate limits go back to
                    // the shared store now, not when a limited request
                    // happens to try it.
                    app.limits_degraded
                        .store(0, std::sync::atomic::Ordering::Relaxed);
                    "ok"
                }
                Ok(Err(error)) => {
                    tracing::warn!(%error, "readiness: redis unreachable");
                    "unreachable"
                }
                Err(_) => {
                    tracing::warn!("readiness: redis did not answer in time");
                    "unreachable"
                }
            }
        }
    };
    // Without Redis the instance still serves (sessions in Redis fail
    // closed, rate limits are counted per instance): ready, but degraded.
    let ready = database == "ok";
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let per_instance = redis == "unreachable"
        || app
            .limits_degraded
            .load(std::sync::atomic::Ordering::Relaxed)
            != 0;
    (
        status,
        Json(json!({
            "database": database,
            "redis": redis,
            "rate_limits": if per_instance { "per instance" } else { "shared" },
            "degraded": per_instance,
        })),
    )
}
