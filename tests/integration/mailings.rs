//! What is sent, and each mailing's reach: a call's opening reaches exactly
//! its eligible people; deadline and draft reminders go to whom they
//! should, once, however many times and from however many servers the
//! schedule runs; an admin's announcement shows its reach before and
//! after, asks first, goes once, and is the city's admins' alone.

use std::collections::BTreeSet;

use chrono::{Duration, Utc};
use innovato::ids::{PersonId, ProposalId};
use innovato::{
    calls,
    clock::Clock,
    mailings::{schedule, service},
    notifications::{self, mailing, outbox},
    people::{Role, role, user},
    projects, proposals,
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, DatabaseConnection, QueryFilter};

use crate::{
    calls::{admin, turin},
    proposals::{employee, employee_in, open_call},
    support::{Backend, Browser, TestDb, TestServer, on_both_backends},
};

/// How many notifications of `message` linking to `link` the person has.
async fn told(
    db: &DatabaseConnection,
    scope: TenantId,
    person: i32,
    message: &str,
    link: &str,
) -> usize {
    scope
        .find::<notifications::Entity>()
        .filter(notifications::Column::UserId.eq(PersonId(person)))
        .filter(notifications::Column::Message.eq(message))
        .filter(notifications::Column::Link.eq(link))
        .all(db)
        .await
        .expect("notifications")
        .len()
}

/// The call's mailings of one occasion.
async fn mailings_of(
    db: &DatabaseConnection,
    scope: TenantId,
    call: &calls::Model,
    occasion: &str,
) -> Vec<mailing::Model> {
    scope
        .find::<mailing::Entity>()
        .filter(mailing::Column::CallId.eq(call.id))
        .filter(mailing::Column::Occasion.eq(occasion))
        .all(db)
        .await
        .expect("mailings")
}

/// The people a mailing's emails were queued for.
async fn queued_for(db: &DatabaseConnection, scope: TenantId, mailing: i32) -> Vec<PersonId> {
    scope
        .find::<outbox::Entity>()
        .filter(outbox::Column::MailingId.eq(mailing))
        .all(db)
        .await
        .expect("outbox")
        .into_iter()
        .map(|row| row.user_id)
        .collect()
}

/// Turin's active employees whose grade is not `director` (Innova.TO
/// 2026's rule), counted here from the people themselves.
async fn turin_non_directors(db: &DatabaseConnection, scope: TenantId) -> BTreeSet<PersonId> {
    let employees: BTreeSet<PersonId> = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::Employee))
        .all(db)
        .await
        .expect("roles")
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    scope
        .find::<user::Entity>()
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await
        .expect("people")
        .into_iter()
        .filter(|u| employees.contains(&u.id))
        .filter(|u| {
            u.grade
                .as_deref()
                .is_none_or(|g| g.trim().to_lowercase() != "director")
        })
        .map(|u| u.id)
        .collect()
}

/// The accepted members of the call's proposals in `status`.
async fn members(
    server: &TestServer,
    scope: TenantId,
    call: &calls::Model,
    status: proposals::Status,
) -> Vec<(ProposalId, Vec<PersonId>)> {
    let found = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .filter(proposals::Column::Status.eq(status))
        .all(&server.store.db)
        .await
        .expect("proposals");
    let teams = innovato::review::service::teams_of(
        &server.store.db,
        &server.state.app.secrets,
        scope,
        found.iter().map(|p| p.id).collect(),
    )
    .await
    .expect("teams");
    teams.into_iter().collect()
}

async fn porto(server: &TestServer) -> TenantId {
    TenantId::of(
        &tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    )
}

