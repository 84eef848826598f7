//! Implementation and the practice library: the call's budget bounds the
//! projects' allocations, silent or late projects are flagged and their
//! people told, a practice names its team only with everyone's consent, a
//! practice travels to another city, and nothing unpublished crosses over.

use chrono::{Duration, TimeZone, Utc};
use innovato::ids::PersonId;
use innovato::{
    calls,
    clock::Clock,
    i18n::Lang,
    notifications,
    people::Role,
    projects::{self, service},
    proposals::{self, member},
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

use crate::{
    calls::{admin, turin},
    operator::platform_browser,
    support::{Backend, Browser, Page, TestServer, message, on_both_backends},
};

/// Turin's 2019 call (EUR 40,000) with its awarded proposals turned into
/// projects, as publishing its results does (the demo's story of them set
/// aside).
async fn turin_2019_projects(server: &TestServer, scope: TenantId) -> Vec<projects::Model> {
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
        .order_by_asc(proposals::Column::Id)
        .all(&server.store.db)
        .await
        .expect("awarded");
    assert_eq!(awarded.len(), 5);
    service::create_for_awarded(&server.store.db, scope, &awarded, Utc::now())
        .await
        .expect("projects");
    scope
        .find::<projects::Entity>()
        .order_by_asc(projects::entity::Column::Id)
        .all(&server.store.db)
        .await
        .expect("projects")
}

async fn form(browser: &Browser, page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
    let csrf = browser.get(page).await.csrf();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    browser.post(action, &all).await
}

async fn allocations_stay_within_the_calls_budget(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let list = turin_2019_projects(&server, scope).await;
    let admin = admin(&server, scope).await;
    let page = |id: i32| server.url(&format!("/t/turin/projects/{id}"));
    let budget = |id: i32| server.url(&format!("/t/turin/projects/{id}/budget"));
    let first = form(
        &admin,
        &page(list[0].id),
        &budget(list[0].id),
        &[
            ("allocated", "30.000"),
            ("committed", "12000"),
            ("spent", "2.500,50"),
        ],
    )
    .await;
    assert_eq!(first.status, 303, "{}", first.body);
    // 30,000 + 15,000 > 40,000: refused, with the reason, nothing changed.
    let over = form(
        &admin,
        &page(list[1].id),
        &budget(list[1].id),
        &[("allocated", "15000"), ("committed", "0"), ("spent", "0")],
    )
    .await;
    assert_eq!(over.status, 422);
    assert!(
        over.body
            .contains(&message(&server, Lang::It, "project-error-over-budget")),
        "{}",
        over.body
    );
    let fits = form(
        &admin,
        &page(list[1].id),
        &budget(list[1].id),
        &[("allocated", "10000"), ("committed", "0"), ("spent", "0")],
    )
    .await;
    assert_eq!(fits.status, 303);
    // Spending more than committed is refused too.
    let overspent = form(
        &admin,
        &page(list[1].id),
        &budget(list[1].id),
        &[
            ("allocated", "10000"),
            ("committed", "100"),
            ("spent", "200"),
        ],
    )
    .await;
    assert_eq!(overspent.status, 422);
    let stored: Vec<(i64, i64, i64)> = scope
        .find::<projects::Entity>()
        .order_by_asc(projects::entity::Column::Id)
        .all(&server.store.db)
        .await
        .expect("projects")
        .iter()
        .map(|p| (p.allocated_cents, p.committed_cents, p.spent_cents))
        .collect();
    assert_eq!(stored[0], (3_000_000, 1_200_000, 250_050));
    assert_eq!(stored[1], (1_000_000, 0, 0));
    // The board shows them, in Italian.
    let board = admin.get(&server.url("/t/turin/admin/projects")).await;
    assert_eq!(board.status, 200);
    assert!(board.body.contains("30.000"), "{}", board.body);
    // Someone outside the project does not find it.
    let (stranger, _) =
        crate::proposals::employee(&server, scope, "Nadia Estranea", "employee").await;
    let outsider = Browser::signed_in(&server, "turin", scope.get(), stranger).await;
    assert_eq!(outsider.get(&page(list[0].id)).await.status, 404);
    assert_eq!(
        outsider
            .get(&server.url("/t/turin/admin/projects"))
            .await
            .status,
        403
    );
}

async fn stalled_projects_are_flagged_and_their_people_told(backend: Backend) {
    let start = Utc
        .with_ymd_and_hms(2026, 1, 12, 9, 0, 0)
        .single()
        .expect("date");
    let clock = Clock::fixed(start);
    let server = TestServer::demo_with_clock(backend, clock.clone()).await;
    let scope = turin(&server).await;
    let list = turin_2019_projects(&server, scope).await;
    let project = list[0].clone();
    // Created "now" on the test clock.
    let mut row: projects::entity::ActiveModel = project.clone().into();
    row.created_at = sea_orm::ActiveValue::Set(start);
    scope.update(row, &server.store.db).await.expect("dated");
    let team: Vec<PersonId> = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(project.proposal_id.expect("a proposal")))
        .all(&server.store.db)
        .await
        .expect("team")
        .into_iter()
        .filter_map(|m| m.user_id)
        .collect();
    let admin = admin(&server, scope).await;
    let page = server.url(&format!("/t/turin/projects/{}", project.id));
    let added = form(
        &admin,
        &page,
        &server.url(&format!("/t/turin/projects/{}/milestones", project.id)),
        &[("title", "Prototipo"), ("due_on", "2026-01-22")],
    )
    .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let bad_date = form(
        &admin,
        &page,
        &server.url(&format!("/t/turin/projects/{}/milestones", project.id)),
        &[("title", "Senza data"), ("due_on", "22/01")],
    )
    .await;
    assert_eq!(bad_date.status, 422);

    let told = |at| {
        let state = server.state.clone();
        clock.set(at);
        async move { service::notify_stalled(&state, at).await.expect("checked") }
    };
    assert_eq!(told(start + Duration::days(5)).await, 0, "on track");
    // The milestone is overdue: flagged once, its team told.
    assert_eq!(told(start + Duration::days(11)).await, 1);
    assert_eq!(told(start + Duration::days(12)).await, 0, "not told twice");
    let stalled = notifications_of(&server, scope, team[0].get()).await;
    assert_eq!(stalled, 1);
    let board = admin.get(&server.url("/t/turin/admin/projects")).await;
    assert!(board.body.contains("class=\"stalled\""), "{}", board.body);
    // Done, and updated: on track again until 30 silent days pass.
    let milestone = service::milestones_of(&server.store.db, scope, vec![project.id])
        .await
        .expect("milestones")[0]
        .id;
    clock.set(start + Duration::days(12));
    let done = form(
        &admin,
        &page,
        &server.url(&format!(
            "/t/turin/projects/{}/milestones/{milestone}/done",
            project.id
        )),
        &[],
    )
    .await;
    assert_eq!(done.status, 303);
    let updated = form(
        &admin,
        &page,
        &server.url(&format!("/t/turin/projects/{}/updates", project.id)),
        &[("body", "Prototipo consegnato"), ("percent", "40")],
    )
    .await;
    assert_eq!(updated.status, 303);
    let board = admin.get(&server.url("/t/turin/admin/projects")).await;
    assert!(!board.body.contains("class=\"stalled\""));
    assert_eq!(told(start + Duration::days(30)).await, 0);
    assert_eq!(
        told(start + Duration::days(43)).await,
        1,
        "30 days without an update"
    );
    assert_eq!(notifications_of(&server, scope, team[0].get()).await, 2);
    // A blocked project names its barrier; the reason is required.
    let status_url = server.url(&format!("/t/turin/projects/{}/status", project.id));
    let no_reason = form(
        &admin,
        &page,
        &status_url,
        &[("status", "blocked"), ("barrier", "procurement")],
    )
    .await;
    assert_eq!(no_reason.status, 422);
    let blocked = form(
        &admin,
        &page,
        &status_url,
        &[
            ("status", "blocked"),
            ("barrier", "procurement"),
            ("reason", "Gara deserta"),
        ],
    )
    .await;
    assert_eq!(blocked.status, 303);
    let stored = service::project_of(&server.store.db, scope, project.id)
        .await
        .expect("project");
    assert_eq!(stored.barrier, Some(projects::Barrier::Procurement));
}

