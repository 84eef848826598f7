//! An employee offering themselves to a challenge's team ("I am in
//! housing, I know the eviction procedures"); a team lead may invite them.

use sea_orm::entity::prelude::*;

use crate::ids::{ChallengeId, PersonId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "team_offers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub challenge_id: ChallengeId,
    pub user_id: PersonId,
    pub message: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