async fn call_opened_reaches_exactly_the_eligible(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let link = format!("/calls/{}", call.id);
    let (eligible, _) = employee(&server, scope, "Anna Verdi", "istruttore").await;
    let (director, _) = employee(&server, scope, "Dario Neri", "Director").await;
    let (elsewhere, _) = employee_in(db, porto(&server).await, "Rui Costa", "tecnico").await;

    // A day after it opened, a call is no longer announced.
    schedule::send_due(&server.state.app, call.opens_at + Duration::hours(25))
        .await
        .expect("nothing due");
    assert_eq!(
        told(db, scope, eligible, "notification-call-opened", &link).await,
        0
    );
    let now = call.opens_at + Duration::hours(1);
    schedule::send_due(&server.state.app, now)
        .await
        .expect("sent");

    assert_eq!(
        told(db, scope, eligible, "notification-call-opened", &link).await,
        1
    );
    assert_eq!(
        told(db, scope, director, "notification-call-opened", &link).await,
        0
    );
    let porto_scope = porto(&server).await;
    assert_eq!(
        told(
            db,
            porto_scope,
            elsewhere,
            "notification-call-opened",
            &link
        )
        .await,
        0,
        "nobody of another city hears of Turin's call"
    );
    let sent = mailings_of(db, scope, &call, "call-opened").await;
    assert_eq!(sent.len(), 1);
    let expected = turin_non_directors(db, scope).await;
    let queued: BTreeSet<PersonId> = queued_for(db, scope, sent[0].id)
        .await
        .into_iter()
        .collect();
    assert_eq!(
        queued, expected,
        "one email for each eligible person, no one else"
    );
    assert_eq!(sent[0].audience as usize, expected.len());
    assert_eq!(sent[0].kind, "call-opened");
}

async fn reminders_go_to_whom_they_should_once(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let link = format!("/calls/{}", call.id);
    let (waiting, _) = employee(&server, scope, "Anna Verdi", "istruttore").await;
    let (director, _) = employee(&server, scope, "Dario Neri", "director").await;
    let drafts = members(&server, scope, &call, proposals::Status::Draft).await;
    let drafting: BTreeSet<PersonId> = drafts.iter().flat_map(|(_, t)| t.clone()).collect();
    let submitting: BTreeSet<PersonId> =
        members(&server, scope, &call, proposals::Status::Submitted)
            .await
            .into_iter()
            .flat_map(|(_, t)| t)
            .filter(|p| !drafting.contains(p))
            .collect();
    assert!(
        !drafting.is_empty() && !submitting.is_empty(),
        "the demo has both"
    );

    // A week before the deadline, and again an hour later.
    let week = call.submissions_close_at - Duration::days(7) + Duration::hours(1);
    schedule::send_due(&server.state.app, week)
        .await
        .expect("sent");
    schedule::send_due(&server.state.app, week + Duration::hours(1))
        .await
        .expect("sent again");
    let reminders =
        |person: PersonId| told(db, scope, person.get(), "notification-deadline-near", &link);
    assert_eq!(reminders(PersonId(waiting)).await, 1);
    assert_eq!(reminders(PersonId(director)).await, 0, "not eligible");
    for person in &drafting {
        assert_eq!(reminders(*person).await, 1, "a draft's member {person:?}");
    }
    for person in &submitting {
        assert_eq!(reminders(*person).await, 0, "submitted: {person:?}");
    }
    let week_mailing = mailings_of(db, scope, &call, "deadline-7").await;
    assert_eq!(week_mailing.len(), 1);
    assert_eq!(
        queued_for(db, scope, week_mailing[0].id).await.len(),
        week_mailing[0].audience as usize
    );
    assert!(
        mailings_of(db, scope, &call, "draft-2").await.is_empty(),
        "not yet"
    );

    // Two days before: each draft's team hears of its own draft.
    let two_days = call.submissions_close_at - Duration::days(2) + Duration::hours(1);
    schedule::send_due(&server.state.app, two_days)
        .await
        .expect("sent");
    schedule::send_due(&server.state.app, two_days)
        .await
        .expect("sent again");
    for (draft, team) in &drafts {
        for person in team {
            assert_eq!(
                told(
                    db,
                    scope,
                    person.get(),
                    "notification-draft-unsubmitted",
                    &format!("/proposals/{draft}")
                )
                .await,
                1
            );
        }
    }
    for person in submitting.iter().chain([&PersonId(waiting)]) {
        let any_draft = scope
            .find::<notifications::Entity>()
            .filter(notifications::Column::UserId.eq(*person))
            .filter(notifications::Column::Message.eq("notification-draft-unsubmitted"))
            .all(db)
            .await
            .expect("notifications");
        assert!(any_draft.is_empty(), "no draft of theirs: {person:?}");
    }
    let draft_mailing = mailings_of(db, scope, &call, "draft-2").await;
    assert_eq!(draft_mailing.len(), 1);
    assert_eq!(draft_mailing[0].audience as usize, drafting.len());
    assert_eq!(
        reminders(PersonId(waiting)).await,
        1,
        "the week's reminder only"
    );

    // The day before: the second reminder.
    let day = call.submissions_close_at - Duration::hours(20);
    schedule::send_due(&server.state.app, day)
        .await
        .expect("sent");
    assert_eq!(reminders(PersonId(waiting)).await, 2);
    for person in &submitting {
        assert_eq!(reminders(*person).await, 0, "submitted: {person:?}");
    }
    assert_eq!(mailings_of(db, scope, &call, "deadline-1").await.len(), 1);
}

