//! The console's JSON twins: what a city's administrator reads and changes
//! on the admin pages (closing a call, scoring and results, the ranking,
//! the jury, decisions, projects, people and the audit log) works with the
//! administrator's API token, as problem documents when refused, audited
//! like the pages, and never reaches another city.

use chrono::Utc;
use innovato::ids::PersonId;
use innovato::{
    audit,
    auth::oidc,
    calls::{self, Phase},
    i18n::Lang,
    organisation::division,
    people::{Role, role},
    proposals,
    review::jury,
    tenancy::TenantId,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::{
    calls::turin,
    proposals::{employee, open_call},
    review::{reviews, setup},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

fn json_of(page: &Page) -> Value {
    serde_json::from_str(&page.body).unwrap_or_else(|_| panic!("JSON: {}", page.body))
}

/// A new API token, made on the tokens page by `admin` of city `slug`.
async fn token(server: &TestServer, admin: &Browser, slug: &str) -> String {
    let url = server.url(&format!("/t/{slug}/admin/api-tokens"));
    let page = admin.get(&url).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let created = admin
        .post(&url, &[("csrf", &page.csrf()), ("name", "Console")])
        .await;
    let marker = "<p class=\"code\">";
    let start = created.body.find(marker).expect("token shown") + marker.len();
    created.body[start..]
        .split('<')
        .next()
        .expect("token")
        .to_owned()
}

/// A client of the API holding a token.
struct Client<'a> {
    server: &'a TestServer,
    browser: Browser,
    bearer: String,
    slug: &'a str,
}

impl<'a> Client<'a> {
    fn new(server: &'a TestServer, token: &str, slug: &'a str) -> Self {
        Self {
            server,
            browser: Browser::new(),
            bearer: format!("Bearer {token}"),
            slug,
        }
    }

    /// `method` on `path` inside the city's API, in `lang`.
    async fn send(&self, method: &str, path: &str, body: Option<Value>, lang: &str) -> Page {
        self.browser
            .request(
                method,
                &self.server.url(&format!("/t/{}/api/v1{path}", self.slug)),
                &[("authorization", &self.bearer), ("accept-language", lang)],
                body.map(|b| b.to_string()),
            )
            .await
    }
}

fn said(server: &TestServer, lang: Lang, id: &str) -> String {
    server.state.locales.for_lang(lang).t(id)
}

/// The answer is a problem document with this status.
fn problem(page: &Page, status: u16) -> Value {
    assert_eq!(page.status, status, "{}", page.body);
    assert_eq!(
        page.header("content-type"),
        Some("application/problem+json"),
        "{}",
        page.body
    );
    let doc = json_of(page);
    assert_eq!(doc["status"], status);
    doc
}

/// How many entries of the city's log record `action` on `subject`.
async fn audited(server: &TestServer, scope: TenantId, action: &str, subject: i32) -> u64 {
    scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq(action))
        .filter(audit::Column::SubjectId.eq(subject))
        .count(&server.store.db)
        .await
        .expect("count")
}

