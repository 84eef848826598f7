//! `serve --demo` seeds the seven partner cities once; Turin's two
//! Innova.TO editions reproduce the published figures exactly.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use innovato::ids::{PersonId, ProposalId};
use innovato::{
    calls::{self, Phase},
    organisation::{NetworkCategory, category},
    people::user,
    proposals::{self, Status, member},
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, QueryFilter};

use crate::support::{Backend, TestServer, on_both_backends};

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
    assert_eq!(editions.len(), 3);
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

on_both_backends!(
    turin_editions_reproduce_the_published_figures,
    demo_is_seeded_once,
    every_partner_city_has_its_own_site,
);
