//! Running a call: the admin's form, publication, phases that move by
//! themselves exactly once, deadlines, and the audit log that proves it.

use chrono::{Duration, Utc};
use innovato::{
    audit,
    calls::{self, Phase, phases},
    clock::Clock,
    organisation::category,
    people::{Role, role},
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, QueryOrder};

use crate::support::{Backend, Browser, Page, TestServer, on_both_backends};

pub async fn turin(server: &TestServer) -> TenantId {
    TenantId::of(
        &tenants::find_by_slug(&server.store.db, "turin")
            .await
            .expect("query")
            .expect("Turin"),
    )
}

/// A signed-in browser of the city's demo administrator.
pub async fn admin(server: &TestServer, scope: TenantId) -> Browser {
    let grant = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin");
    Browser::signed_in(server, "turin", scope.get(), grant.user_id.get()).await
}

pub async fn category_ids(server: &TestServer, scope: TenantId) -> Vec<i32> {
    scope
        .find::<category::Entity>()
        .order_by_asc(category::Column::Id)
        .all(&server.store.db)
        .await
        .expect("query")
        .into_iter()
        .map(|c| c.id)
        .collect()
}

/// A complete call form; `change` alters one field.
pub fn call_form(
    csrf: &str,
    categories: &[i32],
    change: &[(&'static str, &str)],
) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = vec![
        ("csrf", csrf),
        ("text_lang", "it"),
        ("text_title", "Idee per l'energia"),
        (
            "text_description",
            "Proposte per risparmiare energia negli uffici.",
        ),
        ("text_lang", "en"),
        ("text_title", ""),
        ("text_description", ""),
        ("opens_at", "2026-01-10T09:00"),
        ("closes_at", "2026-10-25T02:30"),
        ("results_at", "2026-12-15T12:00"),
        ("max_team_size", "3"),
        ("reviews_per_proposal", "3"),
        ("eligible_headcount", "10.000"),
        ("budget_euros", "40000"),
        ("eligibility_rule", "all_except"),
        ("eligibility_attribute", "grade"),
        ("eligibility_values", "director"),
        ("criterion_name", "Impatto"),
        ("criterion_weight", "60"),
        ("criterion_scale", "5"),
        ("criterion_name", "Fattibilità"),
        ("criterion_weight", "40"),
        ("criterion_scale", "5"),
        ("award_name", "Premio Innovazione"),
        ("award_sponsor", "Fondazione"),
        ("award_prize", "Targa"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    for (key, value) in change {
        if let Some(field) = fields.iter_mut().find(|(k, _)| k == key) {
            field.1 = (*value).to_owned();
        }
    }
    for id in categories {
        fields.push(("category".into(), id.to_string()));
    }
    fields
}

pub async fn post_fields(browser: &Browser, url: &str, fields: &[(String, String)]) -> Page {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    browser.post(url, &pairs).await
}

async fn audit_actions(server: &TestServer, scope: TenantId) -> Vec<String> {
    scope
        .find::<audit::Entity>()
        .order_by_asc(audit::Column::Seq)
        .all(&server.store.db)
        .await
        .expect("query")
        .into_iter()
        .map(|e| e.action)
        .collect()
}

async fn admin_creates_publishes_and_closes_a_call(backend: Backend) {
    let clock = Clock::fixed(Utc::now());
    let server = TestServer::demo_with_clock(backend, clock.clone()).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let url = server.url("/t/turin/admin/calls");
    let form = admin.get(&server.url("/t/turin/admin/calls/new")).await;
    assert_eq!(form.status, 200);
    let categories = category_ids(&server, scope).await;

    // Bad values come back next to their fields, in Italian, with what was
    // typed kept.
    let bad = post_fields(
        &admin,
        &url,
        &call_form(
            &form.csrf(),
            &categories[..2],
            &[
                ("text_title", ""),
                ("max_team_size", "0"),
                ("closes_at", "2026-03-29T02:30"),
                ("eligibility_values", ""),
                ("text_description", "<b>descrizione</b> tenuta"),
            ],
        ),
    )
    .await;
    assert_eq!(bad.status, 422);
    for message in [
        "Una descrizione richiede un titolo nella stessa lingua.",
        "Il gruppo deve avere da 1 a 10 persone.",
        "Questo orario non esiste nel fuso orario della città",
        "Scegli una regola, un attributo e almeno un valore",
    ] {
        assert!(bad.body.contains(message), "{message}");
    }
    assert!(
        bad.body
            .contains("&#60;b&#62;descrizione&#60;/b&#62; tenuta"),
        "the text is kept, escaped"
    );
    let calls_before = scope
        .find::<calls::Entity>()
        .all(&server.store.db)
        .await
        .expect("query")
        .len();

    let created = post_fields(
        &admin,
        &url,
        &call_form(&form.csrf(), &categories[..2], &[]),
    )
    .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let all = scope
        .find::<calls::Entity>()
        .order_by_asc(calls::Column::Id)
        .all(&server.store.db)
        .await
        .expect("query");
    assert_eq!(all.len(), calls_before + 1);
    let call = all.last().expect("the new call").clone();
    assert_eq!(call.phase, Phase::Draft);
    // 02:30 on 25 October 2026 happens twice in Rome: the later one.
    assert_eq!(
        call.submissions_close_at.to_rfc3339(),
        "2026-10-25T01:30:00+00:00"
    );
    assert_eq!(call.eligible_headcount, 10_000);
    assert_eq!(call.budget_cents, 4_000_000);
    let public = server
        .get(&format!("/t/turin/calls/{}", call.id), "it")
        .await;
    assert_eq!(public.status, 404, "a draft is the admin's alone");

    // Published with its opening date past: it opens at once.
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
    let page = server
        .get(&format!("/t/turin/calls/{}", call.id), "it")
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Aperto alle proposte"));

    let closed = admin
        .post(
            &server.url(&format!("/t/turin/admin/calls/{}/close", call.id)),
            &[("csrf", &edit.csrf()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(closed.status, 303);
    let after = scope
        .find_by_id::<calls::Entity>(call.id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("call");
    assert_eq!(after.phase, Phase::Review);
    let moved = (after.submissions_close_at - clock.now())
        .num_milliseconds()
        .abs();
    assert!(moved < 1_000, "the deadline is now");

    let actions = audit_actions(&server, scope).await;
    assert_eq!(
        actions,
        [
            "call.create",
            "call.publish",
            "call.phase",
            "call.close_early",
            "call.phase"
        ]
    );
    assert_eq!(
        audit::verify(&server.store.db, scope).await.expect("query"),
        Ok(5)
    );
    let log = admin.get(&server.url("/t/turin/admin/audit")).await;
    assert_eq!(log.status, 200);
    assert!(
        log.body.contains("ha chiuso in anticipo il bando"),
        "{}",
        log.body
    );
    // Filters: by what, by who (the platform's own moves), by when.
    let phases = admin
        .get(&server.url("/t/turin/admin/audit?action=call.phase"))
        .await;
    assert_eq!(phases.body.matches("ha portato il bando").count(), 2);
    let by_platform = admin
        .get(&server.url("/t/turin/admin/audit?who=system"))
        .await;
    assert!(
        by_platform
            .body
            .contains("La piattaforma ha portato il bando")
            && !by_platform.body.contains("ha creato il bando")
    );
    let long_ago = admin
        .get(&server.url("/t/turin/admin/audit?from=2000-01-01&to=2000-01-31"))
        .await;
    assert!(!long_ago.body.contains("ha creato il bando"));
    for bad in ["?from=ieri", "?who=nobody", "?action=x'%20OR%201=1"] {
        assert_eq!(
            admin
                .get(&server.url(&format!("/t/turin/admin/audit{bad}")))
                .await
                .status,
            400,
            "{bad}"
        );
    }
    let csv = admin
        .get(&server.url("/t/turin/admin/audit?format=csv"))
        .await;
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(
        csv.body
            .starts_with("\"Quando\",\"Chi\",\"Codice dell'azione\""),
        "{}",
        csv.body
    );
    assert_eq!(csv.body.matches("\"call.").count(), 5, "{}", csv.body);
}

async fn phases_move_once_at_their_dates(backend: Backend) {
    // A fixed winter day: no daylight-saving change falls in the next days.
    let start = chrono::DateTime::parse_from_rfc3339("2030-01-15T10:00:00Z")
        .expect("date")
        .with_timezone(&Utc);
    let clock = Clock::fixed(start);
    let server = TestServer::demo_with_clock(backend, clock.clone()).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let form = admin.get(&server.url("/t/turin/admin/calls/new")).await;
    let categories = category_ids(&server, scope).await;
    let local = |offset: Duration| {
        calls::form::format_local(&(start + offset), "Europe/Rome".parse().expect("tz"))
    };
    let (opens, closes, results) = (
        local(Duration::days(1)),
        local(Duration::days(2)),
        local(Duration::days(30)),
    );
    let created = post_fields(
        &admin,
        &server.url("/t/turin/admin/calls"),
        &call_form(
            &form.csrf(),
            &categories[..1],
            &[
                ("opens_at", &opens),
                ("closes_at", &closes),
                ("results_at", &results),
            ],
        ),
    )
    .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let call = scope
        .find::<calls::Entity>()
        .order_by_desc(calls::Column::Id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("call");
    let edit = admin
        .get(&server.url(&format!("/t/turin/admin/calls/{}", call.id)))
        .await;
    admin
        .post(
            &server.url(&format!("/t/turin/admin/calls/{}/publish", call.id)),
            &[("csrf", &edit.csrf())],
        )
        .await;
    let phase = |server: &TestServer| {
        let db = server.store.db.clone();
        async move {
            scope
                .find_by_id::<calls::Entity>(call.id)
                .one(&db)
                .await
                .expect("query")
                .expect("call")
                .phase
        }
    };
    assert_eq!(phase(&server).await, Phase::Draft, "not yet its date");

    // Two instances run the task at the same moment: one moves the call.
    let opened_at = start + Duration::days(1) + Duration::minutes(1);
    let (a, b) = tokio::join!(
        phases::advance(&server.state, opened_at),
        phases::advance(&server.state, opened_at)
    );
    assert_eq!(a.expect("advance") + b.expect("advance"), 1);
    assert_eq!(phase(&server).await, Phase::Open);
    // The admin extends the deadline by a day: the old one passes quietly.
    clock.set(opened_at);
    let edit = admin
        .get(&server.url(&format!("/t/turin/admin/calls/{}", call.id)))
        .await;
    let later = local(Duration::days(3));
    let extended = admin
        .post(
            &server.url(&format!("/t/turin/admin/calls/{}/deadline", call.id)),
            &[("csrf", &edit.csrf()), ("closes_at", &later)],
        )
        .await;
    assert_eq!(extended.status, 303, "{}", extended.body);
    let earlier = admin
        .post(
            &server.url(&format!("/t/turin/admin/calls/{}/deadline", call.id)),
            &[("csrf", &edit.csrf()), ("closes_at", &opens)],
        )
        .await;
    assert_eq!(
        earlier.status, 422,
        "an extension only moves the deadline later"
    );
    let old_deadline = start + Duration::days(2) + Duration::minutes(1);
    assert_eq!(
        phases::advance(&server.state, old_deadline)
            .await
            .expect("advance"),
        0
    );
    assert_eq!(phase(&server).await, Phase::Open);
    let new_deadline = start + Duration::days(3) + Duration::minutes(1);
    let (a, b) = tokio::join!(
        phases::advance(&server.state, new_deadline),
        phases::advance(&server.state, new_deadline)
    );
    assert_eq!(a.expect("advance") + b.expect("advance"), 1);
    assert_eq!(phase(&server).await, Phase::Review);
    // This call's entries (the demo's own calls moved too, at 2030).
    let actions: Vec<String> = scope
        .find::<audit::Entity>()
        .filter(audit::Column::SubjectId.eq(call.id))
        .filter(audit::Column::SubjectType.eq("call"))
        .all(&server.store.db)
        .await
        .expect("query")
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions.iter().filter(|a| *a == "call.phase").count(),
        2,
        "each move logged once"
    );
    assert_eq!(actions.iter().filter(|a| *a == "call.extend").count(), 1);
}

async fn the_audit_chain_shows_tampering(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let form = admin.get(&server.url("/t/turin/admin/calls/new")).await;
    let categories = category_ids(&server, scope).await;
    for title in ["Primo", "Secondo", "Terzo"] {
        let created = post_fields(
            &admin,
            &server.url("/t/turin/admin/calls"),
            &call_form(&form.csrf(), &categories[..1], &[("text_title", title)]),
        )
        .await;
        assert_eq!(created.status, 303);
    }
    assert_eq!(
        audit::verify(&server.store.db, scope).await.expect("query"),
        Ok(3)
    );
    let db = &server.store.db;
    db.execute_unprepared(&format!(
        "UPDATE audit_log SET after = REPLACE(after, 'Secondo', 'Alterato') WHERE tenant_id = {} AND seq = 2",
        scope.get()
    ))
    .await
    .expect("tamper");
    assert_eq!(
        audit::verify(db, scope).await.expect("query"),
        Err(audit::ChainError::Altered(2))
    );
    db.execute_unprepared(&format!(
        "DELETE FROM audit_log WHERE tenant_id = {} AND seq = 2",
        scope.get()
    ))
    .await
    .expect("remove");
    let missing = audit::verify(db, scope).await.expect("query");
    assert_eq!(
        missing,
        Err(audit::ChainError::Missing { after: 1, next: 3 })
    );
    assert_eq!(
        missing.expect_err("broken").to_string(),
        "entry 2 is missing: the chain jumps from 1 to 3"
    );
}

on_both_backends!(
    admin_creates_publishes_and_closes_a_call,
    phases_move_once_at_their_dates,
    the_audit_chain_shows_tampering,
);
