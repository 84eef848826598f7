//! A topic of a proposal: confirmed by its author, or suggested from its
//! title and problem when the author confirmed none.

use sea_orm::entity::prelude::*;

use crate::ids::ProposalId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_topics")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub proposal_id: ProposalId,
    /// A code of [`super::topics::TOPICS`].
    pub topic: String,
    pub confirmed: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
