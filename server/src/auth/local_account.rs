//! The local account entity: an invited outside expert's password.

use sea_orm::entity::prelude::*;

use crate::ids::PersonId;

/// The issuer recorded for people who sign in with a local password.
pub const LOCAL_ISSUER: &str = "local";

/// An invited person's password (kept apart from the user row, which is
/// exported to its owner).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "local_accounts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    #[sea_orm(unique)]
    pub user_id: PersonId,
    pub password_hash: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
