//! `serve --demo` seeds the seven partner cities once; Turin's two
//! Innova.TO editions reproduce the published figures exactly.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::Utc;
use innovato::ids::{PersonId, ProposalId};
use innovato::{
    calls::{self, Phase},
    challenges::{self, text as challenge_text},
    library::{adoption, practice},
    organisation::division,
    organisation::{NetworkCategory, category},
    people::role,
    people::{Role, user},
    projects::{self, milestone, update},
    proposals::{self, Status, member},
    review::{self, jury, ranking},
    teams::{note, offer, stakeholder, workshop},
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

use crate::{
    operator::platform_browser,
    roles::as_demo,
    support::{Backend, Browser, TestServer, on_both_backends},
};

struct Edition {
    proposals: usize,
    team_sizes: BTreeMap<usize, usize>,
    by_category: HashMap<NetworkCategory, usize>,
    awarded: usize,
    authors: BTreeSet<PersonId>,
    author_grades: BTreeSet<Option<String>>,
    author_divisions: BTreeSet<Option<i32>>,
    call: calls::Model,
}

/// Reads an edition back from the database, as the KPIs will.
async fn edition(server: &TestServer, scope: TenantId, phase: Phase) -> Edition {
    let db = &server.store.db;
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(phase))
        .one(db)
        .await
        .expect("query")
        .expect("edition exists");
    let submitted = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .filter(proposals::Column::Status.is_in(Status::SUBMITTED))
        .all(db)
        .await
        .expect("query");
    let ids: Vec<ProposalId> = submitted.iter().map(|p| p.id).collect();
    let members = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.is_in(ids.clone()))
        .filter(member::Column::Status.eq(member::MemberStatus::Accepted))
        .all(db)
        .await
        .expect("query");
    let mut team: HashMap<i32, usize> = HashMap::new();
    for m in &members {
        *team.entry(m.proposal_id.get()).or_default() += 1;
    }
    let mut team_sizes = BTreeMap::new();
    for size in team.values() {
        *team_sizes.entry(*size).or_default() += 1;
    }
    let categories: HashMap<i32, NetworkCategory> = scope
        .find::<category::Entity>()
        .all(db)
        .await
        .expect("query")
        .into_iter()
        .map(|c| (c.id, c.network_category))
        .collect();
    let mut by_category = HashMap::new();
    for p in &submitted {
        let network = categories[&p.category_id.expect("categorised")];
        *by_category.entry(network).or_default() += 1;
    }
    let authors: BTreeSet<PersonId> = members.iter().filter_map(|m| m.user_id).collect();
    let people = scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(authors.iter().copied()))
        .all(db)
        .await
        .expect("query");
    Edition {
        proposals: submitted.len(),
        team_sizes,
        by_category,
        awarded: submitted
            .iter()
            .filter(|p| Status::AWARDED.contains(&p.status))
            .count(),
        author_grades: people.iter().map(|u| u.grade.clone()).collect(),
        author_divisions: people.iter().map(|u| u.division_id).collect(),
        authors,
        call,
    }
}

