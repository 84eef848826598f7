//! The divisions a proposal concerns.

use sea_orm::entity::prelude::*;

use crate::ids::ProposalId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_divisions")]
pub struct Model {
    pub tenant_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub proposal_id: ProposalId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub division_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
