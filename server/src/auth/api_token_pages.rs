//! The tenant admin's page of API tokens: list, create (shown once) and
//! revoke.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::{Action, api_tokens, csrf::CsrfForm, require};
use crate::{
    error::AppError,
    state::AppState,
    web::{
        FieldError, PageContext,
        confirm::{self, Ask, Confirm},
        field_errors, render,
    },
};

struct TokenLine {
    id: i32,
    name: String,
    prefix: String,
    created: String,
    last_used: String,
    revoked: bool,
}

#[derive(Template)]
#[template(path = "auth/templates/api_tokens.html")]
struct TokensPage {
    ctx: PageContext,
    tokens: Vec<TokenLine>,
    created: Option<String>,
    errors: Vec<FieldError>,
}

async fn tokens_page(
    app: &AppState,
    ctx: PageContext,
    created: Option<String>,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let site = ctx.site()?.clone();
    let tokens = api_tokens::list(&app.db, site.id)
        .await?
        .into_iter()
        .map(|t| TokenLine {
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            created: ctx
                .l10n
                .date_time(&t.created_at.with_timezone(&site.timezone)),
            last_used: t
                .last_used_at
                .map(|at| ctx.l10n.date_time(&at.with_timezone(&site.timezone)))
                .unwrap_or_else(|| "—".into()),
            revoked: t.revoked_at.is_some(),
        })
        .collect();
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(&TokensPage {
        ctx,
        tokens,
        created,
        errors,
    })?;
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /admin/api-tokens`
pub async fn list(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ManageApiTokens)?;
    tokens_page(&app, ctx, None, Vec::new()).await
}

#[derive(Deserialize)]
pub struct NewToken {
    #[serde(default)]
    name: String,
}

/// `POST /admin/api-tokens`: the token is shown this once.
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<NewToken>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageApiTokens)?;
    let creator = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let scope = ctx.site()?.id;
    match api_tokens::create(&app.db, scope, creator, &form.name, app.clock.now()).await {
        Ok(token) => tokens_page(&app, ctx, Some(token), Vec::new()).await,
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            tokens_page(&app, ctx, None, errors).await
        }
        Err(error) => Err(error),
    }
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /admin/api-tokens/{id}/revoke`: works no more, at once.
pub async fn revoke(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let actor = require(&ctx, Action::ManageApiTokens)?
        .user
        .as_ref()
        .map(|u| u.id);
    let scope = ctx.site()?.id;
    if !form.yes() {
        let name = api_tokens::name_of(&app.db, scope, id).await?;
        let l = &ctx.l10n;
        let args = [("token", name.into())];
        let ask = Ask {
            title: l.args("confirm-token-title", &args),
            consequences: vec![l.t("confirm-token-consequence")],
            confirm_label: l.t("confirm-token-button"),
            action: ctx.link(&format!("/admin/api-tokens/{id}/revoke")),
            fields: Vec::new(),
            cancel: ctx.link("/admin/api-tokens"),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    api_tokens::revoke(&app.db, scope, actor, id, app.clock.now()).await?;
    Ok(Redirect::to(&ctx.link("/admin/api-tokens")).into_response())
}
