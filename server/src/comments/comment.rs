//! A comment on a proposal by a colleague or by its team.

use sea_orm::entity::prelude::*;

use crate::ids::{PersonId, ProposalId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub proposal_id: ProposalId,
    /// `None` once the author was erased.
    pub author_id: Option<PersonId>,
    /// Written by a member of the proposal's team: shown as the team's,
    /// never by name, so that no reader learns who wrote the proposal.
    pub by_team: bool,
    pub body: String,
    pub created_at: DateTimeUtc,
    /// Hidden by the city's admin: readers see the reason, not the text.
    pub hidden_at: Option<DateTimeUtc>,
    pub hidden_by: Option<PersonId>,
    pub hidden_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
