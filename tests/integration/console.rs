//! The console (issue 20, rule 1): `/admin` is one click from the city's
//! home for its admin, and every admin page — every GET route under
//! `/admin` that needs no id, and each call's admin pages — is at most two
//! clicks from it, following links only; the header keeps the person's
//! own items apart from one "Administration" link; the platform's home
//! shows a coordinator and an operator their tools.

use std::collections::{BTreeSet, HashMap, VecDeque};

use crate::{
    roles::as_demo,
    support::{Backend, TestServer, on_both_backends},
};

const SITE: &str = "/t/turin";

/// The site paths a page links to (`href`s inside the city's site), without
/// query or fragment.
fn links(body: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = body;
    while let Some(at) = rest.find("href=\"") {
        rest = &rest[at + 6..];
        let Some(end) = rest.find('"') else { break };
        let href = rest[..end].replace("&#x2f;", "/").replace("&#47;", "/");
        rest = &rest[end..];
        let path = href.split(['?', '#']).next().unwrap_or_default();
        if let Some(inner) = path.strip_prefix(SITE)
            && inner.starts_with('/')
        {
            out.insert(inner.trim_end_matches('/').to_owned());
        }
    }
    out
}

/// The router's GET routes under `/admin`, as written in `http/mod.rs`.
fn admin_get_routes() -> Vec<String> {
    let source = include_str!("../../server/src/http/mod.rs");
    let mut routes = Vec::new();
    for chunk in source.split(".route(").skip(1) {
        let chunk = chunk.split(".merge(").next().unwrap_or(chunk);
        let Some(start) = chunk.find('"') else {
            continue;
        };
        let Some(len) = chunk[start + 1..].find('"') else {
            continue;
        };
        let path = &chunk[start + 1..start + 1 + len];
        if (path == "/admin" || path.starts_with("/admin/")) && chunk.contains("get(") {
            routes.push(path.to_owned());
        }
    }
    routes
}

async fn every_admin_page_is_two_clicks_from_the_console(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let admin = as_demo(&server, SITE, "City administrator").await;
    let get = |path: String| {
        let admin = admin.clone();
        let url = server.url(&format!("{SITE}{path}"));
        async move { admin.get_with(&url, &[("accept-language", "it")]).await }
    };

    // One click from the city's home.
    let home = get("/".to_owned()).await;
    assert_eq!(home.status, 200);
    assert!(
        links(&home.body).contains("/admin"),
        "the city's home links to the console"
    );
    let console = get("/admin".to_owned()).await;
    assert_eq!(console.status, 200, "{}", console.body);

    // Breadth first from the console, links only, two clicks deep.
    let mut depth: HashMap<String, usize> = HashMap::from([("/admin".to_owned(), 0)]);
    let mut queue = VecDeque::from(["/admin".to_owned()]);
    while let Some(path) = queue.pop_front() {
        let d = depth[&path];
        if d == 2 {
            continue;
        }
        let page = get(path.clone()).await;
        if page.status != 200
            || !page
                .header("content-type")
                .is_some_and(|t| t.starts_with("text/html"))
        {
            continue;
        }
        for link in links(&page.body) {
            if !depth.contains_key(&link) {
                depth.insert(link.clone(), d + 1);
                queue.push_back(link);
            }
        }
    }

    // What must be reached: the admin GET routes without an id, and each
    // call's admin pages (for every call the calls list shows).
    let routes = admin_get_routes();
    assert!(routes.len() > 10, "routes read from the router: {routes:?}");
    let calls_list = get("/admin/calls".to_owned()).await;
    let calls: BTreeSet<String> = links(&calls_list.body)
        .into_iter()
        .filter_map(|l| {
            let id = l.strip_prefix("/admin/calls/")?;
            id.parse::<i32>().ok().map(|_| id.to_owned())
        })
        .collect();
    assert!(!calls.is_empty(), "the demo city has calls");
    let mut wanted = Vec::new();
    for route in &routes {
        if !route.contains('{') {
            wanted.push(route.clone());
        } else if let Some(tail) = route.strip_prefix("/admin/calls/{id}")
            && !tail.contains('{')
        {
            wanted.extend(calls.iter().map(|id| format!("/admin/calls/{id}{tail}")));
        }
    }
    let mut missing = Vec::new();
    for path in wanted {
        match depth.get(&path) {
            Some(_) => {
                let page = get(path.clone()).await;
                assert_eq!(page.status, 200, "{path} answers");
            }
            // A page of one kind of call only (a co-creation call's
            // challenges) is not found for the other kind: not wanted.
            None if get(path.clone()).await.status == 404 => {}
            None => missing.push(path),
        }
    }
    assert!(
        missing.is_empty(),
        "not reached in two clicks from /admin: {missing:?}"
    );
    for tool in [
        "/admin/people",
        "/admin/settings",
        "/admin/sign-in",
        "/admin/divisions",
        "/admin/categories",
        "/admin/invitations",
        "/admin/api-tokens",
        "/admin/audit",
    ] {
        assert_eq!(
            depth.get(tool),
            Some(&1),
            "{tool} is in the side navigation"
        );
    }
}