async fn turin_editions_reproduce_the_published_figures(backend: Backend) {
    use NetworkCategory::*;
    let server = TestServer::demo(backend).await;
    let turin = tenants::find_by_slug(&server.store.db, "turin")
        .await
        .expect("query")
        .expect("Turin");
    assert_eq!(turin.headcount, 10_000);
    let scope = TenantId::of(&turin);

    let first = edition(&server, scope, Phase::Archived).await;
    assert_eq!(first.proposals, 71);
    assert_eq!(first.team_sizes, BTreeMap::from([(1, 63), (2, 5), (3, 3)]));
    assert_eq!(
        first.by_category,
        HashMap::from([
            (ServiceQuality, 19),
            (NewServices, 7),
            (Environment, 7),
            (OrganisationalDevelopment, 16),
            (EmployeeWelfare, 5),
            (Informatics, 3),
            (OperativeEfficiency, 14),
        ])
    );
    assert_eq!(first.awarded, 10);
    assert_eq!(first.call.eligible_headcount, 10_000);
    assert!(first.call.eligibility.contains("director"));

    let second = edition(&server, scope, Phase::Implementation).await;
    assert_eq!(second.proposals, 44);
    assert_eq!(second.authors.len(), 71);
    assert_eq!(
        second.author_grades,
        BTreeSet::from([Some("P.O.".to_owned())])
    );
    assert_eq!(second.author_divisions.len(), 11);
    assert!(second.author_divisions.iter().all(Option::is_some));
    assert_eq!(second.call.eligible_headcount, 500);
    assert_eq!(second.awarded, 5);
    assert_eq!(second.call.budget_cents, 4_000_000);

    // The pages show the same figures.
    let page = server
        .get(&format!("/t/turin/calls/{}", first.call.id), "en")
        .await;
    assert!(
        page.body
            .contains("<strong>71</strong> proposals submitted")
    );
    assert!(page.body.contains("<strong>10</strong> proposals awarded"));
    let page = server
        .get(&format!("/t/turin/calls/{}", second.call.id), "it")
        .await;
    assert!(
        page.body
            .contains("<strong>44</strong> proposte presentate")
    );
    assert!(page.body.contains("500 dipendenti"));
}

async fn demo_is_seeded_once(backend: Backend) {
    let server = TestServer::demo(backend).await;
    innovato::demo::seed_once(&server.store.db)
        .await
        .expect("second seeding is a no-op");
    let cities = tenants::list(&server.store.db).await.expect("query");
    assert_eq!(cities.len(), 7);
    let turin = cities.iter().find(|c| c.slug == "turin").expect("Turin");
    let editions = TenantId::of(turin)
        .find::<calls::Entity>()
        .all(&server.store.db)
        .await
        .expect("query");
    assert_eq!(editions.len(), 4);
    assert_eq!(
        editions
            .iter()
            .filter(|c| c.kind == calls::Kind::Cocreation)
            .count(),
        1,
        "Turin's three calls for ideas and one co-creation call"
    );
}

/// The co-creation call of `slug`, with its stage now.
async fn cocreation_call(server: &TestServer, scope: TenantId) -> (calls::Model, calls::Stage) {
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Kind.eq(calls::Kind::Cocreation))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a co-creation call");
    let stage = call.stage(Utc::now()).expect("open, so in a stage");
    (call, stage)
}

/// The facilitators of a call: each holds that one role, for that call.
async fn facilitators(server: &TestServer, scope: TenantId, call: &calls::Model) -> Vec<PersonId> {
    let db = &server.store.db;
    let grants = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::Facilitator))
        .all(db)
        .await
        .expect("query");
    assert!(
        grants.iter().all(|g| g.call_id == Some(call.id)),
        "a facilitator holds the role for the call only"
    );
    for grant in &grants {
        let all = scope
            .find::<role::Entity>()
            .filter(role::Column::UserId.eq(grant.user_id))
            .all(db)
            .await
            .expect("query");
        assert_eq!(all.len(), 1, "an outside facilitator holds no other role");
        let person = scope
            .find_by_id::<user::Entity>(grant.user_id)
            .one(db)
            .await
            .expect("query")
            .expect("person");
        assert!(person.division_id.is_none(), "from outside the city");
    }
    grants.iter().map(|g| g.user_id).collect()
}