async fn the_review_runs_over_the_api(backend: Backend) {
    let s = setup(backend).await;
    let server = &s.server;
    let porto = Client::new(server, &token(server, &s.admin, "porto").await, "porto");
    let turin_admin = crate::calls::admin(server, turin(server).await).await;
    let in_turin = Client::new(server, &token(server, &turin_admin, "turin").await, "turin");
    let call = s.call.id;
    s.start().await;

    // The jury's progress; no scores while the jurors score.
    let progress = porto
        .send("GET", &format!("/calls/{call}/reviews"), None, "pt")
        .await;
    assert_eq!(progress.status, 200, "{}", progress.body);
    let progress = json_of(&progress);
    assert_eq!(progress["scoring"], "open");
    let jurors = progress["jurors"].as_array().expect("jurors");
    assert_eq!(jurors.len(), s.jurors.len());
    assert!(jurors.iter().all(|j| j["done"] == 0));
    assert!(jurors.iter().any(|j| j["kind"] == "expert"));
    assert!(progress["reviews"].is_null(), "no scores before closing");

    // Every juror scores every review.
    for (n, (juror, _)) in s.jurors.iter().enumerate() {
        let browser = s.juror(n).await;
        for r in reviews(server, s.scope, call.get())
            .await
            .iter()
            .filter(|r| r.juror_id == PersonId(*juror))
        {
            let url = s.url(&format!("/review/{}", r.id));
            let csrf = browser.get(&url).await.csrf();
            let score = ((r.proposal_id.get() + n as i32) % 5 + 1).to_string();
            let fields = [
                ("csrf", csrf.as_str()),
                ("score", &score),
                ("score", "3"),
                ("score", "4"),
            ];
            assert_eq!(browser.post(&url, &fields).await.status, 200);
        }
    }
    let progress = json_of(
        &porto
            .send("GET", &format!("/calls/{call}/reviews"), None, "pt")
            .await,
    );
    for j in progress["jurors"].as_array().expect("jurors") {
        assert_eq!(j["done"], j["assigned"], "{j}");
    }
    assert!(progress["reviews"].is_null(), "scoring is still open");

    // No decision before scoring closes: the state does not allow it.
    let decision = format!("/calls/{call}/decisions/{}", s.ours[0]);
    let early = porto
        .send("PUT", &decision, Some(json!({ "decision": "award" })), "pt")
        .await;
    let doc = problem(&early, 409);
    assert_eq!(doc["title"], said(server, Lang::Pt, "error-locked"));

    // Closing scoring acts at once, audited as the page's close is.
    let closed = porto
        .send("POST", &format!("/calls/{call}/review/close"), None, "pt")
        .await;
    assert_eq!(closed.status, 200, "{}", closed.body);
    let ranking = json_of(&closed);
    assert_eq!(ranking["scoring"], "closed");
    assert_eq!(ranking["deciding"], true);
    assert_eq!(
        audited(server, s.scope, "review.close", call.get()).await,
        1
    );
    let again = porto
        .send("POST", &format!("/calls/{call}/review/close"), None, "pt")
        .await;
    problem(&again, 409);

    // Now each review's scores, per criterion.
    let progress = json_of(
        &porto
            .send("GET", &format!("/calls/{call}/reviews"), None, "pt")
            .await,
    );
    let scored = progress["reviews"].as_array().expect("scores once closed");
    assert!(!scored.is_empty());
    assert!(
        scored
            .iter()
            .all(|r| r["marks"].as_array().map(Vec::len) == Some(3))
    );
    assert!(scored.iter().all(|r| r["weighted_score"].is_number()));

    // The ranked field: every proposal ranked, with its figures.
    let ranking = porto
        .send("GET", &format!("/calls/{call}/ranking"), None, "pt")
        .await;
    assert_eq!(ranking.status, 200, "{}", ranking.body);
    let ranking = json_of(&ranking);
    let ours: Vec<&Value> = ranking["proposals"]
        .as_array()
        .expect("proposals")
        .iter()
        .filter(|p| {
            s.ours
                .iter()
                .any(|id| p["proposal_id"].as_i64() == Some(i64::from(*id)))
        })
        .collect();
    assert_eq!(ours.len(), 2, "{ranking}");
    for p in &ours {
        assert!(p["rank"].as_u64().is_some_and(|r| r >= 1), "{p}");
        assert!(p["normalised_score"].is_number(), "{p}");
        assert!(p["mean_score"].is_number(), "{p}");
        assert!(p["spread"].is_number(), "{p}");
        assert_eq!(p["reviews_done"], p["reviews_expected"], "{p}");
        assert_eq!(p["decision"], "undecided");
    }
    assert!(ranking["agreement"].is_number() || ranking["agreement"].is_null());

    // A decision the call does not offer: 422 naming the field, in the
    // request's language.
    let bogus = porto
        .send(
            "PUT",
            &decision,
            Some(json!({ "decision": "award-99" })),
            "pt",
        )
        .await;
    let doc = problem(&bogus, 422);
    assert_eq!(
        doc["errors"]["decision"],
        said(server, Lang::Pt, "decision-error-unknown")
    );
    let unknown = porto
        .send(
            "PUT",
            &format!("/calls/{call}/decisions/99999999"),
            Some(json!({ "decision": "shortlist" })),
            "pt",
        )
        .await;
    problem(&unknown, 404);
    let awarded = porto
        .send("PUT", &decision, Some(json!({ "decision": "award" })), "pt")
        .await;
    assert_eq!(awarded.status, 200, "{}", awarded.body);
    let line = json_of(&awarded)["proposals"]
        .as_array()
        .expect("proposals")
        .iter()
        .find(|p| p["proposal_id"].as_i64() == Some(i64::from(s.ours[0])))
        .cloned()
        .expect("the awarded proposal");
    assert_eq!(line["decision"], "award");
    assert_eq!(line["status"], "awarded");
    assert_eq!(
        audited(server, s.scope, "proposal.decision", s.ours[0]).await,
        1
    );

    // Another city's token: Turin does not know Porto's call, and Porto
    // does not know Turin's token.
    for path in [
        format!("/calls/{call}/ranking"),
        format!("/calls/{call}/reviews"),
    ] {
        let foreign = in_turin.send("GET", &path, None, "it").await;
        let doc = problem(&foreign, 404);
        assert_eq!(doc["title"], said(server, Lang::It, "error-not-found"));
        assert!(!foreign.body.contains("Hortas nos telhados"));
    }
    let foreign = in_turin
        .send(
            "PUT",
            &decision,
            Some(json!({ "decision": "shortlist" })),
            "it",
        )
        .await;
    problem(&foreign, 404);
    let elsewhere = Client::new(server, &in_turin.bearer[7..], "porto");
    problem(
        &elsewhere
            .send("POST", &format!("/calls/{call}/results"), None, "it")
            .await,
        401,
    );

    // An employee of the city, with their session, is refused.
    let employee = s.juror(0).await;
    let csrf = employee.get(&s.url("/account")).await.csrf();
    for (method, path) in [
        ("GET", format!("/calls/{call}/ranking")),
        ("GET", format!("/calls/{call}/reviews")),
        ("POST", format!("/calls/{call}/results")),
    ] {
        let refused = employee
            .request(
                method,
                &s.url(&format!("/api/v1{path}")),
                &[("x-csrf-token", &csrf), ("accept-language", "pt")],
                None,
            )
            .await;
        let doc = problem(&refused, 403);
        assert_eq!(doc["title"], said(server, Lang::Pt, "error-forbidden"));
    }

    // Publishing acts at once; the whole field stays, the winner marked.
    let published = porto
        .send("POST", &format!("/calls/{call}/results"), None, "pt")
        .await;
    assert_eq!(published.status, 200, "{}", published.body);
    let ranking = json_of(&published);
    assert_eq!(ranking["published"], true);
    let field = ranking["proposals"].as_array().expect("proposals");
    let winner = field
        .iter()
        .find(|p| p["proposal_id"].as_i64() == Some(i64::from(s.ours[0])))
        .expect("the winner stays in the field");
    assert_eq!(winner["status"], "in_implementation");
    assert_eq!(winner["decision"], "award");
    assert!(
        field
            .iter()
            .any(|p| p["proposal_id"].as_i64() == Some(i64::from(s.ours[1]))
                && p["status"] == "not_selected")
    );
    assert_eq!(
        audited(server, s.scope, "call.results", call.get()).await,
        1
    );
    let twice = porto
        .send("POST", &format!("/calls/{call}/results"), None, "pt")
        .await;
    problem(&twice, 409);
    let missing = porto
        .send("GET", "/calls/99999999/ranking", None, "pt")
        .await;
    problem(&missing, 404);
}

