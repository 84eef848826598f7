//! The generated network the benches run on: `innovato generate`'s cities,
//! employees and proposals, made once into a PostgreSQL database of its own
//! (`INNOVATO_BENCH_DATABASE`) and reused by every later run; its size from
//! `INNOVATO_BENCH_SCALE=tenants,employees,proposals`.

use innovato::{
    db,
    demo::scale::{Scale, ScaleError, generate},
};
use sea_orm::{ConnectionTrait, DatabaseConnection};

/// The scale `INNOVATO_BENCH_SCALE` asks for, else `default`.
pub fn scale_or(default: Scale) -> Scale {
    let Ok(value) = std::env::var("INNOVATO_BENCH_SCALE") else {
        return default;
    };
    let n: Vec<u32> = value
        .split(',')
        .filter_map(|v| v.trim().parse().ok())
        .collect();
    assert!(
        n.len() == 3,
        "INNOVATO_BENCH_SCALE is tenants,employees,proposals"
    );
    Scale {
        tenants: n[0],
        employees: n[1],
        proposals: n[2],
    }
}

/// The network in the database `url` names, created, migrated and generated
/// there the first time.
pub async fn network(url: &str, scale: Scale) -> DatabaseConnection {
    let (server, name) = url
        .rsplit_once('/')
        .expect("INNOVATO_BENCH_DATABASE ends in a database name");
    let admin = db::connect(&format!("{server}/postgres"), None)
        .await
        .expect("PostgreSQL");
    // Fails when the database is there, which is what we want.
    let _ = admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await;
    let generated = db::connect(url, None).await.expect("the bench database");
    db::migrate(&generated, url).await.expect("migrated");
    let started = std::time::Instant::now();
    match generate(&generated, scale).await {
        Ok(n) => println!("generated {n} cities in {:.0?}", started.elapsed()),
        Err(ScaleError::AlreadyThere) => println!("using the network generated before"),
        Err(e) => panic!("generating: {e}"),
    }
    generated
}
