//! The pages of an edition's life (issue 22, rules 6 and 7): starting a
//! call from another is a POST that redirects to the new draft, so that
//! reloading the draft's page makes no second copy, and the same form sent
//! twice (a double click) makes one; an archived call's public page says
//! when it was archived.

use innovato::{audit, calls, i18n::Lang, tenancy::TenantId};
use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};

use crate::{
    calls::{admin, turin},
    support::{Backend, Browser, Page, TestServer, message, on_both_backends},
};

/// The new call page's copy form: its CSRF token and one-time key.
async fn copy_form(server: &TestServer, admin: &Browser) -> (String, String) {
    let page = admin.get(&server.url("/t/turin/admin/calls/new")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let marker = "name=\"key\" value=\"";
    let start = page.body.find(marker).expect("a copy form with its key") + marker.len();
    let end = page.body[start..].find('"').expect("key end") + start;
    (page.csrf(), page.body[start..end].to_owned())
}

async fn copy(
    server: &TestServer,
    admin: &Browser,
    from: i32,
    (csrf, key): &(String, String),
) -> Page {
    admin
        .post(
            &server.url("/t/turin/admin/calls/copy"),
            &[("csrf", csrf), ("from", &from.to_string()), ("key", key)],
        )
        .await
}

/// How many calls of the city were copied from `source`, and how many
/// copies its log records.
async fn copies(server: &TestServer, scope: TenantId, source: innovato::ids::CallId) -> (u64, u64) {
    let made = scope
        .find::<calls::Entity>()
        .filter(calls::Column::OriginCallId.eq(source))
        .count(&server.store.db)
        .await
        .expect("count");
    let logged = scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("call.copy"))
        .filter(audit::Column::After.contains(format!("\"origin\":{source}")))
        .count(&server.store.db)
        .await
        .expect("count");
    (made, logged)
}

async fn source_call(server: &TestServer, scope: TenantId) -> calls::Model {
    scope
        .find::<calls::Entity>()
        .filter(calls::Column::OriginCallId.is_null())
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a call of Turin")
}

async fn a_copy_leads_to_its_draft_and_a_reload_makes_no_second(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let source = source_call(&server, scope).await;
    let form = copy_form(&server, &admin).await;

    let copied = copy(&server, &admin, source.id.get(), &form).await;
    assert_eq!(copied.status, 303, "{}", copied.body);
    let draft = copied.location(&server.url("/"));
    assert!(
        draft.contains("/t/turin/admin/calls/") && draft.ends_with("?copied"),
        "{draft}"
    );
    assert_eq!(copies(&server, scope, source.id).await, (1, 1));

    // The draft's page says the copy is made and where it came from; a
    // reload shows it again and copies nothing.
    for _ in 0..2 {
        let shown = admin.get(&draft).await;
        assert_eq!(shown.status, 200, "{}", shown.body);
        assert!(shown.body.contains("id=\"copy-notes\""), "{}", shown.body);
        assert!(
            shown
                .body
                .contains(&message(&server, Lang::It, "call-copy-done")),
            "{}",
            shown.body
        );
        assert!(shown.body.contains("id=\"call-origin\""), "{}", shown.body);
    }
    assert_eq!(copies(&server, scope, source.id).await, (1, 1));

    // Later, without `?copied`, the draft's page no longer announces it.
    let later = admin.get(draft.trim_end_matches("?copied")).await;
    assert!(!later.body.contains("id=\"copy-notes\""), "{}", later.body);
}

async fn the_same_form_sent_twice_makes_one_copy(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let source = source_call(&server, scope).await;
    let form = copy_form(&server, &admin).await;

    // A double click: both at once, then once more.
    let (first, second) = tokio::join!(
        copy(&server, &admin, source.id.get(), &form),
        copy(&server, &admin, source.id.get(), &form),
    );
    let third = copy(&server, &admin, source.id.get(), &form).await;
    for sent in [&first, &second, &third] {
        assert_eq!(sent.status, 303, "{}", sent.body);
    }
    let draft = first.location(&server.url("/"));
    assert_eq!(second.location(&server.url("/")), draft);
    assert_eq!(third.location(&server.url("/")), draft);
    assert_eq!(copies(&server, scope, source.id).await, (1, 1));

    // The page shown again has a new key: a new copy is the admin's wish.
    let again = copy_form(&server, &admin).await;
    assert_ne!(again.1, form.1);
    let another = copy(&server, &admin, source.id.get(), &again).await;
    assert_eq!(another.status, 303, "{}", another.body);
    assert_ne!(another.location(&server.url("/")), draft);
    assert_eq!(copies(&server, scope, source.id).await, (2, 2));

    // A form without its key is refused, and copies nothing.
    let keyless = admin
        .post(
            &server.url("/t/turin/admin/calls/copy"),
            &[("csrf", &again.0), ("from", &source.id.to_string())],
        )
        .await;
    assert_eq!(keyless.status, 400, "{}", keyless.body);
    assert_eq!(copies(&server, scope, source.id).await, (2, 2));
}

async fn an_archived_calls_page_says_when_it_was_archived(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let done = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.is_in([calls::Phase::Results, calls::Phase::Implementation]))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a Turin call with its results out");
    let url = format!("/t/turin/calls/{}", done.id);
    let label = message(&server, Lang::It, "call-fact-archived");
    let before = server.get(&url, "it").await;
    assert_eq!(before.status, 200, "{}", before.body);
    assert!(!before.body.contains(&label), "{}", before.body);

    let now = chrono::Utc::now();
    calls::edition::archive(&server.state.app, scope, done.id, None, now)
        .await
        .expect("archived");
    let archived_at = scope
        .find_by_id::<calls::Entity>(done.id)
        .one(&server.store.db)
        .await
        .expect("query")
        .and_then(|c| c.archived_at)
        .expect("its archive date");
    let rome: chrono_tz::Tz = "Europe/Rome".parse().expect("zone");
    let date = server
        .state
        .locales
        .for_lang(Lang::It)
        .date(&archived_at.with_timezone(&rome));
    let after = server.get(&url, "it").await;
    assert_eq!(after.status, 200, "{}", after.body);
    let fact = format!("<dt>{label}</dt>");
    let at = after
        .body
        .find(&fact)
        .unwrap_or_else(|| panic!("{fact} in {}", after.body));
    assert!(
        after.body[at..]
            .trim_start_matches(&fact)
            .trim_start()
            .starts_with(&format!("<dd>{date}</dd>")),
        "{date} after {fact}: {}",
        &after.body[at..]
    );
}

on_both_backends!(
    a_copy_leads_to_its_draft_and_a_reload_makes_no_second,
    the_same_form_sent_twice_makes_one_copy,
    an_archived_calls_page_says_when_it_was_archived,
);
