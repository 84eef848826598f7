//! The network's figures for co-creation calls: counted right on the demo's
//! Turin call completed into a small known case, kept out of the open-call
//! KPIs, hidden under 5 outside the city where they count people, and in
//! the exports.

use chrono::{Datelike, Utc};
use innovato::{
    calls, challenges,
    ids::{PersonId, ProposalId},
    network::kpis,
    organisation::division,
    people::{Role, role, user},
    proposals::{self, Status, member},
    teams::stakeholder,
    tenancy::TenantId,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder};
use serde_json::Value;

use crate::{
    calls::{admin, turin},
    network::kpi,
    operator::platform_browser,
    support::{Backend, TestServer, on_both_backends},
};

/// Turin's co-creation call, completed: the demo's team (three members of
/// three divisions, two organisations) submitted and piloted, then
/// implemented; a second submitted team of one member with the same
/// association under another case; a declined challenge; a second
/// facilitator; and a team still a draft, which does not count.
async fn a_known_case(server: &TestServer) -> (TenantId, calls::Model) {
    let db = &server.store.db;
    let scope = turin(server).await;
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Kind.eq(calls::Kind::Cocreation))
        .one(db)
        .await
        .expect("query")
        .expect("Turin's co-creation call");
    let chosen = scope
        .find::<challenges::Entity>()
        .filter(challenges::Column::CallId.eq(call.id))
        .order_by_asc(challenges::Column::Id)
        .all(db)
        .await
        .expect("query");
    let team = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .one(db)
        .await
        .expect("query")
        .expect("the demo's team");
    let mut row = team.clone().into_active_model();
    row.status = Set(Status::Implemented);
    row.submitted_at = Set(Some(Utc::now()));
    scope
        .update(row, db)
        .await
        .expect("piloted and implemented");

    let mut declined = chosen[1].clone().into_active_model();
    declined.id = sea_orm::ActiveValue::NotSet;
    declined.status = Set(challenges::Status::Declined);
    scope
        .insert(declined, db)
        .await
        .expect("a declined challenge");

    let social = scope
        .find::<division::Entity>()
        .filter(division::Column::Code.eq("SOC"))
        .one(db)
        .await
        .expect("query")
        .expect("social care");
    let second = add_team(server, scope, &call, chosen[1].id, Status::Submitted).await;
    let alone = person(server, scope, "Paola Sola", Some(social.id)).await;
    join(server, scope, second, alone).await;
    scope
        .insert(
            stakeholder::ActiveModel {
                proposal_id: Set(second),
                organisation: Set("ASSOCIAZIONE INQUILINI TORINO NORD (DEMO)".into()),
                contact: Set(String::new()),
                contribution: Set(String::new()),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            db,
        )
        .await
        .expect("the same association");
    let draft = add_team(server, scope, &call, chosen[1].id, Status::Draft).await;
    let drafting = person(server, scope, "Bruno Bozza", Some(social.id)).await;
    join(server, scope, draft, drafting).await;

    let facilitator = person(server, scope, "Marta Ricercatrice", None).await;
    scope
        .insert(
            role::ActiveModel {
                user_id: Set(facilitator),
                role: Set(Role::Facilitator),
                call_id: Set(Some(call.id)),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            db,
        )
        .await
        .expect("a second facilitator");
    (scope, call)
}

async fn add_team(
    server: &TestServer,
    scope: TenantId,
    call: &calls::Model,
    challenge: innovato::ids::ChallengeId,
    status: Status,
) -> ProposalId {
    scope
        .insert(
            proposals::ActiveModel {
                call_id: Set(call.id),
                challenge_id: Set(Some(challenge)),
                locale: Set("it".into()),
                title: Set("Un secondo gruppo".into()),
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
        .expect("a team")
        .id
}

async fn person(
    server: &TestServer,
    scope: TenantId,
    name: &str,
    division: Option<i32>,
) -> PersonId {
    scope
        .insert(
            user::ActiveModel {
                issuer: Set("https://login.torino.example".into()),
                subject: Set(name.into()),
                email: Set(format!("{}@torino.example", name.replace(' ', "."))),
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
        .expect("a person")
        .id
}

async fn join(server: &TestServer, scope: TenantId, team: ProposalId, who: PersonId) {
    scope
        .insert(
            member::ActiveModel {
                proposal_id: Set(team),
                user_id: Set(Some(who)),
                role: Set(member::MemberRole::Lead),
                status: Set(member::MemberStatus::Accepted),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("a member");
}

/// Each figure of the call and of Turin's year, from the database on
/// either engine; the open-call KPIs do not move.
async fn cocreation_figures_are_counted(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let scope = turin(&server).await;
    let before = kpis::compute(db, &[scope]).await.expect("figures");
    let (scope, call) = a_known_case(&server).await;
    let network = kpis::compute(db, &[scope]).await.expect("figures");
    assert_eq!(network.years, before.years, "open-call KPIs unchanged");
    assert_eq!(network.calls, before.calls);
    assert!(network.calls.keys().all(|e| e.call_id != call.id));

    let (edition, figures) = network
        .cocreation
        .iter()
        .find(|(e, _)| e.call_id == call.id)
        .expect("the co-creation call's figures");
    let expected = kpis::Cocreation {
        calls: 1,
        challenges_proposed: 3,
        challenges_selected: 2,
        teams: 2,
        divisions: [(1, 1), (3, 1)].into(),
        members: 4,
        facilitators: 2,
        stakeholders: 2,
        piloted: 1,
        implemented: 1,
    };
    assert_eq!(*figures, expected);
    assert_eq!(figures.mean_divisions(), Some(2.0));
    assert_eq!(edition.year, call.submissions_close_at.year());
    assert_eq!(
        network.cocreation_years.get(&(scope.get(), edition.year)),
        Some(&expected),
        "Turin's only co-creation call of that year"
    );
}

/// Outside Turin, its 4 team members and 2 facilitators read "fewer than
/// 5"; its 2 teams and 3 challenges do not (not people). Turin's admin
/// sees every figure exactly. The export carries the same, with units.
async fn people_counts_are_hidden_outside_the_city(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let (scope, call) = a_known_case(&server).await;
    let year = call.submissions_close_at.year();
    let coordinator = platform_browser(&server, "eva@network.example", Role::Coordinator).await;
    let export = coordinator
        .get(&server.url(&format!("/network?year={year}&format=json")))
        .await;
    assert_eq!(export.status, 200, "{}", export.body);
    let json: Value = serde_json::from_str(&export.body).expect("json");
    let table = &json["cocreation"];
    let turin = table["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .position(|c| c.as_str().is_some_and(|c| c.contains("Torino")))
        .expect("a column for Turin");
    for hidden in ["members", "facilitators"] {
        let (value, text) = kpi(table, hidden, turin);
        assert!(value.is_null(), "{hidden}");
        assert_eq!(text, "fewer than 5", "{hidden}");
    }
    assert_eq!(kpi(table, "teams", turin).0.as_f64(), Some(2.0));
    assert_eq!(
        kpi(table, "challenges_proposed", turin).0.as_f64(),
        Some(3.0)
    );
    assert_eq!(
        kpi(table, "challenges_selected", turin).0.as_f64(),
        Some(2.0)
    );
    assert_eq!(kpi(table, "mean_divisions", turin).0.as_f64(), Some(2.0));
    assert_eq!(kpi(table, "teams_divisions_3", turin).0.as_f64(), Some(1.0));
    assert_eq!(kpi(table, "stakeholders", turin).0.as_f64(), Some(2.0));
    assert_eq!(kpi(table, "piloted", turin).0.as_f64(), Some(1.0));
    assert_eq!(kpi(table, "implemented", turin).0.as_f64(), Some(1.0));

    // The page shows the section, with units; a year without co-creation
    // calls does not.
    let page = coordinator
        .get(&server.url(&format!("/network?year={year}")))
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(&format!("Co-creation calls of {year}")),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("<td class=\"kpi-unit\">divisions per team</td>")
    );
    let earlier = coordinator.get(&server.url("/network?year=2014")).await;
    assert!(!earlier.body.contains("Co-creation calls of"));

    // The CSV: one record per city, a column per figure with its unit.
    let csv = coordinator
        .get(&server.url(&format!("/network?year={year}&format=csv&table=cocreation")))
        .await;
    assert_eq!(csv.status, 200);
    let mut lines = csv.body.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    for column in [
        "Challenges proposed (challenges)",
        "Teams that submitted a plan (teams)",
        "Team members (people)",
        "Facilitators (people)",
        "External organisations (organisations)",
        "Solutions piloted (solutions)",
    ] {
        assert!(header.contains(&column), "{column}: {header:?}");
    }
    let torino: Vec<&str> = lines
        .find(|l| l.contains("Torino"))
        .expect("Turin's record")
        .split(',')
        .collect();
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    assert_eq!(torino[at("Team members (people)")], "<5");
    assert_eq!(torino[at("Teams that submitted a plan (teams)")], "2");

    // Turin's admin: exact, in Italian.
    let admin = admin(&server, scope).await;
    let own = admin
        .get(&server.url(&format!("/t/turin/admin/network?year={year}&format=json")))
        .await;
    assert_eq!(own.status, 200, "{}", own.body);
    let json: Value = serde_json::from_str(&own.body).expect("json");
    assert_eq!(kpi(&json["cocreation"], "members", 0).0.as_f64(), Some(4.0));
    assert_eq!(
        kpi(&json["cocreation"], "facilitators", 0).0.as_f64(),
        Some(2.0)
    );
    let page = admin
        .get(&server.url(&format!("/t/turin/admin/network?year={year}")))
        .await;
    assert!(
        page.body
            .contains(&format!("Bandi di co-creazione del {year}"))
    );
    let xlsx = admin
        .get(&server.url(&format!(
            "/t/turin/admin/network?year={year}&format=xlsx&table=cocreation"
        )))
        .await;
    assert_eq!(xlsx.status, 200);
}

on_both_backends!(
    cocreation_figures_are_counted,
    people_counts_are_hidden_outside_the_city,
);
