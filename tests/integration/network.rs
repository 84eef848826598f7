//! The network's dashboards: Turin 2014's published figures exactly, the
//! privacy rule for readers outside a city, and cached figures that follow
//! a change made on another instance sharing Redis.

use chrono::Utc;
use innovato::ids::ProposalId;
use innovato::{calls, network::kpis, people::Role, projects, proposals, tenancy::TenantId};
use sea_orm::{ColumnTrait, ConnectionTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use crate::{
    calls::{admin, turin},
    operator::platform_browser,
    support::{Backend, Browser, TestDb, TestServer, on_both_backends},
};

/// The value and text of a KPI row in a JSON export, for column `n`.
pub fn kpi<'a>(table: &'a Value, key: &str, n: usize) -> (&'a Value, &'a str) {
    let row = table["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["key"] == key)
        .unwrap_or_else(|| panic!("a row {key}"));
    let cell = &row["values"][n];
    (&cell["value"], cell["text"].as_str().expect("text"))
}

fn column(table: &Value, name: &str) -> usize {
    table["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .position(|c| c.as_str().is_some_and(|c| c.contains(name)))
        .unwrap_or_else(|| panic!("a column for {name}: {table}"))
}

async fn turin_2014_shows_the_published_figures(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let export = admin
        .get(&server.url("/t/turin/admin/network?year=2014&format=json"))
        .await;
    assert_eq!(export.status, 200, "{}", export.body);
    let json: Value = serde_json::from_str(&export.body).expect("json");
    let table = &json["kpis"];
    let value = |key: &str| kpi(table, key, 0).0.as_f64();
    assert_eq!(value("eligible"), Some(10_000.0));
    assert_eq!(value("submitted"), Some(71.0));
    assert_eq!(value("team_size_1"), Some(63.0));
    assert_eq!(value("team_size_2"), Some(5.0));
    assert_eq!(value("team_size_3"), Some(3.0));
    assert_eq!(value("participants"), Some(82.0));
    for (category, n) in [
        ("service_quality", 19.0),
        ("new_services", 7.0),
        ("environment", 7.0),
        ("organisational_development", 16.0),
        ("employee_welfare", 5.0),
        ("informatics", 3.0),
        ("operative_efficiency", 14.0),
    ] {
        assert_eq!(
            value(&format!("category_{category}")),
            Some(n),
            "{category}"
        );
    }
    assert_eq!(value("awarded"), Some(10.0));
    assert_eq!(value("per_thousand"), Some(7.1));
    assert_eq!(kpi(table, "per_thousand", 0).1, "7,1", "in Italian");
    assert_eq!(kpi(table, "eligible", 0).1, "10.000");
    // The page draws it, in Italian, with the numbers in a table.
    let page = admin
        .get(&server.url("/t/turin/admin/network?year=2014"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<svg class=\"chart\""));
    assert!(page.body.contains("<td>7,1</td>"), "{}", page.body);
    // 2019: 44 proposals, 71 P.O. officials, 500 eligible.
    let export = admin
        .get(&server.url("/t/turin/admin/network?year=2019&format=json"))
        .await;
    let json: Value = serde_json::from_str(&export.body).expect("json");
    assert_eq!(kpi(&json["kpis"], "submitted", 0).0.as_f64(), Some(44.0));
    assert_eq!(kpi(&json["kpis"], "participants", 0).0.as_f64(), Some(71.0));
    assert_eq!(kpi(&json["kpis"], "eligible", 0).0.as_f64(), Some(500.0));
    // An unknown year or format is refused, not guessed.
    assert_eq!(
        admin
            .get(&server.url("/t/turin/admin/network?year=1999"))
            .await
            .status,
        400
    );
}

async fn outside_a_city_fewer_than_five_is_hidden(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let export = coordinator
        .get(&server.url("/network?year=2014&format=json"))
        .await;
    assert_eq!(export.status, 200, "{}", export.body);
    let json: Value = serde_json::from_str(&export.body).expect("json");
    let table = &json["kpis"];
    let turin = column(table, "Torino");
    assert_eq!(kpi(table, "submitted", turin).0.as_f64(), Some(71.0));
    for hidden in ["category_informatics", "team_size_3"] {
        let (value, text) = kpi(table, hidden, turin);
        assert!(value.is_null(), "{hidden}");
        assert_eq!(text, "< 5", "{hidden}");
    }
    assert_eq!(
        kpi(table, "category_employee_welfare", turin).0.as_f64(),
        Some(5.0)
    );
    // Each call of the year side by side, and the editions as a series.
    let calls = &json["calls"];
    let innova = column(calls, "Innova.TO");
    assert_eq!(kpi(calls, "submitted", innova).0.as_f64(), Some(71.0));
    let series = &json["series"];
    let y2014 = column(series, "2014");
    let line = series["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| {
            r["key"] == "per_thousand" && r["label"].as_str().is_some_and(|l| l.contains("Torino"))
        })
        .expect("Turin's proposals per 1,000");
    assert_eq!(line["values"][y2014]["value"].as_f64(), Some(7.1));
    // The CSV and the page hide the same, in their charts too.
    let csv = coordinator
        .get(&server.url("/network?year=2014&format=csv"))
        .await;
    assert_eq!(csv.status, 200);
    let informatics = csv
        .body
        .lines()
        .find(|l| l.contains("Informatic") || l.contains("informatic"))
        .expect("an informatics line");
    assert!(informatics.contains("\"< 5\""), "{informatics}");
    let page = coordinator.get(&server.url("/network?year=2014")).await;
    assert!(page.body.contains("<td>&#60; 5</td>"), "{}", page.body);
    // A year is a name, not a quantity: no digit grouping in any language.
    let italian = coordinator
        .get_with(
            &server.url("/network?year=2014"),
            &[("accept-language", "it")],
        )
        .await;
    assert!(italian.body.contains("Dati del 2014"), "{}", italian.body);
    // No person's name reaches the coordinator.
    let scope = crate::calls::turin(&server).await;
    let authors = scope
        .find::<proposals::member::Entity>()
        .all(&server.store.db)
        .await
        .expect("members");
    for m in authors.iter().take(20) {
        let person = scope
            .find_by_id::<innovato::people::user::Entity>(m.user_id.expect("plain"))
            .one(&server.store.db)
            .await
            .expect("query")
            .expect("person");
        assert!(!page.body.contains(&person.display_name));
        assert!(!export.body.contains(&person.display_name));
    }
    // Only coordinators compare cities.
    let employee_page = Browser::new().get(&server.url("/network")).await;
    assert_eq!(employee_page.status, 303, "sign in first");
}

async fn redis() -> redis::aio::ConnectionManager {
    let client = redis::Client::open("redis://127.0.0.1:6379").expect("redis url");
    redis::aio::ConnectionManager::new(client)
        .await
        .expect("Redis at 127.0.0.1:6379")
}

/// Browsers take the dashboard compressed: the same page in a fraction of
/// its bytes, rendered or kept; a client that does not take gzip gets it
/// plain.
async fn the_dashboard_travels_compressed(backend: Backend) {
    use std::io::Read;

    let server = TestServer::demo(backend).await;
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let url = server.url("/network?year=2014");
    let plain = coordinator.get(&url).await;
    assert_eq!(plain.status, 200, "{}", plain.body);
    assert_eq!(plain.header("content-encoding"), None);
    assert!(plain.body.contains("Torino"), "{}", plain.body);
    // In another language first (rendered for it), then again (kept).
    for language in ["it", "it", "en"] {
        let (headers, bytes) = coordinator
            .get_raw(
                &url,
                &[
                    ("accept-encoding", "gzip, deflate, br"),
                    ("accept-language", language),
                ],
            )
            .await;
        assert_eq!(headers["content-encoding"], "gzip");
        assert_eq!(headers["vary"], "accept-encoding");
        let mut page = String::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut page)
            .expect("a valid gzip stream");
        let same = coordinator
            .get_with(&url, &[("accept-language", language)])
            .await;
        assert_eq!(page, same.body, "the same page, in {language}");
        assert!(
            bytes.len() * 3 < page.len(),
            "{} bytes for a page of {}",
            bytes.len(),
            page.len()
        );
    }
    let refused = coordinator
        .get_with(&url, &[("accept-encoding", "gzip;q=0")])
        .await;
    assert_eq!(refused.header("content-encoding"), None);
    assert_eq!(refused.body, plain.body);
}

