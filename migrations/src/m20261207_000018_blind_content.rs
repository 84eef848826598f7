//! Passages of proposals the admin hid from the jury; the proposals' own
//! texts stay as their teams wrote them. And room for the office
//! documents' content types (up to 73 characters), which PostgreSQL
//! refused in 64 (SQLite does not enforce a length).

use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ProposalRedactions {
    Table,
    Id,
    TenantId,
    ProposalId,
    Field,
    Passage,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum Attachments {
    Table,
    ContentType,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProposalRedactions::Table)
                    .col(pk_auto(ProposalRedactions::Id))
                    .col(integer(ProposalRedactions::TenantId))
                    .col(integer(ProposalRedactions::ProposalId))
                    .col(string_len(ProposalRedactions::Field, 16))
                    .col(text(ProposalRedactions::Passage))
                    .col(timestamp_with_time_zone(ProposalRedactions::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        ProposalRedactions::Table,
                        "fk_proposal_redactions_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalRedactions::Table,
                        ProposalRedactions::ProposalId,
                        Proposals::Table,
                        "fk_proposal_redactions_proposal",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proposal_redactions_proposal")
                    .table(ProposalRedactions::Table)
                    .col(ProposalRedactions::TenantId)
                    .col(ProposalRedactions::ProposalId)
                    .to_owned(),
            )
            .await?;
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            manager
                .alter_table(
                    Table::alter()
                        .table(Attachments::Table)
                        .modify_column(string_len(Attachments::ContentType, 128))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProposalRedactions::Table).to_owned())
            .await
    }
}
