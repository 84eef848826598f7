//! Colleagues who help: per call, whether colleagues of the city may
//! support and comment on its submitted proposals while it is open; the
//! supports (one per person and proposal) and the comments, which the
//! city's admin may hide with a reason.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Calls {
    Table,
    /// Colleagues may support and comment while the call is open.
    ColleagueSupport,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProposalSupports {
    Table,
    Id,
    TenantId,
    ProposalId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProposalComments {
    Table,
    Id,
    TenantId,
    ProposalId,
    /// `None` once the author was erased.
    AuthorId,
    /// Written by a member of the proposal's team: shown as the team's.
    ByTeam,
    Body,
    CreatedAt,
    HiddenAt,
    HiddenBy,
    HiddenReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .add_column(boolean(Calls::ColleagueSupport).default(false).to_owned())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalSupports::Table)
                    .col(pk_auto(ProposalSupports::Id))
                    .col(integer(ProposalSupports::TenantId))
                    .col(integer(ProposalSupports::ProposalId))
                    .col(integer(ProposalSupports::UserId))
                    .col(timestamp_with_time_zone(ProposalSupports::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        ProposalSupports::Table,
                        "fk_proposal_supports_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalSupports::Table,
                        ProposalSupports::ProposalId,
                        Alias::new("proposals"),
                        "fk_proposal_supports_proposal",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalSupports::Table,
                        ProposalSupports::UserId,
                        Alias::new("users"),
                        "fk_proposal_supports_user",
                    ))
                    .to_owned(),
            )
            .await?;
        // One support per person and proposal, whatever the requests at once.
        manager
            .create_index(
                Index::create()
                    .name("uq_proposal_supports_person")
                    .table(ProposalSupports::Table)
                    .col(ProposalSupports::TenantId)
                    .col(ProposalSupports::ProposalId)
                    .col(ProposalSupports::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalComments::Table)
                    .col(pk_auto(ProposalComments::Id))
                    .col(integer(ProposalComments::TenantId))
                    .col(integer(ProposalComments::ProposalId))
                    .col(integer_null(ProposalComments::AuthorId))
                    .col(boolean(ProposalComments::ByTeam).default(false))
                    .col(text(ProposalComments::Body))
                    .col(timestamp_with_time_zone(ProposalComments::CreatedAt))
                    .col(timestamp_with_time_zone_null(ProposalComments::HiddenAt))
                    .col(integer_null(ProposalComments::HiddenBy))
                    .col(text_null(ProposalComments::HiddenReason))
                    .foreign_key(&mut tenant_fk(
                        ProposalComments::Table,
                        "fk_proposal_comments_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalComments::Table,
                        ProposalComments::ProposalId,
                        Alias::new("proposals"),
                        "fk_proposal_comments_proposal",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_proposal_comments_proposal")
                    .table(ProposalComments::Table)
                    .col(ProposalComments::TenantId)
                    .col(ProposalComments::ProposalId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProposalComments::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ProposalSupports::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .drop_column(Calls::ColleagueSupport)
                    .to_owned(),
            )
            .await
    }
}
