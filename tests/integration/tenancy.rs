//! A city's data are reachable only through that city's own site.

use innovato::{
    calls::{self, Phase},
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter};

use crate::support::{Backend, TestServer, on_both_backends};

async fn city(server: &TestServer, slug: &str) -> TenantId {
    let tenant = tenants::find_by_slug(&server.store.db, slug)
        .await
        .expect("query")
        .expect("demo city exists");
    TenantId::of(&tenant)
}

async fn first_call(server: &TestServer, scope: TenantId, phase: Phase) -> calls::Model {
    scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(phase))
        .filter(calls::Column::Kind.eq(calls::Kind::Ideas))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the demo city has such a call")
}

async fn another_citys_call_is_not_found(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let turin = city(&server, "turin").await;
    let call = first_call(&server, turin, Phase::Archived).await;

    let own = server
        .get(&format!("/t/turin/calls/{}", call.id), "en")
        .await;
    assert_eq!(own.status, 200);
    assert!(own.body.contains("Innova.TO 2014"));

    let foreign = server
        .get(&format!("/t/porto/calls/{}", call.id), "en")
        .await;
    assert_eq!(foreign.status, 404);
    assert!(
        !foreign.body.contains("Innova.TO 2014"),
        "Porto must not show Turin's call"
    );

    let by_host = server
        .get_on_host("porto.localhost", &format!("/calls/{}", call.id), "en")
        .await;
    assert_eq!(by_host.status, 404);
    assert!(!by_host.body.contains("Innova.TO 2014"));
}

async fn unknown_city_gets_a_clear_404_page(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let page = server.get("/t/atlantis/", "it-IT,it;q=0.9").await;
    assert_eq!(page.status, 404);
    assert_eq!(page.h1(), Some("Città non trovata"));
    assert_eq!(page.html_lang(), Some("it"));

    let api = server
        .client
        .get(server.url("/t/atlantis/api/v1/calls"))
        .header("accept-language", "fr")
        .send()
        .await
        .expect("answered");
    assert_eq!(api.status(), 404);
    assert_eq!(
        api.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/problem+json")
    );
    let problem: serde_json::Value =
        serde_json::from_str(&api.text().await.expect("body")).expect("problem document");
    assert_eq!(problem["status"], 404);
    assert_eq!(problem["title"], "Ville introuvable");
}

async fn city_is_found_by_its_host_name(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let page = server.get_on_host("TURIN.localhost:8443", "/", "en").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Città di Torino"));
    assert!(
        page.body.contains("href=\"/calls/"),
        "links stay on the city's host: {}",
        page.body
    );
    assert!(!page.body.contains("/t/turin/calls/"));

    let platform = server.get_on_host("innovato.example.org", "/", "en").await;
    assert_eq!(platform.status, 200);
    assert!(platform.body.contains("Cities"));
}

async fn slug_without_trailing_slash_redirects(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let page = server.get("/t/turin", "en").await;
    assert_eq!(page.status, 308);
    assert_eq!(page.header("location"), Some("/t/turin/"));
}

async fn draft_calls_are_not_public(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let rotterdam = city(&server, "rotterdam").await;
    let draft = first_call(&server, rotterdam, Phase::Draft).await;
    let page = server
        .get(&format!("/t/rotterdam/calls/{}", draft.id), "nl")
        .await;
    assert_eq!(page.status, 404);
    let home = server.get("/t/rotterdam/", "nl").await;
    assert!(home.body.contains("Rotterdam Innoveert 2025"));
    assert!(!home.body.contains("Rotterdam Innoveert 2026"));
}

/// The scoped write path refuses another city's row instead of changing it.
async fn scoped_update_cannot_change_another_citys_row(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let (turin, porto) = (city(&server, "turin").await, city(&server, "porto").await);
    let call = first_call(&server, turin, Phase::Open).await;
    let mut row = call.clone().into_active_model();
    row.max_team_size = Set(99);

    let refused = porto.update(row.clone(), &server.store.db).await;
    assert!(refused.is_err(), "Porto cannot update Turin's call");
    assert!(
        porto
            .find_by_id::<calls::Entity>(call.id)
            .one(&server.store.db)
            .await
            .expect("query")
            .is_none()
    );
    let unchanged = turin
        .find_by_id::<calls::Entity>(call.id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("still there");
    assert_eq!(unchanged.max_team_size, call.max_team_size);

    let updated = turin
        .update(row, &server.store.db)
        .await
        .expect("Turin updates its own call");
    assert_eq!(updated.max_team_size, 99);
}

on_both_backends!(
    another_citys_call_is_not_found,
    unknown_city_gets_a_clear_404_page,
    city_is_found_by_its_host_name,
    slug_without_trailing_slash_redirects,
    draft_calls_are_not_public,
    scoped_update_cannot_change_another_citys_row,
);
