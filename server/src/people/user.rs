//! A person in one tenant: one SSO identity (issuer, subject) is one user per
//! tenant. Email is an attribute, never an identity.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub issuer: String,
    pub subject: String,
    pub email: String,
    pub display_name: String,
    pub division_id: Option<i32>,
    /// Job grade or role as the city names it (`P.O.`, `director`, …).
    pub grade: Option<String>,
    /// The person's chosen interface language, if they chose one.
    pub locale: Option<String>,
    pub active: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
