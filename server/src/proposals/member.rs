//! A proposal's team: one lead and co-authors who accepted an invitation.
//! On a call that seals identities a member is stored without a plain id:
//! a keyed fingerprint finds one's own memberships, and the id itself is
//! sealed with the server's key until results (or two admins) open it.

use sea_orm::{
    ActiveValue::Set,
    Condition, ConnectionTrait, DbBackend, DbErr, JoinType, QueryFilter, QueryOrder, QueryResult,
    QuerySelect, SelectTwo,
    entity::prelude::*,
    sea_query::{Expr, ExprTrait},
};

use crate::ids::{PersonId, ProposalId};
use crate::{db::lists, people::user, secrets::SecretKey, tenancy::TenantId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum MemberRole {
    #[sea_orm(string_value = "lead")]
    Lead,
    #[sea_orm(string_value = "co_author")]
    CoAuthor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum MemberStatus {
    #[sea_orm(string_value = "invited")]
    Invited,
    #[sea_orm(string_value = "accepted")]
    Accepted,
    #[sea_orm(string_value = "declined")]
    Declined,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_members")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub proposal_id: ProposalId,
    /// The member; `None` while sealed.
    pub user_id: Option<PersonId>,
    pub role: MemberRole,
    pub status: MemberStatus,
    /// Fingerprint of the member's id, on sealed rows.
    pub member_key: Option<String>,
    /// The member's id sealed with the server's key, on sealed rows.
    pub sealed_user: Option<String>,
    /// The member agreed to be named in the network's practice library.
    pub publish_consent: bool,
}

impl Model {
    /// The person this row stands for, opening the seal if there is one.
    /// Callers decide whether the viewer may learn it.
    pub fn person(&self, secrets: &SecretKey) -> Option<PersonId> {
        self.user_id.or_else(|| {
            let sealed = self.sealed_user.as_deref()?;
            secrets.open(sealed).ok()?.parse().ok().map(PersonId)
        })
    }
}

/// How `person`'s sealed rows are found: a keyed fingerprint of their id.
pub fn fingerprint(secrets: &SecretKey, scope: TenantId, person: PersonId) -> String {
    secrets.fingerprint(&format!("member:{}:{person}", scope.get()))
}

/// The rows that stand for `person`, sealed or not.
pub fn of_person(secrets: &SecretKey, scope: TenantId, person: PersonId) -> Condition {
    of_person_keyed(person, &fingerprint(secrets, scope, person))
}

/// The rows that stand for `person`, whose [`fingerprint`] is `key`.
fn of_person_keyed(person: PersonId, key: &str) -> Condition {
    Condition::any()
        .add(Column::UserId.eq(person))
        .add(Column::MemberKey.eq(key))
}

/// `person`'s memberships (declined ones aside) joined to their proposals,
/// the most recently changed first, by their id and [`fingerprint`] `key`;
/// a person may have two rows on one proposal (plain and sealed), so
/// readers keep the first per proposal.
pub fn memberships_of(
    scope: TenantId,
    person: PersonId,
    key: &str,
) -> SelectTwo<Entity, super::entity::Entity> {
    scope
        .find::<Entity>()
        .filter(of_person_keyed(person, key))
        .filter(Column::Status.ne(MemberStatus::Declined))
        .join(
            JoinType::InnerJoin,
            scope.join::<Entity, super::entity::Entity>(
                Column::ProposalId,
                super::entity::Column::Id,
            ),
        )
        .select_also(super::entity::Entity)
        .order_by_desc(super::entity::Column::UpdatedAt)
        .order_by_desc(super::entity::Column::Id)
}

/// The team (declined members aside, in the order they joined) of the
/// proposal whose id is `proposal`, a column of the enclosing statement,
/// with each plain member's name: a list column (`db::lists`) read back
/// with [`read_team`].
pub fn team_list(backend: DbBackend, scope: TenantId, proposal: Expr) -> Expr {
    lists::rows(
        backend,
        scope
            .find::<Entity>()
            .filter(Expr::col((Entity, Column::ProposalId)).eq(proposal))
            .filter(Column::Status.ne(MemberStatus::Declined))
            .join(
                JoinType::LeftJoin,
                scope.join::<Entity, user::Entity>(Column::UserId, user::Column::Id),
            )
            .order_by_asc(Column::Id),
        vec![
            Expr::col((Entity, Column::Id)),
            Expr::col((Entity, Column::ProposalId)),
            Expr::col((Entity, Column::UserId)),
            Expr::col((Entity, Column::Role)),
            Expr::col((Entity, Column::Status)),
            Expr::col((Entity, Column::MemberKey)),
            Expr::col((Entity, Column::SealedUser)),
            // A number: the two databases write booleans differently.
            Expr::col((Entity, Column::PublishConsent)).cast_as("integer"),
            Expr::col((user::Entity, user::Column::DisplayName)),
            Expr::col((user::Entity, user::Column::Email)),
        ],
    )
}

/// One member of a [`team_list`].
type TeamRow = (
    i32,
    ProposalId,
    Option<PersonId>,
    String,
    String,
    Option<String>,
    Option<String>,
    i32,
    Option<String>,
    Option<String>,
);

/// The members of a [`team_list`] column, each with their name when they
/// are stored plain (a sealed member's is looked up once opened), and the
/// (name, email) of each plain member: what the team's own texts are
/// checked against ([`super::naming`]).
#[allow(clippy::type_complexity)]
pub fn read_team(
    row: &QueryResult,
    column: &str,
    scope: TenantId,
) -> Result<(Vec<(Model, Option<String>)>, Vec<(String, String)>), DbErr> {
    let mut contacts = Vec::new();
    let team = lists::read::<TeamRow>(row, column)?
        .into_iter()
        .map(
            |(
                id,
                proposal_id,
                user_id,
                role,
                status,
                member_key,
                sealed_user,
                consent,
                name,
                email,
            )| {
                if let (Some(name), Some(email)) = (&name, email) {
                    contacts.push((name.clone(), email));
                }
                Ok((
                    Model {
                        id,
                        tenant_id: scope.get(),
                        proposal_id,
                        user_id,
                        role: MemberRole::try_from_value(&role)?,
                        status: MemberStatus::try_from_value(&status)?,
                        member_key,
                        sealed_user,
                        publish_consent: consent != 0,
                    },
                    name,
                ))
            },
        )
        .collect::<Result<_, DbErr>>()?;
    Ok((team, contacts))
}

/// A new member row for `person`: plain, or sealed when the call seals
/// identities.
pub fn new_row(
    secrets: &SecretKey,
    scope: TenantId,
    person: PersonId,
    sealed: bool,
) -> ActiveModel {
    if sealed {
        ActiveModel {
            user_id: Set(None),
            member_key: Set(Some(fingerprint(secrets, scope, person))),
            sealed_user: Set(Some(secrets.seal(&person.to_string()))),
            ..Default::default()
        }
    } else {
        ActiveModel {
            user_id: Set(Some(person)),
            member_key: Set(None),
            sealed_user: Set(None),
            ..Default::default()
        }
    }
}

/// Opens the sealed members of these proposals: results are out, or two
/// admins opened the identities.
pub async fn unseal(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    proposals: Vec<ProposalId>,
) -> Result<(), DbErr> {
    let sealed = scope
        .find::<Entity>()
        .filter(Column::ProposalId.is_in(proposals))
        .filter(Column::UserId.is_null())
        .all(db)
        .await?;
    for row in sealed {
        let Some(person) = row.person(secrets) else {
            tracing::error!(member = row.id, "a sealed team member cannot be opened");
            continue;
        };
        scope
            .update_many::<Entity>()
            .col_expr(Column::UserId, Expr::value(person))
            .col_expr(Column::MemberKey, Expr::value(Option::<String>::None))
            .col_expr(Column::SealedUser, Expr::value(Option::<String>::None))
            .filter(Column::Id.eq(row.id))
            .exec(db)
            .await?;
    }
    Ok(())
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
