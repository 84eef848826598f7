//! The admin's people page: filters and paging done by the database, only
//! the city's own people, refused to anyone else, and a person's division
//! and grade set by the admin unless the city's sign-in (SSO) owns them,
//! each change in the audit log.

use chrono::Utc;
use innovato::{
    audit, auth::oidc, ids::PersonId, organisation::division, people::user, tenancy::TenantId,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, PaginatorTrait, QueryFilter};

use crate::{
    calls::{admin, turin},
    proposals::{employee, employee_in},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

/// The ids of the people a page of the list shows, in order.
fn listed(page: &Page) -> Vec<i32> {
    let marker = "data-person=\"";
    page.body
        .match_indices(marker)
        .map(|(at, _)| {
            let start = at + marker.len();
            let end = page.body[start..].find('"').expect("end") + start;
            page.body[start..end].parse().expect("an id")
        })
        .collect()
}

async fn person(server: &TestServer, scope: TenantId, id: i32) -> user::Model {
    scope
        .find_by_id::<user::Entity>(PersonId(id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the person")
}

async fn porto(server: &TestServer) -> TenantId {
    TenantId::of(
        &innovato::tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    )
}

async fn filters_and_paging_find_the_right_people(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let browser = admin(&server, scope).await;
    let (first, _) = employee(&server, scope, "Zita Filtrata", "Q-PROVA").await;
    let (second, _) = employee(&server, scope, "Zeno Filtrato", "Q-PROVA").await;
    let (idle, _) = employee(&server, scope, "Zaira Ferma", "Q-PROVA").await;
    let other_city = porto(&server).await;
    let (stranger, _) = employee_in(&server.store.db, other_city, "Zoe Straniera", "Q-PROVA").await;
    let mut row: user::ActiveModel = person(&server, scope, idle).await.into();
    row.active = Set(false);
    scope
        .update(row, &server.store.db)
        .await
        .expect("deactivated");
    let get = |query: &str| {
        let url = server.url(&format!("/t/turin/admin/people{query}"));
        let browser = browser.clone();
        async move { browser.get_with(&url, &[("accept-language", "it")]).await }
    };

    // Grade: the three of Turin, by name; never Porto's.
    let page = get("?grade=Q-PROVA").await;
    assert_eq!(page.status, 200);
    assert_eq!(listed(&page), vec![idle, second, first]);
    assert!(page.body.contains("3 persone"), "the count has its unit");
    assert!(!page.body.contains("Zoe Straniera"));
    // Status, and filters together.
    let page = get("?grade=Q-PROVA&status=deactivated").await;
    assert_eq!(listed(&page), vec![idle]);
    assert!(page.body.contains("1 persona"));
    let page = get("?grade=Q-PROVA&status=active&q=zita").await;
    assert_eq!(listed(&page), vec![first]);
    // The search never reaches another city.
    let page = get("?q=Straniera").await;
    assert!(listed(&page).is_empty());
    assert!(!listed(&get("?q=Zoe").await).contains(&stranger));

    // Role: exactly the admins, badges showing what they hold and a button
    // to take it away rather than to give it.
    let admins = scope
        .find::<innovato::people::role::Entity>()
        .filter(innovato::people::role::Column::Role.eq(innovato::people::Role::TenantAdmin))
        .count(&server.store.db)
        .await
        .expect("count");
    let page = get("?role=tenant_admin").await;
    assert_eq!(listed(&page).len() as u64, admins);
    assert!(page.body.contains("badge-tenant_admin"));
    assert!(page.body.contains("class=\"role-revoke\""));

    // Division: set one, find it.
    let turin_division = scope
        .find::<division::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Turin has divisions");
    let mut row: user::ActiveModel = person(&server, scope, second).await.into();
    row.division_id = Set(Some(turin_division.id));
    scope.update(row, &server.store.db).await.expect("division");
    let page = get(&format!("?grade=Q-PROVA&division={}", turin_division.id)).await;
    assert_eq!(listed(&page), vec![second]);

    // Paging: 50 a page, every person of Turin once, none of Porto.
    let total = scope
        .find::<user::Entity>()
        .count(&server.store.db)
        .await
        .expect("count");
    assert!(
        total > 100,
        "the demo city has more than two pages of people"
    );
    let first_page = get("").await;
    assert!(first_page.body.contains(&format!("{total} persone")));
    assert!(first_page.body.contains("rel=\"next\""));
    let mut seen = Vec::new();
    for n in 1..=total.div_ceil(50) {
        let page = get(&format!("?page={n}")).await;
        assert_eq!(page.status, 200);
        let ids = listed(&page);
        assert!(ids.len() <= 50);
        seen.extend(ids);
    }
    assert_eq!(seen.len() as u64, total);
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len() as u64, total, "no one twice");
    assert!(!seen.contains(&stranger));
    // A page past the last shows the last, not an empty list.
    let past = get("?page=99").await;
    assert_eq!(past.status, 200);
    assert!(!listed(&past).is_empty());
    assert!(past.body.contains(&format!(
        "<span aria-current=\"page\">{}</span>",
        total.div_ceil(50)
    )));
    // Filters survive in the page links.
    let page = get("?status=active").await;
    assert!(
        page.body.contains("status=active&amp;page=2")
            || page.body.contains("status=active&#38;page=2"),
        "{}",
        &page.body[page.body.find("class=\"pager\"").unwrap_or(0)..]
    );
}

async fn only_the_admin_reaches_people(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let (employee_id, _) = employee(&server, scope, "Elio Comune", "C1").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), employee_id).await;
    let list = browser.get(&server.url("/t/turin/admin/people")).await;
    assert_eq!(list.status, 403);
    let page = browser
        .get(&server.url(&format!("/t/turin/admin/people/{employee_id}")))
        .await;
    assert_eq!(page.status, 403);
    let account = browser.get(&server.url("/t/turin/account")).await;
    let refused = browser
        .post(
            &server.url(&format!("/t/turin/admin/people/{employee_id}/attributes")),
            &[("csrf", &account.csrf()), ("grade", "Dirigente")],
        )
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(
        person(&server, scope, employee_id).await.grade.as_deref(),
        Some("C1")
    );

    // An admin of Turin does not reach a person of Porto by their id.
    let other_city = porto(&server).await;
    let (stranger, _) = employee_in(&server.store.db, other_city, "Olga Portuense", "C1").await;
    let admin = admin(&server, scope).await;
    let page = admin
        .get(&server.url(&format!("/t/turin/admin/people/{stranger}")))
        .await;
    assert_eq!(page.status, 404);
    let list = admin.get(&server.url("/t/turin/admin/people")).await;
    let refused = admin
        .post(
            &server.url(&format!("/t/turin/admin/people/{stranger}/attributes")),
            &[("csrf", &list.csrf()), ("grade", "Dirigente")],
        )
        .await;
    assert_eq!(refused.status, 404);
}