async fn notifications_of(server: &TestServer, scope: TenantId, person: i32) -> usize {
    scope
        .find::<notifications::Entity>()
        .filter(notifications::Column::UserId.eq(person))
        .filter(notifications::Column::Message.eq("notification-stalled"))
        .all(&server.store.db)
        .await
        .expect("notifications")
        .len()
}

async fn porto_admin(server: &TestServer) -> (TenantId, Browser) {
    let porto = TenantId::of(
        &tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    );
    let grant = porto
        .find::<innovato::people::role::Entity>()
        .filter(innovato::people::role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto's admin");
    (
        porto,
        Browser::signed_in(server, "porto", porto.get(), grant.user_id.get()).await,
    )
}

async fn practices_travel_and_names_need_everyones_consent(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let list = turin_2019_projects(&server, scope).await;
    // A project whose team has two or more people.
    let mut chosen = None;
    for p in &list {
        let team = scope
            .find::<member::Entity>()
            .filter(member::Column::ProposalId.eq(p.proposal_id.expect("proposal")))
            .all(&server.store.db)
            .await
            .expect("team");
        if team.len() >= 2 {
            chosen = Some((p.clone(), team));
            break;
        }
    }
    let (project, team) = chosen.expect("a team of two or more");
    let proposal_id = project.proposal_id.expect("proposal");
    let admin = admin(&server, scope).await;
    let form_url = server.url(&format!("/t/turin/admin/proposals/{proposal_id}/publish"));
    // English is required besides Italian.
    let only_italian = form(
        &admin,
        &form_url,
        &form_url,
        &[
            ("lang", "en"),
            ("title", ""),
            ("summary", ""),
            ("lang", "it"),
            ("title", "Sportello unico"),
            ("summary", "Un solo sportello"),
        ],
    )
    .await;
    assert_eq!(only_italian.status, 422);
    assert!(
        only_italian.body.contains("Sportello unico"),
        "typed text is kept"
    );
    let published = form(
        &admin,
        &form_url,
        &form_url,
        &[
            ("lang", "en"),
            ("title", "One-stop desk"),
            ("summary", "One desk for every request."),
            ("lang", "it"),
            ("title", "Sportello unico"),
            ("summary", "Un solo sportello per ogni richiesta."),
        ],
    )
    .await;
    assert_eq!(published.status, 303, "{}", published.body);
    let practice_url = published.location(&server.url("/"));
    let names: Vec<String> = {
        let ids: Vec<PersonId> = team.iter().filter_map(|m| m.user_id).collect();
        scope
            .find::<innovato::people::user::Entity>()
            .filter(innovato::people::user::Column::Id.is_in(ids.clone()))
            .all(&server.store.db)
            .await
            .expect("people")
            .into_iter()
            .map(|u| u.display_name)
            .collect()
    };
    let shown = admin.get(&practice_url).await;
    assert!(shown.body.contains("Sportello unico"));
    for name in &names {
        assert!(
            !shown.body.contains(name.as_str()),
            "{name} shown without consent"
        );
    }
    // One member agrees: still unnamed. Everyone agrees: named.
    let members: Vec<PersonId> = team.iter().filter_map(|m| m.user_id).collect();
    for (n, person) in members.iter().enumerate() {
        let browser = Browser::signed_in(&server, "turin", scope.get(), person.get()).await;
        let proposal_page = server.url(&format!("/t/turin/proposals/{proposal_id}"));
        let agreed = form(
            &browser,
            &proposal_page,
            &server.url(&format!("/t/turin/proposals/{proposal_id}/consent")),
            &[("consent", "yes")],
        )
        .await;
        assert_eq!(agreed.status, 303);
        let now = admin.get(&practice_url).await;
        let all_agreed = n + 1 == members.len();
        for name in &names {
            assert_eq!(
                now.body.contains(name.as_str()),
                all_agreed,
                "{name} after {} of {}",
                n + 1,
                members.len()
            );
        }
    }

    // Porto finds it, in its own language's list, and adopts it.
    let (porto, porto_admin) = porto_admin(&server).await;
    let library = porto_admin
        .get(&server.url("/t/porto/library?city=turin&q=desk&lang=en"))
        .await;
    assert_eq!(library.status, 200);
    assert!(library.body.contains("One-stop desk"), "{}", library.body);
    let practice_id: i32 = practice_url
        .rsplit('/')
        .next()
        .and_then(|i| i.parse().ok())
        .expect("id");
    let porto_practice = server.url(&format!("/t/porto/library/{practice_id}"));
    let adopted = form(
        &porto_admin,
        &porto_practice,
        &server.url(&format!("/t/porto/library/{practice_id}/adopt")),
        &[],
    )
    .await;
    assert_eq!(adopted.status, 303, "{}", adopted.body);
    let again = form(
        &porto_admin,
        &porto_practice,
        &server.url(&format!("/t/porto/library/{practice_id}/adopt")),
        &[],
    )
    .await;
    assert_eq!(again.status, 422, "a city adopts a practice once");
    let porto_project = porto
        .find::<projects::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto's adopting project");
    assert_eq!(porto_project.origin_practice_id, Some(practice_id));
    assert_eq!(porto_project.status, projects::Status::Planned);
    let porto_project_page = porto_admin
        .get(&server.url(&format!("/t/porto/projects/{}", porto_project.id)))
        .await;
    assert!(
        porto_project_page
            .body
            .contains(&format!("/t/porto/library/{practice_id}"))
    );
    // Turin sees where it travelled (which city, never who).
    let travelled = admin.get(&practice_url).await;
    assert!(travelled.body.contains("Porto"), "{}", travelled.body);
    // Turin cannot adopt its own.
    let own = form(&admin, &practice_url, &format!("{practice_url}/adopt"), &[]).await;
    assert_eq!(own.status, 422);

    // A coordinator reads the library on the platform, and nothing else of
    // a city: no unpublished practice, no project, no proposal.
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let network = coordinator.get(&server.url("/library")).await;
    assert_eq!(network.status, 200);
    assert!(network.body.contains("One-stop desk"));
    assert!(
        coordinator
            .get(&server.url(&format!("/library/{practice_id}")))
            .await
            .body
            .contains("Porto")
    );
    assert_eq!(
        coordinator
            .get(&server.url(&format!("/library/{}", practice_id + 1)))
            .await
            .status,
        404
    );
    for path in [
        format!("/t/turin/projects/{}", project.id),
        format!("/t/turin/proposals/{proposal_id}"),
        "/t/turin/admin/projects".to_owned(),
    ] {
        let page = coordinator.get(&server.url(&path)).await;
        assert_eq!(
            page.status, 303,
            "{path}: a platform session is none in a city"
        );
    }
    // Porto's admin does not reach Turin's other projects or proposals.
    for path in [
        format!("/t/porto/projects/{}", list[1].id),
        format!(
            "/t/porto/admin/proposals/{}/publish",
            list[1].proposal_id.expect("p")
        ),
    ] {
        assert_eq!(
            porto_admin.get(&server.url(&path)).await.status,
            404,
            "{path}"
        );
    }
    let unpublished_title = scope
        .find_by_id::<proposals::Entity>(list[1].proposal_id.expect("p"))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("proposal")
        .title;
    assert!(!network.body.contains(&unpublished_title));
    assert!(
        !porto_admin
            .get(&server.url("/t/porto/library"))
            .await
            .body
            .contains(&unpublished_title)
    );
}

/// No person's name leaves its city: an adoption names the adopting city,
/// not its admin, wherever the network looks; a practice's team names come
/// from the live consents and people, so an erased author's name is gone
/// from the practice at once, for every reader.
async fn no_name_leaves_its_city_and_erasure_reaches_the_library(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let list = turin_2019_projects(&server, scope).await;
    let mut chosen = None;
    for p in &list {
        let proposal_id = p.proposal_id.expect("proposal");
        let team = proposals::team_of(&server.store.db, scope, proposal_id)
            .await
            .expect("team");
        if team.len() >= 2 {
            chosen = Some((proposal_id, team));
            break;
        }
    }
    let (proposal_id, team) = chosen.expect("a team of two or more");
    let members: Vec<PersonId> = team.iter().filter_map(|m| m.user_id).collect();
    let people = scope
        .find::<innovato::people::user::Entity>()
        .filter(innovato::people::user::Column::Id.is_in(members.clone()))
        .all(&server.store.db)
        .await
        .expect("people");
    let admin = admin(&server, scope).await;
    let form_url = server.url(&format!("/t/turin/admin/proposals/{proposal_id}/publish"));
    let published = form(
        &admin,
        &form_url,
        &form_url,
        &[
            ("lang", "en"),
            ("title", "Shared archive"),
            ("summary", "One archive for every office."),
            ("lang", "it"),
            ("title", "Archivio condiviso"),
            ("summary", "Un archivio per ogni ufficio."),
        ],
    )
    .await;
    assert_eq!(published.status, 303, "{}", published.body);
    let practice_id: i32 = published
        .location(&server.url("/"))
        .rsplit('/')
        .next()
        .and_then(|i| i.parse().ok())
        .expect("id");
    for person in &members {
        let browser = Browser::signed_in(&server, "turin", scope.get(), person.get()).await;
        let agreed = form(
            &browser,
            &server.url(&format!("/t/turin/proposals/{proposal_id}")),
            &server.url(&format!("/t/turin/proposals/{proposal_id}/consent")),
            &[("consent", "yes")],
        )
        .await;
        assert_eq!(agreed.status, 303);
    }

    // Porto adopts it: Turin and the network see Porto, never its admin.
    let (porto, porto_admin) = porto_admin(&server).await;
    let adopted = form(
        &porto_admin,
        &server.url(&format!("/t/porto/library/{practice_id}")),
        &server.url(&format!("/t/porto/library/{practice_id}/adopt")),
        &[],
    )
    .await;
    assert_eq!(adopted.status, 303, "{}", adopted.body);
    let porto_grant = porto
        .find::<innovato::people::role::Entity>()
        .filter(innovato::people::role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto's admin");
    let porto_name = porto
        .find_by_id::<innovato::people::user::Entity>(porto_grant.user_id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto's admin")
        .display_name;
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let practice_url = server.url(&format!("/t/turin/library/{practice_id}"));
    let network_practice = server.url(&format!("/library/{practice_id}"));
    for (reader, url) in [
        (&admin, practice_url.clone()),
        (&coordinator, network_practice.clone()),
        (&coordinator, server.url("/library")),
        (&coordinator, server.url("/network")),
        (&coordinator, server.url("/network?format=json")),
        (&coordinator, server.url("/network?format=csv")),
    ] {
        let page = reader.get(&url).await;
        assert_eq!(page.status, 200, "{url}");
        assert!(
            !page.body.contains(&porto_name),
            "{porto_name} (Porto) named at {url}"
        );
    }
    let travelled = coordinator.get(&network_practice).await;
    assert!(travelled.body.contains("Porto"), "{}", travelled.body);
    for person in &people {
        assert!(
            travelled.body.contains(&person.display_name),
            "{} agreed to be named",
            person.display_name
        );
    }

    // One author is erased: her name is gone from the practice, for Turin
    // and for the network, at once.
    let erased = &people[0];
    let leaving = Browser::signed_in(&server, "turin", scope.get(), erased.id.get()).await;
    let asked = form(
        &leaving,
        &server.url("/t/turin/account"),
        &server.url("/t/turin/account/erasure"),
        &[],
    )
    .await;
    assert_eq!(asked.status, 303);
    let confirmed = form(
        &admin,
        &server.url("/t/turin/admin/people"),
        &server.url(&format!("/t/turin/admin/people/{}/erase", erased.id)),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
    for (reader, url) in [(&admin, &practice_url), (&coordinator, &network_practice)] {
        let page = reader.get(url).await;
        assert_eq!(page.status, 200);
        assert!(
            !page.body.contains(&erased.display_name),
            "{} still named at {url}",
            erased.display_name
        );
    }
}

on_both_backends!(
    no_name_leaves_its_city_and_erasure_reaches_the_library,
    allocations_stay_within_the_calls_budget,
    stalled_projects_are_flagged_and_their_people_told,
    practices_travel_and_names_need_everyones_consent,
);

/// Allocations sent at once to the five projects of a call of EUR 40,000,
/// EUR 15,000 each: two fit, three are refused with the reason, and the
/// projects together stay within the budget.
async fn allocations_at_once_stay_within_the_budget(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let list = turin_2019_projects(&server, scope).await;
    let admin = admin(&server, scope).await;
    let csrf = admin
        .get(&server.url(&format!("/t/turin/projects/{}", list[0].id)))
        .await
        .csrf();
    let sent = list.iter().map(|project| {
        let admin = admin.clone();
        let csrf = csrf.clone();
        let url = server.url(&format!("/t/turin/projects/{}/budget", project.id));
        tokio::spawn(async move {
            admin
                .post(
                    &url,
                    &[
                        ("csrf", csrf.as_str()),
                        ("allocated", "15000"),
                        ("committed", "0"),
                        ("spent", "0"),
                    ],
                )
                .await
                .status
        })
    });
    let mut statuses = Vec::new();
    for answer in sent.collect::<Vec<_>>() {
        statuses.push(answer.await.expect("request"));
    }
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 303, 422, 422, 422]);
    let allocated: i64 = scope
        .find::<projects::Entity>()
        .all(&server.store.db)
        .await
        .expect("projects")
        .iter()
        .filter(|p| list.iter().any(|l| l.id == p.id))
        .map(|p| p.allocated_cents)
        .sum();
    assert_eq!(allocated, 3_000_000);
}

on_both_backends!(allocations_at_once_stay_within_the_budget);
