//! A proposal's team: one lead and co-authors who accepted an invitation.
//! On a call that seals identities a member is stored without a plain id:
//! a keyed fingerprint finds one's own memberships, and the id itself is
//! sealed with the server's key until results (or two admins) open it.

use sea_orm::{
    ActiveValue::Set, Condition, ConnectionTrait, DbErr, JoinType, QueryFilter, QueryOrder,
    QuerySelect, entity::prelude::*, sea_query::Expr,
};

use crate::{secrets::SecretKey, tenancy::TenantId};

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
    pub proposal_id: i32,
    /// The member; `None` while sealed.
    pub user_id: Option<i32>,
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
    pub fn person(&self, secrets: &SecretKey) -> Option<i32> {
        self.user_id.or_else(|| {
            let sealed = self.sealed_user.as_deref()?;
            secrets.open(sealed).ok()?.parse().ok()
        })
    }
}

fn fingerprint(secrets: &SecretKey, scope: TenantId, person: i32) -> String {
    secrets.fingerprint(&format!("member:{}:{person}", scope.get()))
}

/// The rows that stand for `person`, sealed or not.
pub fn of_person(secrets: &SecretKey, scope: TenantId, person: i32) -> Condition {
    Condition::any()
        .add(Column::UserId.eq(person))
        .add(Column::MemberKey.eq(fingerprint(secrets, scope, person)))
}

/// `person`'s memberships (declined ones aside) with their proposals, the
/// most recently changed first, in one statement; one line per proposal.
pub async fn proposals_of_person(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    person: i32,
) -> Result<Vec<(Model, super::Model)>, DbErr> {
    let rows = scope
        .find::<Entity>()
        .filter(of_person(secrets, scope, person))
        .filter(Column::Status.ne(MemberStatus::Declined))
        .join(
            JoinType::InnerJoin,
            scope.join::<Entity, super::Entity>(Column::ProposalId, super::Column::Id),
        )
        .select_also(super::Entity)
        .order_by_desc(super::Column::UpdatedAt)
        .order_by_desc(super::Column::Id)
        .all(db)
        .await?;
    let mut seen = std::collections::HashSet::new();
    Ok(rows
        .into_iter()
        .filter_map(|(member, proposal)| proposal.map(|p| (member, p)))
        .filter(|(_, p)| seen.insert(p.id))
        .collect())
}

/// A new member row for `person`: plain, or sealed when the call seals
/// identities.
pub fn new_row(secrets: &SecretKey, scope: TenantId, person: i32, sealed: bool) -> ActiveModel {
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
    proposals: Vec<i32>,
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
