//! What the proposal page shows, read in one statement (`db::lists`): the
//! proposal with its call, the call's texts and categories, the team with
//! their names, the proposal's divisions and files, and the city's
//! divisions to choose from. It is the page a team has open while it
//! writes, so it is read more often than any other of a proposal's.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbBackend, JoinType, QueryFilter, QueryOrder, QueryResult,
    QuerySelect, QueryTrait, SelectTwo,
    sea_query::{Expr, ExprTrait},
};

use super::{
    division_link,
    entity::{Column, Entity, Model},
    member,
    naming::TeamNames,
};
use crate::ids::{PersonId, ProposalId};
use crate::{
    attachments::entity as attachments,
    calls::{category_link, entity as calls, text as call_text},
    db::lists,
    error::AppError,
    organisation::{category, division},
    people::user,
    secrets::SecretKey,
    similar::proposal_topic,
    tenancy::TenantId,
};

pub struct Shown {
    pub proposal: Model,
    pub call: calls::Model,
    pub call_texts: Vec<call_text::Model>,
    /// Each member, with their name where it came with the statement
    /// (sealed members' are opened by [`named`], for the page only).
    pub team: Team,
    /// The viewer's own place on the team.
    pub me: member::Model,
    /// The divisions the proposal concerns.
    pub chosen: Vec<i32>,
    /// (id, file name, size in bytes), in the order uploaded.
    pub files: Vec<(i32, String, i64)>,
    pub categories: Vec<category::Model>,
    /// The city's divisions, (id, name) by name.
    pub divisions: Vec<(i32, String)>,
    /// (name, email) of each plain member, for the names-in-text check.
    pub team_contacts: Vec<(String, String)>,
    /// The proposal's topics: (code, confirmed by its author, as 0 or 1).
    pub topics: Vec<(String, i32)>,
}

/// The proposal with its call, and every list the page shows, in one
/// statement.
static STATEMENT: lists::Reused<1> = lists::Reused::new(|backend, scope, [id], []| {
    let this_proposal = || Expr::col((Entity, Column::Id));
    let this_call = || Expr::col((calls::Entity, calls::Column::Id));
    let chosen = scope.find::<division_link::Entity>().filter(
        Expr::col((division_link::Entity, division_link::Column::ProposalId)).eq(this_proposal()),
    );
    let files = scope
        .find::<attachments::Entity>()
        .filter(
            Expr::col((attachments::Entity, attachments::Column::ProposalId)).eq(this_proposal()),
        )
        .order_by_asc(attachments::Column::Id);
    let divisions = scope
        .find::<division::Entity>()
        .order_by_asc(division::Column::Name);
    let topics = scope
        .find::<proposal_topic::Entity>()
        .filter(
            Expr::col((proposal_topic::Entity, proposal_topic::Column::ProposalId))
                .eq(this_proposal()),
        )
        .order_by_asc(proposal_topic::Column::Topic);
    with_call_and_team(backend, scope, ProposalId(id))
        .expr_as(call_text::titles(backend, scope, this_call()), "call_texts")
        .expr_as(
            category_link::offered_list(backend, scope, this_call()),
            "categories",
        )
        .expr_as(
            lists::rows(
                backend,
                chosen,
                vec![Expr::col((
                    division_link::Entity,
                    division_link::Column::DivisionId,
                ))],
            ),
            "chosen",
        )
        .expr_as(
            lists::rows(
                backend,
                files,
                vec![
                    Expr::col((attachments::Entity, attachments::Column::Id)),
                    Expr::col((attachments::Entity, attachments::Column::FileName)),
                    Expr::col((attachments::Entity, attachments::Column::Size)),
                ],
            ),
            "files",
        )
        .expr_as(
            lists::rows(
                backend,
                divisions,
                vec![
                    Expr::col((division::Entity, division::Column::Id)),
                    Expr::col((division::Entity, division::Column::Name)),
                ],
            ),
            "divisions",
        )
        .expr_as(
            lists::rows(
                backend,
                topics,
                vec![
                    Expr::col((proposal_topic::Entity, proposal_topic::Column::Topic)),
                    // A number: the databases write booleans differently.
                    Expr::col((proposal_topic::Entity, proposal_topic::Column::Confirmed))
                        .cast_as("integer"),
                ],
            ),
            "topics",
        )
        .build(backend)
});

impl Shown {
    /// Proposal `id` of city `scope` as its team member `person` sees it;
    /// not found for anyone else.
    pub async fn read(
        db: &DatabaseConnection,
        key: &SecretKey,
        scope: TenantId,
        id: ProposalId,
        person: PersonId,
    ) -> Result<Self, AppError> {
        let (proposal, call, (team, team_contacts), me, row) =
            own(db, key, &STATEMENT, scope, id, person).await?;
        let chosen: Vec<(i32,)> = lists::read(&row, "chosen")?;
        Ok(Self {
            call_texts: call_text::read_list(&row, "call_texts", scope)?,
            categories: category_link::read_offered(&row, "categories", scope)?,
            chosen: chosen.into_iter().map(|(d,)| d).collect(),
            files: lists::read(&row, "files")?,
            divisions: lists::read(&row, "divisions")?,
            team_contacts,
            topics: lists::read(&row, "topics")?,
            proposal,
            call,
            team,
            me,
        })
    }
}

/// The proposal with its call and its team (`team`): what every
/// statement here starts from.
fn with_call_and_team(
    backend: DbBackend,
    scope: TenantId,
    id: ProposalId,
) -> SelectTwo<Entity, calls::Entity> {
    scope
        .find_by_id::<Entity>(id)
        .join(
            JoinType::InnerJoin,
            scope.join::<Entity, calls::Entity>(Column::CallId, calls::Column::Id),
        )
        .select_also(calls::Entity)
        .expr_as(
            member::team_list(backend, scope, Expr::col((Entity, Column::Id))),
            "team",
        )
}