/// Turin's co-creation call is modelled on TO-HOME, in its development
/// stage: the eviction-prevention challenge selected (in Italian and
/// English), a team spanning housing, employment and social care with its
/// plan, workshops, notes (one by the university's facilitator) and two
/// external organisations; one of the network's first templates.
async fn turin_cocreation_is_in_development(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = city(&server, "turin").await;
    let (call, stage) = cocreation_call(&server, scope).await;
    assert_eq!(stage, calls::Stage::Development);
    assert!(call.cocreation_close_at.expect("set") < Utc::now());
    assert!(call.submissions_close_at > Utc::now());
    assert!(call.template_published_at.is_some());
    assert_eq!(call.min_team_divisions, 3);

    let selected = scope
        .find::<challenges::Entity>()
        .filter(challenges::Column::CallId.eq(call.id))
        .filter(challenges::Column::Status.eq(challenges::Status::Selected))
        .order_by_asc(challenges::Column::Id)
        .all(db)
        .await
        .expect("query");
    let eviction = selected.first().expect("a selected challenge");
    assert!(eviction.title.contains("sfratti"), "{}", eviction.title);
    let languages: BTreeSet<String> = scope
        .find::<challenge_text::Entity>()
        .filter(challenge_text::Column::ChallengeId.eq(eviction.id))
        .all(db)
        .await
        .expect("query")
        .into_iter()
        .map(|t| t.locale)
        .collect();
    assert_eq!(languages, BTreeSet::from(["en".into(), "it".into()]));

    let team = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::ChallengeId.eq(eviction.id))
        .one(db)
        .await
        .expect("query")
        .expect("a team on the eviction challenge");
    for plan in [
        &team.end_users,
        &team.partners,
        &team.pilot,
        &team.indicators,
    ] {
        assert!(!plan.is_empty(), "the plan is written");
    }
    let members = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(team.id))
        .filter(member::Column::Status.eq(member::MemberStatus::Accepted))
        .all(db)
        .await
        .expect("query");
    assert_eq!(members.len(), 3);
    let mut divisions = BTreeSet::new();
    for m in &members {
        let person = scope
            .find_by_id::<user::Entity>(m.user_id.expect("unsealed"))
            .one(db)
            .await
            .expect("query")
            .expect("member");
        let division = scope
            .find_by_id::<division::Entity>(person.division_id.expect("a division"))
            .one(db)
            .await
            .expect("query")
            .expect("division");
        divisions.insert(division.name);
    }
    assert_eq!(divisions.len(), 3, "{divisions:?}");
    for part in ["Casa", "Lavoro", "Servizi Sociali"] {
        assert!(divisions.iter().any(|d| d.contains(part)), "{divisions:?}");
    }

    let facilitator = facilitators(&server, scope, &call).await;
    assert_eq!(facilitator.len(), 1);
    let workshops = scope
        .find::<workshop::Entity>()
        .filter(workshop::Column::ProposalId.eq(team.id))
        .all(db)
        .await
        .expect("query");
    assert_eq!(workshops.len(), 2);
    assert!(
        workshops
            .iter()
            .all(|w| w.attendees.contains(&facilitator[0].get().to_string()))
    );
    let notes = scope
        .find::<note::Entity>()
        .filter(note::Column::ProposalId.eq(team.id))
        .all(db)
        .await
        .expect("query");
    assert!(notes.iter().any(|n| n.author_id == Some(facilitator[0])));
    let stakeholders = scope
        .find::<stakeholder::Entity>()
        .filter(stakeholder::Column::ProposalId.eq(team.id))
        .all(db)
        .await
        .expect("query");
    assert_eq!(stakeholders.len(), 2);
}

