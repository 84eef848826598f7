//! What the most-read pages cost in database round trips, counted by the
//! server itself (`innovato_db_statements_total`): the load targets hold
//! only while a page is one statement (README, "Load and the deadline
//! surge"), and a feature that adds one to a page is caught here, not in a
//! benchmark run sessions later.

use chrono::Utc;
use innovato::{calls, clock::Clock, people::Role};
use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};

use crate::{
    calls::turin,
    operator::platform_browser,
    proposals::{employee, first_category, open_call, start_proposal},
    review::setup,
    support::{Backend, Browser, TestServer, on_both_backends},
};

/// The fewest statements one view of `url` ran, over three views after a
/// first that warms the caches a running server has warm (a background
/// task may run a statement during one view; not during all three).
async fn statements_per_view(
    server: &TestServer,
    browser: &Browser,
    url: &str,
    shows: &str,
) -> u64 {
    let first = browser.get(url).await;
    assert_eq!(first.status, 200, "{}", first.body);
    assert!(first.body.contains(shows), "{}", first.body);
    let mut fewest = u64::MAX;
    for _ in 0..3 {
        let before = server.state.app.metrics.statements();
        let page = browser.get(url).await;
        let ran = server.state.app.metrics.statements() - before;
        assert_eq!(page.status, 200, "{}", page.body);
        fewest = fewest.min(ran);
    }
    fewest
}

async fn the_proposal_page_is_one_statement(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Ottavio Conta", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    // A draft the team can still edit: the page also checks its texts for
    // the team's names.
    assert_eq!(
        statements_per_view(&server, &browser, &url, "Ottavio Conta").await,
        1
    );
}

async fn the_jurors_list_is_one_statement(backend: Backend) {
    let s = setup(backend).await;
    s.start().await;
    let juror = s.juror(1).await;
    let url = s.url(&format!("/review/calls/{}", s.call.id));
    // The titles shown are read with the admin's redactions in the same
    // statement.
    assert_eq!(
        statements_per_view(&s.server, &juror, &url, "/t/porto/review/").await,
        1
    );
}

async fn the_dashboard_reads_nothing_once_rendered(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let coordinator = platform_browser(&server, "ada@network.example", Role::Coordinator).await;
    for url in ["/network", "/network?year=2014"] {
        assert_eq!(
            statements_per_view(&server, &coordinator, &server.url(url), "Veszprém").await,
            0,
            "{url}"
        );
    }
}

/// What a submission costs in round trips: the proposal with its call and
/// team, the members, the move, the team's notification and their queued
/// emails (each person's email choice read as the email is written). The
/// load bench's submissions fell by a third when the choices were read by
/// a statement of their own (with a stored text-search column, since
/// gone). The fewest over three leads, each submitting a complete draft
/// with a team of one.
async fn a_submission_is_five_statements(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    scope
        .update_many::<calls::Entity>()
        .col_expr(calls::Column::MinTeamSize, Expr::value(1))
        .filter(calls::Column::Id.eq(call.id))
        .exec(&server.store.db)
        .await
        .expect("teams of one");
    let mut fewest = u64::MAX;
    for name in ["Sara Uno", "Tina Due", "Ugo Tre"] {
        let (lead, _) = employee(&server, scope, name, "employee").await;
        let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
        let url = start_proposal(&server, &browser, call.id.get()).await;
        let page = browser.get(&url).await;
        let category = first_category(&page);
        let csrf = page.csrf();
        let saved = browser
            .post(
                &url,
                &[
                    ("csrf", csrf.as_str()),
                    ("title", "Sensori di luce negli uffici"),
                    ("summary", "Luci accese solo quando serve."),
                    ("problem", "Le luci restano accese nelle sale vuote."),
                    ("solution", "Sensori di presenza nelle sale riunioni."),
                    ("category", category.as_str()),
                    ("locale", "it"),
                ],
            )
            .await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        let csrf = browser.get(&url).await.csrf();
        let before = server.state.app.metrics.statements();
        let submitted = browser
            .post(&format!("{url}/submit"), &[("csrf", csrf.as_str())])
            .await;
        let ran = server.state.app.metrics.statements() - before;
        assert_eq!(submitted.status, 303, "{}", submitted.body);
        fewest = fewest.min(ran);
    }
    assert_eq!(fewest, 5);
}

on_both_backends!(
    a_submission_is_five_statements,
    the_proposal_page_is_one_statement,
    the_jurors_list_is_one_statement,
    the_dashboard_reads_nothing_once_rendered
);
