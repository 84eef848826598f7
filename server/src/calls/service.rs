//! What the calls feature does with its data beyond single rows: finding a
//! call for other features, reading its texts.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder};

use super::{entity, text};
use crate::{error::AppError, i18n::Lang, ids::CallId, tenancy::TenantId};

/// The city's call, whatever its phase.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<entity::Model, AppError> {
    scope
        .find_by_id::<entity::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The city's call once published: a draft is not there for employees.
pub async fn find_published(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<entity::Model, AppError> {
    let call = find(db, scope, id).await?;
    if call.phase.is_published() {
        Ok(call)
    } else {
        Err(AppError::NotFound)
    }
}

/// The call's title in `lang`, else the first written.
pub async fn title(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
    lang: Lang,
) -> Result<String, DbErr> {
    let texts = scope
        .find::<text::Entity>()
        .filter(text::Column::CallId.eq(call))
        .order_by_asc(text::Column::Id)
        .all(db)
        .await?;
    Ok(text::title_in(&texts, lang))
}
