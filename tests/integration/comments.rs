//! Colleagues who help (issue 23, rule 4): off by default; where the admin
//! turns it on, an eligible colleague supports a submitted proposal once
//! and comments, the team answers as "the team" and never supports its
//! own; the ineligible and the call's jurors are kept out; a juror sees
//! only the count; the admin hides a comment with a reason (asked first,
//! audited); another city reaches nothing.

use chrono::Utc;
use innovato::ids::{CallId, PersonId, ProposalId};
use innovato::{
    audit,
    calls::{self, Phase},
    comments::{comment, support},
    i18n::Lang,
    people::{Role, role},
    proposals::{self, Status, member},
    review,
    tenancy::TenantId,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, PaginatorTrait, QueryFilter};

use crate::calls::turin;
use crate::proposals::{employee, open_call};
use crate::review::{porto, reviews, setup};
use crate::support::{Backend, Browser, Page, TestServer, on_both_backends};

/// A message with one number, as a page shows it (HTML-escaped).
fn said(server: &TestServer, lang: Lang, id: &str, name: &str, n: i64) -> String {
    server
        .state
        .locales
        .for_lang(lang)
        .count(id, name, n)
        .replace('&', "&amp;")
        .replace('\'', "&#39;")
        .replace('"', "&#34;")
}

