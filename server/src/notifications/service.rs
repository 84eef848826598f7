//! Notifications written, read and forgotten: telling people something,
//! a notification's text, a person's latest ones, and an erased person's
//! name taken out of them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};

use super::entity::{ActiveModel, Column, Entity, Model};
use crate::ids::PersonId;
use crate::{i18n::L10n, people::user, tenancy::TenantId};

/// Tells each of `people` something, linking to `link` (a path in the site).
pub async fn notify<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    people: &[PersonId],
    message: &str,
    args: serde_json::Value,
    link: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .insert_many(
            people.iter().map(|person| ActiveModel {
                user_id: Set(*person),
                message: Set(message.to_owned()),
                args: Set(args.to_string()),
                link: Set(link.to_owned()),
                created_at: Set(at),
                read_at: Set(None),
                ..Default::default()
            }),
            db,
        )
        .await
}

/// A notification's text in one language.
pub fn render_text(l: &L10n, message: &str, args: &serde_json::Value) -> String {
    let empty = serde_json::Map::new();
    let pairs: Vec<(&str, fluent_bundle::FluentValue)> = args
        .as_object()
        .unwrap_or(&empty)
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or_default().to_owned().into()))
        .collect();
    l.args(message, &pairs)
}

/// The person a notification's text names, if any.
pub fn person_of(args: &serde_json::Value) -> Option<PersonId> {
    args.get(PERSON)
        .and_then(serde_json::Value::as_i64)
        .and_then(|id| i32::try_from(id).ok())
        .map(PersonId)
}

/// The key under which a notification names a person by id.
pub const PERSON: &str = "person";

/// An erased person's name, copied into notifications before they named
/// people by id, becomes a reference to them, rendered as the placeholder.
pub async fn forget_name<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
    name: &str,
) -> Result<(), DbErr> {
    let Ok(quoted) = serde_json::to_string(name) else {
        return Ok(());
    };
    if name.is_empty() {
        return Ok(());
    }
    let naming = scope
        .find::<Entity>()
        .filter(Column::Args.contains(quoted.as_str()))
        .all(db)
        .await?;
    for notice in naming {
        let mut args: serde_json::Value = serde_json::from_str(&notice.args).unwrap_or_default();
        let Some(fields) = args.as_object_mut() else {
            continue;
        };
        fields.retain(|_, value| value.as_str() != Some(name));
        fields.insert(PERSON.into(), person.get().into());
        scope
            .update_many::<Entity>()
            .col_expr(Column::Args, Expr::value(args.to_string()))
            .filter(Column::Id.eq(notice.id))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// The person's latest `limit` notifications, newest first, with the
/// people their texts name.
pub async fn latest<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
    limit: u64,
) -> Result<(Vec<Model>, HashMap<PersonId, user::Model>), DbErr> {
    let items = scope
        .find::<Entity>()
        .filter(Column::UserId.eq(person))
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let named: Vec<PersonId> = items
        .iter()
        .filter_map(|n| person_of(&serde_json::from_str(&n.args).unwrap_or_default()))
        .collect();
    let people = if named.is_empty() {
        HashMap::new()
    } else {
        scope
            .find::<user::Entity>()
            .filter(user::Column::Id.is_in(named))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect()
    };
    Ok((items, people))
}

/// Marks all of the person's notifications read at `now`.
pub async fn mark_read<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .update_many::<Entity>()
        .col_expr(Column::ReadAt, Expr::value(now))
        .filter(Column::UserId.eq(person))
        .filter(Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
