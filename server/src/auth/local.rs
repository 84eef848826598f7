//! Local sign-in for invited outside experts, who have no city account:
//! the password account behind an email.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, QueryFilter};

pub use super::local_account::{ActiveModel, Column, Entity, LOCAL_ISSUER, Model};
use super::session::Principal;
use crate::{people::user, tenancy::TenantId};

/// The active local person with this email, and their stored hash.
pub async fn account(
    db: &impl ConnectionTrait,
    scope: TenantId,
    email: &str,
) -> Result<Option<(Principal, String)>, DbErr> {
    let person = scope
        .find::<user::Entity>()
        .filter(user::Column::Issuer.eq(LOCAL_ISSUER))
        .filter(user::Column::Email.eq(email))
        .filter(user::Column::Active.eq(true))
        .one(db)
        .await?;
    Ok(match &person {
        Some(p) => scope
            .find::<Entity>()
            .filter(Column::UserId.eq(p.id))
            .one(db)
            .await?
            .map(|a| (Principal::User(p.id), a.password_hash)),
        None => None,
    })
}
