//! Figures an edition published itself (Turin 2014's "111 employees
//! involved"): shown as published, beside what the platform counts, and
//! never recomputed (DOMAIN.md, reference figures).

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum PublishedFigures {
    Table,
    Id,
    TenantId,
    CallId,
    /// The KPI it stands beside (`participants`).
    Kpi,
    Value,
}

#[derive(DeriveIden, Clone, Copy)]
enum Calls {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PublishedFigures::Table)
                    .col(pk_auto(PublishedFigures::Id))
                    .col(integer(PublishedFigures::TenantId))
                    .col(integer(PublishedFigures::CallId))
                    .col(text(PublishedFigures::Kpi))
                    .col(big_integer(PublishedFigures::Value))
                    .foreign_key(&mut tenant_fk(
                        PublishedFigures::Table,
                        "fk_published_figures_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        PublishedFigures::Table,
                        PublishedFigures::CallId,
                        Calls::Table,
                        "fk_published_figures_call",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_published_figures_call_kpi")
                    .table(PublishedFigures::Table)
                    .col(PublishedFigures::TenantId)
                    .col(PublishedFigures::CallId)
                    .col(PublishedFigures::Kpi)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PublishedFigures::Table).to_owned())
            .await
    }
}
