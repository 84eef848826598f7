//! The page where an operator or coordinator chooses a password through the
//! single-use link of `innovato user grant`.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use serde::Deserialize;
use std::sync::Arc;

use super::{
    Principal, Realm, csrf::CsrfForm, pages::begin_session, platform, viewer_cache::ViewerCache,
};
use crate::{
    error::AppError,
    state::AppState,
    web::{FieldError, PageContext, field_errors, render},
};

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
    let account = platform::find_by_setup_token(&app.db, &token)
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
pub async fn setup(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<SetupForm>,
) -> Result<Response, AppError> {
    let account = platform::find_by_setup_token(&app.db, &token)
        .await?
        .ok_or(AppError::InvitationInvalid)?;
    let set = platform::set_password(
        &app.db,
        &account,
        &token,
        &form.password,
        &form.confirmation,
    )
    .await;
    if let Err(AppError::Invalid(issues)) = set {
        let mut response = render(&SetupPage {
            action: format!("/account/setup/{token}"),
            name: account.display_name,
            email: account.email,
            errors: field_errors(&ctx.l10n, &issues),
            ctx,
        })?;
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
    }
    set?;
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
