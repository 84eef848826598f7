//! The categories a call offers.

use sea_orm::{
    DbBackend, QueryOrder, QueryResult, Select,
    entity::prelude::*,
    sea_query::{Expr, ExprTrait, Query},
};

use crate::ids::CallId;
use crate::{db::lists, organisation::category, tenancy::TenantId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "call_categories")]
pub struct Model {
    pub tenant_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub call_id: CallId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub category_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

/// The categories offered by the call whose id is `call` (a value, or a
/// column of an enclosing statement), by name.
fn offered_by(scope: TenantId, call: Expr) -> Select<category::Entity> {
    let links = Query::select()
        .column(Column::CategoryId)
        .from(Entity)
        .and_where(Column::TenantId.eq(scope.get()))
        .and_where(Expr::col((Entity, Column::CallId)).eq(call))
        .to_owned();
    scope
        .find::<category::Entity>()
        .filter(category::Column::Id.in_subquery(links))
        .order_by_asc(category::Column::Name)
}

/// The categories `call` offers, by name, in one statement.
pub async fn offered(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<category::Model>, DbErr> {
    offered_by(scope, Expr::val(call)).all(db).await
}

/// The categories offered by the call whose id is `call` (a column of the
/// enclosing statement) as a list column (`db::lists`), read back with
/// [`read_offered`]: the call's page and its proposals' pages show them
/// with the call, in the same statement.
pub fn offered_list(backend: DbBackend, scope: TenantId, call: Expr) -> Expr {
    lists::rows(
        backend,
        offered_by(scope, call),
        vec![
            Expr::col((category::Entity, category::Column::Id)),
            Expr::col((category::Entity, category::Column::Name)),
            Expr::col((category::Entity, category::Column::NetworkCategory)),
        ],
    )
}

/// The categories of an [`offered_list`] column.
pub fn read_offered(
    row: &QueryResult,
    column: &str,
    scope: TenantId,
) -> Result<Vec<category::Model>, DbErr> {
    lists::read::<(i32, String, String)>(row, column)?
        .into_iter()
        .map(|(id, name, network)| {
            Ok(category::Model {
                id,
                tenant_id: scope.get(),
                name,
                network_category: category::NetworkCategory::try_from_value(&network)?,
            })
        })
        .collect()
}