/// Rotterdam's co-creation call is in its co-creation stage: challenges
/// selected (in Dutch), a team forming, an employee offering themselves,
/// a facilitator.
async fn rotterdam_cocreation_is_forming_teams(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = city(&server, "rotterdam").await;
    let (call, stage) = cocreation_call(&server, scope).await;
    assert_eq!(stage, calls::Stage::Cocreation);
    let selected = scope
        .find::<challenges::Entity>()
        .filter(challenges::Column::CallId.eq(call.id))
        .filter(challenges::Column::Status.eq(challenges::Status::Selected))
        .all(db)
        .await
        .expect("query");
    assert!((2..=3).contains(&selected.len()));
    assert!(selected.iter().all(|c| c.locale == "nl"));
    let ids: Vec<_> = selected.iter().map(|c| c.id).collect();
    let teams = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::ChallengeId.is_in(ids.clone()))
        .all(db)
        .await
        .expect("query");
    assert_eq!(teams.len(), 1);
    let members = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(teams[0].id))
        .all(db)
        .await
        .expect("query");
    assert!((1..=2).contains(&members.len()));
    let offers = scope
        .find::<offer::Entity>()
        .filter(offer::Column::ChallengeId.is_in(ids))
        .all(db)
        .await
        .expect("query");
    assert_eq!(offers.len(), 1);
    assert!(!offers[0].message.is_empty());
    assert_eq!(facilitators(&server, scope, &call).await.len(), 1);
}

async fn every_partner_city_has_its_own_site(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let expected = [
        ("turin", "it", "Città di Torino"),
        ("porto", "pt", "Câmara Municipal do Porto"),
        ("rotterdam", "nl", "Gemeente Rotterdam"),
        ("cluj-napoca", "ro", "Primăria Cluj-Napoca"),
        ("grand-paris", "fr", "Métropole du Grand Paris"),
        ("murcia", "es", "Ayuntamiento de Murcia"),
        ("veszprem", "hu", "Veszprém Megyei Jogú Város"),
    ];
    let mut phases = BTreeSet::new();
    for (slug, lang, name) in expected {
        // No Accept-Language: the city's default language.
        let page = server
            .client
            .get(server.url(&format!("/t/{slug}/")))
            .send()
            .await
            .expect("answered");
        assert_eq!(page.status(), 200);
        let body = page.text().await.expect("text");
        assert!(
            body.contains(&format!("<html lang=\"{lang}\">")),
            "{slug} speaks {lang}"
        );
        assert!(body.contains(name));
        assert!(body.contains("banner-demo"), "{slug} is labelled as demo");
        let tenant = tenants::find_by_slug(&server.store.db, slug)
            .await
            .expect("query")
            .expect("city");
        for call in TenantId::of(&tenant)
            .find::<calls::Entity>()
            .all(&server.store.db)
            .await
            .expect("query")
        {
            phases.insert(format!("{:?}", call.phase));
        }
    }
    assert!(phases.len() >= 5, "calls in several phases: {phases:?}");
}

async fn city(server: &TestServer, slug: &str) -> TenantId {
    TenantId::of(
        &tenants::find_by_slug(&server.store.db, slug)
            .await
            .expect("query")
            .expect("city"),
    )
}

