//! The network dashboard at scale: 100 cities of 100,000 employees and
//! 1,000,000 proposals in PostgreSQL (made by `innovato generate` the first
//! time, into the database `INNOVATO_BENCH_DATABASE`, by default
//! `postgres://postgres@127.0.0.1:5432/bench_network`). Measures the KPI
//! computation alone, then `/network` over HTTP without the cache (every
//! city's version bumped before each request) and with it. Run with
//! `cargo bench -p innovato --bench network`; smaller with
//! `INNOVATO_BENCH_SCALE=tenants,employees,proposals`.

use std::time::{Duration, Instant};

use innovato::{
    attachments::Attachments,
    auth::{Principal, Realm, platform, session},
    clock::Clock,
    demo::scale::Scale,
    http::{self, ServerState, Settings},
    network::{cache, kpis},
    people::Role,
    secrets::SecretKey,
    tenancy::TenantId,
    tenants,
};
use sea_orm::ConnectionTrait;

#[path = "shared/generated.rs"]
mod generated;

fn percentiles(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).saturating_sub(1)];
    format!(
        "p50 {:>9.1?}  p95 {:>9.1?}  max {:>9.1?}  ({} runs)",
        at(0.50),
        at(0.95),
        times[times.len() - 1],
        times.len()
    )
}

#[tokio::main]
async fn main() {
    let url = std::env::var("INNOVATO_BENCH_DATABASE")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/bench_network".into());
    let scale = generated::scale_or(Scale {
        tenants: 100,
        employees: 100_000,
        proposals: 1_000_000,
    });
    let db = generated::network(&url, scale).await;
    let cities: Vec<TenantId> = tenants::list(&db)
        .await
        .expect("cities")
        .iter()
        .filter(|t| t.slug.starts_with("scale-"))
        .map(TenantId::of)
        .collect();
    let proposals: i64 = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM proposals",
        ))
        .await
        .expect("count")
        .and_then(|r| r.try_get("", "n").ok())
        .unwrap_or(0);
    println!("{} cities, {proposals} proposals", cities.len());

    // The first reading stores the closed editions' submission figures
    // (once per edition); later readings count only what still moves.
    let at = Instant::now();
    kpis::compute(&db, &cities).await.expect("figures");
    println!("KPI computation, first reading     {:>9.1?}", at.elapsed());
    let mut times = Vec::new();
    for _ in 0..20 {
        let at = Instant::now();
        let network = kpis::compute(&db, &cities).await.expect("figures");
        times.push(at.elapsed());
        assert!(!network.years.is_empty());
    }
    println!("KPI computation, all cities       {}", percentiles(times));

    let settings = Settings {
        demo: false,
        secret_key: SecretKey::from_base64(&SecretKey::generate()).expect("key"),
        allow_private_issuers: false,
        secure_cookies: false,
        clock: Clock::system(),
        attachments: Attachments::from_url("file:///tmp/innovato-bench-uploads", 1 << 20, 1)
            .expect("store"),
        mailer: None,
        public_url: "http://127.0.0.1:8080".into(),
        mail_every: std::time::Duration::from_secs(5),
        cache_prefix: "bench".into(),
        metrics_token: None,
        trusted_proxies: Default::default(),
        rate_limit_factor: 1,
        bench_routes: false,
    };
    let state = ServerState::new(db.clone(), None, settings).expect("state");
    platform::grant(&db, "bench@network.example", "Bench", Role::Coordinator)
        .await
        .expect("coordinator");
    let account = platform::find_by_email(&db, "bench@network.example")
        .await
        .expect("query")
        .expect("account");
    let (sid, _) = session::start(
        &state.store,
        Realm::Platform,
        Principal::PlatformAccount(account.id),
        None,
    )
    .await
    .expect("session");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(http::serve(listener, state.clone(), std::future::pending()));
    // reqwest is built without a default TLS provider; the server's is ring.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::new();
    let fetch = || async {
        let at = Instant::now();
        let response = client
            .get(format!("http://{addr}/network?format=json"))
            .header("cookie", format!("innovato_platform={sid}"))
            .send()
            .await
            .expect("answered");
        assert_eq!(response.status(), 200);
        response.bytes().await.expect("body");
        at.elapsed()
    };
    // The page a coordinator opens: a page of cities, whatever their number.
    let page = client
        .get(format!("http://{addr}/network"))
        .header("cookie", format!("innovato_platform={sid}"))
        .send()
        .await
        .expect("answered")
        .bytes()
        .await
        .expect("body");
    println!(
        "GET /network page, {} cities      {:.1} KB",
        cities.len(),
        page.len() as f64 / 1000.0
    );
    let mut cold = Vec::new();
    for _ in 0..30 {
        for city in &cities {
            cache::touch(&state.store, *city).await;
        }
        cold.push(fetch().await);
    }
    println!("GET /network, without cache       {}", percentiles(cold));
    let mut warm = Vec::new();
    for _ in 0..50 {
        warm.push(fetch().await);
    }
    println!("GET /network, cached              {}", percentiles(warm));
}
