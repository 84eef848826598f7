//! Files attached to proposals; the bytes live in the object store.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Attachments {
    Table,
    Id,
    TenantId,
    ProposalId,
    FileName,
    ContentType,
    Size,
    StorageKey,
    CreatedAt,
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
                    .table(Attachments::Table)
                    .col(pk_auto(Attachments::Id))
                    .col(integer(Attachments::TenantId))
                    .col(integer(Attachments::ProposalId))
                    .col(string_len(Attachments::FileName, 255))
                    .col(string_len(Attachments::ContentType, 64))
                    .col(big_integer(Attachments::Size))
                    .col(string_len_uniq(Attachments::StorageKey, 255))
                    .col(timestamp_with_time_zone(Attachments::CreatedAt))
                    .foreign_key(&mut tenant_fk(Attachments::Table, "fk_attachments_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Attachments::Table,
                        Attachments::ProposalId,
                        Proposals::Table,
                        "fk_attachments_proposal",
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Attachments::Table).to_owned())
            .await
    }
}