/// Turin 2019's five winners are projects under way or done: each with a
/// mentor, together within the edition's EUR 40,000 and partly spent, with
/// milestones (some done, one late), updates and one barrier; the board,
/// the project pages and the showcase tell it.
async fn turin_2019_winners_are_projects_on_the_board(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = city(&server, "turin").await;
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(Phase::Implementation))
        .one(db)
        .await
        .expect("query")
        .expect("Innova.TO 2019");
    assert_eq!(call.budget_cents, 4_000_000);
    let list = scope
        .find::<projects::Entity>()
        .filter(projects::entity::Column::CallId.eq(call.id))
        .order_by_asc(projects::entity::Column::Id)
        .all(db)
        .await
        .expect("projects");
    assert_eq!(list.len(), 5, "one project per winner");
    assert!(list.iter().all(|p| p.mentor_id.is_some()), "each mentored");
    let allocated: i64 = list.iter().map(|p| p.allocated_cents).sum();
    let spent: i64 = list.iter().map(|p| p.spent_cents).sum();
    assert!(allocated <= call.budget_cents, "within EUR 40,000");
    assert!(
        spent > 0 && spent < call.budget_cents,
        "partly spent: {spent}"
    );
    let blocked: Vec<&projects::Model> = list
        .iter()
        .filter(|p| p.status == projects::Status::Blocked)
        .collect();
    assert_eq!(blocked.len(), 1);
    assert!(blocked[0].barrier.is_some() && !blocked[0].status_reason.is_empty());
    let milestones =
        projects::service::milestones_of(db, scope, list.iter().map(|p| p.id).collect())
            .await
            .expect("milestones");
    let today = Utc::now().date_naive();
    assert!(milestones.iter().any(|m| m.done_on.is_some()), "some done");
    assert_eq!(
        milestones
            .iter()
            .filter(|m| m.done_on.is_none() && m.due_on < today)
            .count(),
        1,
        "one late"
    );
    let updates = scope
        .find::<update::Entity>()
        .all(db)
        .await
        .expect("updates");
    assert!(
        list.iter()
            .all(|p| updates.iter().any(|u| u.project_id == p.id))
    );

    // The admin's board lists them with their mentors, budgets and the
    // late one flagged, in Italian.
    let admin = as_demo(&server, "/t/turin", "City administrator").await;
    let board = admin
        .get_with(
            &server.url("/t/turin/admin/projects"),
            &[("accept-language", "it")],
        )
        .await;
    assert_eq!(board.status, 200);
    let mentors = scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(list.iter().filter_map(|p| p.mentor_id)))
        .all(db)
        .await
        .expect("mentors");
    for project in &list {
        assert!(
            board.body.contains(&project.title),
            "{} on the board",
            project.title
        );
    }
    for mentor in &mentors {
        assert!(
            board.body.contains(&mentor.display_name),
            "{}",
            mentor.display_name
        );
    }
    assert!(
        board.body.contains("10.000"),
        "budgets in euros: {}",
        board.body
    );
    assert_eq!(board.body.matches("class=\"stalled\"").count(), 1);
    let page = admin
        .get_with(
            &server.url(&format!("/t/turin/projects/{}", blocked[0].id)),
            &[("accept-language", "it")],
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("deserta"), "the barrier's reason");

    // Everyone sees what was done, 2019's and 2014's published examples.
    let showcase = Browser::new()
        .get_with(
            &server.url("/t/turin/showcase"),
            &[("accept-language", "it")],
        )
        .await;
    assert_eq!(showcase.status, 200);
    for title in [
        "Cruscotto dei tempi dei procedimenti",
        "Mentoring tra P.O. per i nuovi responsabili",
        "5×1000: i progetti scelti dalla comunità",
        "Soluzioni intelligenti per appalti intelligenti",
    ] {
        assert!(showcase.body.contains(title), "{title} on the showcase");
    }
}

/// Of Innova.TO 2014's ten awards, the two its published description names
/// are projects done; its published figures stay as they are.
async fn turin_2014_published_examples_are_done(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = city(&server, "turin").await;
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(Phase::Archived))
        .one(db)
        .await
        .expect("query")
        .expect("Innova.TO 2014");
    let done: Vec<String> = scope
        .find::<projects::Entity>()
        .filter(projects::entity::Column::CallId.eq(call.id))
        .filter(projects::entity::Column::Status.eq(projects::Status::Done))
        .all(db)
        .await
        .expect("projects")
        .into_iter()
        .map(|p| p.title)
        .collect();
    assert!(done.iter().any(|t| t.contains("5×1000")), "{done:?}");
    assert!(
        done.iter().any(|t| t.contains("appalti intelligenti")),
        "{done:?}"
    );
    let implemented = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .filter(proposals::Column::Status.eq(Status::Implemented))
        .all(db)
        .await
        .expect("query")
        .len();
    assert_eq!(implemented, 2);
}

