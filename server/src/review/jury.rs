//! A call's jury: city people (employees or invited outside experts) the
//! tenant admin chose to score its proposals.

use sea_orm::entity::prelude::*;

use crate::ids::{CallId, PersonId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "jury_members")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub call_id: CallId,
    pub user_id: PersonId,
    pub added_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
