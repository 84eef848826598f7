//! The participation funnel per call on the coordinators' dashboard
//! (issue 23, rule 5): reached counts the `sent` emails of the call's own
//! announcement mailings only, opened counts drafts, submitted only
//! submitted proposals; outside the city a step under 5 reads "fewer than
//! 5" (and its share too), a call without a mailing has "reached" not
//! recorded, and no name is ever shown.

use chrono::{Datelike, Utc};
use innovato::{
    calls,
    ids::{CallId, PersonId, ProposalId},
    network::kpis,
    notifications::{mailing, outbox},
    people::Role,
    proposals::{self, Status, member},
    tenancy::TenantId,
};
use sea_orm::{ActiveValue::NotSet, ActiveValue::Set, IntoActiveModel};
use serde_json::Value;

use crate::{
    calls::turin,
    network::kpi,
    operator::platform_browser,
    proposals::{employee, id_of, open_call, start_proposal},
    support::{Backend, Browser, TestServer, on_both_backends},
};

/// A copy of Turin's open call, with a title of its own and 40 eligible
/// employees, so that every figure of its funnel is the test's.
async fn a_call(server: &TestServer, scope: TenantId, title: &str) -> calls::Model {
    let db = &server.store.db;
    let mut row = open_call(server, scope).await.into_active_model();
    row.id = NotSet;
    row.eligible_headcount = Set(40);
    row.origin_call_id = Set(None);
    row.template_published_at = Set(None);
    let call = scope.insert(row, db).await.expect("a call");
    scope
        .insert(
            calls::text::ActiveModel {
                call_id: Set(call.id),
                locale: Set("it".into()),
                title: Set(title.into()),
                description: Set("Un bando per contare l'imbuto.".into()),
                ..Default::default()
            },
            db,
        )
        .await
        .expect("its title");
    call
}

async fn people(server: &TestServer, scope: TenantId, names: &[&str]) -> Vec<PersonId> {
    let mut out = Vec::new();
    for name in names {
        out.push(PersonId(employee(server, scope, name, "employee").await.0));
    }
    out
}

/// A mailing of `kind` for the call, and an outbox row per person with
/// the status given.
async fn send_mailing(
    server: &TestServer,
    scope: TenantId,
    call: CallId,
    kind: &str,
    occasion: &str,
    rows: &[(PersonId, &str)],
) {
    let db = &server.store.db;
    let sent = scope
        .insert(
            mailing::ActiveModel {
                call_id: Set(Some(call)),
                kind: Set(kind.into()),
                occasion: Set(occasion.into()),
                created_at: Set(Utc::now()),
                audience: Set(40),
                ..Default::default()
            },
            db,
        )
        .await
        .expect("a mailing");
    for (person, status) in rows {
        scope
            .insert(
                outbox::ActiveModel {
                    user_id: Set(*person),
                    kind: Set(kind.into()),
                    message: Set(format!("notification-{kind}")),
                    args: Set("{}".into()),
                    link: Set(format!("/t/turin/calls/{call}")),
                    mailing_id: Set(Some(sent.id)),
                    call_id: Set(Some(call)),
                    status: Set((*status).into()),
                    attempts: Set(i32::from(*status == "sent")),
                    next_attempt_at: Set(Utc::now()),
                    sent_at: Set((*status == "sent").then(Utc::now)),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                },
                db,
            )
            .await
            .expect("an email");
    }
}

