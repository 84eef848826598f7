//! The categories a call offers.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "call_categories")]
pub struct Model {
    pub tenant_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub call_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub category_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