/// One of Turin 2019's projects is a practice of the network's library,
/// adopted by Porto and Murcia: the coordinator and the cities see where
/// it travelled, each in its own language.
async fn a_turin_practice_travelled_to_porto_and_murcia(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let entries = innovato::library::service::network(db)
        .await
        .expect("library");
    assert_eq!(entries.len(), 1);
    let practice_id = entries[0].practice.id;
    let turin = city(&server, "turin").await;
    assert_eq!(entries[0].practice.tenant_id, turin.get());
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let page = coordinator
        .get_with(
            &server.url(&format!("/library/{practice_id}")),
            &[("accept-language", "en")],
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Dashboard of procedure times"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Porto") && page.body.contains("Murcia"),
        "{}",
        page.body
    );
    let porto = as_demo(&server, "/t/porto", "City administrator").await;
    let library = porto
        .get_with(
            &server.url("/t/porto/library"),
            &[("accept-language", "pt")],
        )
        .await;
    assert!(
        library.body.contains("Painel dos prazos dos procedimentos"),
        "{}",
        library.body
    );
    for slug in ["porto", "murcia"] {
        let scope = city(&server, slug).await;
        let adopted = scope
            .find::<projects::Entity>()
            .filter(projects::entity::Column::OriginPracticeId.eq(practice_id))
            .one(db)
            .await
            .expect("query");
        assert!(adopted.is_some(), "{slug} took it up as a project");
        let adoptions = scope
            .find::<adoption::Entity>()
            .filter(adoption::Column::PracticeId.eq(practice_id))
            .all(db)
            .await
            .expect("query")
            .len();
        assert_eq!(adoptions, 1, "{slug}");
    }
    let published = turin
        .find::<practice::Entity>()
        .one(db)
        .await
        .expect("query")
        .expect("practice");
    assert_eq!(published.status, "implemented");
}

/// Every call past its review had a jury that scored every judged
/// proposal, blind, and ranked its winners first; no review page says the
/// jury is short.
async fn every_call_past_review_was_judged(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let mut judged_calls = 0;
    for tenant in tenants::list(db).await.expect("cities") {
        let scope = TenantId::of(&tenant);
        for call in scope.find::<calls::Entity>().all(db).await.expect("calls") {
            if !call.phase.has_results() {
                continue;
            }
            judged_calls += 1;
            let seats = scope
                .find::<jury::Entity>()
                .filter(jury::Column::CallId.eq(call.id))
                .all(db)
                .await
                .expect("query")
                .len();
            assert!(
                seats >= 3,
                "{} call {}: {seats} jurors",
                tenant.slug,
                call.id
            );
            let proposals = review::service::judged_proposals(db, scope, call.id)
                .await
                .expect("judged");
            let reviews = review::service::reviews_of(db, scope, call.id)
                .await
                .expect("reviews");
            let criteria: Vec<ranking::Criterion> = review::service::criteria_of(&call)
                .iter()
                .map(|c| ranking::Criterion {
                    weight: c.weight,
                    scale: c.scale,
                })
                .collect();
            let ranked = ranking::rank(
                &criteria,
                u32::try_from(call.reviews_per_proposal).unwrap_or(0),
                &proposals.iter().map(|p| p.id.get()).collect::<Vec<_>>(),
                &reviews
                    .iter()
                    .filter(|r| r.complete)
                    .map(|r| ranking::Review {
                        submission: r.proposal_id.get(),
                        juror: r.juror_id.get(),
                        scores: r.marks(criteria.len()).iter().map(|m| m.score).collect(),
                    })
                    .collect::<Vec<_>>(),
            );
            assert!(
                ranked.iter().all(|r| r.rank.is_some()),
                "{} call {}: every proposal scored",
                tenant.slug,
                call.id
            );
            let winners: Vec<i32> = proposals
                .iter()
                .filter(|p| Status::AWARDED.contains(&p.status))
                .map(|p| p.id.get())
                .collect();
            let mut by_rank: Vec<(u32, i32)> = ranked
                .iter()
                .filter_map(|r| r.rank.map(|rank| (rank, r.submission)))
                .collect();
            by_rank.sort_unstable();
            let top: Vec<i32> = by_rank
                .iter()
                .take(winners.len())
                .map(|(_, s)| *s)
                .collect();
            assert!(
                winners.iter().all(|w| top.contains(w)),
                "{} call {}: the winners rank first",
                tenant.slug,
                call.id
            );
            assert!(reviews.iter().all(|r| r.updated_at <= call.results_at));
        }
    }
    assert!(judged_calls >= 6);
    let turin = city(&server, "turin").await;
    let call = turin
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(Phase::Implementation))
        .one(db)
        .await
        .expect("query")
        .expect("2019");
    let admin = as_demo(&server, "/t/turin", "City administrator").await;
    let page = admin
        .get_with(
            &server.url(&format!("/t/turin/admin/calls/{}/review", call.id)),
            &[("accept-language", "en")],
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("The jury has only"), "{}", page.body);
}

