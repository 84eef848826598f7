//! What the calls feature does with its data beyond single rows: reading a
//! call's texts for other features.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder};

use super::text;
use crate::{i18n::Lang, tenancy::TenantId};

/// The call's title in `lang`, else the first written.
pub async fn title(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: i32,
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
