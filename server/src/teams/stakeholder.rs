//! An external stakeholder working with a team: a named organisation
//! (association, network, public or private body), no account needed.

use sea_orm::entity::prelude::*;

use crate::ids::ProposalId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "team_stakeholders")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    /// The team (its proposal).
    pub proposal_id: ProposalId,
    pub organisation: String,
    /// Who to reach there, as the team writes it (optional).
    pub contact: String,
    /// What they bring to the team.
    pub contribution: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
