//! The categories a call offers.

use sea_orm::{QueryOrder, entity::prelude::*, sea_query::Query};

use crate::{organisation::category, tenancy::TenantId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "call_categories")]
pub struct Model {
    pub tenant_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub call_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub category_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

/// The categories `call` offers, by name: one statement (the call's page
/// and its proposals' pages show them at every view).
pub async fn offered(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: i32,
) -> Result<Vec<category::Model>, DbErr> {
    let links = Query::select()
        .column(Column::CategoryId)
        .from(Entity)
        .and_where(Column::TenantId.eq(scope.get()))
        .and_where(Column::CallId.eq(call))
        .to_owned();
    scope
        .find::<category::Entity>()
        .filter(category::Column::Id.in_subquery(links))
        .order_by_asc(category::Column::Name)
        .all(db)
        .await
}
