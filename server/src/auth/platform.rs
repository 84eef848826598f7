//! The platform's own accounts: operators and network coordinators belong
//! to no city. They are named with `innovato user grant`, choose a password
//! through a single-use link, and sign in on the platform's pages.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, IntoActiveModel, QueryFilter,
    entity::prelude::*,
};
use serde::Deserialize;

use super::{
    Principal, Realm,
    csrf::CsrfForm,
    invitations::{token_hash, valid_email},
    pages::begin_session,
    password::{self, PasswordSignIn},
    session::random_token,
};
use crate::auth::viewer_cache::ViewerCache;
use crate::{
    error::AppError,
    people::Role,
    state::AppState,
    web::client_addr::ClientAddr,
    web::{FieldError, PageContext, render},
};
use std::sync::Arc;

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
async fn find_by_setup_token(
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

/// `POST /signin`: an operator or coordinator signs in.
pub async fn sign_in(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ClientAddr(address): ClientAddr,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<PasswordSignIn>,
) -> Result<Response, AppError> {
    let account = find_by_email(&app.db, &form.email())
        .await?
        .filter(|a| a.active)
        .and_then(|a| Some((Principal::PlatformAccount(a.id), a.password_hash?)));
    password::sign_in(
        &app,
        &viewers,
        &ctx,
        address,
        form,
        Realm::Platform,
        account,
    )
    .await
}

#[derive(Template)]
#[template(path = "auth/templates/accept.html")]
struct SetupPage {
    ctx: PageContext,
    name: String,
    email: String,
    action: String,
    errors: Vec<FieldError>,
}

/// `GET /account/setup/{token}`
pub async fn setup_form(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let account = find_by_setup_token(&app.db, &token)
        .await?
        .ok_or(AppError::InvitationInvalid)?;
    render(&SetupPage {
        action: format!("/account/setup/{token}"),
        name: account.display_name,
        email: account.email,
        errors: Vec::new(),
        ctx,
    })
}

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirmation: String,
}

/// `POST /account/setup/{token}`: the password is set and the link spent.
#[allow(
    clippy::disallowed_methods,
    reason = "platform accounts belong to no tenant"
)]
pub async fn setup(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<SetupForm>,
) -> Result<Response, AppError> {
    let account = find_by_setup_token(&app.db, &token)
        .await?
        .ok_or(AppError::InvitationInvalid)?;
    if let Some(problem) = password::problem(&form.password, &form.confirmation) {
        let mut response = render(&SetupPage {
            action: format!("/account/setup/{token}"),
            name: account.display_name,
            email: account.email,
            errors: vec![FieldError::new(&ctx, "password", problem)],
            ctx,
        })?;
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
    }
    let hash = password::hash_off_thread(&form.password).await?;
    let spent = Entity::update_many()
        .col_expr(Column::PasswordHash, Expr::value(hash))
        .col_expr(Column::SetupTokenHash, Expr::value(Option::<String>::None))
        .filter(Column::Id.eq(account.id))
        .filter(Column::SetupTokenHash.eq(token_hash(&token)))
        .exec(&app.db)
        .await?;
    if spent.rows_affected != 1 {
        return Err(AppError::InvitationInvalid);
    }
    begin_session(
        &app,
        &viewers,
        &ctx,
        Realm::Platform,
        Principal::PlatformAccount(account.id),
        None,
        Some("/account"),
    )
    .await
}