async fn two_servers_send_each_reminder_once(backend: Backend) {
    let first = TestServer::demo(backend).await;
    let url = first.store.process_url();
    let second = TestServer::with(TestDb::at(&url).await, true, None).await;
    let db = &first.store.db;
    let scope = turin(&first).await;
    let call = open_call(&first, scope).await;
    let link = format!("/calls/{}", call.id);
    let (waiting, _) = employee(&first, scope, "Anna Verdi", "istruttore").await;
    let week = call.submissions_close_at - Duration::days(7) + Duration::hours(1);
    let (a, b) = tokio::join!(
        schedule::send_due(&first.state.app, week),
        schedule::send_due(&second.state.app, week),
    );
    let (a, b) = (a.expect("first"), b.expect("second"));
    assert!(a + b > 0);
    let (c, d) = tokio::join!(
        schedule::send_due(&second.state.app, week + Duration::minutes(1)),
        schedule::send_due(&first.state.app, week + Duration::minutes(1)),
    );
    assert_eq!(
        (c.expect("first"), d.expect("second")),
        (0, 0),
        "nothing left to send"
    );
    assert_eq!(
        told(db, scope, waiting, "notification-deadline-near", &link).await,
        1
    );
    assert_eq!(mailings_of(db, scope, &call, "deadline-7").await.len(), 1);
}

/// Thousands grouped as an Italian page shows them.
fn italian(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).expect("marker") + start.len();
    let to = text[from..].find(end).expect("end") + from;
    &text[from..to]
}

