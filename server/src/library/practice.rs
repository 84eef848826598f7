//! A practice in the network's library: a city's awarded or implemented
//! proposal as published, with its network category, budget and outcomes.

use sea_orm::entity::prelude::*;

use crate::ids::ProposalId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "practices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The city that published it.
    pub tenant_id: i32,
    pub proposal_id: ProposalId,
    pub network_category: crate::organisation::category::NetworkCategory,
    /// `awarded` or `implemented`.
    pub status: String,
    pub budget_cents: i64,
    /// JSON of `[projects::Outcome]`.
    pub outcomes: String,
    pub original_locale: String,
    pub published_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
