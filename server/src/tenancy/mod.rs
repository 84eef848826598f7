//! Which city a request belongs to, and the only door to tenant-owned data.
//!
//! Every tenant-owned entity implements [`TenantOwned`]; reading or writing it
//! goes through a [`TenantId`], which adds the tenant to every statement.
//! The unscoped sea-orm entry points (`Entity::find`, `ActiveModel::update`,
//! …) are listed in `clippy.toml` as disallowed, so writing a query that
//! forgets the tenant fails `cargo clippy` outside this module.

pub mod host;
mod resolve;
pub mod tenant;

pub use resolve::{Target, TenantContext, TenantDirectory, find_by_host, find_by_slug};

use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, ConnectionTrait, DeleteMany, EntityTrait,
    IntoActiveModel, PrimaryKeyTrait, QueryFilter, RelationDef, Select, UpdateMany,
    sea_query::{Expr, ExprTrait, IntoCondition},
};

/// The identifier of a tenant that was resolved from a request, a CLI
/// argument or the demo seed; the only value that opens tenant-owned data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TenantId(i32);

impl TenantId {
    /// Only code that has loaded the tenant row can name a tenant.
    pub fn of(tenant: &tenant::Model) -> Self {
        Self(tenant.id)
    }

    /// The tenant a statement is built for once and run for each city
    /// (`db::lists::Reused`): a number no tenant has, replaced by the
    /// real one before the statement runs.
    pub(crate) const fn stand_in() -> Self {
        Self(i32::MIN)
    }

    pub fn get(self) -> i32 {
        self.0
    }

    /// A join from rows of `E` to the rows of `R` whose `to` column equals
    /// their `from` column, limited to this tenant's rows of `R` (for
    /// `QuerySelect::join`): a query that joins stays inside the city.
    pub fn join<E: EntityTrait, R: TenantOwned>(
        self,
        from: E::Column,
        to: R::Column,
    ) -> RelationDef {
        let tenant = self.0;
        E::belongs_to(R::default())
            .from(from)
            .to(to)
            .on_condition(move |_, joined| {
                Expr::col((joined, R::tenant_column()))
                    .eq(tenant)
                    .into_condition()
            })
            .into()
    }
}

/// An entity whose rows belong to exactly one tenant.
pub trait TenantOwned: EntityTrait {
    fn tenant_column() -> Self::Column;
}

/// Declares entities as tenant-owned through their `tenant_id` column.
macro_rules! tenant_owned {
    ($($entity:path),+ $(,)?) => {
        $(impl $crate::tenancy::TenantOwned for $entity {
            fn tenant_column() -> Self::Column {
                <$entity as sea_orm::EntityTrait>::Column::TenantId
            }
        })+
    };
}
pub(crate) use tenant_owned;

#[allow(
    clippy::disallowed_methods,
    reason = "the scoped wrappers are where the unscoped calls belong"
)]
impl TenantId {
    /// `SELECT … WHERE tenant_id = ?`
    pub fn find<E: TenantOwned>(self) -> Select<E> {
        E::find().filter(E::tenant_column().eq(self.0))
    }

    /// One row by primary key, only if it belongs to this tenant.
    pub fn find_by_id<E: TenantOwned>(
        self,
        id: impl Into<<E::PrimaryKey as PrimaryKeyTrait>::ValueType>,
    ) -> Select<E> {
        E::find_by_id(id).filter(E::tenant_column().eq(self.0))
    }

    pub fn update_many<E: TenantOwned>(self) -> UpdateMany<E> {
        E::update_many().filter(E::tenant_column().eq(self.0))
    }

    pub fn delete_many<E: TenantOwned>(self) -> DeleteMany<E> {
        E::delete_many().filter(E::tenant_column().eq(self.0))
    }

    /// Inserts a row, stamping it with this tenant whatever it said before.
    pub async fn insert<E, A, C>(self, mut row: A, db: &C) -> Result<E::Model, sea_orm::DbErr>
    where
        E: TenantOwned,
        A: ActiveModelTrait<Entity = E> + ActiveModelBehavior + Send,
        E::Model: IntoActiveModel<A>,
        C: ConnectionTrait,
    {
        row.set(E::tenant_column(), self.0.into());
        row.insert(db).await
    }

    /// Inserts many rows at once, each stamped with this tenant.
    pub async fn insert_many<E, A, C>(
        self,
        rows: impl IntoIterator<Item = A>,
        db: &C,
    ) -> Result<(), sea_orm::DbErr>
    where
        E: TenantOwned,
        A: ActiveModelTrait<Entity = E> + Send,
        C: ConnectionTrait,
    {
        let rows: Vec<A> = rows
            .into_iter()
            .map(|mut row| {
                row.set(E::tenant_column(), self.0.into());
                row
            })
            .collect();
        if rows.is_empty() {
            return Ok(());
        }
        E::insert_many(rows).exec_without_returning(db).await?;
        Ok(())
    }

    /// Updates one row, only if it belongs to this tenant; a row of another
    /// tenant is reported as not found rather than moved or changed.
    pub async fn update<E, A, C>(self, row: A, db: &C) -> Result<E::Model, sea_orm::DbErr>
    where
        E: TenantOwned,
        A: ActiveModelTrait<Entity = E> + ActiveModelBehavior + Send,
        E::Model: IntoActiveModel<A>,
        C: ConnectionTrait,
    {
        E::update(row)
            .validate()?
            .filter(E::tenant_column().eq(self.0))
            .exec(db)
            .await
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::{DbBackend, JoinType, QuerySelect, QueryTrait};

    use super::TenantId;
    use crate::calls::{self, text};

    #[test]
    fn a_join_keeps_the_joined_rows_inside_the_city() {
        let turin = TenantId(7);
        let sql = turin
            .find::<calls::Entity>()
            .join(
                JoinType::LeftJoin,
                turin.join::<calls::Entity, text::Entity>(calls::Column::Id, text::Column::CallId),
            )
            .build(DbBackend::Postgres)
            .to_string();
        assert!(
            sql.contains(
                r#"LEFT JOIN "call_texts" ON "calls"."id" = "call_texts"."call_id" AND "call_texts"."tenant_id" = 7"#
            ),
            "{sql}"
        );
        assert!(sql.ends_with(r#"WHERE "calls"."tenant_id" = 7"#), "{sql}");
    }
}
