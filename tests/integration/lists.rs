//! Lists read in their page's statement (`db::lists`), on both databases:
//! each row gets its own list in order, a row with none gets an empty one,
//! a value that is missing stays missing; a statement kept for reuse runs
//! for the city it is given, and for no other.

use innovato::ids::{CallId, PersonId};
use innovato::{
    calls::{self, text},
    db::lists,
    people::user,
    proposals::{
        self,
        member::{self, MemberRole, MemberStatus},
    },
    tenancy::TenantId,
    tenants,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    sea_query::Expr,
};

use crate::support::{Backend, TestServer, on_both_backends};

async fn city(server: &TestServer, slug: &str) -> TenantId {
    TenantId::of(
        &tenants::find_by_slug(&server.store.db, slug)
            .await
            .expect("query")
            .expect("the demo city"),
    )
}

async fn each_row_gets_its_own_list(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let turin = city(&server, "turin").await;
    let calls_of = |scope: TenantId| {
        scope
            .find::<calls::Entity>()
            .order_by_asc(calls::Column::Id)
    };
    // A call without any text.
    let bare = calls_of(turin)
        .one(db)
        .await
        .expect("query")
        .expect("a call");
    let mut untitled: calls::ActiveModel = bare.clone().into();
    untitled.id = sea_orm::ActiveValue::NotSet;
    let untitled = turin
        .insert(untitled, db)
        .await
        .expect("a call without texts");
    // Each call with its texts, read the usual way.
    let all_texts = turin
        .find::<text::Entity>()
        .order_by_asc(text::Column::Id)
        .all(db)
        .await
        .expect("texts");
    let expected: Vec<(calls::Model, Vec<text::Model>)> = calls_of(turin)
        .all(db)
        .await
        .expect("calls")
        .into_iter()
        .map(|c| {
            let texts = all_texts
                .iter()
                .filter(|t| t.call_id == c.id)
                .cloned()
                .collect();
            (c, texts)
        })
        .collect();
    let backend = db.get_database_backend();
    let read = lists::all::<calls::Entity>(
        db,
        calls_of(turin)
            .expr_as(
                text::list(
                    backend,
                    turin,
                    Expr::col((calls::Entity, calls::Column::Id)),
                ),
                "texts",
            )
            .build(backend),
    )
    .await
    .expect("calls with their texts in one statement");
    assert_eq!(read.len(), expected.len());
    assert!(
        expected.iter().filter(|(_, t)| t.len() > 1).count() > 0,
        "the demo has calls in several languages"
    );
    for ((call, row), (expected_call, expected_texts)) in read.iter().zip(&expected) {
        assert_eq!(call, expected_call);
        let texts = text::read_list(row, "texts", turin).expect("the list reads back");
        assert_eq!(&texts, expected_texts, "call {}", call.id);
    }
    let (_, row) = read
        .iter()
        .find(|(c, _)| c.id == untitled.id)
        .expect("the call without texts");
    assert_eq!(
        text::read_list(row, "texts", turin).expect("an empty list"),
        Vec::new(),
        "no text, an empty list"
    );

    // A team with a sealed member (no plain id, so no name joined), one
    // who agreed to be named (a flag the two databases store differently)
    // and one who declined (not on the team).
    let proposal = turin
        .find::<proposals::Entity>()
        .order_by_asc(proposals::Column::Id)
        .one(db)
        .await
        .expect("query")
        .expect("a demo proposal");
    let members: Vec<PersonId> = innovato::proposals::team_of(db, turin, proposal.id)
        .await
        .expect("the team")
        .iter()
        .filter_map(|m| m.user_id)
        .collect();
    let people: Vec<user::Model> = turin
        .find::<user::Entity>()
        .filter(user::Column::Id.is_not_in(members))
        .order_by_asc(user::Column::Id)
        .limit(2)
        .all(db)
        .await
        .expect("two people off the team");
    for (person, sealed, status, consent) in [
        (&people[0], true, MemberStatus::Accepted, true),
        (&people[1], false, MemberStatus::Declined, false),
    ] {
        let mut row = member::new_row(&server.state.secrets, turin, person.id, sealed);
        row.proposal_id = Set(proposal.id);
        row.role = Set(MemberRole::CoAuthor);
        row.status = Set(status);
        row.publish_consent = Set(consent);
        turin.insert(row, db).await.expect("a member");
    }
    let expected = innovato::proposals::team_of(db, turin, proposal.id)
        .await
        .expect("the team, read the usual way");
    let (_, row) = lists::one::<proposals::Entity>(
        db,
        turin
            .find_by_id::<proposals::Entity>(proposal.id)
            .expr_as(
                member::team_list(
                    backend,
                    turin,
                    Expr::col((proposals::Entity, proposals::Column::Id)),
                ),
                "team",
            )
            .build(backend),
    )
    .await
    .expect("query")
    .expect("the proposal");
    let (team, contacts) = member::read_team(&row, "team", turin).expect("the team reads back");
    let mut members: Vec<member::Model> = team.iter().map(|(m, _)| m.clone()).collect();
    let mut usual = expected.clone();
    members.sort_by_key(|m| m.id);
    usual.sort_by_key(|m| m.id);
    assert_eq!(members, usual);
    assert!(
        team.iter().any(|(m, _)| m.publish_consent),
        "consent read back"
    );
    let mut plain = Vec::new();
    for (m, name) in &team {
        match m.user_id {
            None => assert_eq!(name, &None, "a sealed member's name is not joined"),
            Some(id) => {
                let person = turin
                    .find_by_id::<user::Entity>(id)
                    .one(db)
                    .await
                    .expect("query")
                    .expect("the member");
                assert_eq!(name.as_deref(), Some(person.display_name.as_str()));
                plain.push((person.display_name, person.email));
            }
        }
    }
    assert_eq!(contacts, plain, "the plain members' names and emails");
    assert!(
        team.iter().all(|(m, _)| m.status != MemberStatus::Declined),
        "declined members are not on the team"
    );
}

