//! Rate limits: counted together by every instance through Redis, answered
//! with 429 and Retry-After, and kept per instance (never dropped) while
//! Redis is down, which `/readyz` reports.

use crate::support::{Backend, Browser, Page, TestDb, TestServer, on_both_backends};

/// An API token of Turin's admin, made through the admin's page.
async fn api_token(server: &TestServer) -> String {
    let scope = crate::calls::turin(server).await;
    let admin = crate::calls::admin(server, scope).await;
    let page = admin.get(&server.url("/t/turin/admin/api-tokens")).await;
    let created = admin
        .post(
            &server.url("/t/turin/admin/api-tokens"),
            &[("csrf", &page.csrf()), ("name", "Intranet")],
        )
        .await;
    let marker = "<p class=\"code\">";
    let start = created.body.find(marker).expect("token shown") + marker.len();
    let token = created.body[start..].split('<').next().expect("token");
    format!("Bearer {token}")
}

async fn api_call(server: &TestServer, client: &Browser, bearer: &str) -> Page {
    client
        .get_with(
            &server.url("/t/turin/api/v1/calls"),
            &[("authorization", bearer), ("accept", "application/json")],
        )
        .await
}

async fn redis_at(port: u16) -> redis::aio::ConnectionManager {
    let client = redis::Client::open(format!("redis://127.0.0.1:{port}")).expect("redis url");
    let config = redis::aio::ConnectionManagerConfig::new()
        .set_connection_timeout(Some(std::time::Duration::from_secs(1)))
        .set_response_timeout(Some(std::time::Duration::from_secs(1)));
    redis::aio::ConnectionManager::new_with_config(client, config)
        .await
        .expect("Redis answers")
}

async fn limits_are_shared_by_instances(backend: Backend) {
    let store = TestDb::new(backend).await;
    innovato::demo::seed_once(&store.db).await.expect("demo");
    let shared = TestDb::shared(&store);
    let first = TestServer::with(store, true, Some(redis_at(6379).await)).await;
    let second = TestServer::with(shared, true, Some(redis_at(6379).await)).await;
    let bearer = api_token(&first).await;
    let client = Browser::new();
    // One person's API budget, spent half on each instance.
    let (per_person, _) = innovato::http::rate_limit::Class::Api.limits();
    for _ in 0..per_person / 2 {
        assert_eq!(api_call(&first, &client, &bearer).await.status, 200);
        assert_eq!(api_call(&second, &client, &bearer).await.status, 200);
    }
    let refused = api_call(&second, &client, &bearer).await;
    assert_eq!(refused.status, 429);
    assert_eq!(refused.header("retry-after"), Some("60"));
    assert_eq!(
        refused.header("content-type"),
        Some("application/problem+json")
    );
    let problem: serde_json::Value = serde_json::from_str(&refused.body).expect("problem");
    assert_eq!(problem["status"], 429);
    // Pages of other kinds are not limited by it.
    assert_eq!(first.get("/t/turin/", "it").await.status, 200);
}

