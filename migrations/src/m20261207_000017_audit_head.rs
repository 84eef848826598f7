//! The head of each city's audit chain (its last position and hash), kept
//! apart from the log and moved with every entry, so that removing the
//! newest entries no longer leaves a chain that verifies.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::tenant_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum AuditHeads {
    Table,
    TenantId,
    Seq,
    Hash,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditHeads::Table)
                    .col(integer(AuditHeads::TenantId).primary_key())
                    .col(big_integer(AuditHeads::Seq))
                    .col(string_len(AuditHeads::Hash, 64))
                    .foreign_key(&mut tenant_fk(AuditHeads::Table, "fk_audit_heads_tenant"))
                    .to_owned(),
            )
            .await?;
        // The logs written before the head existed: their last entry is
        // their head.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO audit_heads (tenant_id, seq, hash) \
                 SELECT tenant_id, seq, hash FROM audit_log AS entry \
                 WHERE seq = (SELECT MAX(seq) FROM audit_log AS later \
                              WHERE later.tenant_id = entry.tenant_id)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditHeads::Table).to_owned())
            .await
    }
}
