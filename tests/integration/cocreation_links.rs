//! Every co-creation page is reachable by clicking (issue 22, the
//! product's law): from the city's home, a team's member, the call's
//! facilitator and the admin follow rendered links only to the challenges,
//! the team finder, the team's workspace, the facilitators page and the
//! admin's challenges page.

use std::collections::BTreeSet;

use innovato::ids::PersonId;
use innovato::{
    calls,
    people::{Role, role},
    proposals::{self, member},
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, QueryFilter};

use crate::support::{Backend, Browser, TestServer, on_both_backends};

const SITE: &str = "/t/turin";

/// The site paths a page links to, without query or fragment.
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

/// Follows a path of clicks from the city's home: each page (in Italian)
/// must answer 200 and link to the next.
async fn click_through(server: &TestServer, browser: &Browser, who: &str, path: &[String]) {
    let mut at = String::new();
    for next in path {
        let here = if at.is_empty() { "/" } else { at.as_str() };
        let page = browser
            .get_with(
                &server.url(&format!("{SITE}{here}")),
                &[("accept-language", "it")],
            )
            .await;
        assert_eq!(page.status, 200, "{who}: {SITE}{at}");
        assert!(
            links(&page.body).contains(next),
            "{who}: {SITE}{at} links to {next}: {:?}",
            links(&page.body)
        );
        at.clone_from(next);
    }
    let last = browser
        .get_with(
            &server.url(&format!("{SITE}{at}")),
            &[("accept-language", "it")],
        )
        .await;
    assert_eq!(last.status, 200, "{who}: {SITE}{at}");
}

async fn holder(server: &TestServer, scope: TenantId, held: Role) -> PersonId {
    scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(held))
        .one(&server.store.db)
        .await
        .expect("query")
        .unwrap_or_else(|| panic!("someone holds {held:?}"))
        .user_id
}

async fn demo_cocreation_pages_are_reached_by_clicking(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let turin = tenants::find_by_slug(db, "turin")
        .await
        .expect("query")
        .expect("Turin");
    let scope = TenantId::of(&turin);
    let call = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Kind.eq(calls::Kind::Cocreation))
        .one(db)
        .await
        .expect("query")
        .expect("TO-HOME")
        .id;
    let team = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call))
        .filter(proposals::Column::ChallengeId.is_not_null())
        .one(db)
        .await
        .expect("query")
        .expect("a team")
        .id;
    let lead = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(team))
        .filter(member::Column::Status.eq(member::MemberStatus::Accepted))
        .one(db)
        .await
        .expect("query")
        .expect("a member")
        .user_id
        .expect("a person");
    let facilitator = holder(&server, scope, Role::Facilitator).await;
    let admin = holder(&server, scope, Role::TenantAdmin).await;
    let as_person = |id: PersonId| Browser::signed_in(&server, "turin", turin.id, id.get());

    let call_page = format!("/calls/{call}");
    let finder = format!("/calls/{call}/teams");
    let workspace = format!("/teams/{team}");

    // A member of the team: the challenges, the finder, the workspace, and
    // from the team's proposal back to its workspace.
    let member = as_person(lead).await;
    let challenges = format!("/calls/{call}/challenges");
    click_through(&server, &member, "member", &[call_page.clone(), challenges]).await;
    click_through(
        &server,
        &member,
        "member",
        &[call_page.clone(), finder.clone(), workspace.clone()],
    )
    .await;
    click_through(
        &server,
        &member,
        "member",
        &[
            call_page.clone(),
            finder.clone(),
            format!("/proposals/{team}/stakeholders"),
        ],
    )
    .await;
    click_through(
        &server,
        &member,
        "member",
        &[
            call_page.clone(),
            finder.clone(),
            format!("/proposals/{team}"),
            workspace.clone(),
        ],
    )
    .await;

    // The facilitator, who joins no team, finds the call's teams and their
    // workspaces, and is offered no form to join.
    let facilitating = as_person(facilitator).await;
    click_through(
        &server,
        &facilitating,
        "facilitator",
        &[call_page.clone(), finder.clone(), workspace.clone()],
    )
    .await;
    let finder_page = facilitating
        .get_with(
            &server.url(&format!("{SITE}{finder}")),
            &[("accept-language", "it")],
        )
        .await;
    assert!(
        !finder_page.body.contains("/offer\""),
        "a facilitator offers themselves to no team"
    );

    // The admin: from the console to the call's challenges, facilitators
    // and teams.
    let admin = as_person(admin).await;
    let admin_call = format!("/admin/calls/{call}");
    for end in ["challenges", "facilitators"] {
        click_through(
            &server,
            &admin,
            "admin",
            &[
                "/admin".to_owned(),
                "/admin/calls".to_owned(),
                admin_call.clone(),
                format!("/admin/calls/{call}/{end}"),
            ],
        )
        .await;
    }
    click_through(
        &server,
        &admin,
        "admin",
        &[
            "/admin".to_owned(),
            "/admin/calls".to_owned(),
            admin_call,
            finder,
            workspace,
        ],
    )
    .await;
}

on_both_backends!(demo_cocreation_pages_are_reached_by_clicking);
