//! A notification stored for a person: the message's Fluent id, its
//! arguments and where it links.

use sea_orm::entity::prelude::*;

use crate::ids::PersonId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub user_id: PersonId,
    /// Fluent id of the message, rendered in the reader's language.
    pub message: String,
    /// JSON object of the message's text variables. A person is named by
    /// id (`"person"`), never by a copy of their name: the name is read
    /// when shown, so an erasure reaches it.
    pub args: String,
    pub link: String,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
