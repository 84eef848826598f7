//! Co-creation teams at work (issue 22, rule 4): the admin's facilitators,
//! a facilitator who supports every team of their call and nothing else,
//! the team's workspace closed to anyone else, the plan required at
//! submission in co-creation calls only, jurors who know the team of a
//! co-creation call while an open call stays blind, and a piloted solution
//! that becomes a project.

use chrono::{Duration, Utc};
use innovato::ids::{CallId, ChallengeId, PersonId, ProposalId};
use innovato::{
    calls::{self, Kind, Phase, category_link, text as call_text},
    challenges,
    i18n::Lang,
    organisation::division,
    people::{Role, role, user},
    projects,
    proposals::{self, Status, member},
    tenancy::TenantId,
};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder,
};

use crate::review::{porto, reviews, setup, submit};
use crate::support::{Backend, Browser, TestServer, message, on_both_backends};

fn pt(server: &TestServer, id: &str) -> String {
    message(server, Lang::Pt, id)
}

/// A person of Porto holding `held` (for `call`, if given).
async fn person(
    server: &TestServer,
    scope: TenantId,
    name: &str,
    division: Option<i32>,
    held: Role,
    call: Option<CallId>,
) -> (i32, String) {
    let email = format!("{}@porto.example", name.to_lowercase().replace(' ', "."));
    let made = scope
        .insert(
            user::ActiveModel {
                issuer: Set("https://login.porto.example".into()),
                subject: Set(email.clone()),
                email: Set(email.clone()),
                display_name: Set(name.into()),
                division_id: Set(division),
                grade: Set(None),
                locale: Set(None),
                active: Set(true),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("person");
    scope
        .insert(
            role::ActiveModel {
                user_id: Set(made.id),
                role: Set(held),
                call_id: Set(call),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("role");
    (made.id.get(), email)
}

/// A call of Porto copied from `from` as `kind`, open, in its development
/// stage (the challenges and co-creation stages are over), with the same
/// texts and categories.
async fn open_call(
    server: &TestServer,
    scope: TenantId,
    from: &calls::Model,
    kind: Kind,
) -> calls::Model {
    let now = Utc::now();
    let mut row = from.clone().into_active_model();
    row.id = NotSet;
    row.kind = Set(kind);
    row.phase = Set(Phase::Open);
    row.opens_at = Set(now - Duration::days(60));
    row.challenges_close_at = Set(Some(now - Duration::days(40)));
    row.cocreation_close_at = Set(Some(now - Duration::days(1)));
    row.submissions_close_at = Set(now + Duration::days(20));
    row.results_at = Set(now + Duration::days(60));
    row.seal_identities = Set(false);
    row.review_started_at = Set(None);
    row.review_closed_at = Set(None);
    let call = scope.insert(row, &server.store.db).await.expect("call");
    for t in scope
        .find::<call_text::Entity>()
        .filter(call_text::Column::CallId.eq(from.id))
        .all(&server.store.db)
        .await
        .expect("texts")
    {
        let mut t = t.into_active_model();
        t.id = NotSet;
        t.call_id = Set(call.id);
        scope.insert(t, &server.store.db).await.expect("text");
    }
    for link in scope
        .find::<category_link::Entity>()
        .filter(category_link::Column::CallId.eq(from.id))
        .all(&server.store.db)
        .await
        .expect("categories")
    {
        scope
            .insert(
                category_link::ActiveModel {
                    call_id: Set(call.id),
                    category_id: Set(link.category_id),
                    ..Default::default()
                },
                &server.store.db,
            )
            .await
            .expect("category");
    }
    call
}

/// A selected challenge of `call`.
async fn challenge(server: &TestServer, scope: TenantId, call: CallId, title: &str) -> ChallengeId {
    scope
        .insert(
            challenges::ActiveModel {
                call_id: Set(call),
                proposed_by: Set(None),
                locale: Set("pt".into()),
                title: Set(title.into()),
                problem: Set("Famílias despejadas sem apoio".into()),
                who_suffers: Set("Famílias em risco".into()),
                end_users: Set("Inquilinos em atraso".into()),
                evidence: Set("300 despejos por ano".into()),
                status: Set(challenges::Status::Selected),
                merged_into: Set(None),
                created_at: Set(Utc::now()),
                decided_at: Set(Some(Utc::now())),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("challenge")
        .id
}

/// A team (a draft proposal tied to `challenge`) of accepted members, the
/// first its lead.
async fn team(
    server: &TestServer,
    scope: TenantId,
    call: CallId,
    challenge: Option<ChallengeId>,
    title: &str,
    people: &[i32],
) -> ProposalId {
    let now = Utc::now();
    let category = scope
        .find::<category_link::Entity>()
        .filter(category_link::Column::CallId.eq(call))
        .one(&server.store.db)
        .await
        .expect("query")
        .map(|l| l.category_id);
    let made = scope
        .insert(
            proposals::ActiveModel {
                call_id: Set(call),
                category_id: Set(category),
                locale: Set("pt".into()),
                title: Set(title.into()),
                summary: Set("Um resumo".into()),
                problem: Set("Um problema".into()),
                solution: Set("Uma solução".into()),
                benefits: Set(String::new()),
                resources: Set(String::new()),
                status: Set(Status::Draft),
                submitted_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                idempotency_key: Set(None),
                award_index: Set(None),
                challenge_id: Set(challenge),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("proposal");
    for (i, who) in people.iter().enumerate() {
        scope
            .insert(
                member::ActiveModel {
                    proposal_id: Set(made.id),
                    user_id: Set(Some(PersonId(*who))),
                    role: Set(if i == 0 {
                        member::MemberRole::Lead
                    } else {
                        member::MemberRole::CoAuthor
                    }),
                    status: Set(member::MemberStatus::Accepted),
                    ..Default::default()
                },
                &server.store.db,
            )
            .await
            .expect("member");
    }
    made.id
}

async fn porto_admin(server: &TestServer, scope: TenantId) -> Browser {
    let grant = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin");
    Browser::signed_in(server, "porto", scope.get(), grant.user_id.get()).await
}

async fn any_call(server: &TestServer, scope: TenantId) -> calls::Model {
    scope
        .find::<calls::Entity>()
        .order_by_asc(calls::Column::Id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a call")
}

async fn a_facilitator_supports_every_team_of_their_call_and_nothing_else(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = porto(&server).await;
    let url = |path: &str| server.url(&format!("/t/porto{path}"));
    let from = any_call(&server, scope).await;
    let call = open_call(&server, scope, &from, Kind::Cocreation).await;
    let other = open_call(&server, scope, &from, Kind::Cocreation).await;
    let eviction = challenge(&server, scope, call.id, "Prevenir despejos").await;
    let elsewhere = challenge(&server, scope, other.id, "Solidão dos idosos").await;
    let (lead, _) = person(&server, scope, "Inês Habitação", None, Role::Employee, None).await;
    let (mate, _) = person(&server, scope, "Hugo Emprego", None, Role::Employee, None).await;
    let (third, _) = person(&server, scope, "Vera Social", None, Role::Employee, None).await;
    let (stranger, _) = person(&server, scope, "Rita Alheia", None, Role::Employee, None).await;
    let (city_person, city_email) = person(
        &server,
        scope,
        "Paulo Facilitador",
        None,
        Role::Employee,
        None,
    )
    .await;
    let ours = team(
        &server,
        scope,
        call.id,
        Some(eviction),
        "Casa Segura",
        &[lead, mate],
    )
    .await;
    let second = team(
        &server,
        scope,
        call.id,
        Some(eviction),
        "Rede de Apoio",
        &[third],
    )
    .await;
    let theirs = team(
        &server,
        scope,
        other.id,
        Some(elsewhere),
        "Vizinhos",
        &[stranger],
    )
    .await;

    // The admin's page lists facilitators; a city person takes the role at
    // once, an unknown address is invited for the call.
    let admin = porto_admin(&server, scope).await;
    let page_url = url(&format!("/admin/calls/{}/facilitators", call.id));
    let listed = admin.get(&page_url).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert!(listed.body.contains(&pt(&server, "facilitators-none")));
    let added = submit(&admin, &page_url, &page_url, &[("email", &city_email)]).await;
    assert_eq!(added.status, 303, "{}", added.body);
    let invited = submit(
        &admin,
        &page_url,
        &page_url,
        &[
            ("email", "ana.investigadora@univ.example"),
            ("name", "Ana Investigadora"),
        ],
    )
    .await;
    assert_eq!(invited.status, 200, "{}", invited.body);
    assert!(
        invited.body.contains("/t/porto/invitations/"),
        "the link is shown"
    );
    let listed = admin.get(&page_url).await;
    assert!(listed.body.contains("Paulo Facilitador"));
    assert!(
        listed.body.contains("ana.investigadora@univ.example"),
        "pending"
    );
    let refused = submit(&admin, &page_url, &page_url, &[("email", "not an address")]).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains(&pt(&server, "facilitator-error-email"))
    );
    let invitation = scope
        .find::<innovato::auth::invitations::Entity>()
        .filter(innovato::auth::invitations::Column::Email.eq("ana.investigadora@univ.example"))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("invitation");
    assert_eq!(invitation.role, Role::Facilitator);
    assert_eq!(invitation.call_id, Some(call.id));

    // The city person facilitates: every team of the call, not the other
    // call's; writes a note (marked as the facilitator's) and a workshop.
    let facilitator = Browser::signed_in(&server, "porto", scope.get(), city_person).await;
    for id in [ours, second] {
        let page = facilitator.get(&url(&format!("/teams/{id}"))).await;
        assert_eq!(page.status, 200, "team {id}: {}", page.body);
    }
    let page = facilitator.get(&url(&format!("/teams/{ours}"))).await;
    assert!(page.body.contains("Prevenir despejos"), "the challenge");
    assert!(page.body.contains("Inês Habitação") && page.body.contains("Hugo Emprego"));
    assert_eq!(
        facilitator
            .get(&url(&format!("/teams/{theirs}")))
            .await
            .status,
        404
    );
    let noted = submit(
        &facilitator,
        &url(&format!("/teams/{ours}")),
        &url(&format!("/teams/{ours}/notes")),
        &[("body", "Falem com a associação de inquilinos.")],
    )
    .await;
    assert_eq!(noted.status, 303, "{}", noted.body);
    let held_on = (Utc::now() - Duration::days(3))
        .format("%Y-%m-%d")
        .to_string();
    let lead_id = lead.to_string();
    let facilitator_id = city_person.to_string();
    let workshop = submit(
        &facilitator,
        &url(&format!("/teams/{ours}")),
        &url(&format!("/teams/{ours}/workshops")),
        &[
            ("held_on", &held_on),
            ("title", "Mapa do percurso de despejo"),
            ("summary", "Os passos de uma família, do aviso ao despejo."),
            ("attendee", &lead_id),
            ("attendee", &facilitator_id),
        ],
    )
    .await;
    assert_eq!(workshop.status, 303, "{}", workshop.body);
    let bad = submit(
        &facilitator,
        &url(&format!("/teams/{ours}")),
        &url(&format!("/teams/{ours}/workshops")),
        &[
            ("held_on", "ontem"),
            ("title", ""),
            ("attendee", &stranger.to_string()),
        ],
    )
    .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains(&pt(&server, "workshop-error-attendee")));

    // The team sees both, the note marked as the facilitator's comment.
    let member = Browser::signed_in(&server, "porto", scope.get(), mate).await;
    let page = member.get(&url(&format!("/teams/{ours}"))).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Falem com a associação de inquilinos."));
    assert!(
        page.body
            .contains(&pt(&server, "workspace-facilitator-comment"))
    );
    assert!(page.body.contains("Mapa do percurso de despejo"));
    let noted = submit(
        &member,
        &url(&format!("/teams/{ours}")),
        &url(&format!("/teams/{ours}/notes")),
        &[("body", "Obrigado!")],
    )
    .await;
    assert_eq!(noted.status, 303);
    assert_eq!(
        member.get(&url(&format!("/teams/{second}"))).await.status,
        404
    );

    // Anyone else finds nothing: another employee, another call's
    // member; the admin reads it.
    let outsider = Browser::signed_in(&server, "porto", scope.get(), stranger).await;
    assert_eq!(
        outsider.get(&url(&format!("/teams/{ours}"))).await.status,
        404
    );
    let posted = outsider
        .post(
            &url(&format!("/teams/{ours}/notes")),
            &[
                ("csrf", &outsider.get(&url("/")).await.csrf()),
                ("body", "x"),
            ],
        )
        .await;
    assert_eq!(posted.status, 404);
    assert_eq!(admin.get(&url(&format!("/teams/{ours}"))).await.status, 200);

    // The same through the API.
    let api = |path: &str| url(&format!("/api/v1{path}"));
    let json = facilitator
        .get(&api(&format!("/teams/{ours}/workspace")))
        .await;
    assert_eq!(json.status, 200, "{}", json.body);
    let json: serde_json::Value = serde_json::from_str(&json.body).expect("JSON");
    assert_eq!(json["standing"], "facilitator");
    assert_eq!(json["workshops"][0]["title"], "Mapa do percurso de despejo");
    assert!(
        json["notes"]
            .as_array()
            .expect("notes")
            .iter()
            .any(|n| n["by_facilitator"] == true)
    );
    assert_eq!(
        outsider
            .get(&api(&format!("/teams/{ours}/workspace")))
            .await
            .status,
        404
    );
    let listed = admin
        .get(&api(&format!("/calls/{}/facilitators", call.id)))
        .await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert!(listed.body.contains("Paulo Facilitador"));
    assert_eq!(
        facilitator
            .get(&api(&format!("/calls/{}/facilitators", call.id)))
            .await
            .status,
        403
    );

    // An outside facilitator (the role alone, for the call): no admin
    // page, no jury page, no other call, no other city.
    let (outside, _) = person(
        &server,
        scope,
        "Ana Externa",
        None,
        Role::Facilitator,
        Some(call.id),
    )
    .await;
    let outside = Browser::signed_in(&server, "porto", scope.get(), outside).await;
    assert_eq!(
        outside.get(&url(&format!("/teams/{ours}"))).await.status,
        200
    );
    assert_eq!(
        outside.get(&url(&format!("/teams/{theirs}"))).await.status,
        404
    );
    for path in [
        format!("/admin/calls/{}/facilitators", call.id),
        format!("/admin/calls/{}", call.id),
        "/admin/calls".to_owned(),
        format!("/admin/proposals/{ours}"),
        "/review".to_owned(),
        format!("/review/calls/{}", call.id),
    ] {
        let page = outside.get(&url(&path)).await;
        assert_eq!(page.status, 403, "{path}: {}", page.body);
    }
    let turin = outside
        .get(&server.url(&format!("/t/turin/teams/{ours}")))
        .await;
    assert_ne!(turin.status, 200, "another city");
    assert!(!turin.body.contains("Casa Segura"));

    // Taking the role back asks first; then the teams are closed to them.
    let remove = url(&format!(
        "/admin/calls/{}/facilitators/{city_person}/remove",
        call.id
    ));
    let asked = submit(&admin, &page_url, &remove, &[]).await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert!(asked.body.contains("Paulo Facilitador"));
    assert_eq!(
        facilitator
            .get(&url(&format!("/teams/{ours}")))
            .await
            .status,
        200,
        "nothing changed before confirming"
    );
    let removed = submit(&admin, &page_url, &remove, &[("confirm", "yes")]).await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    assert_eq!(
        facilitator
            .get(&url(&format!("/teams/{ours}")))
            .await
            .status,
        404
    );
}

on_both_backends!(a_facilitator_supports_every_team_of_their_call_and_nothing_else);

async fn the_plan_is_required_at_submission_in_cocreation_calls_only(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = porto(&server).await;
    let url = |path: &str| server.url(&format!("/t/porto{path}"));
    let from = any_call(&server, scope).await;
    let cocreation = open_call(&server, scope, &from, Kind::Cocreation).await;
    let ideas = open_call(&server, scope, &from, Kind::Ideas).await;
    let eviction = challenge(&server, scope, cocreation.id, "Prevenir despejos").await;
    let (lead, _) = person(&server, scope, "Inês Plano", None, Role::Employee, None).await;
    let solution = team(
        &server,
        scope,
        cocreation.id,
        Some(eviction),
        "Casa",
        &[lead],
    )
    .await;
    let idea = team(&server, scope, ideas.id, None, "Ideia", &[lead]).await;
    let browser = Browser::signed_in(&server, "porto", scope.get(), lead).await;

    // An open call: the plan is neither asked nor required.
    let form = browser.get(&url(&format!("/proposals/{idea}"))).await;
    assert!(!form.body.contains("name=\"partners\""));
    let sent = submit(
        &browser,
        &url(&format!("/proposals/{idea}")),
        &url(&format!("/proposals/{idea}/submit")),
        &[],
    )
    .await;
    assert_eq!(sent.status, 303, "{}", sent.body);

    // A co-creation team: each missing part of the plan is named.
    let form = browser.get(&url(&format!("/proposals/{solution}"))).await;
    assert!(form.body.contains("name=\"partners\""));
    assert!(form.body.contains(&format!("/t/porto/teams/{solution}")));
    let refused = submit(
        &browser,
        &url(&format!("/proposals/{solution}")),
        &url(&format!("/proposals/{solution}/submit")),
        &[],
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    for field in ["resources", "partners", "pilot", "indicators"] {
        assert!(
            refused.body.contains(&format!("id=\"{field}-error\"")),
            "{field}: {}",
            refused.body
        );
    }
    // Saved with the draft, then submitted.
    let category = scope
        .find_by_id::<proposals::Entity>(solution)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("team")
        .category_id
        .map(|c| c.to_string())
        .unwrap_or_default();
    let saved = submit(
        &browser,
        &url(&format!("/proposals/{solution}")),
        &url(&format!("/proposals/{solution}")),
        &[
            ("title", "Casa"),
            ("summary", "Um resumo"),
            ("problem", "Um problema"),
            ("solution", "Uma solução"),
            ("resources", "Dois técnicos"),
            ("end_users", "Uma família avisada a tempo"),
            ("partners", "Associação de inquilinos"),
            ("pilot", "Campanhã, seis meses"),
            ("indicators", "Despejos evitados"),
            ("category", &category),
            ("locale", "pt"),
        ],
    )
    .await;
    assert!(saved.status == 303 || saved.status == 200, "{}", saved.body);
    let stored = scope
        .find_by_id::<proposals::Entity>(solution)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("team");
    assert_eq!(stored.pilot, "Campanhã, seis meses");
    assert_eq!(stored.end_users, "Uma família avisada a tempo");
    let sent = submit(
        &browser,
        &url(&format!("/proposals/{solution}")),
        &url(&format!("/proposals/{solution}/submit")),
        &[],
    )
    .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
}

on_both_backends!(the_plan_is_required_at_submission_in_cocreation_calls_only);

/// Porto's call in review: blind while it is an open call; made a
/// co-creation call, its jurors see the team and the challenge; the
/// solution the admin pilots becomes a project when results are published.
async fn jurors_know_cocreation_teams_and_a_piloted_solution_becomes_a_project(backend: Backend) {
    let s = setup(backend).await;
    let db = &s.server.store.db;
    let eviction = challenge(&s.server, s.scope, s.call.id, "Prevenir despejos").await;
    let divisions = s
        .scope
        .find::<division::Entity>()
        .all(db)
        .await
        .expect("divisions");
    for id in &s.ours {
        let mut row = s
            .scope
            .find_by_id::<proposals::Entity>(ProposalId(*id))
            .one(db)
            .await
            .expect("query")
            .expect("proposal")
            .into_active_model();
        row.challenge_id = Set(Some(eviction));
        s.scope.update(row, db).await.expect("team");
    }
    s.start().await;
    let review = reviews(&s.server, s.scope, s.call.id.get())
        .await
        .into_iter()
        .find(|r| r.proposal_id == ProposalId(s.ours[0]))
        .expect("a review of ours");
    let n = s
        .jurors
        .iter()
        .position(|(id, _)| PersonId(*id) == review.juror_id)
        .expect("its juror");
    let juror = s.juror(n).await;
    let review_url = s.url(&format!("/review/{}", review.id));
    let blind = juror.get(&review_url).await;
    assert_eq!(blind.status, 200);
    assert!(
        !blind.body.contains(&s.authors[0].1),
        "an open call is blind"
    );
    assert!(!blind.body.contains("Prevenir despejos"));

    let mut row = s.call.clone().into_active_model();
    row.kind = Set(Kind::Cocreation);
    row.awards = Set(
        serde_json::json!([{ "name": "Piloto Campanhã", "sponsor": "", "prize": "" }]).to_string(),
    );
    s.scope.update(row, db).await.expect("co-creation");
    let known = juror.get(&review_url).await;
    assert_eq!(known.status, 200);
    assert!(known.body.contains(&s.authors[0].1), "{}", known.body);
    assert!(known.body.contains(&s.authors[1].1));
    assert!(known.body.contains("Prevenir despejos"));
    let author_division = s
        .scope
        .find_by_id::<user::Entity>(PersonId(s.authors[0].0))
        .one(db)
        .await
        .expect("query")
        .and_then(|u| u.division_id)
        .and_then(|d| divisions.iter().find(|x| x.id == d))
        .expect("a division")
        .name
        .clone();
    assert!(
        known.body.contains(&author_division),
        "the team's divisions"
    );

    // Piloting: the decision and the published results make it a project.
    let base = format!("/admin/calls/{}", s.call.id);
    let ranking_url = s.url(&format!("{base}/ranking"));
    let closed = submit(
        &s.admin,
        &s.url(&format!("{base}/review")),
        &s.url(&format!("{base}/review/close")),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    let ranking = s.admin.get(&ranking_url).await;
    // The decisions speak of piloting (Portuguese: "Pilotada").
    assert!(
        ranking
            .body
            .contains(&pt(&s.server, "decision-pilot-plain")),
        "{}",
        ranking.body
    );
    assert!(
        !ranking
            .body
            .contains(&pt(&s.server, "decision-award-plain"))
    );
    let decided = submit(
        &s.admin,
        &ranking_url,
        &s.url(&format!("{base}/decisions/{}", s.ours[0])),
        &[("decision", "award-0")],
    )
    .await;
    assert_eq!(decided.status, 303, "{}", decided.body);
    let published = submit(
        &s.admin,
        &ranking_url,
        &s.url(&format!("{base}/results")),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(published.status, 303, "{}", published.body);
    let project = s
        .scope
        .find::<projects::Entity>()
        .filter(projects::entity::Column::ProposalId.eq(s.ours[0]))
        .one(db)
        .await
        .expect("query");
    assert!(project.is_some(), "the piloted solution is a project");
}

on_both_backends!(jurors_know_cocreation_teams_and_a_piloted_solution_becomes_a_project);
