//! The platform account entity: an operator or network coordinator, who
//! belongs to no city.

use sea_orm::entity::prelude::*;

use crate::people::role::Role;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "platform_accounts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    /// Operator or coordinator.
    pub role: Role,
    pub password_hash: Option<String>,
    pub setup_token_hash: Option<String>,
    pub setup_expires_at: Option<DateTimeUtc>,
    pub active: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
