//! The "similar ideas" suggestion at network scale: 100 cities and
//! 1,000,000 proposals in PostgreSQL (made by `innovato generate` into
//! `INNOVATO_BENCH_DATABASE`, by default
//! `postgres://postgres@127.0.0.1:5432/bench_similar`), rewritten once in
//! Italian from a few dozen phrases with one `UPDATE` and given topics with
//! one `INSERT … SELECT`; then a few hundred suggestions (text search in
//! the city, topics, the library) are timed. Run with
//! `cargo bench -p innovato --bench similar`; smaller with
//! `INNOVATO_BENCH_SCALE=tenants,employees,proposals`.

use std::time::{Duration, Instant};

use innovato::{
    demo::scale::Scale,
    i18n::Lang,
    similar::service::{Writing, relatives},
    tenancy::TenantId,
    tenants,
};
use sea_orm::ConnectionTrait;

#[path = "shared/generated.rs"]
mod generated;

const TITLES: [&str; 8] = [
    "Sensori di presenza per le luci degli uffici",
    "Prenotazione online degli appuntamenti in anagrafe",
    "Biciclette di servizio per i dipendenti",
    "Raccolta differenziata negli uffici comunali",
    "Firma digitale per gli atti e meno carta",
    "Formazione dei nuovi assunti con tutor interni",
    "Cruscotto dei dati sulle manutenzioni stradali",
    "Caldaie a condensazione nelle scuole",
];

const PROBLEMS: [&str; 8] = [
    "Le luci restano accese e si spreca energia negli edifici pubblici.",
    "Le code allo sportello durano ore e i cittadini perdono tempo.",
    "Gli spostamenti tra le sedi costano e inquinano.",
    "I rifiuti degli uffici finiscono tutti nell'indifferenziato.",
    "Ogni atto viene stampato e archiviato su carta.",
    "I nuovi colleghi imparano da soli e con lentezza.",
    "Le segnalazioni delle buche non si vedono in un unico posto.",
    "Il riscaldamento delle scuole consuma troppo.",
];

fn percentiles(mut times: Vec<Duration>) -> (Duration, Duration, Duration) {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).saturating_sub(1)];
    (at(0.50), at(0.95), times[times.len() - 1])
}

fn array(items: &[&str]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|s| format!("'{}'", s.replace('\'', "''")))
        .collect();
    format!("ARRAY[{}]", quoted.join(", "))
}

#[tokio::main]
async fn main() {
    let url = std::env::var("INNOVATO_BENCH_DATABASE")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/bench_similar".into());
    let scale = generated::scale_or(Scale {
        tenants: 100,
        employees: 10_000,
        proposals: 1_000_000,
    });
    let db = generated::network(&url, scale).await;
    let started = Instant::now();
    let rewritten = db
        .execute_unprepared(&format!(
            "UPDATE proposals SET locale = 'it', \
             title = ({})[1 + id % {n}] || ' ' || id, \
             problem = ({})[1 + (id / {n}) % {n}] \
             WHERE locale <> 'it'",
            array(&TITLES),
            array(&PROBLEMS),
            n = TITLES.len()
        ))
        .await
        .expect("rewritten");
    if rewritten.rows_affected() > 0 {
        db.execute_unprepared(&format!(
            "INSERT INTO proposal_topics (tenant_id, proposal_id, topic, confirmed) \
             SELECT tenant_id, id, ({})[1 + id % 8], false FROM proposals \
             WHERE status IN ('awarded', 'implemented', 'stopped') \
             ON CONFLICT DO NOTHING",
            array(&[
                "energy",
                "front-office",
                "mobility",
                "waste",
                "paperless",
                "training",
                "data",
                "schools"
            ])
        ))
        .await
        .expect("topics");
        db.execute_unprepared("ANALYZE proposals; ANALYZE proposal_topics")
            .await
            .expect("analyzed");
        println!(
            "rewrote {} proposals in Italian, with topics, in {:.1?}",
            rewritten.rows_affected(),
            started.elapsed()
        );
    }
    let cities: Vec<TenantId> = tenants::list(&db)
        .await
        .expect("cities")
        .iter()
        .map(TenantId::of)
        .collect();
    let mut times = Vec::new();
    for round in 0..300 {
        let scope = cities[round * 7 % cities.len()];
        let title = TITLES[round % TITLES.len()];
        let problem = PROBLEMS[(round / 3) % PROBLEMS.len()];
        let writing = Writing {
            lang: Lang::It,
            title,
            problem,
            confirmed: &[],
            exclude: None,
        };
        let started = Instant::now();
        let found = relatives(&db, scope, &writing, Lang::It)
            .await
            .expect("suggested");
        times.push(started.elapsed());
        if round == 0 {
            println!(
                "first suggestion: {} proposals, {} practices",
                found.proposals.len(),
                found.practices.len()
            );
        }
    }
    let (p50, p95, max) = percentiles(times);
    println!(
        "suggestion (300 runs): p50 {p50:.1?}  p95 {p95:.1?}  max {max:.1?}  target p95 < 100 ms: {}",
        if p95 < Duration::from_millis(100) {
            "met"
        } else {
            "MISSED"
        }
    );
}
