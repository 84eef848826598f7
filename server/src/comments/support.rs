//! A colleague's support of a proposal: one per person and proposal.

use sea_orm::entity::prelude::*;

use crate::ids::{PersonId, ProposalId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_supports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub proposal_id: ProposalId,
    /// The supporter: shown to them alone, never to anyone else.
    pub user_id: PersonId,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