async fn without_redis_limits_hold_per_instance(backend: Backend) {
    let mut redis = crate::faults::PrivateRedis::start();
    let store = TestDb::new(backend).await;
    innovato::demo::seed_once(&store.db).await.expect("demo");
    let server = TestServer::with(store, true, Some(redis_at(redis.port).await)).await;
    let ready: serde_json::Value =
        serde_json::from_str(&server.get("/readyz", "en").await.body).expect("json");
    assert_eq!(ready["degraded"], false);
    // An integration's token, made while Redis runs (tokens live in the
    // database, so they keep working without Redis).
    let scope = crate::calls::turin(&server).await;
    let admin = crate::calls::admin(&server, scope).await;
    let page = admin.get(&server.url("/t/turin/admin/api-tokens")).await;
    let created = admin
        .post(
            &server.url("/t/turin/admin/api-tokens"),
            &[("csrf", &page.csrf()), ("name", "Intranet")],
        )
        .await;
    let marker = "<p class=\"code\">";
    let start = created.body.find(marker).expect("token shown") + marker.len();
    let token = created.body[start..]
        .split('<')
        .next()
        .expect("token")
        .to_owned();
    let bearer = format!("Bearer {token}");
    redis.stop();
    let client = Browser::new();
    let (per_person, _) = innovato::http::rate_limit::Class::Api.limits();
    let mut statuses = Vec::new();
    for _ in 0..=per_person {
        statuses.push(api_call(&server, &client, &bearer).await.status);
    }
    let allowed = usize::try_from(per_person).expect("small");
    assert!(
        statuses[..allowed].iter().all(|s| *s == 200),
        "{statuses:?}"
    );
    assert_eq!(statuses[allowed], 429, "the limit holds without Redis");
    // Pages are still served, and readiness says what is degraded.
    assert_eq!(server.get("/t/turin/", "it").await.status, 200);
    let ready = server.get("/readyz", "en").await;
    assert_eq!(ready.status, 200, "ready: the database answers");
    let ready: serde_json::Value = serde_json::from_str(&ready.body).expect("json");
    assert_eq!(ready["redis"], "unreachable");
    assert_eq!(ready["rate_limits"], "per instance");
    assert_eq!(ready["degraded"], true);
    // Redis back: readiness finds it by itself, with no limited request.
    redis.resume();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let recovered = loop {
        let ready: serde_json::Value =
            serde_json::from_str(&server.get("/readyz", "en").await.body).expect("json");
        if ready["degraded"] == false || std::time::Instant::now() > deadline {
            break ready;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    assert_eq!(recovered["redis"], "ok");
    assert_eq!(recovered["rate_limits"], "shared");
    assert_eq!(recovered["degraded"], false);
}

on_both_backends!(
    limits_are_shared_by_instances,
    without_redis_limits_hold_per_instance,
);

/// Clients that hold connections without finishing their requests cannot
/// take the server: a body declared larger than any route takes is refused
/// at once; 200 connections that send half their headers, or declare a
/// body and send none, from one address, leave a normal visitor served
/// within a second; and each of them is answered or closed within the
/// header and body timeouts (10 s each; 30 s allowed).
async fn slow_clients_cannot_hold_the_server(backend: Backend) {
    use std::time::{Duration, Instant};
    use tokio::{
        io::{AsyncReadExt, AsyncWriteExt},
        net::TcpStream,
    };

    // Loopback is the trusted proxy: clients are told apart by the address
    // it forwards.
    let server = TestServer::behind_proxies(backend, "127.0.0.1").await;
    let attacker = "203.0.113.66";
    let started = Instant::now();
    let mut huge = TcpStream::connect(server.addr).await.expect("connects");
    huge.write_all(
        format!(
            "POST /signin HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: {attacker}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 2147483648\r\n\r\nemail="
        )
        .as_bytes(),
    )
    .await
    .expect("sent");
    let mut answer = [0u8; 12];
    tokio::time::timeout(Duration::from_secs(2), huge.read_exact(&mut answer))
        .await
        .expect("answered at once, not after the body")
        .expect("read");
    assert_eq!(&answer, b"HTTP/1.1 413");
    assert!(started.elapsed() < Duration::from_secs(2));

    let mut held = Vec::new();
    for n in 0..200 {
        let mut connection = TcpStream::connect(server.addr).await.expect("connects");
        let start = if n % 2 == 0 {
            "GET /signin HTTP/1.1\r\nHost: localhost\r\nAccept: text/".to_owned()
        } else {
            format!(
                "POST /signin HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: {attacker}\r\n\
                 Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail="
            )
        };
        connection.write_all(start.as_bytes()).await.expect("sent");
        held.push(connection);
    }

    let visited = Instant::now();
    let page = tokio::time::timeout(
        Duration::from_secs(1),
        server
            .client
            .get(server.url("/signin"))
            .header("x-forwarded-for", "198.51.100.7")
            .send(),
    )
    .await
    .expect("a visitor is served within a second")
    .expect("answered");
    assert_eq!(page.status(), 200);
    assert!(visited.elapsed() < Duration::from_secs(1));

    let ended = tokio::time::timeout(Duration::from_secs(30), async {
        for connection in &mut held {
            let mut byte = [0u8; 1];
            // Any answer, or the connection closed.
            let _ = connection.read(&mut byte).await;
        }
    })
    .await;
    assert!(
        ended.is_ok(),
        "every slow connection is answered or closed within the timeouts"
    );
}

/// The platform's sign-in is rate-limited per address as the cities' are
/// (before any form is read: these posts lack their CSRF token).
async fn the_platform_sign_in_is_rate_limited(backend: Backend) {
    let server = TestServer::start(backend).await;
    let browser = Browser::new();
    let (_, per_address) = innovato::http::rate_limit::Class::SignIn.limits();
    let mut statuses = Vec::new();
    for _ in 0..=per_address {
        let page = browser
            .post(
                &server.url("/signin"),
                &[("email", "someone@network.example"), ("password", "wrong")],
            )
            .await;
        statuses.push((page.status, page.header("retry-after").map(str::to_owned)));
    }
    let (last, before) = statuses.split_last().expect("attempts");
    assert!(before.iter().all(|(s, _)| *s == 403), "{statuses:?}");
    assert_eq!(last, &(429, Some("60".to_owned())), "{statuses:?}");
}

on_both_backends!(
    slow_clients_cannot_hold_the_server,
    the_platform_sign_in_is_rate_limited,
);
