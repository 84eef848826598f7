//! Cross-division teams of a co-creation call: a team starts from a
//! selected challenge, people offer themselves and the lead invites them,
//! the composition rule names what is missing at submission, the lead
//! names external stakeholders; nothing is joined outside the co-creation
//! stage, and nothing is seen from another city.

use chrono::{Duration, Utc};
use innovato::ids::{CallId, ChallengeId, PersonId, ProposalId};
use innovato::{
    calls::{self, Kind, category_link},
    challenges,
    clock::Clock,
    organisation::division,
    people::{Role, role, user},
    proposals,
    teams::offer,
    tenancy::TenantId,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter};

use crate::{
    calls::turin,
    proposals::{employee, open_call},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

/// Turin's open call turned into a co-creation call in its co-creation
/// stage (teams of 1 to 3 from 3 divisions, teams known by design), with
/// one selected challenge concerning Housing, Social care and Employment.
struct Setting {
    call: CallId,
    challenge: ChallengeId,
    /// Housing, Social care, Employment.
    divisions: [i32; 3],
}

async fn setting(server: &TestServer, scope: TenantId) -> Setting {
    let db = &server.store.db;
    let now = Utc::now();
    let call = open_call(server, scope).await;
    let mut row = call.clone().into_active_model();
    row.kind = Set(Kind::Cocreation);
    row.challenges_close_at = Set(Some(now - Duration::days(2)));
    row.cocreation_close_at = Set(Some(now + Duration::days(5)));
    row.min_team_size = Set(1);
    row.max_team_size = Set(3);
    row.min_team_divisions = Set(3);
    row.seal_identities = Set(false);
    scope.update(row, db).await.expect("co-creation call");
    let mut divisions = [0; 3];
    for (i, (code, name)) in [
        ("TH-HOU", "Housing"),
        ("TH-SOC", "Social care"),
        ("TH-EMP", "Employment"),
    ]
    .into_iter()
    .enumerate()
    {
        divisions[i] = scope
            .insert(
                division::ActiveModel {
                    code: Set(code.into()),
                    name: Set(name.into()),
                    ..Default::default()
                },
                db,
            )
            .await
            .expect("division")
            .id;
    }
    let challenge = scope
        .insert(
            challenges::ActiveModel {
                call_id: Set(call.id),
                proposed_by: Set(None),
                locale: Set("en".into()),
                title: Set("Eviction prevention".into()),
                problem: Set("Families lose their home before anyone helps.".into()),
                who_suffers: Set("Tenants in arrears".into()),
                end_users: Set("Families at risk of eviction".into()),
                evidence: Set("1,200 eviction orders a year".into()),
                status: Set(challenges::Status::Selected),
                merged_into: Set(None),
                created_at: Set(now),
                decided_at: Set(Some(now)),
                ..Default::default()
            },
            db,
        )
        .await
        .expect("challenge");
    for d in divisions {
        scope
            .insert(
                challenges::division_link::ActiveModel {
                    challenge_id: Set(challenge.id),
                    division_id: Set(d),
                    ..Default::default()
                },
                db,
            )
            .await
            .expect("link");
    }
    Setting {
        call: call.id,
        challenge: challenge.id,
        divisions,
    }
}

/// A Turin employee of `division`, signed in.
async fn member(
    server: &TestServer,
    scope: TenantId,
    name: &str,
    division: i32,
) -> (PersonId, Browser) {
    let (id, _) = employee(server, scope, name, "employee").await;
    let person = scope
        .find_by_id::<user::Entity>(PersonId(id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("person");
    let mut row = person.into_active_model();
    row.division_id = Set(Some(division));
    scope.update(row, &server.store.db).await.expect("division");
    (
        PersonId(id),
        Browser::signed_in(server, "turin", scope.get(), id).await,
    )
}

/// Posts a form from `page` (its CSRF token) to `action`.
async fn form(browser: &Browser, page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
    let csrf = browser.get(page).await.csrf();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    browser.post(action, &all).await
}

/// A JSON request with the session's CSRF header, in English.
async fn api(
    browser: &Browser,
    server: &TestServer,
    method: &str,
    path: &str,
    body: Option<serde_json::Value>,
) -> Page {
    let csrf = browser.get(&server.url("/t/turin/proposals")).await.csrf();
    browser
        .request(
            method,
            &server.url(&format!("/t/turin/api/v1{path}")),
            &[("x-csrf-token", csrf.as_str()), ("accept-language", "en")],
            body.map(|b| b.to_string()),
        )
        .await
}

fn json(page: &Page) -> serde_json::Value {
    serde_json::from_str(&page.body).unwrap_or_else(|_| panic!("JSON: {}", page.body))
}

async fn offer_id(server: &TestServer, scope: TenantId, person: PersonId) -> i32 {
    scope
        .find::<offer::Entity>()
        .filter(offer::Column::UserId.eq(person))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an offer")
        .id
}

async fn a_team_forms_across_divisions_and_submits_once_it_spans_three(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let s = setting(&server, scope).await;
    let [housing, social, employment] = s.divisions;
    let (_, anna) = member(&server, scope, "Anna Casa", housing).await;
    let (bruno_id, bruno) = member(&server, scope, "Bruno Cura", social).await;
    let (carla_id, carla) = member(&server, scope, "Carla Lavoro", employment).await;
    let finder = server.url(&format!("/t/turin/calls/{}/teams", s.call));
    let challenge = |rest: &str| server.url(&format!("/t/turin/challenges/{}{rest}", s.challenge));

    // The finder shows the challenge and what a team of it lacks.
    let page = anna.get(&finder).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Eviction prevention"), "{}", page.body);

    // Anna starts the team and leads it; the challenge has one team.
    let started = form(&anna, &finder, &challenge("/team"), &[]).await;
    assert_eq!(started.status, 303, "{}", started.body);
    let draft = started.location(&server.url("/"));
    let id: i32 = draft
        .rsplit('/')
        .next()
        .and_then(|i| i.parse().ok())
        .expect("id");
    let second = form(&bruno, &finder, &challenge("/team"), &[]).await;
    assert_eq!(second.status, 422, "one team per challenge");

    // Bruno offers himself; the lead invites him with one click; he accepts.
    let empty = form(&bruno, &finder, &challenge("/offer"), &[("message", " ")]).await;
    assert_eq!(empty.status, 422);
    let offered = form(
        &bruno,
        &finder,
        &challenge("/offer"),
        &[("message", "I am in social care, I know the families")],
    )
    .await;
    assert_eq!(offered.status, 303, "{}", offered.body);
    let seen = anna.get(&finder).await;
    assert!(seen.body.contains("I know the families"), "{}", seen.body);
    let invite = |offer: i32| server.url(&format!("/t/turin/offers/{offer}/invite"));
    let invited = form(
        &anna,
        &finder,
        &invite(offer_id(&server, scope, bruno_id).await),
        &[],
    )
    .await;
    assert_eq!(invited.status, 303, "{}", invited.body);
    let accepted = form(
        &bruno,
        &draft,
        &format!("{draft}/team/answer"),
        &[("answer", "accept")],
    )
    .await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);

    // The draft is complete; two divisions are not three.
    let category = scope
        .find::<category_link::Entity>()
        .filter(category_link::Column::CallId.eq(s.call))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a category");
    let saved = api(
        &anna,
        &server,
        "PUT",
        &format!("/proposals/{id}"),
        Some(serde_json::json!({
            "title": "A desk against evictions",
            "summary": "One desk for tenants in arrears.",
            "problem": "Families meet the city only at the eviction.",
            "solution": "Housing, social care and employment at one desk.",
            "resources": "Three officers part-time for six months.",
            "end_users": "Tenants in arrears, heard once.",
            "partners": "The tenants' association.",
            "pilot": "Two districts, six months.",
            "indicators": "Evictions among the families followed.",
            "category": category.category_id.to_string(),
        })),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let refused = api(
        &anna,
        &server,
        "POST",
        &format!("/proposals/{id}/submit"),
        None,
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains(
            "The team spans 2 divisions (Housing, Social care); this call needs 3: add someone from another division, e.g. Employment."
        ),
        "{}",
        refused.body
    );

    // The API's finder says the same; Carla offers, withdraws, offers again.
    let teams = json(
        &api(
            &carla,
            &server,
            "GET",
            &format!("/calls/{}/teams", s.call),
            None,
        )
        .await,
    );
    let team = &teams["teams"][0];
    assert_eq!(team["proposal_id"], id);
    assert_eq!(team["member_count"], 2);
    assert_eq!(team["divisions_needed"], 1);
    assert_eq!(team["lacking_divisions"], serde_json::json!(["Employment"]));
    let offers = format!("/challenges/{}/offers", s.challenge);
    let body = serde_json::json!({ "message": "I am in employment" });
    assert_eq!(
        api(&carla, &server, "POST", &offers, Some(body.clone()))
            .await
            .status,
        201
    );
    assert_eq!(
        api(&carla, &server, "DELETE", &offers, None).await.status,
        204
    );
    assert_eq!(
        api(&carla, &server, "DELETE", &offers, None).await.status,
        404
    );
    assert_eq!(
        api(&carla, &server, "POST", &offers, Some(body))
            .await
            .status,
        201
    );
    let teams = json(
        &api(
            &anna,
            &server,
            "GET",
            &format!("/calls/{}/teams", s.call),
            None,
        )
        .await,
    );
    assert_eq!(
        teams["teams"][0]["offers"][0]["person"]["name"],
        "Carla Lavoro"
    );
    assert_eq!(
        teams["teams"][0]["offers"][0]["person"]["division"],
        "Employment"
    );

    // Invited and accepted, a third division: the submission goes through.
    let invited = form(
        &anna,
        &finder,
        &invite(offer_id(&server, scope, carla_id).await),
        &[],
    )
    .await;
    assert_eq!(invited.status, 303, "{}", invited.body);
    let accepted = form(
        &carla,
        &draft,
        &format!("{draft}/team/answer"),
        &[("answer", "accept")],
    )
    .await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    let submitted = api(
        &anna,
        &server,
        "POST",
        &format!("/proposals/{id}/submit"),
        None,
    )
    .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    let stored = scope
        .find_by_id::<proposals::Entity>(ProposalId(id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("proposal");
    assert_eq!(stored.status, proposals::Status::Submitted);
    assert_eq!(stored.challenge_id, Some(s.challenge));
}

async fn stakeholders_stages_and_other_cities(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let s = setting(&server, scope).await;
    let (_, anna) = member(&server, scope, "Anna Casa", s.divisions[0]).await;
    let (_, bruno) = member(&server, scope, "Bruno Cura", s.divisions[1]).await;
    let finder = server.url(&format!("/t/turin/calls/{}/teams", s.call));
    let challenge = |rest: &str| server.url(&format!("/t/turin/challenges/{}{rest}", s.challenge));
    let started = form(&anna, &finder, &challenge("/team"), &[]).await;
    assert_eq!(started.status, 303, "{}", started.body);
    let draft = started.location(&server.url("/"));
    let id: i32 = draft
        .rsplit('/')
        .next()
        .and_then(|i| i.parse().ok())
        .expect("id");

    // The lead names stakeholders (no account), on the page and by the API.
    let team_page = format!("{draft}/stakeholders");
    let added = form(
        &anna,
        &team_page,
        &team_page,
        &[
            ("organisation", "Caritas Torino"),
            ("contact", "Don Marco"),
            ("contribution", "Emergency housing"),
        ],
    )
    .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let shown = anna.get(&team_page).await;
    assert!(shown.body.contains("Caritas Torino"), "{}", shown.body);
    let path = format!("/proposals/{id}/stakeholders");
    let missing = api(
        &anna,
        &server,
        "POST",
        &path,
        Some(serde_json::json!({ "organisation": "" })),
    )
    .await;
    assert_eq!(missing.status, 422, "{}", missing.body);
    let by_api = api(
        &anna,
        &server,
        "POST",
        &path,
        Some(serde_json::json!({ "organisation": "Tenants' union", "contribution": "Cases" })),
    )
    .await;
    assert_eq!(by_api.status, 201, "{}", by_api.body);
    let other = json(&by_api)["id"].as_i64().expect("id");
    // Someone off the team finds no team; the API removes; the page asks first.
    assert_eq!(bruno.get(&team_page).await.status, 404);
    let not_lead = api(
        &bruno,
        &server,
        "POST",
        &path,
        Some(serde_json::json!({ "organisation": "X" })),
    )
    .await;
    assert_eq!(not_lead.status, 404);
    assert_eq!(
        api(&anna, &server, "DELETE", &format!("{path}/{other}"), None)
            .await
            .status,
        204
    );
    let first = innovato::teams::service::stakeholders(&server.store.db, scope, ProposalId(id))
        .await
        .expect("stakeholders");
    assert_eq!(first.len(), 1);
    let remove = format!("{team_page}/{}/remove", first[0].id);
    let asked = form(&anna, &team_page, &remove, &[]).await;
    assert_eq!(asked.status, 200, "a confirmation first");
    assert!(asked.body.contains("Caritas Torino"));
    let removed = form(&anna, &team_page, &remove, &[("confirm", "yes")]).await;
    assert_eq!(removed.status, 303);
    assert!(!anna.get(&team_page).await.body.contains("Caritas Torino"));

    // Another city's people see nothing of it, nor join it.
    let porto = TenantId::of(
        &innovato::tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    );
    let porto_admin = porto
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto's admin");
    let from_porto =
        Browser::signed_in(&server, "porto", porto.get(), porto_admin.user_id.get()).await;
    let porto_finder = server.url(&format!("/t/porto/calls/{}/teams", s.call));
    assert_eq!(from_porto.get(&porto_finder).await.status, 404);
    let csrf = from_porto
        .get(&server.url("/t/porto/proposals"))
        .await
        .csrf();
    let join = from_porto
        .post(
            &server.url(&format!("/t/porto/challenges/{}/offer", s.challenge)),
            &[("csrf", csrf.as_str()), ("message", "Olá")],
        )
        .await;
    assert_eq!(join.status, 404);
    let start = from_porto
        .post(
            &server.url(&format!("/t/porto/challenges/{}/team", s.challenge)),
            &[("csrf", csrf.as_str())],
        )
        .await;
    assert_eq!(start.status, 404);
    let listed = from_porto
        .get(&server.url(&format!("/t/porto/api/v1/calls/{}/teams", s.call)))
        .await;
    assert_eq!(listed.status, 404);

    // Past the co-creation stage (development), nobody joins any more.
    let call = scope
        .find_by_id::<calls::Entity>(s.call)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("call");
    let mut row = call.into_active_model();
    row.cocreation_close_at = Set(Some(Utc::now() - Duration::hours(1)));
    scope
        .update(row, &server.store.db)
        .await
        .expect("development");
    let late = form(
        &bruno,
        &finder,
        &challenge("/offer"),
        &[("message", "Me too")],
    )
    .await;
    assert_eq!(late.status, 422, "{}", late.body);
    let page = bruno.get(&finder).await;
    assert_eq!(page.status, 200);
    let action = format!("challenges/{}/offer\"", s.challenge);
    assert!(!page.body.contains(&action), "{}", page.body);
}

on_both_backends!(
    a_team_forms_across_divisions_and_submits_once_it_spans_three,
    stakeholders_stages_and_other_cities,
);
