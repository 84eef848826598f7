//! The JSON API: the same rules as the pages, by session (with the CSRF
//! header on writes) or by a city's API token; errors as problem documents.

use chrono::Utc;
use innovato::clock::Clock;

use crate::{
    calls::{admin, turin},
    proposals::{employee, open_call},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

async fn send(
    browser: &Browser,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<serde_json::Value>,
) -> Page {
    browser
        .request(method, url, headers, body.map(|b| b.to_string()))
        .await
}

fn json(page: &Page) -> serde_json::Value {
    serde_json::from_str(&page.body).unwrap_or_else(|_| panic!("JSON: {}", page.body))
}

async fn employees_use_the_api_with_their_session(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (person, _) = employee(&server, scope, "Api Rossi", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), person).await;
    let csrf = browser.get(&server.url("/t/turin/proposals")).await.csrf();
    let create = server.url(&format!("/t/turin/api/v1/calls/{}/proposals", call.id));

    let no_token = send(
        &browser,
        "POST",
        &create,
        &[("idempotency-key", "k-1"), ("accept-language", "it")],
        None,
    )
    .await;
    assert_eq!(
        no_token.status, 403,
        "a session's write needs its CSRF header"
    );
    assert_eq!(
        no_token.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(json(&no_token)["title"], "Questo modulo è scaduto");

    let headers = [("x-csrf-token", csrf.as_str()), ("idempotency-key", "k-1")];
    let first = send(&browser, "POST", &create, &headers, None).await;
    assert_eq!(first.status, 201, "{}", first.body);
    let id = json(&first)["id"].as_i64().expect("id");
    let retry = send(&browser, "POST", &create, &headers, None).await;
    assert_eq!(retry.status, 200);
    assert_eq!(
        json(&retry)["id"].as_i64(),
        Some(id),
        "the retry finds the same proposal"
    );

    let url = server.url(&format!("/t/turin/api/v1/proposals/{id}"));
    let write = [("x-csrf-token", csrf.as_str()), ("accept-language", "it")];
    let too_long = send(
        &browser,
        "PUT",
        &url,
        &write,
        Some(serde_json::json!({ "title": "x".repeat(201) })),
    )
    .await;
    assert_eq!(too_long.status, 422);
    assert_eq!(
        json(&too_long)["errors"]["title"],
        "Il testo è troppo lungo: al massimo 200 caratteri."
    );
    let incomplete = send(&browser, "POST", &format!("{url}/submit"), &write, None).await;
    assert_eq!(incomplete.status, 422);
    assert!(json(&incomplete)["errors"]["problem"].is_string());

    let category =
        innovato::tenancy::TenantId::find::<innovato::calls::category_link::Entity>(scope)
            .all(&server.store.db)
            .await
            .expect("query")
            .into_iter()
            .find(|l| l.call_id == call.id)
            .expect("category")
            .category_id;
    let filled = serde_json::json!({
        "title": "Firma digitale",
        "summary": "Meno carta.",
        "problem": "Documenti stampati per una firma.",
        "solution": "Firma digitale dei documenti interni.",
        "category": category.to_string(),
    });
    let saved = send(&browser, "PUT", &url, &write, Some(filled)).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let submitted = send(&browser, "POST", &format!("{url}/submit"), &write, None).await;
    assert_eq!(submitted.status, 200);
    assert_eq!(json(&submitted)["status"], "submitted");
    let mine = send(
        &browser,
        "GET",
        &server.url("/t/turin/api/v1/proposals"),
        &[],
        None,
    )
    .await;
    assert_eq!(json(&mine)["proposals"].as_array().map(Vec::len), Some(1));

    let stranger = Browser::new();
    let anonymous = send(&stranger, "GET", &url, &[], None).await;
    assert_eq!(anonymous.status, 401);
}

async fn integrations_use_tokens_that_admins_revoke(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let admin = admin(&server, scope).await;
    let page = admin.get(&server.url("/t/turin/admin/api-tokens")).await;
    assert_eq!(page.status, 200);
    let created = admin
        .post(
            &server.url("/t/turin/admin/api-tokens"),
            &[("csrf", &page.csrf()), ("name", "Intranet")],
        )
        .await;
    assert_eq!(created.status, 200);
    let marker = "<p class=\"code\">";
    let start = created.body.find(marker).expect("token shown") + marker.len();
    let token = created.body[start..]
        .split('<')
        .next()
        .expect("token")
        .to_owned();
    assert!(token.starts_with("inv_"));
    let stored = innovato::tenancy::TenantId::find::<innovato::auth::api_tokens::Entity>(scope)
        .all(&server.store.db)
        .await
        .expect("query");
    assert!(
        !stored[0].token_hash.contains(&token[4..]),
        "only a hash is kept"
    );

    let integration = Browser::new();
    let bearer = format!("Bearer {token}");
    let listed = send(
        &integration,
        "GET",
        &server.url(&format!("/t/turin/api/v1/calls/{}/proposals", call.id)),
        &[("authorization", &bearer)],
        None,
    )
    .await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert!(
        json(&listed)["proposals"]
            .as_array()
            .is_some_and(|p| !p.is_empty())
    );
    let calls = send(
        &integration,
        "GET",
        &server.url("/t/turin/api/v1/calls"),
        &[("authorization", &bearer)],
        None,
    )
    .await;
    assert!(
        json(&calls)["calls"]
            .as_array()
            .is_some_and(|c| c.len() >= 3)
    );

    // The token is Turin's: Porto does not know it.
    let in_porto = send(
        &integration,
        "GET",
        &server.url("/t/porto/api/v1/calls"),
        &[("authorization", &bearer)],
        None,
    )
    .await;
    assert_eq!(in_porto.status, 401);

    let revoke = admin
        .post(
            &server.url(&format!(
                "/t/turin/admin/api-tokens/{}/revoke",
                stored[0].id
            )),
            &[("csrf", &page.csrf()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(revoke.status, 303);
    let refused = send(
        &integration,
        "GET",
        &server.url("/t/turin/api/v1/calls"),
        &[("authorization", &bearer), ("accept-language", "it")],
        None,
    )
    .await;
    assert_eq!(refused.status, 401);
    assert_eq!(json(&refused)["title"], "Il token API non è valido");
}

on_both_backends!(
    employees_use_the_api_with_their_session,
    integrations_use_tokens_that_admins_revoke,
);

/// An `Idempotency-Key` is one person's, in one city, for one call and one
/// body: the same request again finds its proposal; the key sent to
/// another call or with another body is refused without naming the first
/// proposal; another person, or another city, may use the same key.
async fn an_idempotency_key_belongs_to_one_request(backend: Backend) {
    use innovato::{calls, tenants};
    use sea_orm::{
        ActiveModelTrait,
        ActiveValue::{NotSet, Set},
        ColumnTrait, IntoActiveModel, QueryFilter,
    };

    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let mut copy = call.clone().into_active_model().reset_all();
    copy.id = NotSet;
    let other_call = scope
        .insert(copy, &server.store.db)
        .await
        .expect("a second open call");
    let (person, _) = employee(&server, scope, "Chiave Rossi", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), person).await;
    let csrf = browser.get(&server.url("/t/turin/proposals")).await.csrf();
    let create = |call: i32| server.url(&format!("/t/turin/api/v1/calls/{call}/proposals"));
    let headers = [
        ("x-csrf-token", csrf.as_str()),
        ("idempotency-key", "shared-key"),
        ("accept-language", "en"),
    ];

    let first = send(&browser, "POST", &create(call.id.get()), &headers, None).await;
    assert_eq!(first.status, 201, "{}", first.body);
    let id = json(&first)["id"].as_i64().expect("id");
    let again = send(
        &browser,
        "POST",
        &create(call.id.get()),
        &headers,
        Some(serde_json::json!({})),
    )
    .await;
    assert_eq!(again.status, 200, "no body and an empty object are alike");
    assert_eq!(json(&again)["id"].as_i64(), Some(id));

    let elsewhere = send(
        &browser,
        "POST",
        &create(other_call.id.get()),
        &headers,
        None,
    )
    .await;
    assert_eq!(elsewhere.status, 422, "{}", elsewhere.body);
    assert_eq!(
        elsewhere.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(json(&elsewhere)["id"], serde_json::Value::Null);
    assert!(
        json(&elsewhere)["detail"]
            .as_str()
            .is_some_and(|d| d.contains("another call or with another body")),
        "{}",
        elsewhere.body
    );
    assert!(!elsewhere.body.contains(&id.to_string()));
    let other_body = send(
        &browser,
        "POST",
        &create(call.id.get()),
        &headers,
        Some(serde_json::json!({ "note": "another" })),
    )
    .await;
    assert_eq!(other_body.status, 422, "{}", other_body.body);
    assert!(!other_body.body.contains(&id.to_string()));

    // A colleague's key of the same spelling is their own.
    let (colleague, _) = employee(&server, scope, "Chiave Bianchi", "employee").await;
    let theirs = Browser::signed_in(&server, "turin", scope.get(), colleague).await;
    let their_csrf = theirs.get(&server.url("/t/turin/proposals")).await.csrf();
    let made = send(
        &theirs,
        "POST",
        &create(call.id.get()),
        &[
            ("x-csrf-token", their_csrf.as_str()),
            ("idempotency-key", "shared-key"),
        ],
        None,
    )
    .await;
    assert_eq!(made.status, 201, "{}", made.body);
    assert_ne!(json(&made)["id"].as_i64(), Some(id));

    // And so is someone's in Porto.
    let porto = innovato::tenancy::TenantId::of(
        &tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    );
    // Porto's demo call in review, opened again for the test.
    let in_review = porto
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(calls::Phase::Review))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a call in review");
    let mut reopened = in_review.into_active_model();
    reopened.phase = Set(calls::Phase::Open);
    reopened.opens_at = Set(Utc::now() - chrono::Duration::days(1));
    reopened.submissions_close_at = Set(Utc::now() + chrono::Duration::days(10));
    let porto_call = porto
        .update(reopened, &server.store.db)
        .await
        .expect("reopened");
    let (porto_person, _) =
        crate::proposals::employee_in(&server.store.db, porto, "Chave Silva", "employee").await;
    let in_porto = Browser::signed_in(&server, "porto", porto.get(), porto_person).await;
    let porto_csrf = in_porto.get(&server.url("/t/porto/proposals")).await.csrf();
    let made = send(
        &in_porto,
        "POST",
        &server.url(&format!(
            "/t/porto/api/v1/calls/{}/proposals",
            porto_call.id
        )),
        &[
            ("x-csrf-token", porto_csrf.as_str()),
            ("idempotency-key", "shared-key"),
        ],
        None,
    )
    .await;
    assert_eq!(made.status, 201, "{}", made.body);
    assert_ne!(json(&made)["id"].as_i64(), Some(id));
}

on_both_backends!(an_idempotency_key_belongs_to_one_request);
