//! Keys every tenant-owned table uses: a foreign key to its tenant, a unique
//! `(tenant_id, id)`, and foreign keys on `(tenant_id, column)` so that a
//! row can only point at rows of its own tenant.

use sea_orm_migration::prelude::*;

/// `tenant_id` → `tenants.id`, deleted with the tenant.
pub fn tenant_fk(table: impl IntoIden + 'static, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, Alias::new("tenant_id"))
        .to(Alias::new("tenants"), Alias::new("id"))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

/// `(tenant_id, column)` → `(tenant_id, id)` of `target`.
pub fn same_tenant_fk(
    table: impl IntoIden + 'static,
    column: impl IntoIden + 'static,
    target: impl IntoIden + 'static,
    name: &str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, (Alias::new("tenant_id"), column))
        .to(target, (Alias::new("tenant_id"), Alias::new("id")))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

/// A unique `(tenant_id, id)`: the target of same-tenant foreign keys.
pub fn tenant_id_key(table: impl IntoIden + 'static, name: &str) -> IndexCreateStatement {
    Index::create()
        .name(name)
        .table(table)
        .col(Alias::new("tenant_id"))
        .col(Alias::new("id"))
        .unique()
        .to_owned()
}
