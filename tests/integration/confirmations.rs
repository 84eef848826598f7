//! Nothing irreversible by accident (issue 20, rule 3): every action that
//! cannot be undone or reaches many people, posted without `confirm=yes`,
//! answers a page naming its consequence and changes nothing; confirmed,
//! it happens.

use chrono::Utc;
use innovato::ids::{CallId, PersonId, ProposalId};
use innovato::{
    auth::api_token,
    calls::{self, Phase},
    i18n::Lang,
    people::{Role, role, user},
    proposals::{self, Status},
    tenancy::TenantId,
    tenants::{self, TenantStatus},
};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, PaginatorTrait, QueryFilter};

use crate::{
    calls::{admin, turin},
    operator::platform_browser,
    proposals::{employee, open_call, start_proposal},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

/// A message with a count, as a page in `lang` shows it (HTML-escaped).
fn counted(server: &TestServer, lang: Lang, id: &str, count: i64) -> String {
    escape(
        &server
            .state
            .locales
            .for_lang(lang)
            .count(id, "count", count),
    )
}

/// A message with arguments, as a page in `lang` shows it.
fn said(server: &TestServer, lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<_> = args.iter().map(|(k, v)| (*k, (*v).into())).collect();
    escape(&server.state.locales.for_lang(lang).args(id, &args))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// The page asks: status 200, a form that posts again with `confirm=yes`,
/// and a Cancel link.
fn asks(page: &Page, action: &str) {
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body.contains(&format!("action=\"{action}\"")),
        "posts again to {action}: {}",
        page.body
    );
    assert!(page.body.contains("name=\"confirm\" value=\"yes\""));
    assert!(
        page.body.contains("class=\"button secondary\""),
        "a Cancel link"
    );
}

async fn call_of(server: &TestServer, scope: TenantId, id: CallId) -> calls::Model {
    scope
        .find_by_id::<calls::Entity>(id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("call")
}

async fn closing_a_call_early_names_who_can_no_longer_submit(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (writer, _) = employee(&server, scope, "Bruna Gialli", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), writer).await;
    start_proposal(&server, &browser, call.id.get()).await;
    let drafts = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .filter(proposals::Column::Status.eq(Status::Draft))
        .count(&server.store.db)
        .await
        .expect("count");
    assert!(drafts >= 1);
    let admin = admin(&server, scope).await;
    let page = admin
        .get(&server.url(&format!("/t/turin/admin/calls/{}", call.id)))
        .await;
    let url = server.url(&format!("/t/turin/admin/calls/{}/close", call.id));
    let asked = admin.post(&url, &[("csrf", &page.csrf())]).await;
    asks(&asked, &format!("/t/turin/admin/calls/{}/close", call.id));
    let eligible = i64::from(call.eligible_headcount);
    for expected in [
        counted(&server, Lang::It, "confirm-close-call-eligible", eligible),
        counted(
            &server,
            Lang::It,
            "confirm-close-call-drafts",
            i64::try_from(drafts).expect("small"),
        ),
    ] {
        assert!(asked.body.contains(&expected), "{expected}: {}", asked.body);
    }
    assert!(asked.body.contains("10.000"), "the count has its grouping");
    assert_eq!(call_of(&server, scope, call.id).await.phase, Phase::Open);

    let closed = admin
        .post(&url, &[("csrf", &page.csrf()), ("confirm", "yes")])
        .await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    assert_eq!(call_of(&server, scope, call.id).await.phase, Phase::Review);
}

async fn porto(server: &TestServer) -> TenantId {
    TenantId::of(
        &tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    )
}

async fn closing_scoring_and_publishing_name_what_is_missing(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = porto(&server).await;
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(Phase::Review))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a call in review");
    // Scoring has started; no juror has scored anything yet.
    let mut row = call.clone().into_active_model();
    row.review_started_at = Set(Some(Utc::now()));
    scope.update(row, &server.store.db).await.expect("started");
    let grant = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin");
    let admin = Browser::signed_in(&server, "porto", scope.get(), grant.user_id.get()).await;
    let base = format!("/t/porto/admin/calls/{}", call.id);
    let page = admin.get(&server.url(&format!("{base}/review"))).await;
    assert_eq!(page.status, 200);
    let csrf = page.csrf();

    let asked = admin
        .post(
            &server.url(&format!("{base}/review/close")),
            &[("csrf", &csrf)],
        )
        .await;
    asks(&asked, &format!("{base}/review/close"));
    let judged = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .filter(proposals::Column::Status.eq(Status::InReview))
        .count(&server.store.db)
        .await
        .expect("count");
    assert!(judged > 0, "the demo call has proposals in review");
    let missing = i64::try_from(judged).expect("small") * i64::from(call.reviews_per_proposal);
    let expected = said(
        &server,
        Lang::Pt,
        "decide-reviews-missing",
        &[
            ("count", &missing.to_string()),
            ("expected", &missing.to_string()),
        ],
    );
    assert!(asked.body.contains(&expected), "{expected}: {}", asked.body);
    let still = call_of(&server, scope, call.id).await;
    assert!(still.review_closed_at.is_none(), "scoring still open");

    let closed = admin
        .post(
            &server.url(&format!("{base}/review/close")),
            &[("csrf", &csrf), ("confirm", "yes")],
        )
        .await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    assert!(
        call_of(&server, scope, call.id)
            .await
            .review_closed_at
            .is_some()
    );

    let asked = admin
        .post(&server.url(&format!("{base}/results")), &[("csrf", &csrf)])
        .await;
    asks(&asked, &format!("{base}/results"));
    let required = call.reviews_per_proposal.to_string();
    let judged_text = judged.to_string();
    let expected = said(
        &server,
        Lang::Pt,
        "confirm-publish-short",
        &[("count", &judged_text), ("required", &required)],
    );
    // The count is a number in the page; compare the words after it.
    let words = expected.split_once(' ').map_or("", |(_, rest)| rest);
    assert!(asked.body.contains(words), "{words}: {}", asked.body);
    assert_eq!(call_of(&server, scope, call.id).await.phase, Phase::Review);

    let published = admin
        .post(
            &server.url(&format!("{base}/results")),
            &[("csrf", &csrf), ("confirm", "yes")],
        )
        .await;
    assert_eq!(published.status, 303, "{}", published.body);
    assert_eq!(call_of(&server, scope, call.id).await.phase, Phase::Results);
}