/// A proposal, its call, its team (with its plain members' names and
/// emails) and `person`'s place on it, by a statement that starts
/// [`with_call_and_team`], with the row to read its other lists from; not
/// found for anyone but a member.
async fn own(
    db: &DatabaseConnection,
    key: &SecretKey,
    statement: &lists::Reused<1>,
    scope: TenantId,
    id: ProposalId,
    person: PersonId,
) -> Result<
    (
        Model,
        calls::Model,
        TeamAndContacts,
        member::Model,
        QueryResult,
    ),
    AppError,
> {
    let (proposal, call, row) = lists::one_also::<Entity, calls::Entity>(
        db,
        statement.statement(db.get_database_backend(), scope, [id.get()], [])?,
    )
    .await?
    .ok_or(AppError::NotFound)?;
    let call = call.ok_or(AppError::NotFound)?;
    let (team, contacts) = member::read_team(&row, "team", scope)?;
    let me = team
        .iter()
        .map(|(m, _)| m)
        .find(|m| m.person(key) == Some(person))
        .cloned()
        .ok_or(AppError::NotFound)?;
    Ok((proposal, call, (team, contacts), me, row))
}

/// Each member with their name where it came with the statement.
pub type Team = Vec<(member::Model, Option<String>)>;

/// A [`Team`] and the (name, email) of its plain members.
type TeamAndContacts = (Team, Vec<(String, String)>);

/// The proposal with its call and its team, in one statement: what a
/// submission checks.
static OWNED: lists::Reused<1> = lists::Reused::new(|backend, scope, [id], []| {
    with_call_and_team(backend, scope, ProposalId(id)).build(backend)
});

/// Proposal `id` of city `scope` with its call and its team (names aside),
/// and `person`'s place on it; not found for anyone else.
pub async fn owned(
    db: &DatabaseConnection,
    key: &SecretKey,
    scope: TenantId,
    id: ProposalId,
    person: PersonId,
) -> Result<(Model, calls::Model, Vec<member::Model>, member::Model), AppError> {
    let (proposal, call, (team, _), me, _) = own(db, key, &OWNED, scope, id, person).await?;
    Ok((
        proposal,
        call,
        team.into_iter().map(|(m, _)| m).collect(),
        me,
    ))
}

/// A member of the team, and the name stored for them (`None`: none
/// known); an erased person's placeholder is put in where it is shown.
pub struct Named {
    pub member: member::Model,
    pub person: Option<PersonId>,
    pub stored: Option<String>,
}

/// The team with every member's name: plain members' came with the
/// statement; sealed members' are looked up once their seal is opened (the
/// team sees its own names), in one more statement only when there are
/// any.
pub async fn named(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    scope: TenantId,
    team: Team,
) -> Result<Vec<Named>, AppError> {
    let sealed: Vec<PersonId> = team
        .iter()
        .filter(|(m, _)| m.user_id.is_none())
        .filter_map(|(m, _)| m.person(secrets))
        .collect();
    let opened: HashMap<PersonId, String> = if sealed.is_empty() {
        HashMap::new()
    } else {
        scope
            .find::<user::Entity>()
            .filter(user::Column::Id.is_in(sealed))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect()
    };
    Ok(team
        .into_iter()
        .map(|(member, name)| {
            let person = member.person(secrets);
            let stored = name.or_else(|| person.and_then(|id| opened.get(&id).cloned()));
            Named {
                member,
                person,
                stored,
            }
        })
        .collect())
}

/// The full names and emails of a proposal's team (invited members too),
/// for the names-in-text check: reviews are blind, so the team is warned
/// when its text names one of them. `plain` are the plain members' (name,
/// email), read with the page's statement; sealed members' are opened with
/// the key and read in one more statement, only when there are any.
pub async fn team_names<'a>(
    db: &DatabaseConnection,
    key: &SecretKey,
    scope: TenantId,
    team: impl Iterator<Item = &'a member::Model>,
    mut plain: Vec<(String, String)>,
) -> Result<TeamNames, AppError> {
    let sealed: Vec<PersonId> = team
        .filter(|m| m.user_id.is_none())
        .filter_map(|m| m.person(key))
        .collect();
    if !sealed.is_empty() {
        plain.extend(
            scope
                .find::<user::Entity>()
                .filter(user::Column::Id.is_in(sealed))
                .all(db)
                .await?
                .into_iter()
                .map(|u| (u.display_name, u.email)),
        );
    }
    Ok(TeamNames::of(
        plain
            .iter()
            .map(|(name, email)| (name.as_str(), email.as_str())),
    ))
}

/// [`team_names`] of proposal `id` on its own (the autosave's answer):
/// the members with their records in one statement.
pub async fn team_names_of(
    db: &DatabaseConnection,
    key: &SecretKey,
    scope: TenantId,
    id: ProposalId,
) -> Result<TeamNames, AppError> {
    let rows = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(id))
        .filter(member::Column::Status.ne(member::MemberStatus::Declined))
        .join(
            JoinType::LeftJoin,
            scope.join::<member::Entity, user::Entity>(member::Column::UserId, user::Column::Id),
        )
        .select_also(user::Entity)
        .all(db)
        .await?;
    let plain = rows
        .iter()
        .filter_map(|(_, u)| u.as_ref())
        .map(|u| (u.display_name.clone(), u.email.clone()))
        .collect();
    team_names(db, key, scope, rows.iter().map(|(m, _)| m), plain).await
}