/// The allocated budget of Turin's 2019 figures, as a coordinator reads it.
async fn allocated_2019(server: &TestServer, coordinator: &Browser) -> f64 {
    let export = coordinator
        .get(&server.url("/network?year=2019&format=json"))
        .await;
    let json: Value = serde_json::from_str(&export.body).expect("json");
    let table = &json["kpis"];
    let (value, text) = kpi(table, "allocated", column(table, "Torino"));
    // The page shows the same figure as the export (both follow a change).
    let page = coordinator.get(&server.url("/network?year=2019")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body.contains(&format!("<td>{text}</td>")),
        "the page shows {text:?}"
    );
    value.as_f64().expect("euros")
}

async fn cached_figures_follow_a_change_on_another_instance(backend: Backend) {
    let store = TestDb::new(backend).await;
    innovato::demo::seed_once(&store.db).await.expect("demo");
    crate::support::before_implementation(&store.db).await;
    let shared = TestDb::shared(&store);
    let first = TestServer::with(store, true, Some(redis().await)).await;
    let second = TestServer::with(shared, true, Some(redis().await)).await;
    let scope: TenantId = turin(&first).await;
    let awarded = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::Status.eq(proposals::Status::Awarded))
        .filter(
            proposals::Column::CallId.is_in(
                scope
                    .find::<innovato::calls::Entity>()
                    .filter(innovato::calls::Column::BudgetCents.eq(4_000_000))
                    .all(&first.store.db)
                    .await
                    .expect("call")
                    .into_iter()
                    .map(|c| c.id),
            ),
        )
        .order_by_asc(proposals::Column::Id)
        .all(&first.store.db)
        .await
        .expect("awarded");
    projects::service::create_for_awarded(&first.store.db, scope, &awarded, Utc::now())
        .await
        .expect("projects");
    let coordinator = platform_browser(&first, "eva@network.example", Role::Coordinator).await;
    assert_eq!(allocated_2019(&first, &coordinator).await, 0.0);
    // A change behind the platform's back is not seen: the figures are cached.
    let project = scope
        .find::<projects::Entity>()
        .one(&first.store.db)
        .await
        .expect("query")
        .expect("project");
    let mut row: projects::entity::ActiveModel = project.clone().into();
    row.allocated_cents = sea_orm::ActiveValue::Set(100);
    scope.update(row, &first.store.db).await.expect("changed");
    assert_eq!(allocated_2019(&first, &coordinator).await, 0.0, "cached");
    // The admin changes the budget on the other instance: the next reading
    // on the first recomputes Turin.
    let admin = admin(&second, scope).await;
    let page = second.url(&format!("/t/turin/projects/{}", project.id));
    let csrf = admin.get(&page).await.csrf();
    let saved = admin
        .post(
            &second.url(&format!("/t/turin/projects/{}/budget", project.id)),
            &[
                ("csrf", csrf.as_str()),
                ("allocated", "8000"),
                ("committed", "0"),
                ("spent", "0"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(allocated_2019(&first, &coordinator).await, 8_000.0);
}

/// Closed editions' submission figures are stored once and read after;
/// an open call's are counted every time.
async fn closed_editions_are_stored_and_open_ones_counted(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let first = kpis::compute(&server.store.db, &[scope])
        .await
        .expect("figures");
    let again = kpis::compute(&server.store.db, &[scope])
        .await
        .expect("figures");
    assert_eq!(
        first.calls, again.calls,
        "stored figures are the counted ones"
    );
    assert_eq!(first.years, again.years);
    let open = crate::proposals::open_call(&server, scope).await;
    let before = first
        .calls
        .iter()
        .find(|(e, _)| e.call_id == open.id)
        .map(|(_, f)| f.submitted)
        .expect("the open call");
    let (person, _) =
        crate::proposals::employee(&server, scope, "Livia Conteggio", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), person).await;
    let url = crate::proposals::start_proposal(&server, &browser, open.id.get()).await;
    let id = crate::proposals::id_of(&url);
    let mut row: proposals::ActiveModel = scope
        .find_by_id::<proposals::Entity>(ProposalId(id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("proposal")
        .into();
    row.status = sea_orm::ActiveValue::Set(proposals::Status::Submitted);
    scope
        .update(row, &server.store.db)
        .await
        .expect("submitted");
    let after = kpis::compute(&server.store.db, &[scope])
        .await
        .expect("figures");
    let now = after
        .calls
        .iter()
        .find(|(e, _)| e.call_id == open.id)
        .map(|(_, f)| f.submitted)
        .expect("the open call");
    assert_eq!(now, before + 1);
}

/// A past call's "N proposals submitted" on the city's home page and on
/// its own page is its count of submitted proposals, the network's stored
/// figure: the first view counts and stores it, later ones read it.
async fn past_calls_show_the_stored_submission_count(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let db = &server.store.db;
    let past: Vec<calls::Model> = scope
        .find::<calls::Entity>()
        .order_by_asc(calls::Column::OpensAt)
        .all(db)
        .await
        .expect("calls")
        .into_iter()
        .filter(|c| c.phase.is_past_deadline())
        .collect();
    assert!(past.len() >= 2, "the demo has past calls in Turin");
    // The first past call's figure is stored before anyone looks, then
    // made different on purpose: the pages must show the stored one.
    let (first, others) = past.split_first().expect("past calls");
    kpis::closed_submitted(db, scope, &[first])
        .await
        .expect("stored");
    let changed = db
        .execute_raw(sea_orm::Statement::from_sql_and_values(
            db.get_database_backend(),
            match db.get_database_backend() {
                sea_orm::DatabaseBackend::Postgres => {
                    "UPDATE edition_figures SET submitted = 913 WHERE tenant_id = $1 AND call_id = $2"
                }
                _ => "UPDATE edition_figures SET submitted = 913 WHERE tenant_id = ? AND call_id = ?",
            },
            [scope.get().into(), first.id.into()],
        ))
        .await
        .expect("stored figure changed");
    assert_eq!(changed.rows_affected(), 1, "the figure was stored");
    let visitor = Browser::new();
    let home = visitor.get(&server.url("/t/turin/?lang=en")).await;
    assert_eq!(home.status, 200, "{}", home.body);
    assert!(home.body.contains("913 proposals submitted"));
    for call in others {
        let counted = scope
            .find::<proposals::Entity>()
            .filter(proposals::Column::CallId.eq(call.id))
            .filter(proposals::Column::Status.is_in(proposals::Status::SUBMITTED))
            .count(db)
            .await
            .expect("count");
        let shown = format!("{counted} proposals submitted");
        assert!(home.body.contains(&shown), "home page: {shown:?}");
        // The stored figure is the count.
        let stored = kpis::closed_submitted(db, scope, &[call])
            .await
            .expect("figures");
        assert_eq!(stored.get(&call.id), Some(&(counted as i64)));
    }
    let page = visitor
        .get(&server.url(&format!("/t/turin/calls/{}?lang=en", first.id)))
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains(">913<"), "{}", page.body);
}

on_both_backends!(
    past_calls_show_the_stored_submission_count,
    closed_editions_are_stored_and_open_ones_counted,
    turin_2014_shows_the_published_figures,
    outside_a_city_fewer_than_five_is_hidden,
    cached_figures_follow_a_change_on_another_instance,
    the_dashboard_travels_compressed,
);
