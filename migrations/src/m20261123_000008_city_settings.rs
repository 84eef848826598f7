//! A city's own settings: its name in each language, and its headcount by
//! grade (the denominators of participation figures).

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::tenant_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Tenants {
    Table,
    /// JSON object: language code → the city's name in it.
    Names,
}

#[derive(DeriveIden, Clone, Copy)]
enum Headcounts {
    Table,
    Id,
    TenantId,
    Grade,
    Employees,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Tenants::Table)
                    .add_column(text(Tenants::Names).default("{}"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Headcounts::Table)
                    .col(pk_auto(Headcounts::Id))
                    .col(integer(Headcounts::TenantId))
                    .col(string_len(Headcounts::Grade, 80))
                    .col(integer(Headcounts::Employees))
                    .foreign_key(&mut tenant_fk(Headcounts::Table, "fk_headcounts_tenant"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_headcounts_grade")
                    .table(Headcounts::Table)
                    .col(Headcounts::TenantId)
                    .col(Headcounts::Grade)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Headcounts::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Tenants::Table)
                    .drop_column(Tenants::Names)
                    .to_owned(),
            )
            .await
    }
}
