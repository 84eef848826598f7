//! Running calls and writing proposals: a call's criteria and awards, its
//! scheduling, the divisions a proposal concerns, retried creations, the
//! append-only audit log and people's notifications.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Calls {
    Table,
    /// Evaluation criteria (JSON: name per language, weight, scale).
    Criteria,
    /// Awards (JSON: name, sponsor, prize).
    Awards,
    /// Published by the admin: opens by itself at its date.
    Scheduled,
}

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
    /// Random key of the form or API request that created the proposal:
    /// a retried creation finds the proposal it already made.
    IdempotencyKey,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProposalDivisions {
    Table,
    TenantId,
    ProposalId,
    DivisionId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Divisions {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditLog {
    Table,
    Id,
    TenantId,
    /// Position in the tenant's chain, from 1.
    Seq,
    At,
    ActorId,
    Action,
    SubjectType,
    SubjectId,
    Before,
    After,
    PrevHash,
    Hash,
}

#[derive(DeriveIden, Clone, Copy)]
enum Notifications {
    Table,
    Id,
    TenantId,
    UserId,
    Message,
    Args,
    Link,
    CreatedAt,
    ReadAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in [
            text(Calls::Criteria).default("[]").to_owned(),
            text(Calls::Awards).default("[]").to_owned(),
            boolean(Calls::Scheduled).default(false).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Calls::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Proposals::Table)
                    .add_column(string_len_null(Proposals::IdempotencyKey, 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_proposals_idempotency")
                    .table(Proposals::Table)
                    .col(Alias::new("tenant_id"))
                    .col(Proposals::IdempotencyKey)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProposalDivisions::Table)
                    .col(integer(ProposalDivisions::TenantId))
                    .col(integer(ProposalDivisions::ProposalId))
                    .col(integer(ProposalDivisions::DivisionId))
                    .primary_key(
                        Index::create()
                            .col(ProposalDivisions::ProposalId)
                            .col(ProposalDivisions::DivisionId),
                    )
                    .foreign_key(&mut tenant_fk(
                        ProposalDivisions::Table,
                        "fk_proposal_divisions_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalDivisions::Table,
                        ProposalDivisions::ProposalId,
                        Proposals::Table,
                        "fk_proposal_divisions_proposal",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalDivisions::Table,
                        ProposalDivisions::DivisionId,
                        Divisions::Table,
                        "fk_proposal_divisions_division",
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(pk_auto(AuditLog::Id))
                    .col(integer(AuditLog::TenantId))
                    .col(big_integer(AuditLog::Seq))
                    .col(timestamp_with_time_zone(AuditLog::At))
                    .col(integer_null(AuditLog::ActorId))
                    .col(string_len(AuditLog::Action, 64))
                    .col(string_len(AuditLog::SubjectType, 32))
                    .col(integer(AuditLog::SubjectId))
                    .col(text(AuditLog::Before))
                    .col(text(AuditLog::After))
                    .col(string_len(AuditLog::PrevHash, 64))
                    .col(string_len(AuditLog::Hash, 64))
                    .foreign_key(&mut tenant_fk(AuditLog::Table, "fk_audit_tenant"))
                    .to_owned(),
            )
            .await?;
        // One entry per position: two writers racing for the same place in
        // the chain cannot both succeed.
        manager
            .create_index(
                Index::create()
                    .name("uq_audit_seq")
                    .table(AuditLog::Table)
                    .col(AuditLog::TenantId)
                    .col(AuditLog::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(pk_auto(Notifications::Id))
                    .col(integer(Notifications::TenantId))
                    .col(integer(Notifications::UserId))
                    .col(string_len(Notifications::Message, 64))
                    .col(text(Notifications::Args))
                    .col(string_len(Notifications::Link, 255))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .foreign_key(&mut tenant_fk(
                        Notifications::Table,
                        "fk_notifications_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        Notifications::Table,
                        Notifications::UserId,
                        Users::Table,
                        "fk_notifications_user",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_notifications_user")
                    .table(Notifications::Table)
                    .col(Notifications::TenantId)
                    .col(Notifications::UserId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Notifications::Table.into_iden(),
            AuditLog::Table.into_iden(),
            ProposalDivisions::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("uq_proposals_idempotency")
                    .table(Proposals::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Proposals::Table)
                    .drop_column(Proposals::IdempotencyKey)
                    .to_owned(),
            )
            .await?;
        for column in [Calls::Criteria, Calls::Awards, Calls::Scheduled] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Calls::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
