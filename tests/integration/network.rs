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

/// The fields of a CSV line, quotes undone.
fn fields(line: &str) -> Vec<String> {
    let (mut out, mut field, mut quoted, mut chars) =
        (Vec::new(), String::new(), false, line.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
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
    // The edition's own published figure, beside the counted one, marked.
    assert_eq!(value("published_participants"), Some(111.0));
    assert_eq!(
        kpi(table, "published_participants", 0).1,
        "111 (dato pubblicato)"
    );
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
    assert!(page.body.contains("<td>111 (dato pubblicato)</td>"));
    assert!(page.body.contains("<td>82</td>"));
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
        assert_eq!(text, "fewer than 5", "{hidden}: in words, not a sign");
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
    let header = fields(csv.body.lines().next().expect("a header"));
    let informatics = header
        .iter()
        .position(|h| h.contains("Informatic"))
        .expect("an informatics column");
    let torino = fields(
        csv.body
            .lines()
            .find(|l| l.contains("Torino"))
            .expect("Turin's line"),
    );
    assert_eq!(torino[informatics], "<5", "{torino:?}");
    let page = coordinator.get(&server.url("/network?year=2014")).await;
    assert!(page.body.contains("<td>fewer than 5</td>"), "{}", page.body);
    assert!(
        !page.body.contains("&#60; 5"),
        "no sign that reads as a percentage"
    );
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

/// A JSON export of the coordinator's dashboard.
async fn json_of(coordinator: &Browser, url: &str) -> Value {
    let export = coordinator.get(url).await;
    assert_eq!(export.status, 200, "{}", export.body);
    serde_json::from_str(&export.body).expect("json")
}

/// Rule 4: the dashboard opens on the latest year in which most cities
/// have data, files a call under its deadline's year and says so, reads
/// hidden counts in words and unknown figures as "not recorded".
async fn the_dashboard_answers_the_coordinators_question(backend: Backend) {
    let server = TestServer::demo(backend).await;
    // The demo records what became of 2014's winners; without those
    // records, 2014's implementation is unknown, which is what is checked.
    crate::support::before_implementation(&server.store.db).await;
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let opening = json_of(&coordinator, &server.url("/network?format=json")).await;
    let year = opening["year"].as_i64().expect("a year");
    let cities = innovato::tenants::list(&server.store.db)
        .await
        .expect("cities")
        .len();
    let with_data = opening["kpis"]["columns"]
        .as_array()
        .expect("columns")
        .len();
    assert!(
        with_data * 2 > cities,
        "{year}: {with_data} of {cities} cities"
    );
    let page = coordinator.get(&server.url("/network")).await;
    assert!(
        page.body
            .contains(&format!(r#"<option value="{year}" selected>"#)),
        "the page opens on {year}"
    );
    assert!(
        page.body
            .contains("A call counts in the year of its deadline (the close of submissions)"),
        "the rule is stated"
    );
    // Cluj's "Ideas for Cluj 2026" is filed under its deadline's year,
    // with the deadline beside its name.
    let cluj = innovato::tenants::find_by_slug(&server.store.db, "cluj-napoca")
        .await
        .expect("query")
        .expect("Cluj");
    let call = TenantId::of(&cluj)
        .find::<calls::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Cluj's call");
    let deadline_year = chrono::Datelike::year(&call.submissions_close_at);
    let filed = json_of(
        &coordinator,
        &server.url(&format!("/network?year={deadline_year}&format=json")),
    )
    .await;
    let columns = filed["calls"]["columns"].as_array().expect("calls");
    let column = columns
        .iter()
        .filter_map(Value::as_str)
        .find(|c| c.contains("Cluj 2026"))
        .unwrap_or_else(|| panic!("Cluj's call under {deadline_year}: {columns:?}"));
    assert!(
        column.contains("(deadline ") && column.contains(&deadline_year.to_string()),
        "{column}"
    );
    // Implementation of 2014 where no project records it: "not recorded",
    // never 0 %.
    let turin_scope = turin(&server).await;
    let y2014 = json_of(&coordinator, &server.url("/network?year=2014&format=json")).await;
    let table = &y2014["kpis"];
    let torino = column_of(table, "Torino");
    let innova = turin_scope
        .find::<calls::Entity>()
        .all(&server.store.db)
        .await
        .expect("calls")
        .into_iter()
        .find(|c| chrono::Datelike::year(&c.submissions_close_at) == 2014)
        .expect("Innova.TO 2014");
    let recorded = turin_scope
        .find::<projects::Entity>()
        .filter(projects::entity::Column::CallId.eq(innova.id))
        .count(&server.store.db)
        .await
        .expect("projects");
    let (value, text) = kpi(table, "implementation_rate", torino);
    assert_eq!(recorded, 0);
    assert!(value.is_null());
    assert_eq!(text, "not recorded");
    let page = coordinator.get(&server.url("/network?year=2014")).await;
    assert!(page.body.contains("<td>not recorded</td>"));
    assert!(
        page.body.contains(">not recorded</text>"),
        "a gap in the chart"
    );
}

fn column_of(table: &Value, name: &str) -> usize {
    column(table, name)
}

/// Rule 3: charts with a visible title and unit, each city in one colour
/// in every chart, and the numbers in a table beside each.
async fn charts_read_at_a_glance(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let page = coordinator
        .get_with(
            &server.url("/network?year=2014"),
            &[("accept-language", "en")],
        )
        .await;
    assert_eq!(page.status, 200);
    let charts = page.body.matches("<svg class=\"chart\"").count();
    assert!(charts >= 8, "{charts} charts");
    assert_eq!(page.body.matches(r#"class="chart-title""#).count(), charts);
    assert_eq!(page.body.matches(r#"class="chart-unit""#).count(), charts);
    assert_eq!(
        page.body
            .matches(r#"<figure class="chart-figure">"#)
            .count(),
        charts
    );
    assert_eq!(
        page.body
            .matches(r#"<table class="list chart-table">"#)
            .count(),
        charts,
        "a table beside each chart"
    );
    assert!(page.body.contains(">Participation rate</text>"));
    assert!(
        page.body
            .contains(r##"class="chart-unit" fill="#444">%</text>"##)
    );
    // Turin, the network's first city, is blue in the bars and the lines.
    let blue = innovato::network::chart::style(0).colour;
    assert!(page.body.contains(&format!(
        r##"fill="{blue}" stroke="#1a1a1a" stroke-width="0.5" class="chart-bar"><title>Città di Torino:"##
    )));
    assert!(
        page.body
            .contains(&format!(r#"stroke="{blue}" stroke-width="2.5"/>"#))
    );
    // No line is drawn as a filled shape.
    assert_eq!(
        page.body.matches("<polyline").count(),
        page.body.matches(r#"fill="none" stroke="#).count()
            - page
                .body
                .matches(r#"l10 10m0 -10l-10 10" fill="none""#)
                .count()
    );
}

/// Exports carry raw numbers, one unit per column, a byte-order mark in
/// CSV; the XLSX opens with numbers as numbers.
async fn exports_carry_raw_numbers(backend: Backend) {
    use std::io::Read;

    let server = TestServer::demo(backend).await;
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let (headers, bytes) = coordinator
        .get_raw(
            &server.url("/network?year=2014&format=csv"),
            &[("accept-language", "it")],
        )
        .await;
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "a byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    let mut lines = text.lines();
    let header = fields(lines.next().expect("header"));
    assert_eq!(header[0], "Città", "{header:?}");
    let torino = fields(
        lines
            .find(|l| l.starts_with("Città di Torino"))
            .expect("Turin"),
    );
    let at = |name: &str| {
        header
            .iter()
            .position(|h| h.starts_with(name))
            .unwrap_or_else(|| panic!("a column {name}: {header:?}"))
    };
    assert_eq!(torino[at("Dipendenti ammessi (persone)")], "10000");
    assert_eq!(torino[at("Proposte ogni 1.000")], "7.1");
    assert_eq!(torino[at("Proposte presentate (proposte)")], "71");
    assert!(header[at("Tasso di partecipazione")].ends_with("(%)"));
    assert_eq!(torino[at("Tasso di partecipazione")], "0.82");
    // The same as a workbook.
    let (headers, bytes) = coordinator
        .get_raw(&server.url("/network?year=2014&format=xlsx"), &[])
        .await;
    assert_eq!(
        headers["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut sheet = String::new();
    archive
        .by_name("xl/worksheets/sheet1.xml")
        .expect("a sheet")
        .read_to_string(&mut sheet)
        .expect("xml");
    assert!(sheet.contains("<v>10000</v>"), "{sheet}");
    assert!(sheet.contains("<v>71</v>"));
    assert!(sheet.contains("<v>7.1</v>"));
    assert!(sheet.contains(r#"t="inlineStr"><is><t xml:space="preserve">&lt;5</t>"#));
    assert!(!sheet.contains("10,000") && !sheet.contains("10.000"));
}

/// A city against the network: medians in the row's unit and format.
async fn the_citys_median_has_its_unit(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let json: Value = serde_json::from_str(
        &admin
            .get(&server.url("/t/turin/admin/network?format=json&lang=it"))
            .await
            .body,
    )
    .expect("json");
    let table = &json["kpis"];
    let (value, text) = kpi(table, "participants", 1);
    if value.as_f64().is_some_and(|v| v.fract() == 0.0) {
        assert!(!text.contains(','), "{text}: a count has no decimals");
    }
    let (value, text) = kpi(table, "participation_rate", 1);
    if value.is_number() {
        assert!(text.ends_with('%'), "{text}");
    }
    let page = admin
        .get(&server.url("/t/turin/admin/network?lang=it"))
        .await;
    assert!(page.body.contains(r#"<td class="kpi-unit">persone</td>"#));
}

/// 100 cities stay a page of under 100 KB: a page of cities at a time,
/// and the coordinator chooses which.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_cities_stay_a_light_page() {
    let store = TestDb::new(Backend::Postgres).await;
    innovato::demo::scale::generate(
        &store.db,
        innovato::demo::scale::Scale {
            tenants: 100,
            employees: 2_000,
            proposals: 5_000,
        },
    )
    .await
    .expect("generated");
    let server = TestServer::with(store, false, None).await;
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let page = coordinator.get(&server.url("/network")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    println!("/network with 100 cities: {} bytes", page.body.len());
    assert!(page.body.len() < 100_000, "{} bytes", page.body.len());
    assert_eq!(page.body.matches(r#"name="city""#).count(), 100);
    assert!(
        page.body.contains(r#"aria-current="page">1</span>"#),
        "pages"
    );
    let json = json_of(&coordinator, &server.url("/network?format=json")).await;
    let shown = json["kpis"]["columns"].as_array().expect("columns").len();
    assert_eq!(shown, innovato::network::pages::PAGE);
    let ids: Vec<i32> = innovato::tenants::list(&server.store.db)
        .await
        .expect("cities")
        .iter()
        .take(3)
        .map(|t| t.id)
        .collect();
    let chosen = format!(
        "/network?format=json&city={}&city={}&city={}",
        ids[0], ids[1], ids[2]
    );
    let json = json_of(&coordinator, &server.url(&chosen)).await;
    assert_eq!(
        json["kpis"]["columns"].as_array().expect("columns").len(),
        3
    );
    let last = coordinator.get(&server.url("/network?page=13")).await;
    assert_eq!(last.status, 200);
    assert!(last.body.len() < 100_000);
}

on_both_backends!(
    the_dashboard_answers_the_coordinators_question,
    charts_read_at_a_glance,
    exports_carry_raw_numbers,
    the_citys_median_has_its_unit,
    past_calls_show_the_stored_submission_count,
    closed_editions_are_stored_and_open_ones_counted,
    turin_2014_shows_the_published_figures,
    outside_a_city_fewer_than_five_is_hidden,
    cached_figures_follow_a_change_on_another_instance,
    the_dashboard_travels_compressed,
);
