//! The platform's own accounts: operators and network coordinators belong
//! to no city. They are named with `innovato user grant`, choose a password
//! through a single-use link, and sign in on the platform's pages. Their
//! queries and writes.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, IntoActiveModel, QueryFilter,
    entity::prelude::*,
};

pub use super::platform_account::{ActiveModel, Column, Entity, Model};
use super::{
    invitations::{token_hash, valid_email},
    password,
    session::{Principal, random_token},
};
use crate::{error::AppError, people::Role};

#[derive(Debug, thiserror::Error)]
pub enum GrantError {
    #[error("{0:?} is not an email address")]
    BadEmail(String),
    #[error("platform roles are operator and coordinator")]
    NotPlatformRole,
    #[error(transparent)]
    Database(#[from] DbErr),
}

#[allow(
    clippy::disallowed_methods,
    reason = "platform accounts belong to no tenant"
)]
pub async fn find_active(db: &impl ConnectionTrait, id: i32) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id)
        .filter(Column::Active.eq(true))
        .one(db)
        .await
}

#[allow(
    clippy::disallowed_methods,
    reason = "platform accounts belong to no tenant"
)]
pub async fn find_by_email(db: &impl ConnectionTrait, email: &str) -> Result<Option<Model>, DbErr> {
    Entity::find().filter(Column::Email.eq(email)).one(db).await
}

#[allow(
    clippy::disallowed_methods,
    reason = "platform accounts belong to no tenant"
)]
pub async fn find_by_setup_token(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::SetupTokenHash.eq(token_hash(token)))
        .filter(Column::SetupExpiresAt.gt(Utc::now()))
        .one(db)
        .await
}

/// Gives a platform role (creating the account if needed) and returns the
/// path of a single-use link, valid 7 days, at which to choose a password.
#[allow(
    clippy::disallowed_methods,
    reason = "platform accounts belong to no tenant"
)]
pub async fn grant(
    db: &impl ConnectionTrait,
    email: &str,
    name: &str,
    role: Role,
) -> Result<String, GrantError> {
    let email = email.trim().to_lowercase();
    if !valid_email(&email) {
        return Err(GrantError::BadEmail(email));
    }
    if !matches!(role, Role::Operator | Role::Coordinator) {
        return Err(GrantError::NotPlatformRole);
    }
    let token = random_token();
    let expires = Utc::now() + Duration::days(7);
    match find_by_email(db, &email).await? {
        Some(account) => {
            let mut row = account.into_active_model();
            row.role = Set(role);
            row.active = Set(true);
            row.setup_token_hash = Set(Some(token_hash(&token)));
            row.setup_expires_at = Set(Some(expires));
            row.update(db).await?;
        }
        None => {
            ActiveModel {
                email: Set(email.clone()),
                display_name: Set(if name.trim().is_empty() {
                    email.clone()
                } else {
                    name.trim().to_owned()
                }),
                role: Set(role),
                password_hash: Set(None),
                setup_token_hash: Set(Some(token_hash(&token))),
                setup_expires_at: Set(Some(expires)),
                active: Set(true),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(format!("/account/setup/{token}"))
}

/// The active account with this email, and its stored hash, for a
/// password sign-in (an account yet to choose a password has none).
pub async fn sign_in_account(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<(Principal, String)>, DbErr> {
    Ok(find_by_email(db, email)
        .await?
        .filter(|a| a.active)
        .and_then(|a| Some((Principal::PlatformAccount(a.id), a.password_hash?))))
}

/// Sets the password chosen at a setup link and spends the link; a refused
/// password is an `Invalid` of the `password` field.
#[allow(
    clippy::disallowed_methods,
    reason = "platform accounts belong to no tenant"
)]
pub async fn set_password(
    db: &impl ConnectionTrait,
    account: &Model,
    token: &str,
    password: &str,
    confirmation: &str,
) -> Result<(), AppError> {
    password::refuse(password, confirmation)?;
    let hash = password::hash_off_thread(password).await?;
    let spent = Entity::update_many()
        .col_expr(Column::PasswordHash, Expr::value(hash))
        .col_expr(Column::SetupTokenHash, Expr::value(Option::<String>::None))
        .filter(Column::Id.eq(account.id))
        .filter(Column::SetupTokenHash.eq(token_hash(token)))
        .exec(db)
        .await?;
    if spent.rows_affected != 1 {
        return Err(AppError::InvitationInvalid);
    }
    Ok(())
}
