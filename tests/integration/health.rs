//! Health and readiness, and the request id every response carries.

use crate::support::{Backend, TestDb, TestServer, on_both_backends};

async fn health_and_readiness(backend: Backend) {
    let server = TestServer::start(backend).await;
    let health = server.get("/healthz", "en").await;
    assert_eq!((health.status, health.body.as_str()), (200, "ok"));

    let ready = server.get("/readyz", "en").await;
    assert_eq!(ready.status, 200);
    let report: serde_json::Value = serde_json::from_str(&ready.body).expect("json");
    assert_eq!(report["database"], "ok");
    assert_eq!(report["redis"], "not configured");
}

async fn readiness_checks_redis_when_configured(backend: Backend) {
    let client = redis::Client::open("redis://127.0.0.1:6379").expect("redis url");
    let redis = redis::aio::ConnectionManager::new(client)
        .await
        .expect("Redis at 127.0.0.1:6379 is reachable");
    let server = TestServer::with(TestDb::new(backend).await, false, Some(redis)).await;
    let ready = server.get("/readyz", "en").await;
    assert_eq!(ready.status, 200);
    let report: serde_json::Value = serde_json::from_str(&ready.body).expect("json");
    assert_eq!(report["redis"], "ok");
}

async fn every_response_carries_a_request_id(backend: Backend) {
    let server = TestServer::start(backend).await;
    let page = server.get("/", "en").await;
    let id = page.header("x-request-id").expect("request id");
    assert_eq!(id.len(), 36, "a UUID: {id}");
    let missing = server.get("/no/such/page", "en").await;
    assert_eq!(missing.status, 404);
    assert!(missing.header("x-request-id").is_some());
    assert_eq!(missing.h1(), Some("Page not found"));
}

/// Requests are counted by route template; `/metrics` is the platform's,
/// never a city's, and asks for its token when one is configured.
async fn metrics_count_requests_by_route(backend: Backend) {
    let server = TestServer::demo(backend).await;
    for _ in 0..3 {
        assert_eq!(server.get("/t/turin/calls/1", "it").await.status, 200);
    }
    server.get("/no/such/page/42", "it").await;
    let metrics = server.get("/metrics", "en").await;
    assert_eq!(metrics.status, 200);
    let line = metrics
        .body
        .lines()
        .find(|l| {
            l.starts_with("innovato_http_requests_total{route=\"/t/{tenant}/calls/{id}\",method=\"GET\",status=\"200\"}")
        })
        .expect("the call page's series");
    assert!(line.ends_with(" 3"), "{line}");
    assert!(
        metrics.body.contains("route=\"unmatched\""),
        "unknown paths share one label"
    );
    assert!(!metrics.body.contains("/no/such/page"));
    assert!(metrics.body.contains(
        "innovato_http_request_duration_seconds_bucket{route=\"/t/{tenant}/calls/{id}\""
    ));
    assert!(metrics.body.contains("innovato_db_pool_connections "));
    assert!(metrics.body.contains("innovato_redis_errors_total "));
    // Not on a city's site.
    assert_eq!(server.get("/t/turin/metrics", "it").await.status, 404);

    let guarded = TestServer::demo_with_metrics_token(backend, "s3cret-metrics").await;
    assert_eq!(guarded.get("/metrics", "en").await.status, 401);
    let with_token = guarded
        .client
        .get(guarded.url("/metrics"))
        .header("authorization", "Bearer s3cret-metrics")
        .send()
        .await
        .expect("answered");
    assert_eq!(with_token.status().as_u16(), 200);
}

on_both_backends!(
    metrics_count_requests_by_route,
    health_and_readiness,
    readiness_checks_redis_when_configured,
    every_response_carries_a_request_id,
);