async fn withdrawing_asks_first_apart_from_submit(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Carla Viola", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let page = browser.get(&url).await;
    assert_eq!(page.status, 200);
    let submit = page
        .body
        .find("/submit?with=text")
        .expect("a Submit button");
    let withdraw = page.body.find("/withdraw\"").expect("a Withdraw form");
    let between = &page.body[submit..withdraw];
    assert!(
        between.contains("</section>"),
        "Withdraw has a section of its own, not under Submit"
    );
    assert!(page.body.contains("data-confirm="));
    let id: i32 = url
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");
    let status = || async {
        scope
            .find_by_id::<proposals::Entity>(ProposalId(id))
            .one(&server.store.db)
            .await
            .expect("query")
            .expect("proposal")
            .status
    };

    let asked = browser
        .post(&format!("{url}/withdraw"), &[("csrf", &page.csrf())])
        .await;
    asks(&asked, &format!("/t/turin/proposals/{id}/withdraw"));
    let expected = escape(
        &server
            .state
            .locales
            .for_lang(Lang::It)
            .t("confirm-withdraw-consequence"),
    );
    assert!(asked.body.contains(&expected));
    assert_eq!(status().await, Status::Draft);

    let done = browser
        .post(
            &format!("{url}/withdraw"),
            &[("csrf", &page.csrf()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(status().await, Status::Withdrawn);
}

async fn person_of(server: &TestServer, scope: TenantId, id: i32) -> user::Model {
    scope
        .find_by_id::<user::Entity>(PersonId(id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("person")
}

async fn roles_deactivation_erasure_and_tokens_ask_first(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let (person, _) = employee(&server, scope, "Dario Rosa", "employee").await;
    let admin = admin(&server, scope).await;
    let people = admin.get(&server.url("/t/turin/admin/people")).await;
    assert_eq!(people.status, 200);
    let csrf = people.csrf();
    let holds_mentor = || async {
        scope
            .find::<role::Entity>()
            .filter(role::Column::UserId.eq(PersonId(person)))
            .filter(role::Column::Role.eq(Role::Mentor))
            .count(&server.store.db)
            .await
            .expect("count")
    };

    // Granting a role: asked, with the fields kept; then granted.
    let roles = server.url(&format!("/t/turin/admin/people/{person}/roles"));
    let asked = admin
        .post(
            &roles,
            &[("csrf", &csrf), ("role", "mentor"), ("change", "grant")],
        )
        .await;
    asks(&asked, &format!("/t/turin/admin/people/{person}/roles"));
    assert!(asked.body.contains("name=\"role\" value=\"mentor\""));
    assert!(asked.body.contains("name=\"change\" value=\"grant\""));
    let it = server.state.locales.for_lang(Lang::It);
    let expected = said(
        &server,
        Lang::It,
        "confirm-grant-consequence",
        &[("person", "Dario Rosa"), ("role", &it.t("role-mentor"))],
    );
    assert!(asked.body.contains(&expected), "{expected}: {}", asked.body);
    assert_eq!(holds_mentor().await, 0);
    let granted = admin
        .post(
            &roles,
            &[
                ("csrf", &csrf),
                ("role", "mentor"),
                ("change", "grant"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(granted.status, 303, "{}", granted.body);
    assert_eq!(holds_mentor().await, 1);

    // Revoking it asks too.
    let asked = admin
        .post(
            &roles,
            &[("csrf", &csrf), ("role", "mentor"), ("change", "revoke")],
        )
        .await;
    asks(&asked, &format!("/t/turin/admin/people/{person}/roles"));
    assert_eq!(holds_mentor().await, 1);

    // Deactivating: asked; reactivating needs no confirmation.
    let active = server.url(&format!("/t/turin/admin/people/{person}/active"));
    let asked = admin
        .post(&active, &[("csrf", &csrf), ("active", "false")])
        .await;
    asks(&asked, &format!("/t/turin/admin/people/{person}/active"));
    let expected = said(
        &server,
        Lang::It,
        "confirm-deactivate-consequence",
        &[("person", "Dario Rosa")],
    );
    assert!(asked.body.contains(&expected));
    assert!(person_of(&server, scope, person).await.active);
    let off = admin
        .post(
            &active,
            &[("csrf", &csrf), ("active", "false"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(off.status, 303);
    assert!(!person_of(&server, scope, person).await.active);
    let on = admin
        .post(&active, &[("csrf", &csrf), ("active", "true")])
        .await;
    assert_eq!(on.status, 303, "reactivating is not asked");
    assert!(person_of(&server, scope, person).await.active);

    // Erasing a person who asked for it.
    let mut row = person_of(&server, scope, person).await.into_active_model();
    row.erasure_requested_at = Set(Some(Utc::now()));
    scope.update(row, &server.store.db).await.expect("asked");
    let erase = server.url(&format!("/t/turin/admin/people/{person}/erase"));
    let asked = admin.post(&erase, &[("csrf", &csrf)]).await;
    asks(&asked, &format!("/t/turin/admin/people/{person}/erase"));
    assert!(asked.body.contains(&escape(&it.t("confirm-cannot-undo"))));
    assert_eq!(
        person_of(&server, scope, person).await.display_name,
        "Dario Rosa"
    );
    let erased = admin
        .post(&erase, &[("csrf", &csrf), ("confirm", "yes")])
        .await;
    assert_eq!(erased.status, 303);
    assert_eq!(person_of(&server, scope, person).await.display_name, "");

    // Revoking an API token.
    let tokens = admin.get(&server.url("/t/turin/admin/api-tokens")).await;
    let made = admin
        .post(
            &server.url("/t/turin/admin/api-tokens"),
            &[("csrf", &tokens.csrf()), ("name", "Cruscotto")],
        )
        .await;
    assert!(made.status < 400, "{}", made.body);
    let token = scope
        .find::<api_token::Entity>()
        .filter(api_token::Column::Name.eq("Cruscotto"))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("token");
    let revoke = server.url(&format!("/t/turin/admin/api-tokens/{}/revoke", token.id));
    let asked = admin.post(&revoke, &[("csrf", &csrf)]).await;
    asks(
        &asked,
        &format!("/t/turin/admin/api-tokens/{}/revoke", token.id),
    );
    assert!(asked.body.contains("Cruscotto"));
    let revoked_at = || async {
        scope
            .find_by_id::<api_token::Entity>(token.id)
            .one(&server.store.db)
            .await
            .expect("query")
            .expect("token")
            .revoked_at
    };
    assert!(revoked_at().await.is_none());
    let done = admin
        .post(&revoke, &[("csrf", &csrf), ("confirm", "yes")])
        .await;
    assert_eq!(done.status, 303);
    assert!(revoked_at().await.is_some());
}

async fn suspending_a_city_names_who_is_stopped(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let ops = platform_browser(&server, "ops@network.example", Role::Operator).await;
    let console = ops.get(&server.url("/operator")).await;
    assert_eq!(console.status, 200);
    assert!(console.body.contains("data-confirm="));
    let url = server.url("/operator/tenants/turin/suspend");
    let asked = ops.post(&url, &[("csrf", &console.csrf())]).await;
    asks(&asked, "/operator/tenants/turin/suspend");
    assert!(asked.body.contains("Città di Torino"), "{}", asked.body);
    let status = || async {
        tenants::find_by_slug(&server.store.db, "turin")
            .await
            .expect("query")
            .expect("Turin")
            .status
    };
    assert_eq!(status().await, TenantStatus::Active);
    let done = ops
        .post(&url, &[("csrf", &console.csrf()), ("confirm", "yes")])
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(status().await, TenantStatus::Suspended);
}

/// The dialog's script is served, and every page carries it with its
/// words in the page's language.
async fn the_dialog_script_is_served(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let script = server.get("/static/confirm.js", "it").await;
    assert_eq!(script.status, 200);
    assert!(script.body.contains("data-confirm"));
    let home = server.get("/t/turin/", "it").await;
    assert!(home.body.contains("src=\"/static/confirm.js\""));
    assert!(home.body.contains("data-cancel-label=\"Annulla\""));
}

on_both_backends!(
    closing_a_call_early_names_who_can_no_longer_submit,
    closing_scoring_and_publishing_name_what_is_missing,
    withdrawing_asks_first_apart_from_submit,
    roles_deactivation_erasure_and_tokens_ask_first,
    suspending_a_city_names_who_is_stopped,
    the_dialog_script_is_served,
);
