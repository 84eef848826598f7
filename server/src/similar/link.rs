//! Two proposals of a city that its admin linked as related (a likely
//! duplicate): each keeps its own team; the link is shown to the admin.

use sea_orm::entity::prelude::*;

use crate::ids::{PersonId, ProposalId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_links")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    /// The lower id of the pair.
    pub proposal_id: ProposalId,
    /// The higher id of the pair.
    pub related_id: ProposalId,
    pub linked_by: Option<PersonId>,
    pub linked_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
