//! A person's choice for one kind of notification by email. No row means
//! the kind's default (`notifications::Kind`'s rule in the README).

use sea_orm::entity::prelude::*;

use crate::ids::PersonId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mail_preferences")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub user_id: PersonId,
    /// `notifications::Kind` token.
    pub kind: String,
    /// `now`, `daily`, `weekly` or `never`.
    pub cadence: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
