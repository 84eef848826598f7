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

on_both_backends!(
    health_and_readiness,
    readiness_checks_redis_when_configured,
    every_response_carries_a_request_id,
);
