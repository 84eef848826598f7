//! A challenge of a co-creation call: a local problem that a division (or,
//! if the call allows, any eligible employee) proposes in the call's first
//! stage, and that the admin selects, declines or merges into another.

use sea_orm::entity::prelude::*;

use crate::ids::{CallId, ChallengeId, PersonId};

/// `proposed → selected | declined | merged`
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Status {
    #[sea_orm(string_value = "proposed")]
    Proposed,
    /// Goes forward: teams form around it.
    #[sea_orm(string_value = "selected")]
    Selected,
    #[sea_orm(string_value = "declined")]
    Declined,
    /// A duplicate of `merged_into`.
    #[sea_orm(string_value = "merged")]
    Merged,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "challenges")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ChallengeId,
    pub tenant_id: i32,
    pub call_id: CallId,
    /// `None` once the proposer was erased.
    pub proposed_by: Option<PersonId>,
    /// The language it was written in.
    pub locale: String,
    pub title: String,
    pub problem: String,
    /// Who suffers the problem today.
    pub who_suffers: String,
    /// The people a solution would serve.
    pub end_users: String,
    /// What shows the problem is real (figures, cases, sources).
    pub evidence: String,
    pub status: Status,
    pub merged_into: Option<ChallengeId>,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