/// A submitted proposal of `call` led by `lead`.
async fn submitted_by(server: &TestServer, scope: TenantId, call: CallId, lead: i32) -> ProposalId {
    let now = Utc::now();
    let made = scope
        .insert(
            proposals::ActiveModel {
                call_id: Set(call),
                category_id: Set(None),
                locale: Set("it".into()),
                title: Set("Orti sui tetti comunali".into()),
                summary: Set("Coltivare i tetti piani degli uffici.".into()),
                problem: Set("Tetti inutilizzati.".into()),
                solution: Set("Orti curati dai dipendenti.".into()),
                benefits: Set(String::new()),
                resources: Set(String::new()),
                status: Set(Status::Submitted),
                submitted_at: Set(Some(now)),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("proposal");
    scope
        .insert(
            member::ActiveModel {
                proposal_id: Set(made.id),
                user_id: Set(Some(PersonId(lead))),
                role: Set(member::MemberRole::Lead),
                status: Set(member::MemberStatus::Accepted),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("lead");
    made.id
}

async fn set_call(
    server: &TestServer,
    scope: TenantId,
    call: &calls::Model,
    on: bool,
    phase: Phase,
) {
    let mut row = call.clone().into_active_model();
    row.colleague_support = Set(on);
    row.phase = Set(phase);
    scope.update(row, &server.store.db).await.expect("call");
}

async fn supporters(server: &TestServer, scope: TenantId, proposal: ProposalId) -> u64 {
    scope
        .find::<support::Entity>()
        .filter(support::Column::ProposalId.eq(proposal))
        .count(&server.store.db)
        .await
        .expect("count")
}

/// Posts `fields` to `action` with the CSRF token of the page at `from`.
async fn post(browser: &Browser, from: &str, action: &str, fields: &[(&str, &str)]) -> Page {
    let csrf = browser.get(from).await.csrf();
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    browser.post(action, &form).await
}

async fn colleagues_support_and_comment_where_the_call_allows(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead_id, _) = employee(&server, scope, "Luca Proponente", "employee").await;
    let (carla_id, _) = employee(&server, scope, "Carla Sostenitrice", "employee").await;
    let (dora_id, _) = employee(&server, scope, "Dora Dirigente", "director").await;
    let (juror_id, _) = employee(&server, scope, "Gino Giurato", "employee").await;
    let id = submitted_by(&server, scope, call.id, lead_id).await;
    let lead = Browser::signed_in(&server, "turin", scope.get(), lead_id).await;
    let carla = Browser::signed_in(&server, "turin", scope.get(), carla_id).await;
    let home = server.url("/t/turin/proposals");
    let page = server.url(&format!("/t/turin/proposals/{id}/colleagues"));
    let support_url = server.url(&format!("/t/turin/proposals/{id}/support"));
    let comment_url = server.url(&format!("/t/turin/proposals/{id}/comments"));

    // Off by default: the call form offers it unchecked, and nothing is there.
    assert!(!call.colleague_support);
    let admin_grant = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin");
    let admin = Browser::signed_in(&server, "turin", scope.get(), admin_grant.user_id.get()).await;
    let form = admin
        .get(&server.url(&format!("/t/turin/admin/calls/{}", call.id)))
        .await;
    assert!(
        form.body
            .contains("<input type=\"checkbox\" id=\"colleague_support\" name=\"colleague_support\" aria-describedby"),
        "unchecked: {}",
        form.body
    );
    assert_eq!(carla.get(&page).await.status, 404);
    let refused = post(&carla, &home, &support_url, &[("support", "yes")]).await;
    assert_eq!(refused.status, 404);
    let refused = post(&carla, &home, &comment_url, &[("body", "Bella idea")]).await;
    assert_eq!(refused.status, 404);
    assert_eq!(supporters(&server, scope, id).await, 0);
    let moderation = server.url(&format!("/t/turin/admin/calls/{}/comments", call.id));
    assert_eq!(admin.get(&moderation).await.status, 404);

    // On: the admin's list of calls links to the comments, the call page to the colleagues' list, which lists it.
    set_call(&server, scope, &call, true, Phase::Open).await;
    let calls_list = admin.get(&server.url("/t/turin/admin/calls")).await;
    assert!(
        calls_list
            .body
            .contains(&format!("/t/turin/admin/calls/{}/comments", call.id))
    );
    let call_page = carla
        .get(&server.url(&format!("/t/turin/calls/{}", call.id)))
        .await;
    assert!(
        call_page
            .body
            .contains(&format!("/t/turin/calls/{}/colleagues", call.id))
    );
    let list = carla
        .get(&server.url(&format!("/t/turin/calls/{}/colleagues", call.id)))
        .await;
    assert_eq!(list.status, 200, "{}", list.body);
    assert!(list.body.contains("Orti sui tetti comunali"));
    assert!(!list.body.contains("Luca Proponente"), "no author shown");

    // A colleague supports once: twice is still one.
    for _ in 0..2 {
        let done = post(&carla, &page, &support_url, &[("support", "yes")]).await;
        assert_eq!(done.status, 303, "{}", done.body);
    }
    assert_eq!(supporters(&server, scope, id).await, 1);
    let one = said(&server, Lang::It, "colleagues-supporters", "count", 1);
    let seen = carla.get(&page).await;
    assert!(seen.body.contains(&one), "{}", seen.body);
    assert!(seen.body.contains("Lo vedi solo tu"));
    assert!(!seen.body.contains("Luca Proponente"));

    // The team sees the count, not who, and cannot support its own.
    let theirs = lead.get(&page).await;
    assert_eq!(theirs.status, 200);
    assert!(theirs.body.contains(&one));
    assert!(!theirs.body.contains("Carla Sostenitrice"));
    assert!(!theirs.body.contains("Lo vedi solo tu"));
    let own = post(&lead, &page, &support_url, &[("support", "yes")]).await;
    assert_eq!(own.status, 422, "{}", own.body);
    assert!(
        own.body.contains("possono sostenerla solo i colleghi"),
        "{}",
        own.body
    );
    assert_eq!(supporters(&server, scope, id).await, 1);

    // Comments: validated, nothing lost; the team answers as the team.
    let empty = post(&carla, &page, &comment_url, &[("body", "   ")]).await;
    assert_eq!(empty.status, 422);
    assert!(
        empty.body.contains("Scrivi un commento da 1 a"),
        "{}",
        empty.body
    );
    let long = format!("Troppo lungo {}", "x".repeat(2000));
    let too_long = post(&carla, &page, &comment_url, &[("body", &long)]).await;
    assert_eq!(too_long.status, 422);
    assert!(too_long.body.contains(&long), "the text is shown back");
    let sent = post(
        &carla,
        &page,
        &comment_url,
        &[("body", "Si potrebbe partire dalla sede di via Bologna")],
    )
    .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let answer = post(
        &lead,
        &page,
        &comment_url,
        &[("body", "Grazie, ci pensiamo")],
    )
    .await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    let thread = carla.get(&page).await;
    assert!(
        thread
            .body
            .contains("Si potrebbe partire dalla sede di via Bologna")
    );
    assert!(thread.body.contains("Carla Sostenitrice"));
    assert!(thread.body.contains("Il gruppo della proposta"));
    assert!(
        !thread.body.contains("Luca Proponente"),
        "the team is never named"
    );

    // Not eligible (a director, excluded by the call): refused.
    let dora = Browser::signed_in(&server, "turin", scope.get(), dora_id).await;
    assert_eq!(dora.get(&page).await.status, 403);
    let refused = post(&dora, &home, &support_url, &[("support", "yes")]).await;
    assert_eq!(refused.status, 403);
    // A juror of the call finds nothing to support or comment.
    scope
        .insert(
            review::jury::ActiveModel {
                call_id: Set(call.id),
                user_id: Set(PersonId(juror_id)),
                added_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("juror");
    let juror = Browser::signed_in(&server, "turin", scope.get(), juror_id).await;
    assert_eq!(juror.get(&page).await.status, 404);
    let refused = post(&juror, &home, &support_url, &[("support", "yes")]).await;
    assert_eq!(refused.status, 404);
    let refused = post(&juror, &home, &comment_url, &[("body", "Ottima")]).await;
    assert_eq!(refused.status, 404);
    assert_eq!(supporters(&server, scope, id).await, 1);

    // Porto's people reach none of it.
    let porto_scope = porto(&server).await;
    let porto_admin = scope_admin(&server, porto_scope).await;
    let porto_admin = Browser::signed_in(&server, "porto", porto_scope.get(), porto_admin).await;
    for path in [
        format!("/t/porto/proposals/{id}/colleagues"),
        format!("/t/porto/admin/calls/{}/comments", call.id),
    ] {
        assert_eq!(
            porto_admin.get(&server.url(&path)).await.status,
            404,
            "{path}"
        );
    }
    let porto_employee = scope_person(&server, porto_scope, Role::Employee).await;
    let porto_employee =
        Browser::signed_in(&server, "porto", porto_scope.get(), porto_employee).await;
    let there = porto_employee
        .get(&server.url(&format!("/t/porto/proposals/{id}/colleagues")))
        .await;
    assert_eq!(there.status, 404);

    // The admin lists the call's comments and hides one with a reason,
    // asked first.
    let listed = admin.get(&moderation).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert!(
        listed
            .body
            .contains("Si potrebbe partire dalla sede di via Bologna")
    );
    let target = scope
        .find::<comment::Entity>()
        .filter(comment::Column::ByTeam.eq(false))
        .filter(comment::Column::ProposalId.eq(id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Carla's comment");
    let hide_url = server.url(&format!("/t/turin/admin/comments/{}/hide", target.id));
    let no_reason = post(
        &admin,
        &moderation,
        &hide_url,
        &[("reason", ""), ("confirm", "yes")],
    )
    .await;
    assert_eq!(no_reason.status, 422);
    let asked = post(
        &admin,
        &moderation,
        &hide_url,
        &[("reason", "Indica un indirizzo privato")],
    )
    .await;
    assert_eq!(asked.status, 200);
    assert!(
        asked.body.contains("Nascondere questo commento?"),
        "{}",
        asked.body
    );
    let unchanged = scope
        .find_by_id::<comment::Entity>(target.id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("comment");
    assert!(
        unchanged.hidden_at.is_none(),
        "nothing changes until confirmed"
    );
    let hidden = post(
        &admin,
        &moderation,
        &hide_url,
        &[
            ("reason", "Indica un indirizzo privato"),
            ("confirm", "yes"),
        ],
    )
    .await;
    assert_eq!(hidden.status, 303, "{}", hidden.body);
    let read = carla.get(&page).await;
    assert!(read.body.contains("Indica un indirizzo privato"));
    assert!(read.body.contains("Nascosto dall"));
    assert!(
        !read
            .body
            .contains("Si potrebbe partire dalla sede di via Bologna")
    );
    let logged = scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("proposal.comment_hide"))
        .filter(audit::Column::SubjectId.eq(id.get()))
        .count(&server.store.db)
        .await
        .expect("audit");
    assert_eq!(logged, 1);
    // The API says the same to the same readers, and nothing to others.
    let api = format!("/api/v1/proposals/{id}/comments");
    let json = carla.get(&server.url(&format!("/t/turin{api}"))).await;
    assert_eq!(json.status, 200, "{}", json.body);
    let said_json: serde_json::Value = serde_json::from_str(&json.body).expect("json");
    assert_eq!(said_json["supporters"], 1);
    assert_eq!(said_json["supported_by_caller"], true);
    let comments = said_json["comments"].as_array().expect("comments");
    assert_eq!(comments.len(), 2);
    assert!(
        comments[0]["body"].is_null(),
        "hidden: {json:?}",
        json = json.body
    );
    assert_eq!(comments[0]["hidden_reason"], "Indica un indirizzo privato");
    assert_eq!(comments[1]["by_team"], true);
    assert!(comments[1]["author"].is_null(), "the team is never named");
    assert_eq!(
        juror
            .get(&server.url(&format!("/t/turin{api}")))
            .await
            .status,
        404
    );
    assert_eq!(
        porto_admin
            .get(&server.url(&format!("/t/porto{api}")))
            .await
            .status,
        404
    );
    let log = admin.get(&server.url("/t/turin/admin/audit")).await;
    assert!(
        log.body.contains("ha nascosto il commento di un collega"),
        "{}",
        log.body
    );

    // Past the open phase colleagues are done; the team still reads.
    set_call(&server, scope, &call, true, Phase::Review).await;
    assert_eq!(carla.get(&page).await.status, 404);
    let after = lead.get(&page).await;
    assert_eq!(after.status, 200);
    assert!(after.body.contains("Il bando non è più aperto"));
    let late = post(&lead, &page, &comment_url, &[("body", "Ancora una cosa")]).await;
    assert_eq!(late.status, 409);
}

/// Someone of the city holding `held`.
async fn scope_person(server: &TestServer, scope: TenantId, held: Role) -> i32 {
    scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(held))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a person with the role")
        .user_id
        .get()
}

async fn scope_admin(server: &TestServer, scope: TenantId) -> i32 {
    scope_person(server, scope, Role::TenantAdmin).await
}

async fn a_juror_sees_how_many_support_and_never_who(backend: Backend) {
    let s = setup(backend).await;
    let mut row = s.call.clone().into_active_model();
    row.colleague_support = Set(true);
    s.scope.update(row, &s.server.store.db).await.expect("call");
    let proposal = ProposalId(s.ours[0]);
    // A colleague off the team supported it while the call was open.
    let (supporter, supporter_name, _) = &s.authors[2];
    s.scope
        .insert(
            support::ActiveModel {
                proposal_id: Set(proposal),
                user_id: Set(PersonId(*supporter)),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            &s.server.store.db,
        )
        .await
        .expect("support");
    s.start().await;
    let assigned = reviews(&s.server, s.scope, s.call.id.get())
        .await
        .into_iter()
        .find(|r| r.proposal_id == proposal)
        .expect("a review of the proposal");
    let n = s
        .jurors
        .iter()
        .position(|(id, _)| *id == assigned.juror_id.get())
        .expect("its juror");
    let juror = s.juror(n).await;
    let url = s.url(&format!("/review/{}", assigned.id));
    let page = juror.get(&url).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let one = said(&s.server, Lang::Pt, "colleagues-supporters", "count", 1);
    assert!(page.body.contains(&one), "{}", page.body);
    assert!(!page.body.contains(supporter_name.as_str()));
    // The juror can neither read colleagues' page nor support nor comment.
    let colleagues = s.url(&format!("/proposals/{proposal}/colleagues"));
    assert_eq!(juror.get(&colleagues).await.status, 404);
    let supported = post(
        &juror,
        &url,
        &s.url(&format!("/proposals/{proposal}/support")),
        &[("support", "yes")],
    )
    .await;
    assert_eq!(supported.status, 404);
    let commented = post(
        &juror,
        &url,
        &s.url(&format!("/proposals/{proposal}/comments")),
        &[("body", "Boa")],
    )
    .await;
    assert_eq!(commented.status, 404);
    assert_eq!(supporters(&s.server, s.scope, proposal).await, 1);
}

on_both_backends!(colleagues_support_and_comment_where_the_call_allows);
on_both_backends!(a_juror_sees_how_many_support_and_never_who);