async fn the_header_sets_the_admin_link_apart(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let admin = as_demo(&server, SITE, "City administrator").await;
    let page = admin
        .get(&server.url(&format!("{SITE}/admin/people")))
        .await;
    assert_eq!(page.status, 200);
    let header = &page.body[page.body.find("<header").expect("header")
        ..page.body.find("</header>").expect("header end")];
    let header_links = links(header);
    assert!(header_links.contains("/admin"), "{header_links:?}");
    for admin_tool in [
        "/admin/calls",
        "/admin/projects",
        "/admin/network",
        "/library",
    ] {
        assert!(
            !header_links.contains(admin_tool),
            "{admin_tool} sits in the side navigation, not the header"
        );
    }
    assert!(
        page.body.contains("class=\"console-nav\""),
        "side navigation"
    );

    // The employee has no console: no link, and the page is refused.
    let employee = as_demo(&server, SITE, "Employee").await;
    let home = employee.get(&server.url(&format!("{SITE}/"))).await;
    assert!(!links(&home.body).contains("/admin"));
    let refused = employee.get(&server.url(&format!("{SITE}/admin"))).await;
    assert_eq!(refused.status, 403);
}

async fn the_platform_home_shows_each_role_its_tools(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let coordinator = as_demo(&server, "", "Network coordinator").await;
    let home = coordinator.get(&server.url("/")).await;
    assert!(home.body.contains("href=\"/network\""), "network dashboard");
    assert!(home.body.contains("href=\"/library\""), "library");
    assert!(!home.body.contains("href=\"/operator\""));
    let operator = as_demo(&server, "", "Platform operator").await;
    let home = operator.get(&server.url("/")).await;
    assert!(home.body.contains("href=\"/operator\""), "operator console");
}

async fn the_console_lists_what_needs_attention(backend: Backend) {
    use innovato::{calls, people::user, projects, proposals, review};
    use sea_orm::{ActiveValue::Set, ColumnTrait, QueryFilter, sea_query::Expr};

    let server = TestServer::demo(backend).await;
    let scope = crate::calls::turin(&server).await;
    let db = &server.store.db;
    let admin = as_demo(&server, SITE, "City administrator").await;
    let url = server.url(&format!("{SITE}/admin"));
    let italian = [("accept-language", "it")];

    // Nothing running: the empty state.
    scope
        .update_many::<calls::Entity>()
        .col_expr(calls::Column::Phase, Expr::value(calls::Phase::Archived))
        .exec(db)
        .await
        .expect("calls archived");
    scope
        .update_many::<projects::Entity>()
        .col_expr(
            projects::entity::Column::Status,
            Expr::value(projects::Status::Done),
        )
        .exec(db)
        .await
        .expect("projects done");
    let page = admin.get_with(&url, &italian).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("nulla che richieda la tua attenzione"),
        "the empty state: {}",
        page.body
    );

    // A call whose scoring runs with one review not done: done/expected,
    // and the review page one click away.
    let proposal = scope
        .find::<proposals::Entity>()
        .one(db)
        .await
        .expect("query")
        .expect("a proposal in the demo");
    // The call's scoring starts over, without the demo's jury.
    scope
        .delete_many::<review::entity::Entity>()
        .filter(review::entity::Column::CallId.eq(proposal.call_id))
        .exec(db)
        .await
        .expect("reviews cleared");
    scope
        .delete_many::<review::jury::Entity>()
        .filter(review::jury::Column::CallId.eq(proposal.call_id))
        .exec(db)
        .await
        .expect("jury cleared");
    let jurors = scope.find::<user::Entity>().all(db).await.expect("query");
    for (juror, complete) in jurors.iter().take(3).zip([true, false, false]) {
        scope
            .insert(
                review::entity::ActiveModel {
                    call_id: Set(proposal.call_id),
                    proposal_id: Set(proposal.id),
                    juror_id: Set(juror.id),
                    state: Set(review::State::Assigned),
                    conflict_reason: Set(String::new()),
                    scores: Set("[]".into()),
                    complete: Set(complete),
                    updated_at: Set(chrono::Utc::now()),
                    ..Default::default()
                },
                db,
            )
            .await
            .expect("a review");
    }
    let reviewed = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Id.eq(proposal.call_id))
        .one(db)
        .await
        .expect("query")
        .expect("its call");
    let mut row: calls::ActiveModel = reviewed.clone().into();
    row.phase = Set(calls::Phase::Review);
    row.review_started_at = Set(Some(chrono::Utc::now()));
    row.review_closed_at = Set(None);
    scope.update(row, db).await.expect("scoring open");
    let page = admin.get_with(&url, &italian).await;
    assert!(
        page.body.contains("Valutazioni in ritardo"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains(
            "valutazioni completate: 1 su 3; giurati che non hanno ancora valutato nulla: 2"
        ),
        "{}",
        page.body
    );
    assert!(links(&page.body).contains(&format!("/admin/calls/{}/review", reviewed.id)));

    // A call closing in three days: a line with the days left, linking to
    // the call.
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Id.ne(reviewed.id))
        .one(db)
        .await
        .expect("query")
        .expect("another call");
    let mut row: calls::ActiveModel = call.clone().into();
    row.phase = Set(calls::Phase::Open);
    row.submissions_close_at =
        Set(chrono::Utc::now() + chrono::Duration::days(3) - chrono::Duration::hours(1));
    scope.update(row, db).await.expect("call open");
    let page = admin.get_with(&url, &italian).await;
    assert!(page.body.contains("Bandi in scadenza"), "{}", page.body);
    assert!(
        page.body
            .contains("le candidature si chiudono tra 3 giorni"),
        "{}",
        page.body
    );
    assert!(
        links(&page.body).contains(&format!("/admin/calls/{}", call.id)),
        "the line leads to the call"
    );
    assert!(
        !page.body.contains("nulla che richieda la tua attenzione"),
        "no empty state"
    );
}

on_both_backends!(
    the_console_lists_what_needs_attention,
    every_admin_page_is_two_clicks_from_the_console,
    the_header_sets_the_admin_link_apart,
    the_platform_home_shows_each_role_its_tools,
);
