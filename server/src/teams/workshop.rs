//! A co-creation session of a team: a workshop on a date, who attended.

use sea_orm::entity::prelude::*;

use crate::ids::{PersonId, ProposalId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "team_workshops")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub proposal_id: ProposalId,
    pub held_on: Date,
    pub title: String,
    pub summary: String,
    /// JSON array of the ids of the people who attended.
    pub attendees: String,
    /// JSON array of the ids of the stakeholders who attended.
    pub stakeholders: String,
    pub created_by: Option<PersonId>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
