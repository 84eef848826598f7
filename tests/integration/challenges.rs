//! Challenge-led co-creation calls: the call form's kind and stage dates,
//! the stages on the call's page, and challenges — proposed only in the
//! challenges stage by whom the call admits, selected, merged and
//! translated by the admin, seen by eligible employees only, and by no
//! other city.

use chrono::{DateTime, Duration, Utc};
use innovato::ids::{CallId, ChallengeId, PersonId};
use innovato::{
    audit,
    calls::{self, Kind, Phase},
    challenges::{self, Status},
    clock::Clock,
    i18n::Lang,
    organisation::division,
    people::user,
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder};

use crate::{
    calls::{admin, call_form, category_ids, post_fields, turin},
    proposals::employee,
    support::{Backend, Browser, TestServer, message, on_both_backends},
};

fn start() -> DateTime<Utc> {
    // A winter day: no daylight-saving change in the weeks that follow.
    DateTime::parse_from_rfc3339("2030-01-15T10:00:00Z")
        .expect("date")
        .with_timezone(&Utc)
}

fn local(offset: Duration) -> String {
    calls::form::format_local(&(start() + offset), "Europe/Rome".parse().expect("tz"))
}

/// The co-creation fields of the call form, stages in order.
fn cocreation(extra: &[(&'static str, String)]) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        ("kind", "cocreation".to_owned()),
        ("opens_at", local(-Duration::days(1))),
        ("challenges_close_at", local(Duration::days(5))),
        ("cocreation_close_at", local(Duration::days(10))),
        ("closes_at", local(Duration::days(20))),
        ("results_at", local(Duration::days(40))),
        ("max_team_size", "6".to_owned()),
        ("min_team_size", "3".to_owned()),
        ("min_team_divisions", "3".to_owned()),
        ("challenge_grades", "dirigente".to_owned()),
        ("seal_identities", "on".to_owned()),
    ];
    for (key, value) in extra {
        match fields.iter_mut().find(|(k, _)| k == key) {
            Some(field) => field.1 = value.clone(),
            None => fields.push((key, value.clone())),
        }
    }
    fields
}

/// Posts the call form with the co-creation fields; the form's own
/// fields a co-creation field names are replaced.
async fn post_call(
    server: &TestServer,
    admin: &Browser,
    scope: TenantId,
    fields: &[(&'static str, String)],
) -> crate::support::Page {
    let form = admin.get(&server.url("/t/turin/admin/calls/new")).await;
    let categories = category_ids(server, scope).await;
    let changes: Vec<(&'static str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut all = call_form(&form.csrf(), &categories[..1], &changes);
    for (key, value) in fields {
        if !all.iter().any(|(k, _)| k == key) {
            all.push(((*key).to_owned(), value.clone()));
        }
    }
    post_fields(admin, &server.url("/t/turin/admin/calls"), &all).await
}

/// A published co-creation call of Turin, open in its challenges stage.
async fn open_cocreation_call(server: &TestServer, admin: &Browser, scope: TenantId) -> CallId {
    let created = post_call(server, admin, scope, &cocreation(&[])).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let call = scope
        .find::<calls::Entity>()
        .order_by_desc(calls::Column::Id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the call");
    let edit = admin
        .get(&server.url(&format!("/t/turin/admin/calls/{}", call.id)))
        .await;
    let published = admin
        .post(
            &server.url(&format!("/t/turin/admin/calls/{}/publish", call.id)),
            &[("csrf", &edit.csrf())],
        )
        .await;
    assert_eq!(published.status, 303);
    call.id
}

async fn the_form_asks_the_kind_and_orders_the_stages(backend: Backend) {
    let clock = Clock::fixed(start());
    let server = TestServer::demo_with_clock(backend, clock.clone()).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let before = scope
        .find::<calls::Entity>()
        .all(&server.store.db)
        .await
        .expect("query")
        .len();

    // Stages out of order, and no heads' grade: each field says why, in
    // Italian, and what was typed stays.
    let bad = post_call(
        &server,
        &admin,
        scope,
        &cocreation(&[
            ("challenges_close_at", local(Duration::days(25))),
            ("cocreation_close_at", local(Duration::days(3))),
            ("challenge_grades", String::new()),
            ("min_team_size", "9".to_owned()),
        ]),
    )
    .await;
    assert_eq!(bad.status, 422);
    for id in [
        "call-error-challenges-order",
        "call-error-cocreation-order",
        "call-error-challenge-grades",
        "call-error-min-team",
    ] {
        assert!(
            bad.body.contains(&message(&server, Lang::It, id)),
            "{id}: {}",
            bad.body
        );
    }
    assert!(bad.body.contains(&local(Duration::days(25))), "kept");
    let missing = post_call(
        &server,
        &admin,
        scope,
        &cocreation(&[("cocreation_close_at", String::new())]),
    )
    .await;
    assert_eq!(missing.status, 422);
    assert!(
        missing
            .body
            .contains(&message(&server, Lang::It, "call-error-stage-date"))
    );
    assert_eq!(
        scope
            .find::<calls::Entity>()
            .all(&server.store.db)
            .await
            .expect("query")
            .len(),
        before,
        "nothing refused was stored"
    );

    // An open call for ideas ignores the co-creation fields, as before.
    let ideas = post_call(
        &server,
        &admin,
        scope,
        &[
            ("kind", "ideas".to_owned()),
            ("challenges_close_at", "nonsense".to_owned()),
        ],
    )
    .await;
    assert_eq!(ideas.status, 303, "{}", ideas.body);
    let open_call = scope
        .find::<calls::Entity>()
        .order_by_desc(calls::Column::Id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("call");
    assert_eq!(open_call.kind, Kind::Ideas);
    assert_eq!(open_call.challenges_close_at, None);
    assert_eq!(
        (open_call.min_team_size, open_call.min_team_divisions),
        (1, 0)
    );

    let id = open_cocreation_call(&server, &admin, scope).await;
    let call = scope
        .find_by_id::<calls::Entity>(id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("call");
    assert_eq!(call.kind, Kind::Cocreation);
    assert_eq!(call.phase, Phase::Open);
    assert!(!call.seal_identities, "co-creation is never blind");
    assert_eq!((call.min_team_size, call.min_team_divisions), (3, 3));
    assert_eq!(call.challenges_close_at, Some(start() + Duration::days(5)));

    // The kind shows on the admin's list and the call's page, with the
    // stages and the current one.
    let list = admin.get(&server.url("/t/turin/admin/calls")).await;
    assert!(
        list.body
            .contains(&message(&server, Lang::It, "call-kind-cocreation"))
    );
    assert!(list.body.contains(&format!("/admin/calls/{id}/challenges")));
    let page = server.get(&format!("/t/turin/calls/{id}"), "it").await;
    assert_eq!(page.status, 200);
    for id in [
        "call-kind-cocreation",
        "call-stage-challenges",
        "call-stage-cocreation",
        "call-stage-development",
    ] {
        assert!(page.body.contains(&message(&server, Lang::It, id)), "{id}");
    }
    let current = page
        .body
        .find("aria-current=\"step\"")
        .expect("a current stage");
    assert!(
        page.body[current..].starts_with(&format!(
            "aria-current=\"step\"><strong>{}",
            message(&server, Lang::It, "call-stage-challenges")
        )),
        "the challenges stage is current"
    );
    clock.set(start() + Duration::days(12));
    let later = server.get(&format!("/t/turin/calls/{id}"), "it").await;
    let current = later.body.find("aria-current=\"step\"").expect("current");
    assert!(later.body[current..].contains(&message(&server, Lang::It, "call-stage-development")));

    // The API tells the kind, the stages' dates and the stage.
    let api = admin
        .get(&server.url(&format!("/t/turin/api/v1/calls/{id}")))
        .await;
    assert_eq!(api.status, 200, "{}", api.body);
    let json: serde_json::Value = serde_json::from_str(&api.body).expect("json");
    assert_eq!(json["kind"], "cocreation");
    assert_eq!(json["stage"], "development");
    assert_eq!(json["min_team_divisions"], 3);
    assert!(json["cocreation_close_at"].is_string());
    let old = admin
        .get(&server.url(&format!("/t/turin/api/v1/calls/{}", open_call.id)))
        .await;
    assert_eq!(old.status, 404, "a draft is not in the API");
    let audited = scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("call.create"))
        .order_by_desc(audit::Column::Seq)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("audited");
    assert!(
        audited.after.contains("\"kind\":\"cocreation\""),
        "{}",
        audited.after
    );
}

/// A Turin employee with a grade and, when given, a division.
async fn person(
    server: &TestServer,
    scope: TenantId,
    name: &str,
    grade: &str,
    division: Option<i32>,
) -> Browser {
    let (id, _) = employee(server, scope, name, grade).await;
    let row = scope
        .find_by_id::<user::Entity>(PersonId(id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("person");
    let mut row = row.into_active_model();
    row.division_id = Set(division);
    scope.update(row, &server.store.db).await.expect("division");
    Browser::signed_in(server, "turin", scope.get(), id).await
}

async fn propose(
    server: &TestServer,
    browser: &Browser,
    call: CallId,
    fields: &[(&str, &str)],
) -> crate::support::Page {
    let url = server.url(&format!("/t/turin/calls/{call}/challenges"));
    let page = browser.get(&url).await;
    let csrf = page.csrf();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    browser.post(&url, &all).await
}

const EVICTIONS: [(&str, &str); 5] = [
    ("title", "Prevenire gli sfratti"),
    (
        "problem",
        "Le famiglie arrivano ai servizi quando lo sfratto è già esecutivo.",
    ),
    (
        "who_suffers",
        "Famiglie in affitto con morosità incolpevole",
    ),
    ("end_users", "Inquilini, servizi sociali, proprietari"),
    ("evidence", "1.200 sfratti esecutivi nel 2018"),
];

async fn challenges_are_proposed_decided_and_shown(backend: Backend) {
    let clock = Clock::fixed(start());
    let server = TestServer::demo_with_clock(backend, clock.clone()).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let call = open_cocreation_call(&server, &admin, scope).await;
    let divisions = scope
        .find::<division::Entity>()
        .order_by_asc(division::Column::Id)
        .all(&server.store.db)
        .await
        .expect("query");
    assert!(divisions.len() >= 3, "Turin's divisions");
    let (housing, social) = (divisions[0].id.to_string(), divisions[1].id.to_string());

    // Only division heads propose in this call.
    let officer = person(
        &server,
        scope,
        "Anna Rossi",
        "funzionario",
        Some(divisions[0].id),
    )
    .await;
    let refused = propose(
        &server,
        &officer,
        call,
        &[EVICTIONS.as_slice(), &[("division", housing.as_str())]].concat(),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains(&message(&server, Lang::It, "challenge-error-heads-only"))
    );
    let page = officer
        .get(&server.url(&format!("/t/turin/calls/{call}/challenges")))
        .await;
    assert_eq!(page.status, 200, "an eligible employee sees the page");
    assert!(!page.body.contains("name=\"problem\""), "but no form");

    // A head's form comes back with what was typed when a field is wrong.
    let head = person(
        &server,
        scope,
        "Bruno Verdi",
        "Dirigente",
        Some(divisions[0].id),
    )
    .await;
    let incomplete = propose(
        &server,
        &head,
        call,
        &[
            ("title", ""),
            ("problem", "Testo tenuto <b>così</b>"),
            ("division", housing.as_str()),
        ],
    )
    .await;
    assert_eq!(incomplete.status, 422);
    assert!(
        incomplete
            .body
            .contains("Testo tenuto &#60;b&#62;così&#60;/b&#62;")
    );
    assert!(
        incomplete
            .body
            .contains(&message(&server, Lang::It, "challenge-error-title"))
    );
    let proposed = propose(
        &server,
        &head,
        call,
        &[
            EVICTIONS.as_slice(),
            &[
                ("division", housing.as_str()),
                ("division", social.as_str()),
            ],
        ]
        .concat(),
    )
    .await;
    assert_eq!(proposed.status, 303, "{}", proposed.body);
    let other_head = person(
        &server,
        scope,
        "Carla Neri",
        "dirigente",
        Some(divisions[1].id),
    )
    .await;
    let duplicate = propose(
        &server,
        &other_head,
        call,
        &[
            ("title", "Sfratti: intervenire prima"),
            (
                "problem",
                "Lo sportello casa e i servizi sociali non si parlano.",
            ),
            ("who_suffers", "Nuclei fragili"),
            ("end_users", "Inquilini"),
            ("division", social.as_str()),
        ],
    )
    .await;
    assert_eq!(duplicate.status, 303);
    let all = scope
        .find::<challenges::Entity>()
        .filter(challenges::Column::CallId.eq(call))
        .order_by_asc(challenges::Column::Id)
        .all(&server.store.db)
        .await
        .expect("query");
    assert_eq!(all.len(), 2);
    let (kept, dup) = (all[0].id, all[1].id);
    assert_eq!(all[0].locale, "it");

    // Nothing selected yet: employees see no challenge.
    let none = officer
        .get(&server.url(&format!("/t/turin/calls/{call}/challenges")))
        .await;
    assert!(!none.body.contains("Prevenire gli sfratti"));

    // The admin's list; a decision asks first, then is final and audited.
    let list = admin
        .get(&server.url(&format!("/t/turin/admin/calls/{call}/challenges")))
        .await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Bruno Verdi") && list.body.contains("Carla Neri"));
    assert!(list.body.contains(&divisions[1].name));
    let decide = |id: ChallengeId, fields: Vec<(&'static str, String)>| {
        let admin = &admin;
        let server = &server;
        let csrf = list.csrf();
        async move {
            let mut all = vec![("csrf", csrf)];
            all.extend(fields);
            let pairs: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
            admin
                .post(
                    &server.url(&format!("/t/turin/admin/challenges/{id}/decision")),
                    &pairs,
                )
                .await
        }
    };
    let asked = decide(kept, vec![("decision", "select".into())]).await;
    assert_eq!(asked.status, 200);
    assert!(
        asked.body.contains("name=\"confirm\""),
        "a confirmation page"
    );
    let status = |id: ChallengeId| {
        let db = server.store.db.clone();
        async move {
            scope
                .find_by_id::<challenges::Entity>(id)
                .one(&db)
                .await
                .expect("query")
                .expect("challenge")
        }
    };
    assert_eq!(status(kept).await.status, Status::Proposed, "not yet");
    let selected = decide(
        kept,
        vec![("decision", "select".into()), ("confirm", "yes".into())],
    )
    .await;
    assert_eq!(selected.status, 303);
    assert_eq!(status(kept).await.status, Status::Selected);
    let again = decide(
        kept,
        vec![("decision", "decline".into()), ("confirm", "yes".into())],
    )
    .await;
    assert_eq!(again.status, 409, "a decision is final");
    let merged = decide(
        dup,
        vec![
            ("decision", "merge".into()),
            ("into", kept.to_string()),
            ("confirm", "yes".into()),
        ],
    )
    .await;
    assert_eq!(merged.status, 303, "{}", merged.body);
    let gone = status(dup).await;
    assert_eq!(
        (gone.status, gone.merged_into),
        (Status::Merged, Some(kept))
    );
    let actions: Vec<String> = scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.starts_with("challenge."))
        .order_by_asc(audit::Column::Seq)
        .all(&server.store.db)
        .await
        .expect("query")
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "challenge.propose",
            "challenge.propose",
            "challenge.select",
            "challenge.merge"
        ]
    );

    // Eligible employees see the selected challenge, with the merged
    // duplicate's text on it; in English, the Italian original is marked.
    let shown = officer
        .get(&server.url(&format!("/t/turin/calls/{call}/challenges")))
        .await;
    assert!(shown.body.contains("Prevenire gli sfratti"));
    assert!(
        shown
            .body
            .contains("Lo sportello casa e i servizi sociali non si parlano.")
    );
    let english = officer
        .get(&server.url(&format!("/t/turin/calls/{call}/challenges?lang=en")))
        .await;
    assert!(
        english
            .body
            .contains("<article class=\"card\" lang=\"it\">"),
        "{}",
        english.body
    );
    let translated = admin
        .post(
            &server.url(&format!("/t/turin/admin/challenges/{kept}/texts")),
            &[
                ("csrf", &list.csrf()),
                ("lang", "en"),
                ("title", "Preventing evictions"),
                (
                    "problem",
                    "Families reach the services once the eviction is enforceable.",
                ),
            ],
        )
        .await;
    assert_eq!(translated.status, 303);
    let english = officer
        .get(&server.url(&format!("/t/turin/calls/{call}/challenges?lang=en")))
        .await;
    assert!(english.body.contains("Preventing evictions"));
    assert!(
        !english
            .body
            .contains("<article class=\"card\" lang=\"it\">")
    );

    // Someone the call's rule leaves out sees nothing; nor does another city.
    let director = person(&server, scope, "Dario Bianchi", "director", None).await;
    let shut = director
        .get(&server.url(&format!("/t/turin/calls/{call}/challenges")))
        .await;
    assert_eq!(shut.status, 403);
    let api_shut = director
        .get(&server.url(&format!("/t/turin/api/v1/calls/{call}/challenges")))
        .await;
    assert_eq!(api_shut.status, 403);
    let porto = TenantId::of(
        &tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    );
    let (porto_id, _) = employee(&server, porto, "Rui Costa", "técnico").await;
    let stranger = Browser::signed_in(&server, "porto", porto.get(), porto_id).await;
    for path in [
        format!("/t/porto/calls/{call}/challenges"),
        format!("/t/porto/api/v1/calls/{call}/challenges"),
    ] {
        assert_eq!(stranger.get(&server.url(&path)).await.status, 404, "{path}");
    }

    // The API shows the selected challenge with its duplicate and divisions.
    let api = officer
        .get(&server.url(&format!("/t/turin/api/v1/calls/{call}/challenges")))
        .await;
    assert_eq!(api.status, 200, "{}", api.body);
    let json: serde_json::Value = serde_json::from_str(&api.body).expect("json");
    let listed = json["challenges"].as_array().expect("a list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["merged"][0], dup.get());
    assert_eq!(
        listed[0]["divisions"].as_array().expect("divisions").len(),
        2
    );
    assert_eq!(listed[0]["translations"][0]["locale"], "en");

    // Through the API too: a head proposes, the admin declines, an
    // employee may not decide.
    let csrf = head
        .get(&server.url(&format!("/t/turin/calls/{call}/challenges")))
        .await
        .csrf();
    let body = serde_json::json!({
        "title": "Sportello unico casa",
        "problem": "Tre uffici chiedono gli stessi documenti.",
        "who_suffers": "Famiglie in emergenza abitativa",
        "end_users": "Famiglie, operatori",
        "divisions": [divisions[2].id],
    });
    let created = head
        .request(
            "POST",
            &server.url(&format!("/t/turin/api/v1/calls/{call}/challenges")),
            &[("x-csrf-token", csrf.as_str())],
            Some(body.to_string()),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let created: serde_json::Value = serde_json::from_str(&created.body).expect("json");
    assert_eq!(created["status"], "proposed");
    let new_id = created["id"].as_i64().expect("id");
    let decide_api = |browser: &Browser, csrf: String, decision: &str| {
        let url = server.url(&format!("/t/turin/api/v1/challenges/{new_id}/decision"));
        let body = serde_json::json!({ "decision": decision }).to_string();
        let browser = browser.clone();
        async move {
            browser
                .request("PUT", &url, &[("x-csrf-token", csrf.as_str())], Some(body))
                .await
        }
    };
    let declined = decide_api(&admin, list.csrf(), "decline").await;
    assert_eq!(declined.status, 200, "{}", declined.body);
    assert_eq!(
        status(ChallengeId(new_id as i32)).await.status,
        Status::Declined
    );
    let officer_csrf = officer
        .get(&server.url(&format!("/t/turin/calls/{call}/challenges")))
        .await
        .csrf();
    let refused = decide_api(&officer, officer_csrf, "select").await;
    assert_eq!(refused.status, 403, "an employee decides nothing");

    // Once the challenges stage is over, no one proposes.
    clock.set(start() + Duration::days(6));
    let late = propose(
        &server,
        &head,
        call,
        &[EVICTIONS.as_slice(), &[("division", housing.as_str())]].concat(),
    )
    .await;
    assert_eq!(late.status, 422);
    assert!(
        late.body
            .contains(&message(&server, Lang::It, "challenge-error-stage"))
    );
    assert!(
        late.body.contains("1.200 sfratti esecutivi nel 2018"),
        "the draft is kept"
    );
}

on_both_backends!(
    the_form_asks_the_kind_and_orders_the_stages,
    challenges_are_proposed_decided_and_shown,
);
