//! The city admin's view of its email queue: how many emails stand in each
//! state, the ones that failed or bounced, and a failed one tried again.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};

use super::outbox::{self, Column, Entity};
use crate::{ids::PersonId, tenancy::TenantId};

/// Emails the failures list shows at most.
pub const SHOWN: u64 = 100;

/// How many of the city's emails stand in each state (every state, zero
/// where none).
pub async fn counts<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
) -> Result<Vec<(&'static str, i64)>, DbErr> {
    let rows: Vec<(String, i64)> = scope
        .find::<Entity>()
        .select_only()
        .column(Column::Status)
        .column_as(Column::Id.count(), "n")
        .group_by(Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    Ok(outbox::STATES
        .into_iter()
        .map(|state| {
            let n = rows.iter().find(|(s, _)| s == state).map_or(0, |(_, n)| *n);
            (state, n)
        })
        .collect())
}

/// The latest failed and bounced emails, newest first.
pub async fn failures<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
) -> Result<Vec<outbox::Model>, DbErr> {
    scope
        .find::<Entity>()
        .filter(Column::Status.is_in([outbox::FAILED, outbox::BOUNCED]))
        .order_by_desc(Column::Id)
        .limit(SHOWN)
        .all(db)
        .await
}

/// One failed email of the city, if it is one.
pub async fn failed<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    id: i32,
) -> Result<Option<outbox::Model>, DbErr> {
    scope
        .find_by_id::<Entity>(id)
        .filter(Column::Status.eq(outbox::FAILED))
        .one(db)
        .await
}

/// Puts a failed email back in the queue, due now, with its tries counted
/// afresh; whether it was still failed (a retry clicked twice does nothing
/// the second time).
pub async fn retry<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let moved = scope
        .update_many::<Entity>()
        .col_expr(Column::Status, Expr::value(outbox::QUEUED))
        .col_expr(Column::Attempts, Expr::value(0))
        .col_expr(Column::NextAttemptAt, Expr::value(now))
        .col_expr(
            Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(outbox::FAILED))
        .exec(db)
        .await?;
    Ok(moved.rows_affected == 1)
}

/// The people the failures are addressed to.
pub fn recipients(rows: &[outbox::Model]) -> Vec<PersonId> {
    let mut people: Vec<PersonId> = rows.iter().map(|r| r.user_id).collect();
    people.sort_by_key(|p| p.get());
    people.dedup();
    people
}
