//! A call's title and description in one language.

use sea_orm::{
    DbBackend, QueryOrder, QueryResult,
    entity::prelude::*,
    sea_query::{Expr, ExprTrait},
};

use crate::ids::CallId;
use crate::{db::lists, i18n::Lang, tenancy::TenantId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "call_texts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub call_id: CallId,
    pub locale: String,
    pub title: String,
    pub description: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

/// The texts (in the order written) of the call whose id is `call`, an
/// expression of the enclosing statement, as a list column
/// (`db::lists`); read back with [`read_list`].
pub fn list(backend: DbBackend, scope: TenantId, call: Expr) -> Expr {
    texts(
        backend,
        scope,
        call,
        Expr::col((Entity, Column::Description)),
    )
}

/// As [`list`], with the titles only (the descriptions empty): for pages
/// that name a call, without the database writing out its descriptions.
pub fn titles(backend: DbBackend, scope: TenantId, call: Expr) -> Expr {
    texts(backend, scope, call, Expr::val(""))
}

fn texts(backend: DbBackend, scope: TenantId, call: Expr, description: Expr) -> Expr {
    lists::rows(
        backend,
        scope
            .find::<Entity>()
            .filter(Expr::col((Entity, Column::CallId)).eq(call))
            .order_by_asc(Column::Id),
        vec![
            Expr::col((Entity, Column::Id)),
            Expr::col((Entity, Column::CallId)),
            Expr::col((Entity, Column::Locale)),
            Expr::col((Entity, Column::Title)),
            description,
        ],
    )
}

/// The texts of a [`list`] or [`titles`] column.
pub fn read_list(row: &QueryResult, column: &str, scope: TenantId) -> Result<Vec<Model>, DbErr> {
    Ok(lists::read(row, column)?
        .into_iter()
        .map(|(id, call_id, locale, title, description)| Model {
            id,
            tenant_id: scope.get(),
            call_id,
            locale,
            title,
            description,
        })
        .collect())
}

/// A call's title in `lang`, else the first written.
pub fn title_in(texts: &[Model], lang: Lang) -> String {
    texts
        .iter()
        .find(|t| t.locale == lang.code())
        .or_else(|| texts.first())
        .map(|t| t.title.clone())
        .unwrap_or_default()
}
