//! Blind review: each call's jury, the reviews assigned to jurors (with
//! their scores), the review's own dates on the call, sealed identities,
//! and the award a proposal won.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk, tenant_id_key};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum JuryMembers {
    Table,
    Id,
    TenantId,
    CallId,
    UserId,
    AddedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reviews {
    Table,
    Id,
    TenantId,
    CallId,
    ProposalId,
    JurorId,
    /// `assigned`, or `conflict` once the juror declared one.
    State,
    ConflictReason,
    /// JSON: one `{score, comment}` per criterion of the call.
    Scores,
    Complete,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Calls {
    Table,
    SealIdentities,
    ReviewStartedAt,
    ReviewClosedAt,
    IdentitiesOpenedAt,
    OpeningRequestedBy,
    OpeningReason,
}

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
    /// Position in the call's list of awards.
    AwardIndex,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(JuryMembers::Table)
                    .col(pk_auto(JuryMembers::Id))
                    .col(integer(JuryMembers::TenantId))
                    .col(integer(JuryMembers::CallId))
                    .col(integer(JuryMembers::UserId))
                    .col(timestamp_with_time_zone(JuryMembers::AddedAt))
                    .foreign_key(&mut tenant_fk(JuryMembers::Table, "fk_jury_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        JuryMembers::Table,
                        JuryMembers::CallId,
                        Calls::Table,
                        "fk_jury_call",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        JuryMembers::Table,
                        JuryMembers::UserId,
                        Users::Table,
                        "fk_jury_user",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_jury_call_user")
                    .table(JuryMembers::Table)
                    .col(JuryMembers::TenantId)
                    .col(JuryMembers::CallId)
                    .col(JuryMembers::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .col(pk_auto(Reviews::Id))
                    .col(integer(Reviews::TenantId))
                    .col(integer(Reviews::CallId))
                    .col(integer(Reviews::ProposalId))
                    .col(integer(Reviews::JurorId))
                    .col(string_len(Reviews::State, 16))
                    .col(text(Reviews::ConflictReason).default(""))
                    .col(text(Reviews::Scores).default("[]"))
                    .col(boolean(Reviews::Complete).default(false))
                    .col(timestamp_with_time_zone(Reviews::UpdatedAt))
                    .foreign_key(&mut tenant_fk(Reviews::Table, "fk_reviews_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Reviews::Table,
                        Reviews::CallId,
                        Calls::Table,
                        "fk_reviews_call",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        Reviews::Table,
                        Reviews::ProposalId,
                        Proposals::Table,
                        "fk_reviews_proposal",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        Reviews::Table,
                        Reviews::JurorId,
                        Users::Table,
                        "fk_reviews_juror",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_id_key(Reviews::Table, "uq_reviews_tenant_id"))
            .await?;
        // One review per juror and proposal: a repeated assignment or a
        // concurrent save can never make a second one.
        manager
            .create_index(
                Index::create()
                    .name("ux_reviews_proposal_juror")
                    .table(Reviews::Table)
                    .col(Reviews::TenantId)
                    .col(Reviews::ProposalId)
                    .col(Reviews::JurorId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_reviews_juror")
                    .table(Reviews::Table)
                    .col(Reviews::TenantId)
                    .col(Reviews::JurorId)
                    .col(Reviews::CallId)
                    .to_owned(),
            )
            .await?;
        for column in [
            boolean(Calls::SealIdentities).default(false).to_owned(),
            timestamp_with_time_zone_null(Calls::ReviewStartedAt),
            timestamp_with_time_zone_null(Calls::ReviewClosedAt),
            timestamp_with_time_zone_null(Calls::IdentitiesOpenedAt),
            integer_null(Calls::OpeningRequestedBy),
            text_null(Calls::OpeningReason),
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
                    .add_column(integer_null(Proposals::AwardIndex))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Proposals::Table)
                    .drop_column(Proposals::AwardIndex)
                    .to_owned(),
            )
            .await?;
        for column in [
            Calls::OpeningReason,
            Calls::OpeningRequestedBy,
            Calls::IdentitiesOpenedAt,
            Calls::ReviewClosedAt,
            Calls::ReviewStartedAt,
            Calls::SealIdentities,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Calls::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(Reviews::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(JuryMembers::Table).to_owned())
            .await
    }
}