async fn an_announcement_shows_its_reach_asks_and_goes_once(backend: Backend) {
    let clock = Clock::fixed(Utc::now());
    let server = TestServer::demo_with_clock(backend, clock).await;
    let db = &server.store.db;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (eligible, _) = employee(&server, scope, "Anna Verdi", "istruttore").await;
    let (director, _) = employee(&server, scope, "Dario Neri", "director").await;
    let reach = turin_non_directors(db, scope).await.len();
    let admin = admin(&server, scope).await;
    let url = server.url(&format!("/t/turin/admin/calls/{}/mailings", call.id));

    // The call's admin page leads there.
    let edit = admin
        .get(&server.url(&format!("/t/turin/admin/calls/{}", call.id)))
        .await;
    assert!(
        edit.body
            .contains(&format!("/admin/calls/{}/mailings\"", call.id))
    );

    let page = admin.get(&url).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let said = between(&page.body, "<p id=\"reach\">", "</p>");
    assert!(said.contains(&italian(reach)), "{said} names {reach}");
    let token = between(&page.body, "name=\"token\" value=\"", "\"").to_owned();
    let csrf = page.csrf();

    // Nothing typed is lost on a refusal.
    let refused = admin
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("token", &token),
                ("subject", " "),
                ("body", "Giovedì alle 10 in Sala Rossa."),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("aria-invalid=\"true\""));
    assert!(refused.body.contains("Giovedì alle 10 in Sala Rossa."));

    // Asked first, with the reach; nothing sent yet.
    let fields = [
        ("csrf", csrf.as_str()),
        ("token", token.as_str()),
        ("subject", "Incontro informativo"),
        ("body", "Giovedì alle 10 in Sala Rossa."),
    ];
    let asked = admin.post(&url, &fields).await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert!(asked.body.contains("name=\"confirm\" value=\"yes\""));
    assert!(asked.body.contains(&italian(reach)));
    assert_eq!(
        told(
            db,
            scope,
            eligible,
            "notification-announcement",
            &format!("/calls/{}", call.id)
        )
        .await,
        0
    );

    // Confirmed: sent once, even when the confirmation is sent twice.
    let mut confirmed = fields.to_vec();
    confirmed.push(("confirm", "yes"));
    let sent = admin.post(&url, &confirmed).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let again = admin.post(&url, &confirmed).await;
    assert_eq!(again.status, 303, "{}", again.body);
    let link = format!("/calls/{}", call.id);
    assert_eq!(
        told(db, scope, eligible, "notification-announcement", &link).await,
        1
    );
    assert_eq!(
        told(db, scope, director, "notification-announcement", &link).await,
        0
    );
    let announced: Vec<mailing::Model> = scope
        .find::<mailing::Entity>()
        .filter(mailing::Column::CallId.eq(call.id))
        .filter(mailing::Column::Kind.eq("announcement"))
        .all(db)
        .await
        .expect("mailings");
    assert_eq!(announced.len(), 1);
    assert_eq!(announced[0].audience as usize, reach);
    assert_eq!(
        announced[0].subject.as_deref(),
        Some("Incontro informativo")
    );
    assert_eq!(queued_for(db, scope, announced[0].id).await.len(), reach);
    let audited = scope
        .find::<innovato::audit::Entity>()
        .filter(innovato::audit::Column::Action.eq("call.announce"))
        .all(db)
        .await
        .expect("audit");
    assert_eq!(audited.len(), 1);

    // After: the mailing's row with its audience and its queued emails.
    let after = admin.get(&format!("{url}?sent=1")).await;
    assert!(after.body.contains("Incontro informativo"));
    let row = between(&after.body, "Incontro informativo", "</tr>");
    assert!(row.contains(&italian(reach)), "{row}");
    assert_eq!(
        service::reach(db, scope, call.id).await.expect("reach")[0].count("queued") as usize,
        reach
    );
    let api = admin
        .get(&server.url(&format!("/t/turin/api/v1/calls/{}/mailings", call.id)))
        .await;
    assert_eq!(api.status, 200, "{}", api.body);
    let listed: serde_json::Value = serde_json::from_str(&api.body).expect("JSON");
    let first = &listed["mailings"][0];
    assert_eq!(first["kind"], "announcement");
    assert_eq!(first["subject"], "Incontro informativo");
    assert_eq!(first["audience"].as_u64(), Some(reach as u64));
    assert_eq!(first["emails"]["queued"].as_u64(), Some(reach as u64));
}

async fn only_the_citys_admins_announce(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (person, _) = employee(&server, scope, "Anna Verdi", "istruttore").await;
    let employee = Browser::signed_in(&server, "turin", scope.get(), person).await;
    let url = server.url(&format!("/t/turin/admin/calls/{}/mailings", call.id));
    let home = employee.get(&server.url("/t/turin/")).await;
    let form = [
        ("csrf", home.csrf()),
        ("token", "0123456789abcdef0123456789abcdef".to_owned()),
        ("subject", "Incontro".to_owned()),
        ("body", "Testo".to_owned()),
        ("confirm", "yes".to_owned()),
    ];
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(employee.get(&url).await.status, 403);
    let api = |slug: &str| server.url(&format!("/t/{slug}/api/v1/calls/{}/mailings", call.id));
    assert_eq!(employee.get(&api("turin")).await.status, 403);
    assert_eq!(employee.post(&url, &pairs).await.status, 403);

    let porto_scope = porto(&server).await;
    let grant = porto_scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto's admin");
    let porto_admin =
        Browser::signed_in(&server, "porto", porto_scope.get(), grant.user_id.get()).await;
    let there = server.url(&format!("/t/porto/admin/calls/{}/mailings", call.id));
    assert_eq!(porto_admin.get(&there).await.status, 404);
    assert_eq!(porto_admin.get(&api("porto")).await.status, 404);
    let porto_home = porto_admin.get(&server.url("/t/porto/")).await;
    let mut theirs: Vec<(&str, String)> = form.to_vec();
    theirs[0].1 = porto_home.csrf();
    let pairs: Vec<(&str, &str)> = theirs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(porto_admin.post(&there, &pairs).await.status, 404);
    let announced = scope
        .find::<mailing::Entity>()
        .filter(mailing::Column::Kind.eq("announcement"))
        .all(&server.store.db)
        .await
        .expect("mailings");
    assert!(announced.is_empty());
}

