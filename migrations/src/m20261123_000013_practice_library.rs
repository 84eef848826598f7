//! The network's practice library: practices a city publishes (translated
//! summaries, category, budget, outcomes, team names only with every
//! member's consent), and their adoptions by other cities.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Practices {
    Table,
    Id,
    /// The city that published it.
    TenantId,
    ProposalId,
    NetworkCategory,
    /// `awarded` or `implemented`.
    Status,
    BudgetCents,
    /// JSON: `[{label, value, unit}]`.
    Outcomes,
    /// Empty unless every team member agreed to be named.
    TeamNames,
    OriginalLocale,
    PublishedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum PracticeTexts {
    Table,
    Id,
    /// The publishing city, as on its practice.
    TenantId,
    PracticeId,
    Locale,
    Title,
    Summary,
}

#[derive(DeriveIden, Clone, Copy)]
enum Adoptions {
    Table,
    Id,
    PracticeId,
    /// The adopting city.
    TenantId,
    ProjectId,
    /// Who adopted it, as named when they did (shown to the origin city).
    AdoptedByName,
    AdoptedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProposalMembers {
    Table,
    PublishConsent,
}

#[derive(DeriveIden, Clone, Copy)]
enum Projects {
    Table,
    /// The practice an adopted project came from.
    OriginPracticeId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Practices::Table)
                    .col(pk_auto(Practices::Id))
                    .col(integer(Practices::TenantId))
                    .col(integer(Practices::ProposalId))
                    .col(string_len(Practices::NetworkCategory, 40))
                    .col(string_len(Practices::Status, 16))
                    .col(big_integer(Practices::BudgetCents).default(0))
                    .col(text(Practices::Outcomes).default("[]"))
                    .col(text(Practices::TeamNames).default(""))
                    .col(string_len(Practices::OriginalLocale, 8))
                    .col(timestamp_with_time_zone(Practices::PublishedAt))
                    .foreign_key(&mut tenant_fk(Practices::Table, "fk_practices_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Practices::Table,
                        Practices::ProposalId,
                        Proposals::Table,
                        "fk_practices_proposal",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_practices_proposal")
                    .table(Practices::Table)
                    .col(Practices::TenantId)
                    .col(Practices::ProposalId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PracticeTexts::Table)
                    .col(pk_auto(PracticeTexts::Id))
                    .col(integer(PracticeTexts::TenantId))
                    .col(integer(PracticeTexts::PracticeId))
                    .col(string_len(PracticeTexts::Locale, 8))
                    .col(string_len(PracticeTexts::Title, 200))
                    .col(text(PracticeTexts::Summary))
                    .foreign_key(&mut tenant_fk(
                        PracticeTexts::Table,
                        "fk_practice_texts_tenant",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_practice_texts_practice")
                            .from(PracticeTexts::Table, PracticeTexts::PracticeId)
                            .to(Practices::Table, Practices::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Adoptions::Table)
                    .col(pk_auto(Adoptions::Id))
                    .col(integer(Adoptions::PracticeId))
                    .col(integer(Adoptions::TenantId))
                    .col(integer(Adoptions::ProjectId))
                    .col(string_len(Adoptions::AdoptedByName, 200))
                    .col(timestamp_with_time_zone(Adoptions::AdoptedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_adoptions_practice")
                            .from(Adoptions::Table, Adoptions::PracticeId)
                            .to(Practices::Table, Practices::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(&mut tenant_fk(Adoptions::Table, "fk_adoptions_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Adoptions::Table,
                        Adoptions::ProjectId,
                        Projects::Table,
                        "fk_adoptions_project",
                    ))
                    .to_owned(),
            )
            .await?;
        // A city adopts a practice once.
        manager
            .create_index(
                Index::create()
                    .name("uq_adoptions_city")
                    .table(Adoptions::Table)
                    .col(Adoptions::PracticeId)
                    .col(Adoptions::TenantId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ProposalMembers::Table)
                    .add_column(boolean(ProposalMembers::PublishConsent).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Projects::Table)
                    .add_column(integer_null(Projects::OriginPracticeId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Projects::Table)
                    .drop_column(Projects::OriginPracticeId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ProposalMembers::Table)
                    .drop_column(ProposalMembers::PublishConsent)
                    .to_owned(),
            )
            .await?;
        for table in [
            Adoptions::Table.into_iden(),
            PracticeTexts::Table.into_iden(),
            Practices::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