/// The employees a demo page offers, by name, with their ids.
fn employees_offered(body: &str) -> Vec<(String, String)> {
    body.split("<li class=\"card\">")
        .skip(1)
        .filter(|card| card.contains("<h2>Employee</h2>"))
        .map(|card| {
            let name = card
                .split("<p>")
                .nth(1)
                .and_then(|rest| rest.split("</p>").next())
                .expect("a name")
                .to_owned();
            let marker = "name=\"person\" value=\"";
            let start = card.find(marker).expect("person") + marker.len();
            let id = card[start..].split('"').next().expect("id").to_owned();
            (name, id)
        })
        .collect()
}

/// Every city offers several employees (with division and grade) on its
/// demo sign-in page; where a call is open, one starts a proposal, invites
/// another by name, and the other accepts.
async fn every_city_offers_colleagues_who_form_a_team(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let en = [("accept-language", "en")];
    for tenant in tenants::list(db).await.expect("cities") {
        let slug = tenant.slug.clone();
        let url = server.url(&format!("/t/{slug}/auth/demo"));
        let page = Browser::new().get_with(&url, &en).await;
        let offered = employees_offered(&page.body);
        assert!(offered.len() >= 4, "{slug}: {offered:?}");
        let scope = TenantId::of(&tenant);
        for (_, id) in &offered {
            let person = scope
                .find_by_id::<user::Entity>(PersonId(id.parse().expect("id")))
                .one(db)
                .await
                .expect("query")
                .expect("person");
            assert!(
                person.division_id.is_some() && person.grade.is_some(),
                "{slug}"
            );
        }
        let Some(call) = scope
            .find::<calls::Entity>()
            .filter(calls::Column::Phase.eq(Phase::Open))
            .filter(calls::Column::Kind.eq(calls::Kind::Ideas))
            .one(db)
            .await
            .expect("query")
        else {
            continue;
        };
        let sign_in = |id: String| {
            let url = url.clone();
            async move {
                let browser = Browser::new();
                let form = browser.get_with(&url, &en).await;
                let done = browser
                    .post(&url, &[("csrf", &form.csrf()), ("person", &id)])
                    .await;
                assert_eq!(done.status, 303, "{}", done.body);
                browser
            }
        };
        let lead = sign_in(offered[0].1.clone()).await;
        let call_page = lead
            .get_with(&server.url(&format!("/t/{slug}/calls/{}", call.id)), &en)
            .await;
        let marker = "name=\"idempotency_key\" value=\"";
        let start = call_page
            .body
            .find(marker)
            .expect("a proposal can be started")
            + marker.len();
        let key = call_page.body[start..]
            .split('"')
            .next()
            .expect("key")
            .to_owned();
        let created = lead
            .post(
                &server.url(&format!("/t/{slug}/calls/{}/proposals", call.id)),
                &[("csrf", &call_page.csrf()), ("idempotency_key", &key)],
            )
            .await;
        assert_eq!(created.status, 303, "{slug}: {}", created.body);
        let proposal = created.location(&server.url("/"));
        let form = lead.get(&proposal).await;
        let invited = lead
            .post(
                &format!("{proposal}/team"),
                &[("csrf", &form.csrf()), ("colleague", &offered[1].0)],
            )
            .await;
        assert_eq!(invited.status, 303, "{slug}: {}", invited.body);
        let colleague = sign_in(offered[1].1.clone()).await;
        let invitation = colleague.get(&proposal).await;
        let accepted = colleague
            .post(
                &format!("{proposal}/team/answer"),
                &[("csrf", &invitation.csrf()), ("answer", "accept")],
            )
            .await;
        assert_eq!(accepted.status, 303, "{slug}: {}", accepted.body);
        let team_page = lead.get_with(&proposal, &en).await;
        assert!(team_page.body.contains(&offered[1].0), "{slug}");
        let id: i32 = proposal
            .rsplit('/')
            .next()
            .and_then(|i| i.parse().ok())
            .expect("id");
        let accepted = proposals::team_of(db, scope, ProposalId(id))
            .await
            .expect("team")
            .iter()
            .filter(|m| m.status == member::MemberStatus::Accepted)
            .count();
        assert_eq!(accepted, 2, "{slug}");
    }
}