/// The call with its texts, built once and run for any city.
static CALL_WITH_TEXTS: lists::Reused<1> = lists::Reused::new(|backend, scope, [id], []| {
    scope
        .find_by_id::<calls::Entity>(CallId(id))
        .expr_as(
            text::list(
                backend,
                scope,
                Expr::col((calls::Entity, calls::Column::Id)),
            ),
            "texts",
        )
        .build(backend)
});

/// A statement kept for reuse is built for a stand-in city and run for the
/// real one: each city finds its own call, never another's, and a
/// statement without its city is refused.
async fn a_kept_statement_stays_in_its_city(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let backend = db.get_database_backend();
    for (slug, other) in [("turin", "porto"), ("porto", "turin")] {
        let (here, there) = (city(&server, slug).await, city(&server, other).await);
        let call = here
            .find::<calls::Entity>()
            .order_by_asc(calls::Column::Id)
            .one(db)
            .await
            .expect("query")
            .expect("a call");
        let found = lists::one::<calls::Entity>(
            db,
            CALL_WITH_TEXTS
                .statement(backend, here, [call.id.get()], [])
                .expect("statement"),
        )
        .await
        .expect("query")
        .expect("its own call");
        assert_eq!(found.0, call);
        let texts = text::read_list(&found.1, "texts", here).expect("texts");
        assert!(!texts.is_empty() && texts.iter().all(|t| t.call_id == call.id));
        let elsewhere = lists::one::<calls::Entity>(
            db,
            CALL_WITH_TEXTS
                .statement(backend, there, [call.id.get()], [])
                .expect("statement"),
        )
        .await
        .expect("query");
        assert!(elsewhere.is_none(), "{slug}'s call is not {other}'s");
    }
    #[allow(
        clippy::disallowed_methods,
        reason = "the unscoped statement the kept ones must refuse"
    )]
    static UNSCOPED: lists::Reused<1> = lists::Reused::new(|backend, _, [id], []| {
        use sea_orm::{EntityTrait, QueryTrait};
        calls::Entity::find_by_id(CallId(id)).build(backend)
    });
    let turin = city(&server, "turin").await;
    assert!(UNSCOPED.statement(backend, turin, [1], []).is_err());
}

on_both_backends!(
    each_row_gets_its_own_list,
    a_kept_statement_stays_in_its_city
);
