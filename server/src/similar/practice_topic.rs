//! A topic of a library practice: confirmed by the admin who published it,
//! or suggested from its texts when they confirmed none.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "practice_topics")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The publishing city.
    pub tenant_id: i32,
    pub practice_id: i32,
    /// A code of [`super::topics::TOPICS`].
    pub topic: String,
    pub confirmed: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
