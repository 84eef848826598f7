//! API tokens: a tenant admin creates one for an integration (shown once),
//! and revokes it. A token acts as the admin who made it, with that
//! person's roles at the time of each request. Their queries and writes.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, QueryFilter,
    QueryOrder, TransactionTrait, entity::prelude::*,
};
use serde_json::json;

pub use super::api_token::{ActiveModel, Column, Entity, Model, PREFIX};
use super::{invitations::token_hash, session::random_token};
use crate::ids::PersonId;
use crate::{
    audit,
    error::{AppError, FieldIssue},
    tenancy::TenantId,
};

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

/// The city's tokens, newest first, revoked ones too.
pub async fn list(db: &impl ConnectionTrait, scope: TenantId) -> Result<Vec<Model>, DbErr> {
    scope
        .find::<Entity>()
        .order_by_desc(Column::Id)
        .all(db)
        .await
}

/// Creates a token acting as `creator`, audited, and returns it: the only
/// time it is known.
pub async fn create(
    db: &DatabaseConnection,
    scope: TenantId,
    creator: PersonId,
    name: &str,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        return Err(AppError::Invalid(vec![FieldIssue::new(
            "name",
            "token-error-name",
        )]));
    }
    let token = format!("{PREFIX}{}", random_token());
    let txn = db.begin().await?;
    let created = scope
        .insert(
            ActiveModel {
                user_id: Set(creator),
                name: Set(name.to_owned()),
                token_hash: Set(token_hash(&token)),
                prefix: Set(token.chars().take(10).collect()),
                created_at: Set(now),
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
    Ok(token)
}

/// Revokes a live token, audited: it works no more, at once.
/// The name of a token not yet revoked, for the page that asks first.
pub async fn name_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: i32,
) -> Result<String, AppError> {
    scope
        .find::<Entity>()
        .filter(Column::Id.eq(id))
        .filter(Column::RevokedAt.is_null())
        .one(db)
        .await?
        .map(|t| t.name)
        .ok_or(AppError::NotFound)
}

pub async fn revoke(
    db: &DatabaseConnection,
    scope: TenantId,
    actor: Option<PersonId>,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let txn = db.begin().await?;
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
    Ok(())
}