async fn people_projects_audit_and_closing_over_the_api(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let server = &server;
    let scope = turin(server).await;
    let admin = crate::calls::admin(server, scope).await;
    let api = Client::new(server, &token(server, &admin, "turin").await, "turin");
    let (person, _) = employee(server, scope, "Ilaria Api", "C1").await;
    let colleague = Browser::signed_in(server, "turin", scope.get(), person).await;
    let csrf = colleague.get(&server.url("/t/turin/account")).await.csrf();
    let as_employee = |method: &'static str, path: String| {
        let colleague = &colleague;
        let csrf = csrf.clone();
        async move {
            colleague
                .request(
                    method,
                    &server.url(&format!("/t/turin/api/v1{path}")),
                    &[("x-csrf-token", &csrf), ("accept-language", "it")],
                    None,
                )
                .await
        }
    };
    let porto_scope = TenantId::of(
        &innovato::tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    );

    // Closing a call early: at once, audited, then refused as not open.
    let call = open_call(server, scope).await;
    problem(
        &as_employee("POST", format!("/calls/{}/close", call.id)).await,
        403,
    );
    let closed = api
        .send("POST", &format!("/calls/{}/close", call.id), None, "it")
        .await;
    assert_eq!(closed.status, 200, "{}", closed.body);
    assert_eq!(json_of(&closed)["phase"], "review");
    assert_eq!(
        scope
            .find_by_id::<calls::Entity>(call.id)
            .one(&server.store.db)
            .await
            .expect("query")
            .expect("call")
            .phase,
        Phase::Review
    );
    assert_eq!(
        audited(server, scope, "call.close_early", call.id.get()).await,
        1
    );
    let doc = problem(
        &api.send("POST", &format!("/calls/{}/close", call.id), None, "it")
            .await,
        409,
    );
    assert_eq!(doc["title"], said(server, Lang::It, "error-locked"));
    problem(
        &api.send("POST", "/calls/99999999/close", None, "it").await,
        404,
    );

    // The board, and one project (Turin 2019's winners become projects,
    // as publishing its results does; the demo's own projects are cleared
    // first, so that the board holds exactly these).
    crate::support::before_implementation(&server.store.db).await;
    let edition = scope
        .find::<calls::Entity>()
        .filter(calls::Column::BudgetCents.eq(4_000_000))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Innova.TO 2019");
    let awarded = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(edition.id))
        .filter(proposals::Column::Status.eq(proposals::Status::Awarded))
        .all(&server.store.db)
        .await
        .expect("awarded");
    innovato::projects::service::create_for_awarded(&server.store.db, scope, &awarded, Utc::now())
        .await
        .expect("projects");
    let board = api.send("GET", "/projects", None, "it").await;
    assert_eq!(board.status, 200, "{}", board.body);
    let board = json_of(&board);
    let projects = board["projects"].as_array().expect("projects");
    assert_eq!(projects.len(), awarded.len());
    assert_eq!(projects[0]["call_id"], edition.id.get());
    let id = projects[0]["id"].as_i64().expect("id");
    let project = api
        .send("GET", &format!("/projects/{id}"), None, "it")
        .await;
    assert_eq!(project.status, 200, "{}", project.body);
    let project = json_of(&project);
    assert_eq!(project["title"], projects[0]["title"]);
    assert!(project["budget"]["allocated_cents"].is_i64());
    assert!(project["milestones"].is_array() && project["updates"].is_array());
    problem(&as_employee("GET", "/projects".into()).await, 403);
    problem(&as_employee("GET", format!("/projects/{id}")).await, 404);
    let porto_project = porto_scope
        .find::<innovato::projects::Entity>()
        .one(&server.store.db)
        .await
        .expect("query");
    if let Some(p) = porto_project {
        problem(
            &api.send("GET", &format!("/projects/{}", p.id), None, "it")
                .await,
            404,
        );
    }
    problem(
        &api.send("GET", "/projects/99999999", None, "it").await,
        404,
    );

    // A person, their attributes, and which fields SSO owns.
    let path = format!("/people/{person}");
    let read = api.send("GET", &path, None, "it").await;
    assert_eq!(read.status, 200, "{}", read.body);
    let read = json_of(&read);
    assert_eq!(read["name"], "Ilaria Api");
    assert_eq!(read["grade"], "C1");
    assert!(read["sso_owned"]["grade"].is_null());
    assert!(
        read["roles"]
            .as_array()
            .expect("roles")
            .iter()
            .any(|r| r["role"] == "employee")
    );
    let attributes = format!("{path}/attributes");
    let long = api
        .send(
            "PUT",
            &attributes,
            Some(json!({ "grade": "x".repeat(81) })),
            "it",
        )
        .await;
    let doc = problem(&long, 422);
    assert_eq!(doc["title"], said(server, Lang::It, "api-invalid"));
    assert!(
        doc["errors"]["grade"]
            .as_str()
            .is_some_and(|m| m.contains("80")),
        "{doc}"
    );
    // A body that is not an object is not read into the fields in order.
    let listed = api
        .send("PUT", &attributes, Some(json!([null, "Dirigente"])), "it")
        .await;
    problem(&listed, 400);
    let porto_division = porto_scope
        .find::<division::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a division of Porto");
    let foreign = api
        .send(
            "PUT",
            &attributes,
            Some(json!({ "division_id": porto_division.id })),
            "it",
        )
        .await;
    let doc = problem(&foreign, 422);
    assert!(doc["errors"]["division_id"].is_string(), "{doc}");
    let turin_division = scope
        .find::<division::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a division of Turin");
    let saved = api
        .send(
            "PUT",
            &attributes,
            Some(json!({ "division_id": turin_division.id, "grade": "P.O." })),
            "it",
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let saved = json_of(&saved);
    assert_eq!(saved["grade"], "P.O.");
    assert_eq!(saved["division_id"], turin_division.id);
    assert_eq!(audited(server, scope, "person.attributes", person).await, 1);
    // Once the city's sign-in maps the grade, it is SSO's: refused, named.
    scope
        .insert(
            oidc::ActiveModel {
                issuer_url: Set("https://login.torino.example/".into()),
                client_id: Set("innovato".into()),
                client_secret: Set("sealed".into()),
                scopes: Set("openid email profile".into()),
                email_claim: Set("email".into()),
                name_claim: Set("name".into()),
                division_claim: Set(String::new()),
                grade_claim: Set("job_grade".into()),
                extra_claims: Set(String::new()),
                updated_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("provider");
    let read = json_of(&api.send("GET", &path, None, "it").await);
    assert_eq!(read["sso_owned"]["grade"], "job_grade");
    let owned = api
        .send(
            "PUT",
            &attributes,
            Some(json!({ "grade": "Dirigente" })),
            "it",
        )
        .await;
    let doc = problem(&owned, 422);
    assert_eq!(
        doc["errors"]["grade"],
        said(server, Lang::It, "people-error-sso-owned")
    );
    assert_eq!(audited(server, scope, "person.attributes", person).await, 1);
    problem(&as_employee("GET", path.clone()).await, 403);
    problem(&api.send("GET", "/people/99999999", None, "it").await, 404);
    let porto_person = porto_scope
        .find::<innovato::people::user::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a person of Porto");
    let foreign = api
        .send("GET", &format!("/people/{}", porto_person.id), None, "it")
        .await;
    problem(&foreign, 404);
    assert!(!foreign.body.contains(&porto_person.email));

    // Roles: granted and revoked at once, audited; the page's refusals.
    let mentor = format!("{path}/roles/mentor");
    let granted = api.send("PUT", &mentor, None, "it").await;
    assert_eq!(granted.status, 200, "{}", granted.body);
    assert!(
        json_of(&granted)["roles"]
            .as_array()
            .expect("roles")
            .iter()
            .any(|r| r["role"] == "mentor")
    );
    assert_eq!(audited(server, scope, "role.grant", person).await, 1);
    let revoked = api.send("DELETE", &mentor, None, "it").await;
    assert_eq!(revoked.status, 200, "{}", revoked.body);
    assert!(
        !json_of(&revoked)["roles"]
            .as_array()
            .expect("roles")
            .iter()
            .any(|r| r["role"] == "mentor")
    );
    assert_eq!(audited(server, scope, "role.revoke", person).await, 1);
    problem(
        &api.send("PUT", &format!("{path}/roles/operator"), None, "it")
            .await,
        400,
    );
    problem(&as_employee("PUT", mentor.clone()).await, 403);
    // A juror of a call still to judge is not made admin.
    scope
        .insert(
            jury::ActiveModel {
                call_id: Set(call.id),
                user_id: Set(PersonId(person)),
                added_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("jury seat");
    let refused = api
        .send("PUT", &format!("{path}/roles/tenant_admin"), None, "it")
        .await;
    let doc = problem(&refused, 422);
    assert_eq!(
        doc["errors"]["role"],
        said(server, Lang::It, "people-error-admin-on-jury")
    );
    // The token's holder cannot revoke their own admin role.
    let holder = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the admin");
    problem(
        &api.send(
            "DELETE",
            &format!("/people/{}/roles/tenant_admin", holder.user_id),
            None,
            "it",
        )
        .await,
        403,
    );

    // The audit log, in sentences of the request's language, with details.
    let log = api.send("GET", "/audit?action=role.", None, "it").await;
    assert_eq!(log.status, 200, "{}", log.body);
    let log = json_of(&log);
    let entries = log["entries"].as_array().expect("entries");
    assert!(
        entries
            .iter()
            .all(|e| e["action"].as_str().is_some_and(|a| a.starts_with("role.")))
    );
    let ours: Vec<&Value> = entries
        .iter()
        .filter(|e| e["subject_type"] == "person" && e["subject_id"] == person)
        .collect();
    assert_eq!(ours.len(), 2, "{log}");
    // Newest first.
    assert_eq!(ours[0]["action"], "role.revoke");
    let grant = ours
        .iter()
        .find(|e| e["action"] == "role.grant")
        .expect("the grant");
    assert_eq!(grant["after"]["role"], "mentor");
    assert!(
        grant["sentence"]
            .as_str()
            .is_some_and(|s| s.contains("Ilaria Api")
                && s.contains(&said(server, Lang::It, "role-mentor"))
                && !s.contains("role.grant")),
        "{grant}"
    );
    let by_admin = api
        .send(
            "GET",
            &format!("/audit?person={}&page=1", holder.user_id),
            None,
            "it",
        )
        .await;
    assert_eq!(by_admin.status, 200);
    assert!(
        json_of(&by_admin)["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .all(|e| e["actor_id"] == holder.user_id.get())
    );
    problem(&api.send("GET", "/audit?page=0", None, "it").await, 400);
    problem(
        &api.send("GET", "/audit?from=yesterday", None, "it").await,
        400,
    );
    problem(&as_employee("GET", "/audit".into()).await, 403);
}

on_both_backends!(
    the_review_runs_over_the_api,
    people_projects_audit_and_closing_over_the_api,
);
