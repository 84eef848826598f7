//! Implementation: a project for each awarded proposal (mentor, budget,
//! status with its reason and barrier, outcomes), its milestones and its
//! progress updates; each city's threshold for a stalled project.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk, tenant_id_key};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Projects {
    Table,
    Id,
    TenantId,
    CallId,
    ProposalId,
    Title,
    Summary,
    MentorId,
    /// `planned, in_progress, blocked, done, stopped`.
    Status,
    StatusReason,
    /// One of the network's shared barriers, when blocked or stopped.
    Barrier,
    AllocatedCents,
    CommittedCents,
    SpentCents,
    /// JSON: `[{label, value, unit}]`.
    Outcomes,
    CreatedAt,
    LastUpdateAt,
    /// When the team and mentor were last told the project stalled.
    StalledNotifiedAt,
    DoneAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Milestones {
    Table,
    Id,
    TenantId,
    ProjectId,
    Title,
    DueOn,
    DoneOn,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProjectUpdates {
    Table,
    Id,
    TenantId,
    ProjectId,
    AuthorId,
    Body,
    Percent,
    At,
}

#[derive(DeriveIden, Clone, Copy)]
enum Tenants {
    Table,
    StalledAfterDays,
}

#[derive(DeriveIden, Clone, Copy)]
enum Calls {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
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
                    .table(Projects::Table)
                    .col(pk_auto(Projects::Id))
                    .col(integer(Projects::TenantId))
                    .col(integer_null(Projects::CallId))
                    .col(integer_null(Projects::ProposalId))
                    .col(string_len(Projects::Title, 200))
                    .col(text(Projects::Summary))
                    .col(integer_null(Projects::MentorId))
                    .col(string_len(Projects::Status, 16))
                    .col(text(Projects::StatusReason).default(""))
                    .col(string_len_null(Projects::Barrier, 24))
                    .col(big_integer(Projects::AllocatedCents).default(0))
                    .col(big_integer(Projects::CommittedCents).default(0))
                    .col(big_integer(Projects::SpentCents).default(0))
                    .col(text(Projects::Outcomes).default("[]"))
                    .col(timestamp_with_time_zone(Projects::CreatedAt))
                    .col(timestamp_with_time_zone_null(Projects::LastUpdateAt))
                    .col(timestamp_with_time_zone_null(Projects::StalledNotifiedAt))
                    .col(timestamp_with_time_zone_null(Projects::DoneAt))
                    .foreign_key(&mut tenant_fk(Projects::Table, "fk_projects_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Projects::Table,
                        Projects::CallId,
                        Calls::Table,
                        "fk_projects_call",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        Projects::Table,
                        Projects::ProposalId,
                        Proposals::Table,
                        "fk_projects_proposal",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        Projects::Table,
                        Projects::MentorId,
                        Users::Table,
                        "fk_projects_mentor",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_id_key(Projects::Table, "uq_projects_tenant_id"))
            .await?;
        // One project per awarded proposal, however often results publish.
        manager
            .create_index(
                Index::create()
                    .name("uq_projects_proposal")
                    .table(Projects::Table)
                    .col(Projects::TenantId)
                    .col(Projects::ProposalId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Milestones::Table)
                    .col(pk_auto(Milestones::Id))
                    .col(integer(Milestones::TenantId))
                    .col(integer(Milestones::ProjectId))
                    .col(string_len(Milestones::Title, 200))
                    .col(date(Milestones::DueOn))
                    .col(date_null(Milestones::DoneOn))
                    .foreign_key(&mut tenant_fk(Milestones::Table, "fk_milestones_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Milestones::Table,
                        Milestones::ProjectId,
                        Projects::Table,
                        "fk_milestones_project",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProjectUpdates::Table)
                    .col(pk_auto(ProjectUpdates::Id))
                    .col(integer(ProjectUpdates::TenantId))
                    .col(integer(ProjectUpdates::ProjectId))
                    .col(integer(ProjectUpdates::AuthorId))
                    .col(text(ProjectUpdates::Body))
                    .col(integer(ProjectUpdates::Percent))
                    .col(timestamp_with_time_zone(ProjectUpdates::At))
                    .foreign_key(&mut tenant_fk(
                        ProjectUpdates::Table,
                        "fk_project_updates_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProjectUpdates::Table,
                        ProjectUpdates::ProjectId,
                        Projects::Table,
                        "fk_project_updates_project",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProjectUpdates::Table,
                        ProjectUpdates::AuthorId,
                        Users::Table,
                        "fk_project_updates_author",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Tenants::Table)
                    .add_column(integer(Tenants::StalledAfterDays).default(30))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Tenants::Table)
                    .drop_column(Tenants::StalledAfterDays)
                    .to_owned(),
            )
            .await?;
        for table in [
            ProjectUpdates::Table.into_iden(),
            Milestones::Table.into_iden(),
            Projects::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