/// Nothing the demo seeded happened after today: submissions, reviews,
/// projects, milestones done, updates, practices and adoptions.
async fn no_seeded_date_lies_after_today(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let now = Utc::now();
    let today = now.date_naive();
    for tenant in tenants::list(db).await.expect("cities") {
        let scope = TenantId::of(&tenant);
        let slug = &tenant.slug;
        for p in scope.find::<proposals::Entity>().all(db).await.expect("q") {
            assert!(
                p.created_at <= now && p.updated_at <= now,
                "{slug}: {}",
                p.title
            );
            assert!(
                p.submitted_at.is_none_or(|at| at <= now),
                "{slug}: {}",
                p.title
            );
        }
        for r in scope.find::<review::Entity>().all(db).await.expect("q") {
            assert!(r.updated_at <= now, "{slug}: a review");
        }
        for j in scope.find::<jury::Entity>().all(db).await.expect("q") {
            assert!(j.added_at <= now, "{slug}: a juror");
        }
        for c in scope.find::<calls::Entity>().all(db).await.expect("q") {
            assert!(c.created_at <= now, "{slug}: call {}", c.id);
            assert!(c.review_started_at.is_none_or(|at| at <= now));
            assert!(c.review_closed_at.is_none_or(|at| at <= now));
        }
        for p in scope.find::<projects::Entity>().all(db).await.expect("q") {
            assert!(p.created_at <= now, "{slug}: {}", p.title);
            assert!(p.done_at.is_none_or(|at| at <= now), "{slug}: {}", p.title);
            assert!(
                p.last_update_at.is_none_or(|at| at <= now),
                "{slug}: {}",
                p.title
            );
        }
        for m in scope.find::<milestone::Entity>().all(db).await.expect("q") {
            assert!(m.done_on.is_none_or(|d| d <= today), "{slug}: {}", m.title);
        }
        for u in scope.find::<update::Entity>().all(db).await.expect("q") {
            assert!(u.at <= now, "{slug}: {}", u.body);
        }
        for a in scope.find::<adoption::Entity>().all(db).await.expect("q") {
            assert!(a.adopted_at <= now, "{slug}: an adoption");
        }
        for p in scope.find::<practice::Entity>().all(db).await.expect("q") {
            assert!(p.published_at <= now, "{slug}: a practice");
        }
    }
}

on_both_backends!(
    turin_editions_reproduce_the_published_figures,
    demo_is_seeded_once,
    every_partner_city_has_its_own_site,
    turin_2019_winners_are_projects_on_the_board,
    turin_2014_published_examples_are_done,
    a_turin_practice_travelled_to_porto_and_murcia,
    every_call_past_review_was_judged,
    every_city_offers_colleagues_who_form_a_team,
    no_seeded_date_lies_after_today,
    turin_cocreation_is_in_development,
    rotterdam_cocreation_is_forming_teams,
);
