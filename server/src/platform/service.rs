//! What the operators' console reads of each city: how many calls are open
//! and when someone last signed in.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, PaginatorTrait, QueryFilter, QueryOrder};

use crate::{
    calls::{Phase, entity as call},
    people::user,
    tenancy::TenantId,
};

/// How many of the city's calls are open.
pub async fn open_calls(db: &impl ConnectionTrait, scope: TenantId) -> Result<u64, DbErr> {
    scope
        .find::<call::Entity>()
        .filter(call::Column::Phase.eq(Phase::Open))
        .count(db)
        .await
}

/// When someone of the city last signed in, if anyone has.
pub async fn last_sign_in(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(scope
        .find::<user::Entity>()
        .filter(user::Column::LastSignInAt.is_not_null())
        .order_by_desc(user::Column::LastSignInAt)
        .one(db)
        .await?
        .and_then(|u| u.last_sign_in_at))
}