on_both_backends!(
    call_opened_reaches_exactly_the_eligible,
    reminders_go_to_whom_they_should_once,
    two_servers_send_each_reminder_once,
    an_announcement_shows_its_reach_asks_and_goes_once,
    only_the_citys_admins_announce,
);

/// A milestone due within the week is told to its project's team and
/// mentor once; one due later, or done, is not.
async fn milestones_due_reach_team_and_mentor_once(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = turin(&server).await;
    crate::support::before_implementation(db).await;
    let awarded = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::Status.eq(proposals::Status::Awarded))
        .all(db)
        .await
        .expect("awarded");
    let now = Utc::now();
    projects::service::create_for_awarded(db, scope, &awarded[..1], now)
        .await
        .expect("project");
    let project = scope
        .find::<projects::Entity>()
        .one(db)
        .await
        .expect("query")
        .expect("a project");
    let (mentor, _) = employee(&server, scope, "Marta Guida", "funzionario").await;
    let mut row: projects::entity::ActiveModel = project.clone().into();
    row.mentor_id = sea_orm::ActiveValue::Set(Some(PersonId(mentor)));
    scope.update(row, db).await.expect("mentor");
    let today = now.with_timezone(&chrono_tz::Europe::Rome).date_naive();
    let milestone = |title: &str, due: i64, done: bool| projects::milestone::ActiveModel {
        project_id: sea_orm::ActiveValue::Set(project.id),
        title: sea_orm::ActiveValue::Set(title.into()),
        due_on: sea_orm::ActiveValue::Set(today + Duration::days(due)),
        done_on: sea_orm::ActiveValue::Set(done.then_some(today)),
        ..Default::default()
    };
    for (title, due, done) in [
        ("Gara", 3, false),
        ("Collaudo", 30, false),
        ("Avvio", 2, true),
    ] {
        scope
            .insert(milestone(title, due, done), db)
            .await
            .expect("milestone");
    }
    schedule::send_due(&server.state.app, now)
        .await
        .expect("sent");
    schedule::send_due(&server.state.app, now + Duration::hours(1))
        .await
        .expect("sent again");
    let team = innovato::review::service::teams_of(
        db,
        &server.state.app.secrets,
        scope,
        vec![project.proposal_id.expect("from a proposal")],
    )
    .await
    .expect("team")
    .into_values()
    .flatten()
    .collect::<Vec<_>>();
    assert!(!team.is_empty());
    let link = format!("/projects/{}", project.id);
    for person in team.iter().copied().chain([PersonId(mentor)]) {
        let notes = scope
            .find::<notifications::Entity>()
            .filter(notifications::Column::UserId.eq(person))
            .filter(notifications::Column::Message.eq("notification-milestone-due"))
            .filter(notifications::Column::Link.eq(link.as_str()))
            .all(db)
            .await
            .expect("notifications");
        assert_eq!(notes.len(), 1, "{person:?}");
        assert!(notes[0].args.contains("Gara"), "{}", notes[0].args);
    }
}

