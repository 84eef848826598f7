//! An edition's submission figures, stored once its deadline has passed:
//! from then on its proposals, teams and categories no longer change, so
//! the network's dashboards read them instead of counting a million rows
//! again. Likewise a city's participants of a year whose calls are closed.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum EditionFigures {
    Table,
    Id,
    TenantId,
    CallId,
    Submitted,
    Participants,
    /// JSON: team size → proposals.
    TeamSizes,
    /// JSON: network category → proposals.
    Categories,
    ComputedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum YearParticipants {
    Table,
    Id,
    TenantId,
    Year,
    Participants,
    ComputedAt,
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
                    .table(EditionFigures::Table)
                    .col(pk_auto(EditionFigures::Id))
                    .col(integer(EditionFigures::TenantId))
                    .col(integer(EditionFigures::CallId))
                    .col(big_integer(EditionFigures::Submitted))
                    .col(big_integer(EditionFigures::Participants))
                    .col(text(EditionFigures::TeamSizes))
                    .col(text(EditionFigures::Categories))
                    .col(timestamp_with_time_zone(EditionFigures::ComputedAt))
                    .foreign_key(&mut tenant_fk(
                        EditionFigures::Table,
                        "fk_edition_figures_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        EditionFigures::Table,
                        EditionFigures::CallId,
                        Calls::Table,
                        "fk_edition_figures_call",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_edition_figures_call")
                    .table(EditionFigures::Table)
                    .col(EditionFigures::TenantId)
                    .col(EditionFigures::CallId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(YearParticipants::Table)
                    .col(pk_auto(YearParticipants::Id))
                    .col(integer(YearParticipants::TenantId))
                    .col(integer(YearParticipants::Year))
                    .col(big_integer(YearParticipants::Participants))
                    .col(timestamp_with_time_zone(YearParticipants::ComputedAt))
                    .foreign_key(&mut tenant_fk(
                        YearParticipants::Table,
                        "fk_year_participants_tenant",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_year_participants")
                    .table(YearParticipants::Table)
                    .col(YearParticipants::TenantId)
                    .col(YearParticipants::Year)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(YearParticipants::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(EditionFigures::Table).to_owned())
            .await
    }
}