async fn admin_sets_attributes_sso_does_not_own(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let browser = admin(&server, scope).await;
    let (id, _) = employee(&server, scope, "Ada Attributi", "C1").await;
    let url = server.url(&format!("/t/turin/admin/people/{id}"));
    let page = browser.get_with(&url, &[("accept-language", "it")]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("name=\"grade\""));
    assert!(page.body.contains("name=\"division\""));
    let csrf = page.csrf();
    let turin_division = scope
        .find::<division::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Turin has divisions");
    let other_division = porto(&server)
        .await
        .find::<division::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto has divisions");

    // A division of another city, or a grade too long: refused, in Italian,
    // nothing changed.
    for (division, grade) in [
        (other_division.id.to_string(), "C2".to_owned()),
        ("nessuna".to_owned(), "C2".to_owned()),
        (String::new(), "x".repeat(81)),
    ] {
        let refused = browser
            .post_with(
                &format!("{url}/attributes"),
                &[("csrf", &csrf), ("division", &division), ("grade", &grade)],
                &[("accept-language", "it")],
            )
            .await;
        assert_eq!(refused.status, 422, "{division} {grade}");
        assert!(
            refused.body.contains("Scegli uno dei settori della città.")
                || refused.body.contains("Scrivi una qualifica di al massimo"),
            "{}",
            refused.body
        );
    }
    let unchanged = person(&server, scope, id).await;
    assert_eq!(unchanged.grade.as_deref(), Some("C1"));
    assert_eq!(unchanged.division_id, None);

    // A valid change is saved and audited, with what it was before.
    let saved = browser
        .post(
            &format!("{url}/attributes"),
            &[
                ("csrf", &csrf),
                ("division", &turin_division.id.to_string()),
                ("grade", " Dirigente "),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let changed = person(&server, scope, id).await;
    assert_eq!(changed.grade.as_deref(), Some("Dirigente"));
    assert_eq!(changed.division_id, Some(turin_division.id));
    let entry = scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("person.attributes"))
        .filter(audit::Column::SubjectId.eq(id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the change is in the audit log");
    assert!(entry.before.contains("C1"), "{}", entry.before);
    assert!(entry.after.contains("Dirigente"), "{}", entry.after);
    assert!(entry.actor_id.is_some());

    // Once the city's sign-in maps both, they are shown read-only with
    // their claim, and a forged change is refused.
    scope
        .insert(
            oidc::ActiveModel {
                issuer_url: Set("https://login.torino.example/".into()),
                client_id: Set("innovato".into()),
                client_secret: Set("sealed".into()),
                scopes: Set("openid email profile".into()),
                email_claim: Set("email".into()),
                name_claim: Set("name".into()),
                division_claim: Set("department".into()),
                grade_claim: Set("job_grade".into()),
                extra_claims: Set(String::new()),
                updated_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("provider");
    let page = browser.get_with(&url, &[("accept-language", "it")]).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("name=\"grade\""));
    assert!(!page.body.contains("name=\"division\""));
    assert!(page.body.contains("<code>department</code>") || page.body.contains("`department`"));
    assert!(page.body.contains("job_grade"));
    let refused = browser
        .post_with(
            &format!("{url}/attributes"),
            &[("csrf", &csrf), ("grade", "Segretario")],
            &[("accept-language", "it")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("non si può modificare qui"));
    assert_eq!(
        person(&server, scope, id).await.grade.as_deref(),
        Some("Dirigente")
    );
    let audited = scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("person.attributes"))
        .filter(audit::Column::SubjectId.eq(id))
        .count(&server.store.db)
        .await
        .expect("count");
    assert_eq!(audited, 1, "a refused change is not recorded");
}

on_both_backends!(
    filters_and_paging_find_the_right_people,
    only_the_admin_reaches_people,
    admin_sets_attributes_sso_does_not_own,
);
