//! Calls written through the API (issue 22, rule 8): a city's administrator
//! creates and rewrites a call with every field of the admin's form, under
//! the form's rules and audit entries; refusals name each field in the
//! request's language; nobody else writes, another city's call is not
//! found, and a call past its submissions keeps its rules.

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use innovato::{
    audit,
    calls::{self, Phase},
    i18n::Lang,
    people::{Role, role},
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::{
    calls::category_ids,
    proposals::{employee, open_call},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

fn json_of(page: &Page) -> Value {
    serde_json::from_str(&page.body).unwrap_or_else(|_| panic!("JSON: {}", page.body))
}

fn said(server: &TestServer, lang: Lang, id: &str) -> String {
    server.state.locales.for_lang(lang).t(id)
}

/// The city's demo administrator, signed in.
async fn city_admin(server: &TestServer, slug: &str) -> (TenantId, Browser) {
    let tenant = tenants::find_by_slug(&server.store.db, slug)
        .await
        .expect("query")
        .expect("the city");
    let scope = TenantId::of(&tenant);
    let grant = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin");
    let browser = Browser::signed_in(server, slug, scope.get(), grant.user_id.get()).await;
    (scope, browser)
}

/// A new API token, made on the tokens page by `admin` of city `slug`.
async fn token(server: &TestServer, admin: &Browser, slug: &str) -> String {
    let url = server.url(&format!("/t/{slug}/admin/api-tokens"));
    let page = admin.get(&url).await;
    let created = admin
        .post(&url, &[("csrf", &page.csrf()), ("name", "Calls")])
        .await;
    let marker = "<p class=\"code\">";
    let start = created.body.find(marker).expect("token shown") + marker.len();
    created.body[start..]
        .split('<')
        .next()
        .expect("token")
        .to_owned()
}

/// `method` on `path` inside city `slug`'s API, with `headers`, in `lang`.
async fn send(
    server: &TestServer,
    browser: &Browser,
    slug: &str,
    (method, path): (&str, &str),
    headers: &[(&str, &str)],
    lang: &str,
    body: Option<&Value>,
) -> Page {
    let mut all = vec![("accept-language", lang)];
    all.extend_from_slice(headers);
    browser
        .request(
            method,
            &server.url(&format!("/t/{slug}/api/v1{path}")),
            &all,
            body.map(Value::to_string),
        )
        .await
}

/// Now, to the minute: the API keeps dates to the minute.
fn minute() -> DateTime<Utc> {
    Utc::now()
        .duration_trunc(TimeDelta::minutes(1))
        .expect("a minute")
}

/// A co-creation call modelled on TO-HOME, open since yesterday, in its
/// challenges stage.
fn cocreation(categories: &[i32], now: DateTime<Utc>) -> Value {
    let day = |n: i64| (now + TimeDelta::days(n)).to_rfc3339();
    json!({
        "kind": "cocreation",
        "texts": [
            {"locale": "it", "title": "Casa e lavoro, insieme", "description": "Le sfide dei servizi sociali."},
            {"locale": "en", "title": "Home and work, together", "description": "The social services' challenges."},
        ],
        "categories": [categories[0]],
        "opens_at": day(-1),
        "challenges_close_at": day(10),
        "cocreation_close_at": day(20),
        "submissions_close_at": day(30),
        "results_at": day(60),
        "max_team_size": 8,
        "min_team_size": 3,
        "min_team_divisions": 3,
        "challenges_open_to_all": false,
        "challenge_grades": ["dirigente", "P.O."],
        "eligibility": {"rule": "everyone"},
        "eligible_headcount": 1200,
        "budget_cents": 5_000_000,
        "criteria": [
            {"name": "Impatto", "weight": 60, "scale": 5},
            {"name": "Fattibilità", "weight": 40, "scale": 5},
        ],
        "awards": [{"name": "Pilota", "sponsor": "", "prize": "Un anno di sperimentazione"}],
    })
}

async fn audited(server: &TestServer, scope: TenantId, action: &str, subject: i64) -> u64 {
    scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq(action))
        .filter(audit::Column::SubjectId.eq(subject as i32))
        .count(&server.store.db)
        .await
        .expect("count")
}

async fn an_admin_writes_a_cocreation_call_through_the_api(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let (scope, admin) = city_admin(&server, "turin").await;
    let bearer = format!("Bearer {}", token(&server, &admin, "turin").await);
    let auth = [("authorization", bearer.as_str())];
    let client = Browser::new();
    let now = minute();
    let body = cocreation(&category_ids(&server, scope).await, now);

    let created = send(
        &server,
        &client,
        "turin",
        ("POST", "/calls"),
        &auth,
        "it",
        Some(&body),
    )
    .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let draft = json_of(&created);
    let id = draft["id"].as_i64().expect("id");
    assert_eq!(draft["phase"], "draft");
    assert_eq!(draft["kind"], "cocreation");
    assert_eq!(audited(&server, scope, "call.create", id).await, 1);
    // A draft is not public yet.
    let hidden = server
        .get(&format!("/t/turin/api/v1/calls/{id}"), "it")
        .await;
    assert_eq!(hidden.status, 404);

    // Published from its admin page, it opens at once (its date has come).
    let page = server.url(&format!("/t/turin/admin/calls/{id}"));
    let csrf = admin.get(&page).await.csrf();
    let published = admin
        .post(&format!("{page}/publish"), &[("csrf", &csrf)])
        .await;
    assert_eq!(published.status, 303, "{}", published.body);

    let read = server
        .get(&format!("/t/turin/api/v1/calls/{id}"), "it")
        .await;
    assert_eq!(read.status, 200, "{}", read.body);
    let call = json_of(&read);
    assert_eq!(call["phase"], "open");
    assert_eq!(call["kind"], "cocreation");
    assert_eq!(call["stage"], "challenges");
    for field in [
        "opens_at",
        "challenges_close_at",
        "cocreation_close_at",
        "submissions_close_at",
        "results_at",
    ] {
        let sent: DateTime<Utc> = body[field].as_str().expect("sent").parse().expect("date");
        let stored: DateTime<Utc> = call[field].as_str().expect("read").parse().expect("date");
        assert_eq!(stored, sent, "{field}");
    }
    assert_eq!(
        (
            &call["min_team_size"],
            &call["max_team_size"],
            &call["min_team_divisions"]
        ),
        (&json!(3), &json!(8), &json!(3))
    );
    assert_eq!(call["challenges_open_to_all"], false);
    assert_eq!(call["challenge_grades"], json!(["dirigente", "P.O."]));
    assert_eq!(call["budget_cents"], 5_000_000);
    assert_eq!(call["criteria"], body["criteria"]);
    assert_eq!(call["awards"], body["awards"]);
    assert_eq!(call["eligibility"], json!({"rule": "everyone"}));
    let titles: Vec<&str> = call["texts"]
        .as_array()
        .expect("texts")
        .iter()
        .filter_map(|t| t["title"].as_str())
        .collect();
    assert!(titles.contains(&"Casa e lavoro, insieme"), "{titles:?}");

    // Open, it may still be rewritten as the form allows; audited so.
    let mut larger = body.clone();
    larger["max_team_size"] = json!(10);
    larger["min_team_divisions"] = json!(2);
    let path = format!("/calls/{id}");
    let saved = send(
        &server,
        &client,
        "turin",
        ("PUT", &path),
        &auth,
        "it",
        Some(&larger),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(json_of(&saved)["max_team_size"], 10);
    assert_eq!(json_of(&saved)["min_team_divisions"], 2);
    assert_eq!(audited(&server, scope, "call.update", id).await, 1);

    // But it keeps its kind once published, as the form says.
    let mut other_kind = body.clone();
    other_kind["kind"] = json!("ideas");
    let refused = send(
        &server,
        &client,
        "turin",
        ("PUT", &path),
        &auth,
        "it",
        Some(&other_kind),
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        json_of(&refused)["errors"]["kind"],
        said(&server, Lang::It, "call-error-kind-settled")
    );
    assert_eq!(audited(&server, scope, "call.update", id).await, 1);
}

async fn an_invalid_call_names_each_field_in_the_readers_language(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let (scope, admin) = city_admin(&server, "turin").await;
    let bearer = format!("Bearer {}", token(&server, &admin, "turin").await);
    let auth = [("authorization", bearer.as_str())];
    let client = Browser::new();
    let now = minute();
    let mut body = cocreation(&category_ids(&server, scope).await, now);
    // The challenges close after the submissions; no Italian title (the
    // city's default language); no category; a budget in cents.
    body["challenges_close_at"] = json!((now + TimeDelta::days(40)).to_rfc3339());
    body["texts"] = json!([{"locale": "en", "title": "Home and work", "description": ""}]);
    body["categories"] = json!([]);
    body["budget_cents"] = json!(150);
    let calls_before = scope
        .find::<calls::Entity>()
        .count(&server.store.db)
        .await
        .expect("count");

    let refused = send(
        &server,
        &client,
        "turin",
        ("POST", "/calls"),
        &auth,
        "it",
        Some(&body),
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        refused.header("content-type"),
        Some("application/problem+json")
    );
    let problem = json_of(&refused);
    assert_eq!(problem["title"], said(&server, Lang::It, "api-invalid"));
    for (field, message) in [
        ("challenges_close_at", "call-error-challenges-order"),
        // The co-creation stage now ends before the challenges do.
        ("cocreation_close_at", "call-error-cocreation-order"),
        ("texts", "call-error-default-title"),
        ("categories", "call-error-categories"),
        ("budget_cents", "call-error-budget"),
    ] {
        let italian = said(&server, Lang::It, message);
        assert_ne!(italian, said(&server, Lang::En, message), "{message}");
        assert_eq!(problem["errors"][field], italian, "{field}: {problem}");
    }
    assert_eq!(
        problem["errors"].as_object().map(|e| e.len()),
        Some(5),
        "{problem}"
    );
    // A date that is no date is named too, not refused as a whole body.
    let mut undated = cocreation(&category_ids(&server, scope).await, now);
    undated["opens_at"] = json!("domani");
    let refused = send(
        &server,
        &client,
        "turin",
        ("POST", "/calls"),
        &auth,
        "it",
        Some(&undated),
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        json_of(&refused)["errors"]["opens_at"],
        said(&server, Lang::It, "call-error-date")
    );
    let calls_after = scope
        .find::<calls::Entity>()
        .count(&server.store.db)
        .await
        .expect("count");
    assert_eq!(calls_after, calls_before, "nothing was created");
}

async fn only_the_citys_administrators_write_its_calls(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let (scope, _) = city_admin(&server, "turin").await;
    let body = cocreation(&category_ids(&server, scope).await, minute());
    let turin_call = open_call(&server, scope).await.id.get();

    // An employee and a juror, each signed in with their session's CSRF
    // token, are refused.
    let (employee_id, _) = employee(&server, scope, "Api Bruni", "employee").await;
    let (juror_id, _) = employee(&server, scope, "Api Gallo", "employee").await;
    scope
        .insert(
            role::ActiveModel {
                user_id: Set(innovato::ids::PersonId(juror_id)),
                role: Set(Role::Juror),
                call_id: Set(Some(innovato::ids::CallId(turin_call))),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("juror role");
    let path = format!("/calls/{turin_call}");
    for person in [employee_id, juror_id] {
        let browser = Browser::signed_in(&server, "turin", scope.get(), person).await;
        let csrf = browser.get(&server.url("/t/turin/proposals")).await.csrf();
        let headers = [("x-csrf-token", csrf.as_str())];
        for (method, path) in [("POST", "/calls"), ("PUT", path.as_str())] {
            let refused = send(
                &server,
                &browser,
                "turin",
                (method, path),
                &headers,
                "it",
                Some(&body),
            )
            .await;
            assert_eq!(refused.status, 403, "{method} {path}: {}", refused.body);
            assert_eq!(
                refused.header("content-type"),
                Some("application/problem+json")
            );
        }
    }

    // Porto's administrator does not find Turin's call.
    let (_, porto_admin) = city_admin(&server, "porto").await;
    let porto = format!("Bearer {}", token(&server, &porto_admin, "porto").await);
    let unknown = send(
        &server,
        &Browser::new(),
        "porto",
        ("PUT", &path),
        &[("authorization", porto.as_str())],
        "pt",
        Some(&body),
    )
    .await;
    assert_eq!(unknown.status, 404, "{}", unknown.body);
    assert_eq!(
        audited(&server, scope, "call.update", i64::from(turin_call)).await,
        0
    );
}

async fn a_call_past_its_submissions_keeps_its_rules(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let (scope, admin) = city_admin(&server, "turin").await;
    let bearer = format!("Bearer {}", token(&server, &admin, "turin").await);
    let settled = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.is_in([
            Phase::Review,
            Phase::Results,
            Phase::Implementation,
            Phase::Archived,
        ]))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a Turin call past its submissions");
    let mut body = cocreation(&category_ids(&server, scope).await, minute());
    body["kind"] = json!(settled.kind.token());
    let refused = send(
        &server,
        &Browser::new(),
        "turin",
        ("PUT", &format!("/calls/{}", settled.id)),
        &[("authorization", bearer.as_str())],
        "it",
        Some(&body),
    )
    .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert_eq!(
        json_of(&refused)["title"],
        said(&server, Lang::It, "error-locked")
    );
    let unchanged = scope
        .find_by_id::<calls::Entity>(settled.id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the call");
    assert_eq!(unchanged, settled);
    assert_eq!(
        audited(&server, scope, "call.update", i64::from(settled.id.get())).await,
        0
    );
}

on_both_backends!(
    an_admin_writes_a_cocreation_call_through_the_api,
    an_invalid_call_names_each_field_in_the_readers_language,
    only_the_citys_administrators_write_its_calls,
    a_call_past_its_submissions_keeps_its_rules,
);
