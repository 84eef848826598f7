//! API tokens: a tenant admin creates one for an integration (shown once),
//! and revokes it. A token acts as the admin who made it, with that
//! person's roles at the time of each request.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder,
    TransactionTrait, entity::prelude::*,
};
use serde::Deserialize;
use serde_json::json;

use super::{Action, csrf::CsrfForm, invitations::token_hash, require, session::random_token};
use crate::ids::PersonId;
use crate::{
    audit,
    error::AppError,
    state::AppState,
    tenancy::TenantId,
    web::{FieldError, PageContext, render},
};

/// Every token starts so, which makes a leaked one easy to recognise.
pub const PREFIX: &str = "inv_";

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub user_id: PersonId,
    pub name: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub prefix: String,
    pub created_at: DateTimeUtc,
    pub revoked_at: Option<DateTimeUtc>,
    pub last_used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

/// The person a live token of this city acts as.
pub async fn holder(
    db: &impl ConnectionTrait,
    scope: TenantId,
    token: &str,
) -> Result<Option<PersonId>, DbErr> {
    if !token.starts_with(PREFIX) || token.len() > 100 {
        return Ok(None);
    }
    let Some(found) = scope
        .find::<Entity>()
        .filter(Column::TokenHash.eq(token_hash(token)))
        .filter(Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    scope
        .update_many::<Entity>()
        .col_expr(Column::LastUsedAt, Expr::value(Utc::now()))
        .filter(Column::Id.eq(found.id))
        .exec(db)
        .await?;
    Ok(Some(found.user_id))
}

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
    let tokens = site
        .id
        .find::<Entity>()
        .order_by_desc(Column::Id)
        .all(&app.db)
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
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        let errors = vec![FieldError::new(&ctx, "name", "token-error-name")];
        return tokens_page(&app, ctx, None, errors).await;
    }
    let token = format!("{PREFIX}{}", random_token());
    let scope = ctx.site()?.id;
    let txn = app.db.begin().await?;
    let created = scope
        .insert(
            ActiveModel {
                user_id: Set(creator),
                name: Set(name.to_owned()),
                token_hash: Set(token_hash(&token)),
                prefix: Set(token.chars().take(10).collect()),
                created_at: Set(app.clock.now()),
                revoked_at: Set(None),
                last_used_at: Set(None),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    audit::record(
        &txn,
        scope,
        created.created_at,
        audit::Event {
            actor: Some(creator),
            action: "api_token.create",
            subject_type: "api_token",
            subject_id: created.id,
            before: json!({}),
            after: json!({ "name": created.name, "prefix": created.prefix }),
        },
    )
    .await?;
    txn.commit().await?;
    tokens_page(&app, ctx, Some(token), Vec::new()).await
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /admin/api-tokens/{id}/revoke`: works no more, at once.
pub async fn revoke(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let actor = require(&ctx, Action::ManageApiTokens)?
        .user
        .as_ref()
        .map(|u| u.id);
    let scope = ctx.site()?.id;
    let now = app.clock.now();
    let txn = app.db.begin().await?;
    let done = scope
        .update_many::<Entity>()
        .col_expr(Column::RevokedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "api_token.revoke",
            subject_type: "api_token",
            subject_id: id,
            before: json!({ "revoked_at": null }),
            after: json!({ "revoked_at": now }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Redirect::to(&ctx.link("/admin/api-tokens")).into_response())
}
