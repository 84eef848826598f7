//! An edition's whole life: the admin archives a call once asked (its open
//! projects listed), a call archives itself when its last project closes,
//! an archived call refuses every write and stays in the network's
//! figures, phase moves are audited; a new edition copies a call a year
//! later, and a call Turin offers as a template is copied by Porto with its
//! categories mapped and its origin kept.

use chrono::{Datelike, Months, Utc};
use innovato::{audit, calls, network::kpis, people::Role, projects, proposals, tenancy::TenantId};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, sea_query::Expr};

use crate::{
    calls::{admin, turin},
    operator::platform_browser,
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

/// Turin's 2019 call (EUR 40,000), its awarded proposals turned into five
/// projects, the demo's story of them set aside.
async fn turin_2019(server: &TestServer, scope: TenantId) -> (calls::Model, Vec<projects::Model>) {
    crate::support::before_implementation(&server.store.db).await;
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::BudgetCents.eq(4_000_000))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Innova.TO 2019");
    let awarded = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .filter(proposals::Column::Status.eq(proposals::Status::Awarded))
        .all(&server.store.db)
        .await
        .expect("awarded");
    projects::service::create_for_awarded(&server.store.db, scope, &awarded, Utc::now())
        .await
        .expect("projects");
    let list = scope
        .find::<projects::Entity>()
        .filter(projects::entity::Column::CallId.eq(call.id))
        .order_by_asc(projects::entity::Column::Id)
        .all(&server.store.db)
        .await
        .expect("projects");
    assert_eq!(list.len(), 5);
    (call, list)
}

async fn call_of(server: &TestServer, scope: TenantId, id: innovato::ids::CallId) -> calls::Model {
    scope
        .find_by_id::<calls::Entity>(id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the call")
}

/// The phase moves of a call in the city's log: (actor, after).
async fn phase_moves(server: &TestServer, scope: TenantId, id: i32) -> Vec<(bool, String)> {
    scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("call.phase"))
        .filter(audit::Column::SubjectId.eq(id))
        .all(&server.store.db)
        .await
        .expect("log")
        .into_iter()
        .map(|e| (e.actor_id.is_some(), e.after))
        .collect()
}

async fn post_form(browser: &Browser, page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
    let csrf = browser.get(page).await.csrf();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    browser.post(action, &all).await
}

/// The new call page's one-time key for its copy forms.
fn copy_key(page: &Page) -> String {
    let marker = "name=\"key\" value=\"";
    let start = page.body.find(marker).expect("a copy form") + marker.len();
    let end = page.body[start..].find('"').expect("key end") + start;
    page.body[start..end].to_owned()
}