async fn proposal(
    server: &TestServer,
    scope: TenantId,
    call: CallId,
    status: Status,
) -> ProposalId {
    scope
        .insert(
            proposals::ActiveModel {
                call_id: Set(call),
                locale: Set("it".into()),
                title: Set("Meno carta negli uffici".into()),
                summary: Set(String::new()),
                problem: Set(String::new()),
                solution: Set(String::new()),
                benefits: Set(String::new()),
                resources: Set(String::new()),
                status: Set(status),
                submitted_at: Set((status != Status::Draft).then(Utc::now)),
                created_at: Set(Utc::now()),
                updated_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("a proposal")
        .id
}

async fn member(
    server: &TestServer,
    scope: TenantId,
    team: ProposalId,
    who: PersonId,
    role: member::MemberRole,
    status: member::MemberStatus,
) {
    scope
        .insert(
            member::ActiveModel {
                proposal_id: Set(team),
                user_id: Set(Some(who)),
                role: Set(role),
                status: Set(status),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("a member");
}

async fn team(
    server: &TestServer,
    scope: TenantId,
    call: CallId,
    status: Status,
    who: &[PersonId],
) -> ProposalId {
    let id = proposal(server, scope, call, status).await;
    for (i, person) in who.iter().enumerate() {
        let role = if i == 0 {
            member::MemberRole::Lead
        } else {
            member::MemberRole::CoAuthor
        };
        member(
            server,
            scope,
            id,
            *person,
            role,
            member::MemberStatus::Accepted,
        )
        .await;
    }
    id
}

const NAMES: [&str; 13] = [
    "Fulvia Imbuto",
    "Gino Bozza",
    "Ida Invitata",
    "Lea Presentata",
    "Marco Squadra",
    "Nora Squadra",
    "Oreste Secondo",
    "Pia Seconda",
    "Quinto Ritirato",
    "Rita Piccola",
    "Sara Piccola",
    "Tito Piccolo",
    "Ugo Coda",
];

struct Case {
    server: TestServer,
    /// The calls: A (every step counted), B (every step under 5), C (no
    /// mailing, nobody).
    calls: [calls::Model; 3],
}

/// Call A: 6 people reached (2 more queued, one more by a deadline
/// reminder, another by call B's mailing), 8 opened (a draft started on
/// the page with a co-author and a pending invitation, two submitted teams
/// of 3 and 2, a withdrawn one), 5 submitted. Call B: 4 reached, 2 opened,
/// 1 submitted (one more reached than opened: A's withdrawn lead). Call C: no mailing, no proposal.
async fn a_known_case(backend: Backend) -> Case {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let a = a_call(&server, scope, "Bando A dell'imbuto").await;
    let b = a_call(&server, scope, "Bando B dell'imbuto").await;
    let c = a_call(&server, scope, "Bando C dell'imbuto").await;
    let p = people(&server, scope, &NAMES).await;

    // Started on the call's page, as an employee does.
    let starter = Browser::signed_in(&server, "turin", scope.get(), p[0].get()).await;
    let draft = ProposalId(id_of(&start_proposal(&server, &starter, a.id.get()).await));
    member(
        &server,
        scope,
        draft,
        p[1],
        member::MemberRole::CoAuthor,
        member::MemberStatus::Accepted,
    )
    .await;
    member(
        &server,
        scope,
        draft,
        p[2],
        member::MemberRole::CoAuthor,
        member::MemberStatus::Invited,
    )
    .await;
    team(&server, scope, a.id, Status::Submitted, &p[3..6]).await;
    team(&server, scope, a.id, Status::InReview, &p[6..8]).await;
    team(&server, scope, a.id, Status::Withdrawn, &p[8..9]).await;
    send_mailing(
        &server,
        scope,
        a.id,
        "call-opened",
        "call-opened",
        &[
            (p[0], "sent"),
            (p[1], "sent"),
            (p[2], "sent"),
            (p[3], "sent"),
            (p[4], "sent"),
            (p[5], "sent"),
            (p[6], "queued"),
            (p[7], "queued"),
        ],
    )
    .await;
    send_mailing(
        &server,
        scope,
        a.id,
        "announcement",
        "announcement-1",
        &[(p[0], "sent"), (p[1], "sent"), (p[12], "failed")],
    )
    .await;
    send_mailing(
        &server,
        scope,
        a.id,
        "deadline",
        "deadline-7",
        &[(p[6], "sent")],
    )
    .await;

    team(&server, scope, b.id, Status::Draft, &p[9..10]).await;
    team(&server, scope, b.id, Status::Submitted, &p[10..11]).await;
    send_mailing(
        &server,
        scope,
        b.id,
        "call-opened",
        "call-opened",
        &[
            (p[9], "sent"),
            (p[10], "sent"),
            (p[11], "sent"),
            (p[8], "sent"),
            (p[12], "queued"),
        ],
    )
    .await;
    Case {
        server,
        calls: [a, b, c],
    }
}

/// Each step as the database counts it, on either engine.
async fn each_step_counts_what_it_says(backend: Backend) {
    let case = a_known_case(backend).await;
    let scope = turin(&case.server).await;
    let network = kpis::compute(&case.server.store.db, &[scope])
        .await
        .expect("figures");
    let of = |call: &calls::Model| {
        network
            .calls
            .iter()
            .find(|(e, _)| e.call_id == call.id)
            .map(|(_, f)| (f.eligible, f.reached, f.opened, f.participants))
            .expect("the call's figures")
    };
    let [a, b, c] = &case.calls;
    assert_eq!(of(a), (40, Some(6), 8, 5), "call A");
    assert_eq!(of(b), (40, Some(4), 2, 1), "call B");
    assert_eq!(of(c), (40, None, 0, 0), "call C: no mailing");
}

/// A CSV line's fields, quotes undone.
fn fields(line: &str) -> Vec<String> {
    let (mut out, mut field, mut quoted, mut chars) =
        (Vec::new(), String::new(), false, line.chars().peekable());
    while let Some(ch) = chars.next() {
        match (ch, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            _ => field.push(ch),
        }
    }
    out.push(field);
    out
}

fn column(table: &Value, title: &str) -> usize {
    table["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .position(|c| c.as_str().is_some_and(|c| c.contains(title)))
        .unwrap_or_else(|| panic!("a column for {title}: {table}"))
}

/// What a coordinator reads: call A's steps and shares exactly, call B's
/// under 5 as "fewer than 5" with their shares, call C's "reached" not
/// recorded; the same in the CSV (`<5`, an empty cell); no name anywhere.
async fn the_coordinator_reads_the_funnel(backend: Backend) {
    let case = a_known_case(backend).await;
    let server = &case.server;
    let year = case.calls[0].submissions_close_at.year();
    let coordinator = platform_browser(server, "eva@network.example", Role::Coordinator).await;

    let export = coordinator
        .get(&server.url(&format!("/network?year={year}&format=json")))
        .await;
    assert_eq!(export.status, 200, "{}", export.body);
    let json: Value = serde_json::from_str(&export.body).expect("json");
    let funnel = &json["funnel"];
    let (ca, cb, cc) = (
        column(funnel, "Bando A dell'imbuto"),
        column(funnel, "Bando B dell'imbuto"),
        column(funnel, "Bando C dell'imbuto"),
    );
    for (key, value, text) in [
        ("funnel_eligible", 40.0, "40"),
        ("funnel_reached", 6.0, "6"),
        ("funnel_reached_share", 15.0, "15.0 %"),
        ("funnel_opened", 8.0, "8"),
        ("funnel_opened_share", 20.0, "20.0 %"),
        ("funnel_submitted", 5.0, "5"),
        ("funnel_submitted_share", 12.5, "12.5 %"),
    ] {
        let (v, t) = kpi(funnel, key, ca);
        assert_eq!(v.as_f64(), Some(value), "call A {key}");
        assert_eq!(t, text, "call A {key}");
    }
    for key in [
        "funnel_reached",
        "funnel_reached_share",
        "funnel_opened",
        "funnel_opened_share",
        "funnel_submitted",
        "funnel_submitted_share",
    ] {
        let (v, t) = kpi(funnel, key, cb);
        assert!(v.is_null(), "call B {key}");
        assert_eq!(t, "fewer than 5", "call B {key}");
    }
    for key in ["funnel_reached", "funnel_reached_share"] {
        let (v, t) = kpi(funnel, key, cc);
        assert!(v.is_null(), "call C {key}");
        assert_eq!(t, "not recorded", "call C {key}: never zero");
    }
    assert_eq!(kpi(funnel, "funnel_opened", cc).0.as_f64(), Some(0.0));

    let page = coordinator
        .get(&server.url(&format!("/network?year={year}")))
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Participation funnel per call"));
    assert!(
        page.body.contains(
            r#"<th scope="row">Reached by an announcement</th><td>6</td><td>15.0 %</td>"#
        ),
        "{}",
        page.body
    );
    // Call A's chart: a bar per step with its count and share.
    assert!(page.body.contains(">6 (15.0 % of the eligible)</text>"));
    assert!(page.body.contains("fewer than 5"));
    assert!(page.body.contains("not recorded"));

    let csv = coordinator
        .get(&server.url(&format!("/network?year={year}&format=csv&table=funnel")))
        .await;
    assert_eq!(csv.status, 200, "{}", csv.body);
    let mut lines = csv.body.trim_start_matches('\u{feff}').lines();
    let header = fields(lines.next().expect("header"));
    let at = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}: {header:?}"))
    };
    let record = |title: &str| {
        fields(
            csv.body
                .lines()
                .find(|l| l.contains(title))
                .unwrap_or_else(|| panic!("a record for {title}")),
        )
    };
    let (ra, rb, rc) = (
        record("Bando A dell'imbuto"),
        record("Bando B dell'imbuto"),
        record("Bando C dell'imbuto"),
    );
    let reached = at("Reached by an announcement (people)");
    let reached_share = at("Reached, share of the eligible (%)");
    let opened = at("Started or joined a proposal (people)");
    let submitted = at("On a submitted proposal (people)");
    assert_eq!(
        (
            ra[reached].as_str(),
            ra[reached_share].as_str(),
            ra[opened].as_str(),
            ra[submitted].as_str()
        ),
        ("6", "15", "8", "5")
    );
    assert_eq!(
        (
            rb[reached].as_str(),
            rb[reached_share].as_str(),
            rb[opened].as_str(),
            rb[submitted].as_str()
        ),
        ("<5", "<5", "<5", "<5")
    );
    assert_eq!(
        (rc[reached].as_str(), rc[reached_share].as_str()),
        ("", ""),
        "not recorded: an empty cell, not 0"
    );

    for name in NAMES {
        for (what, body) in [
            ("page", &page.body),
            ("json", &export.body),
            ("csv", &csv.body),
        ] {
            assert!(!body.contains(name), "{name} on the dashboard's {what}");
        }
    }
}

/// The statements of a view that recomputes Turin's figures (its version
/// bumped first), fewest of three (a background task may run one during
/// a view, not during all three).
async fn statements_recomputing_turin(
    server: &TestServer,
    coordinator: &Browser,
    url: &str,
) -> u64 {
    let scope = turin(server).await;
    let mut fewest = u64::MAX;
    for _ in 0..3 {
        innovato::network::cache::touch(&server.state.app.store, scope).await;
        let before = server.state.app.metrics.statements();
        let page = coordinator.get(url).await;
        assert_eq!(page.status, 200, "{}", page.body);
        assert!(page.body.contains("Participation funnel per call"));
        fewest = fewest.min(server.state.app.metrics.statements() - before);
    }
    fewest
}

/// The funnel is one grouped query per step for all of a city's calls:
/// three more calls, each with a mailing, emails and a team, cost the
/// recomputation no statement more.
async fn more_calls_cost_no_more_statements(backend: Backend) {
    let case = a_known_case(backend).await;
    let server = &case.server;
    let scope = turin(server).await;
    let year = case.calls[0].submissions_close_at.year();
    let url = server.url(&format!("/network?year={year}"));
    let coordinator = platform_browser(server, "eva@network.example", Role::Coordinator).await;
    // The first view stores the closed editions' figures.
    assert_eq!(coordinator.get(&url).await.status, 200);
    let before = statements_recomputing_turin(server, &coordinator, &url).await;
    let more = people(server, scope, &["Vera Altra", "Zeno Altro"]).await;
    for title in [
        "Bando D dell'imbuto",
        "Bando E dell'imbuto",
        "Bando F dell'imbuto",
    ] {
        let call = a_call(server, scope, title).await;
        team(server, scope, call.id, Status::Draft, &more).await;
        send_mailing(
            server,
            scope,
            call.id,
            "call-opened",
            "call-opened",
            &[(more[0], "sent"), (more[1], "queued")],
        )
        .await;
    }
    let after = statements_recomputing_turin(server, &coordinator, &url).await;
    assert!(before > 0, "a bumped version recomputes");
    assert_eq!(after, before, "statements do not grow with the calls");
}

on_both_backends!(
    each_step_counts_what_it_says,
    the_coordinator_reads_the_funnel,
    more_calls_cost_no_more_statements,
);
