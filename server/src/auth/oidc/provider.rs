//! The identity provider entity: a city's OpenID Connect settings, as its
//! admin configured them.

use sea_orm::entity::prelude::*;

/// A city's identity provider, as its admin configured it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sso_providers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub tenant_id: i32,
    pub issuer_url: String,
    pub client_id: String,
    /// Sealed with the server's key (`secrets`); never shown back.
    pub client_secret: String,
    /// Space-separated; always includes `openid`.
    pub scopes: String,
    pub email_claim: String,
    pub name_claim: String,
    pub division_claim: String,
    pub grade_claim: String,
    pub updated_at: DateTimeUtc,
    /// Further claims kept as attributes for eligibility, space-separated.
    pub extra_claims: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