/// The city's demo administrator, signed in.
async fn admin_of(server: &TestServer, slug: &str) -> (TenantId, Browser) {
    let tenant = innovato::tenants::find_by_slug(&server.store.db, slug)
        .await
        .expect("query")
        .expect("the city");
    let scope = TenantId::of(&tenant);
    let grant = scope
        .find::<innovato::people::role::Entity>()
        .filter(innovato::people::role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin");
    let browser = Browser::signed_in(server, slug, scope.get(), grant.user_id.get()).await;
    (scope, browser)
}

async fn the_admin_archives_a_call_once_asked(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let (call, list) = turin_2019(&server, scope).await;
    let admin = admin(&server, scope).await;
    let page = server.url(&format!("/t/turin/admin/calls/{}", call.id));
    let archive = server.url(&format!("/t/turin/admin/calls/{}/archive", call.id));
    let before = kpis::compute(&server.store.db, &[scope])
        .await
        .expect("figures");
    let figures_before = before
        .calls
        .iter()
        .find(|(e, _)| e.call_id == call.id)
        .map(|(_, f)| f.clone())
        .expect("the call counts");

    // The call's page offers archiving, with the dialog's words.
    let shown = admin.get(&page).await;
    assert!(
        shown.body.contains("/archive\" data-confirm=\""),
        "{}",
        shown.body
    );

    // Without confirming: a page listing the five open projects by title
    // and status; nothing changes.
    let asked = post_form(&admin, &page, &archive, &[]).await;
    assert_eq!(asked.status, 200);
    // Turin reads Italian.
    assert!(
        asked.body.contains("5 progetti sono ancora aperti"),
        "{}",
        asked.body
    );
    for project in &list {
        assert!(asked.body.contains(&project.title), "{}", project.title);
    }
    assert!(asked.body.contains("sola lettura"));
    assert_eq!(call_of(&server, scope, call.id).await.phase, call.phase);

    // Confirmed: archived, with its date, and audited with its actor.
    let done = post_form(&admin, &page, &archive, &[("confirm", "yes")]).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let archived = call_of(&server, scope, call.id).await;
    assert_eq!(archived.phase, calls::Phase::Archived);
    assert!(archived.archived_at.is_some());
    let moves = phase_moves(&server, scope, call.id.get()).await;
    assert!(
        moves
            .iter()
            .any(|(actor, after)| *actor && after.contains("archived")),
        "{moves:?}"
    );
    let listed = admin.get(&server.url("/t/turin/admin/calls")).await;
    assert!(listed.body.contains("Archiviato il"), "{}", listed.body);

    // Read-only: a project's status, its budget, and the call's rules are
    // refused with the reason; archiving again is a conflict.
    let project_page = server.url(&format!("/t/turin/projects/{}", list[0].id));
    let refused = post_form(
        &admin,
        &project_page,
        &server.url(&format!("/t/turin/projects/{}/status", list[0].id)),
        &[("status", "in_progress")],
    )
    .await;
    assert!(
        refused.body.contains("archiviato"),
        "{} {}",
        refused.status,
        refused.body
    );
    assert_eq!(
        scope
            .find_by_id::<projects::Entity>(list[0].id)
            .one(&server.store.db)
            .await
            .expect("query")
            .expect("project")
            .status,
        list[0].status
    );
    let budget = post_form(
        &admin,
        &project_page,
        &server.url(&format!("/t/turin/projects/{}/budget", list[0].id)),
        &[("allocated", "100"), ("committed", "0"), ("spent", "0")],
    )
    .await;
    assert!(budget.body.contains("archiviato"), "{}", budget.body);
    let again = post_form(&admin, &page, &archive, &[("confirm", "yes")]).await;
    assert_eq!(again.status, 409);

    // Still in every network figure, unchanged.
    let after = kpis::compute(&server.store.db, &[scope])
        .await
        .expect("figures");
    let figures_after = after
        .calls
        .iter()
        .find(|(e, _)| e.call_id == call.id)
        .map(|(_, f)| f.clone())
        .expect("the archived call still counts");
    assert_eq!(figures_after, figures_before);
}

async fn a_call_archives_itself_when_its_last_project_closes(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let (call, list) = turin_2019(&server, scope).await;
    // Four of five finished already; the phases task leaves the call.
    scope
        .update_many::<projects::Entity>()
        .col_expr(
            projects::entity::Column::Status,
            Expr::value(projects::Status::Done),
        )
        .filter(projects::entity::Column::Id.ne(list[4].id))
        .filter(projects::entity::Column::CallId.eq(call.id))
        .exec(&server.store.db)
        .await
        .expect("done");
    calls::phases::advance(&server.state.app, Utc::now())
        .await
        .expect("advanced");
    assert_eq!(call_of(&server, scope, call.id).await.phase, call.phase);

    // The last one is stopped by its admin: the call archives itself, the
    // platform as actor.
    let admin = admin(&server, scope).await;
    let page = server.url(&format!("/t/turin/projects/{}", list[4].id));
    let stopped = post_form(
        &admin,
        &page,
        &server.url(&format!("/t/turin/projects/{}/status", list[4].id)),
        &[
            ("status", "stopped"),
            ("reason", "The supplier withdrew."),
            ("barrier", "procurement"),
        ],
    )
    .await;
    assert!(stopped.status < 400, "{} {}", stopped.status, stopped.body);
    let archived = call_of(&server, scope, call.id).await;
    assert_eq!(archived.phase, calls::Phase::Archived);
    let moves = phase_moves(&server, scope, call.id.get()).await;
    assert!(
        moves
            .iter()
            .any(|(actor, after)| !*actor && after.contains("platform")),
        "{moves:?}"
    );
}

/// The phases task archives a call whose projects all finished while
/// nobody was looking (set in the database), exactly once.
async fn the_phases_task_archives_finished_calls(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let (call, _) = turin_2019(&server, scope).await;
    scope
        .update_many::<projects::Entity>()
        .col_expr(
            projects::entity::Column::Status,
            Expr::value(projects::Status::Stopped),
        )
        .filter(projects::entity::Column::CallId.eq(call.id))
        .exec(&server.store.db)
        .await
        .expect("stopped");
    let now = Utc::now();
    let (first, second) = tokio::join!(
        calls::phases::advance(&server.state.app, now),
        calls::phases::advance(&server.state.app, now),
    );
    assert!(first.expect("ran") + second.expect("ran") >= 1);
    assert_eq!(
        call_of(&server, scope, call.id).await.phase,
        calls::Phase::Archived
    );
    let archivings = phase_moves(&server, scope, call.id.get())
        .await
        .into_iter()
        .filter(|(_, after)| after.contains("archived"))
        .count();
    assert_eq!(archivings, 1);
}

async fn a_new_edition_copies_the_call_a_year_later(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let (source, _) = turin_2019(&server, scope).await;
    let admin = admin(&server, scope).await;
    let new_page = server.url("/t/turin/admin/calls/new");
    let shown = admin.get(&new_page).await;
    assert!(shown.body.contains("Nuova edizione"), "{}", shown.body);
    let key = copy_key(&shown);
    let copied = post_form(
        &admin,
        &new_page,
        &server.url("/t/turin/admin/calls/copy"),
        &[("from", &source.id.to_string()), ("key", &key)],
    )
    .await;
    assert_eq!(copied.status, 303, "{}", copied.body);
    let copied = admin.get(&copied.location(&new_page)).await;
    assert!(
        copied.body.contains("id=\"call-origin\""),
        "{}",
        copied.body
    );
    let copy = scope
        .find::<calls::Entity>()
        .filter(calls::Column::OriginCallId.eq(source.id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the copy");
    assert_eq!(copy.phase, calls::Phase::Draft);
    assert!(!copy.scheduled);
    let year = |at: chrono::DateTime<Utc>| at.checked_add_months(Months::new(12)).expect("date");
    assert_eq!(copy.opens_at, year(source.opens_at));
    assert_eq!(copy.submissions_close_at, year(source.submissions_close_at));
    assert_eq!(copy.results_at, year(source.results_at));
    assert_eq!(copy.opens_at.year(), source.opens_at.year() + 1);
    assert_eq!(
        (
            copy.criteria.clone(),
            copy.awards.clone(),
            copy.eligibility.clone()
        ),
        (
            source.criteria.clone(),
            source.awards.clone(),
            source.eligibility.clone()
        )
    );
    assert_eq!(
        (copy.budget_cents, copy.max_team_size, copy.kind),
        (source.budget_cents, source.max_team_size, source.kind)
    );
    let db = &server.store.db;
    let texts = |id| async move {
        calls::service::texts(db, scope, id)
            .await
            .expect("texts")
            .into_iter()
            .map(|t| (t.locale, t.title, t.description))
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(copy.id).await, texts(source.id).await);
    let (_, source_categories) = calls::service::parts(&server.store.db, scope, source.id)
        .await
        .expect("parts");
    let (_, copy_categories) = calls::service::parts(&server.store.db, scope, copy.id)
        .await
        .expect("parts");
    let sorted = |mut v: Vec<i32>| {
        v.sort_unstable();
        v
    };
    assert_eq!(sorted(copy_categories), sorted(source_categories));
    let logged = scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("call.copy"))
        .filter(audit::Column::SubjectId.eq(copy.id.get()))
        .one(&server.store.db)
        .await
        .expect("log");
    assert!(logged.is_some());
}

async fn a_template_travels_from_turin_to_porto(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let turin_scope = turin(&server).await;
    let template = turin_scope
        .find::<calls::Entity>()
        .filter(calls::Column::TemplatePublishedAt.is_not_null())
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Innova.TO 2014, the demo's template");
    let (porto, porto_admin) = admin_of(&server, "porto").await;
    let new_page = server.url("/t/porto/admin/calls/new");
    let shown = porto_admin.get(&new_page).await;
    assert!(shown.body.contains("Innova.TO 2014"), "{}", shown.body);
    assert!(
        shown
            .body
            .contains(&format!("name=\"from\" value=\"{}\"", template.id))
    );

    // A Turin call not offered is not Porto's to copy.
    let (other, _) = turin_2019(&server, turin_scope).await;
    let key = copy_key(&shown);
    let refused = post_form(
        &porto_admin,
        &new_page,
        &server.url("/t/porto/admin/calls/copy"),
        &[("from", &other.id.to_string()), ("key", &key)],
    )
    .await;
    assert_eq!(refused.status, 404);

    let copied = post_form(
        &porto_admin,
        &new_page,
        &server.url("/t/porto/admin/calls/copy"),
        &[("from", &template.id.to_string()), ("key", &key)],
    )
    .await;
    assert_eq!(copied.status, 303, "{}", copied.body);
    let copied = porto_admin.get(&copied.location(&new_page)).await;
    assert!(copied.body.contains("id=\"copy-notes\""), "{}", copied.body);
    assert!(copied.body.contains("Turin") || copied.body.contains("Torino"));
    let copy = porto
        .find::<calls::Entity>()
        .filter(calls::Column::OriginCallId.eq(template.id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto's copy");
    assert_eq!(copy.phase, calls::Phase::Draft);
    assert_eq!(copy.opens_at.year(), Utc::now().year() + 1);
    assert_eq!(
        (copy.opens_at.month(), copy.opens_at.day()),
        (template.opens_at.month(), template.opens_at.day())
    );
    let titles: Vec<String> = calls::service::texts(&server.store.db, porto, copy.id)
        .await
        .expect("texts")
        .into_iter()
        .map(|t| t.title)
        .collect();
    assert!(
        titles.iter().any(|t| t.contains("Innova.TO 2014")),
        "{titles:?}"
    );
    // Its categories are Porto's own, mapped through the network's.
    let (_, categories) = calls::service::parts(&server.store.db, porto, copy.id)
        .await
        .expect("parts");
    let own: Vec<i32> = porto
        .find::<innovato::organisation::category::Entity>()
        .all(&server.store.db)
        .await
        .expect("categories")
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert!(!categories.is_empty());
    assert!(categories.iter().all(|c| own.contains(c)));

    // The network sees the format travel from Turin to Porto.
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let dashboard = coordinator.get(&server.url("/network")).await;
    assert!(
        dashboard.body.contains("id=\"formats-travelled\""),
        "{}",
        dashboard.body
    );

    // Withdrawn, the template leaves Porto's list; the copy keeps its origin.
    let (_, turin_admin) = admin_of(&server, "turin").await;
    let turin_page = server.url(&format!("/t/turin/admin/calls/{}", template.id));
    let withdrawn = post_form(
        &turin_admin,
        &turin_page,
        &server.url(&format!(
            "/t/turin/admin/calls/{}/template/withdraw",
            template.id
        )),
        &[],
    )
    .await;
    assert_eq!(withdrawn.status, 303);
    let shown = porto_admin.get(&new_page).await;
    assert!(
        !shown
            .body
            .contains(&format!("name=\"from\" value=\"{}\"", template.id))
    );
    // Offering again asks first.
    let asked = post_form(
        &turin_admin,
        &turin_page,
        &server.url(&format!("/t/turin/admin/calls/{}/template", template.id)),
        &[],
    )
    .await;
    assert_eq!(asked.status, 200);
    assert!(
        call_of(&server, turin_scope, template.id)
            .await
            .template_published_at
            .is_none()
    );
}

/// A new API token of the city's admin, made on the tokens page.
async fn token(server: &TestServer, admin: &Browser, slug: &str) -> String {
    let url = server.url(&format!("/t/{slug}/admin/api-tokens"));
    let page = admin.get(&url).await;
    let created = admin
        .post(&url, &[("csrf", &page.csrf()), ("name", "Editions")])
        .await;
    let marker = "<p class=\"code\">";
    let start = created.body.find(marker).expect("token shown") + marker.len();
    created.body[start..]
        .split('<')
        .next()
        .expect("token")
        .to_owned()
}

async fn api(server: &TestServer, bearer: &str, slug: &str, method: &str, path: &str) -> Page {
    Browser::new()
        .request(
            method,
            &server.url(&format!("/t/{slug}/api/v1{path}")),
            &[("authorization", &format!("Bearer {bearer}"))],
            Some("{}".to_owned()),
        )
        .await
}

fn json(page: &Page) -> serde_json::Value {
    serde_json::from_str(&page.body).unwrap_or_else(|_| panic!("JSON: {}", page.body))
}

/// The same life over the API: Porto lists the network's templates and
/// copies Turin's; Turin withdraws and offers it again; archiving an open
/// call is a conflict, archiving one in implementation is not.
async fn editions_over_the_api(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let turin_scope = turin(&server).await;
    let (call, _) = turin_2019(&server, turin_scope).await;
    let (_, turin_admin) = admin_of(&server, "turin").await;
    let (porto, porto_admin) = admin_of(&server, "porto").await;
    let in_turin = token(&server, &turin_admin, "turin").await;
    let in_porto = token(&server, &porto_admin, "porto").await;

    let listed = api(&server, &in_porto, "porto", "GET", "/templates").await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    let templates = json(&listed)["templates"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    // Turin offers two: Innova.TO 2014 and its co-creation call.
    let from_turin: Vec<&serde_json::Value> = templates
        .iter()
        .filter(|t| {
            t["city"]
                .as_str()
                .is_some_and(|c| c.contains("Tor") || c.contains("Tur"))
        })
        .collect();
    assert_eq!(from_turin.len(), 2, "{}", listed.body);
    let turin_2014 = from_turin
        .iter()
        .find(|t| t["year"] == 2014 && t["kind"] == "ideas")
        .map(|t| (*t).clone())
        .expect("Turin's 2014 template");
    assert!(
        from_turin.iter().any(|t| t["kind"] == "cocreation"),
        "{}",
        listed.body
    );
    assert!(!listed.body.contains("@"), "no person's address");
    let id = turin_2014["id"].as_i64().expect("id");
    let copied = api(
        &server,
        &in_porto,
        "porto",
        "POST",
        &format!("/calls/{id}/copy"),
    )
    .await;
    assert_eq!(copied.status, 201, "{}", copied.body);
    let draft = json(&copied);
    assert_eq!(draft["phase"], "draft");
    assert_eq!(draft["origin_call_id"], id);
    let draft_id = innovato::ids::CallId(draft["id"].as_i64().expect("id") as i32);
    assert_eq!(
        call_of(&server, porto, draft_id).await.tenant_id,
        porto.get()
    );

    // Turin's 2019 call is not offered: not Porto's to copy.
    let refused = api(
        &server,
        &in_porto,
        "porto",
        "POST",
        &format!("/calls/{}/copy", call.id),
    )
    .await;
    assert_eq!(refused.status, 404);
    let offered = api(
        &server,
        &in_turin,
        "turin",
        "POST",
        &format!("/calls/{}/template", call.id),
    )
    .await;
    assert_eq!(offered.status, 200, "{}", offered.body);
    assert!(json(&offered)["template_published_at"].is_string());
    let now_copied = api(
        &server,
        &in_porto,
        "porto",
        "POST",
        &format!("/calls/{}/copy", call.id),
    )
    .await;
    assert_eq!(now_copied.status, 201, "{}", now_copied.body);
    let withdrawn = api(
        &server,
        &in_turin,
        "turin",
        "DELETE",
        &format!("/calls/{}/template", call.id),
    )
    .await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.body);
    assert!(json(&withdrawn)["template_published_at"].is_null());

    // Archiving: a draft is a conflict; the call in implementation moves.
    let conflict = api(
        &server,
        &in_porto,
        "porto",
        "POST",
        &format!("/calls/{}/archive", draft_id),
    )
    .await;
    assert_eq!(conflict.status, 409, "{}", conflict.body);
    let archived = api(
        &server,
        &in_turin,
        "turin",
        "POST",
        &format!("/calls/{}/archive", call.id),
    )
    .await;
    assert_eq!(archived.status, 200, "{}", archived.body);
    assert_eq!(json(&archived)["phase"], "archived");
    assert!(json(&archived)["archived_at"].is_string());
}

on_both_backends!(
    editions_over_the_api,
    the_admin_archives_a_call_once_asked,
    a_call_archives_itself_when_its_last_project_closes,
    the_phases_task_archives_finished_calls,
    a_new_edition_copies_the_call_a_year_later,
    a_template_travels_from_turin_to_porto,
);