/// Three days before the results date, jurors with a review not complete
/// are reminded; a juror whose reviews are done is not.
async fn reviews_due_remind_jurors_behind(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = porto(&server).await;
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(calls::Phase::Review))
        .one(db)
        .await
        .expect("query")
        .expect("Porto's call in review");
    let now = Utc::now();
    let mut row: calls::entity::ActiveModel = call.clone().into();
    row.review_started_at = sea_orm::ActiveValue::Set(Some(now));
    scope.update(row, db).await.expect("scoring open");
    let proposal = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .one(db)
        .await
        .expect("query")
        .expect("a proposal");
    let (behind, _) = employee_in(db, scope, "Rita Lenta", "tecnica").await;
    let (done, _) = employee_in(db, scope, "Rui Pronto", "tecnico").await;
    for (juror, complete) in [(behind, false), (done, true)] {
        scope
            .insert(
                innovato::review::entity::ActiveModel {
                    call_id: sea_orm::ActiveValue::Set(call.id),
                    proposal_id: sea_orm::ActiveValue::Set(proposal.id),
                    juror_id: sea_orm::ActiveValue::Set(PersonId(juror)),
                    state: sea_orm::ActiveValue::Set(innovato::review::State::Assigned),
                    conflict_reason: sea_orm::ActiveValue::Set(String::new()),
                    scores: sea_orm::ActiveValue::Set("[]".into()),
                    complete: sea_orm::ActiveValue::Set(complete),
                    updated_at: sea_orm::ActiveValue::Set(now),
                    ..Default::default()
                },
                db,
            )
            .await
            .expect("review");
    }
    let link = format!("/review/calls/{}", call.id);
    let early = call.results_at - Duration::days(5);
    schedule::send_due(&server.state.app, early)
        .await
        .expect("sent");
    assert_eq!(
        told(db, scope, behind, "notification-review-due", &link).await,
        0,
        "too early"
    );
    let due = call.results_at - Duration::days(2);
    schedule::send_due(&server.state.app, due)
        .await
        .expect("sent");
    schedule::send_due(&server.state.app, due)
        .await
        .expect("sent again");
    assert_eq!(
        told(db, scope, behind, "notification-review-due", &link).await,
        1
    );
    assert_eq!(
        told(db, scope, done, "notification-review-due", &link).await,
        0
    );
}

/// In the Cocreation stage, a team lacking a division its challenge
/// concerns is told to that division's eligible employees off the team,
/// once per challenge and division.
async fn teams_lacking_a_division_ask_its_employees(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = TenantId::of(
        &tenants::find_by_slug(db, "rotterdam")
            .await
            .expect("query")
            .expect("Rotterdam"),
    );
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Kind.eq(calls::Kind::Cocreation))
        .one(db)
        .await
        .expect("query")
        .expect("Rotterdam's co-creation call");
    let now = Utc::now();
    let finder =
        innovato::teams::service::finder(db, &server.state.app.secrets, scope, call.id, now)
            .await
            .expect("finder");
    assert!(finder.forming, "the demo's call is in its Cocreation stage");
    schedule::send_due(&server.state.app, now)
        .await
        .expect("sent");
    schedule::send_due(&server.state.app, now)
        .await
        .expect("sent again");
    let mut asked = 0;
    for team in &finder.teams {
        for division in &team.lacking_ids {
            let occasion = format!("division-{}-{division}", team.challenge.id);
            let sent = mailings_of(db, scope, &call, &occasion).await;
            assert_eq!(sent.len(), 1, "{occasion}");
            for person in queued_for(db, scope, sent[0].id).await {
                let who = scope
                    .find_by_id::<user::Entity>(person)
                    .one(db)
                    .await
                    .expect("query")
                    .expect("person");
                assert_eq!(who.division_id, Some(*division));
                assert!(!team.has(person), "not on the team");
                asked += 1;
            }
        }
    }
    assert!(
        asked > 0,
        "the demo's teams lack divisions with people in them"
    );
}

on_both_backends!(
    milestones_due_reach_team_and_mentor_once,
    reviews_due_remind_jurors_behind,
    teams_lacking_a_division_ask_its_employees,
);
