//! Tenants, people, organisation, calls and proposals: the nouns every later
//! migration builds on. Every tenant-owned table carries `tenant_id`, and its
//! foreign keys to other tenant-owned rows include `tenant_id` as well, so that
//! the database itself refuses a row that points into another city.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk, tenant_id_key};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Tenants {
    Table,
    Id,
    Slug,
    Name,
    Status,
    DefaultLocale,
    Locales,
    Timezone,
    Headcount,
    PrimaryColor,
    IsDemo,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TenantHosts {
    Table,
    Id,
    TenantId,
    Host,
}

#[derive(DeriveIden, Clone, Copy)]
enum Divisions {
    Table,
    Id,
    TenantId,
    Code,
    Name,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    Id,
    TenantId,
    Issuer,
    Subject,
    Email,
    DisplayName,
    DivisionId,
    Grade,
    Locale,
    Active,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RoleMemberships {
    Table,
    Id,
    TenantId,
    UserId,
    Role,
    CallId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Categories {
    Table,
    Id,
    TenantId,
    Name,
    NetworkCategory,
}

#[derive(DeriveIden, Clone, Copy)]
enum Calls {
    Table,
    Id,
    TenantId,
    Phase,
    OpensAt,
    SubmissionsCloseAt,
    ResultsAt,
    MaxTeamSize,
    Eligibility,
    ReviewsPerProposal,
    BudgetCents,
    AuthorsPublicAfterResults,
    EligibleHeadcount,
    AwardsPlanned,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CallTexts {
    Table,
    Id,
    TenantId,
    CallId,
    Locale,
    Title,
    Description,
}

#[derive(DeriveIden, Clone, Copy)]
enum CallCategories {
    Table,
    TenantId,
    CallId,
    CategoryId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
    Id,
    TenantId,
    CallId,
    CategoryId,
    Locale,
    Title,
    Summary,
    Problem,
    Solution,
    Benefits,
    Resources,
    Status,
    SubmittedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProposalMembers {
    Table,
    Id,
    TenantId,
    ProposalId,
    UserId,
    Role,
    Status,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Tenants::Table)
                    .col(pk_auto(Tenants::Id))
                    .col(string_len_uniq(Tenants::Slug, 40))
                    .col(string_len(Tenants::Name, 120))
                    .col(string_len(Tenants::Status, 16).default("active"))
                    .col(string_len(Tenants::DefaultLocale, 8))
                    .col(string_len(Tenants::Locales, 64))
                    .col(string_len(Tenants::Timezone, 64))
                    .col(integer(Tenants::Headcount))
                    .col(string_len(Tenants::PrimaryColor, 7))
                    .col(boolean(Tenants::IsDemo).default(false))
                    .col(timestamp_with_time_zone(Tenants::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TenantHosts::Table)
                    .col(pk_auto(TenantHosts::Id))
                    .col(integer(TenantHosts::TenantId))
                    .col(string_len_uniq(TenantHosts::Host, 253))
                    .foreign_key(&mut tenant_fk(TenantHosts::Table, "fk_tenant_hosts_tenant"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Divisions::Table)
                    .col(pk_auto(Divisions::Id))
                    .col(integer(Divisions::TenantId))
                    .col(string_len(Divisions::Code, 40))
                    .col(string_len(Divisions::Name, 200))
                    .foreign_key(&mut tenant_fk(Divisions::Table, "fk_divisions_tenant"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_id_key(Divisions::Table, "uq_divisions_tenant_id"))
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_divisions_code")
                    .table(Divisions::Table)
                    .col(Divisions::TenantId)
                    .col(Divisions::Code)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk_auto(Users::Id))
                    .col(integer(Users::TenantId))
                    .col(string_len(Users::Issuer, 255))
                    .col(string_len(Users::Subject, 255))
                    .col(string_len(Users::Email, 254))
                    .col(string_len(Users::DisplayName, 200))
                    .col(integer_null(Users::DivisionId))
                    .col(string_len_null(Users::Grade, 80))
                    .col(string_len_null(Users::Locale, 8))
                    .col(boolean(Users::Active).default(true))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .foreign_key(&mut tenant_fk(Users::Table, "fk_users_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Users::Table,
                        Users::DivisionId,
                        Divisions::Table,
                        "fk_users_division",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_id_key(Users::Table, "uq_users_tenant_id"))
            .await?;
        // One SSO identity is one user per tenant; email is not an identity.
        manager
            .create_index(
                Index::create()
                    .name("uq_users_identity")
                    .table(Users::Table)
                    .col(Users::TenantId)
                    .col(Users::Issuer)
                    .col(Users::Subject)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Categories::Table)
                    .col(pk_auto(Categories::Id))
                    .col(integer(Categories::TenantId))
                    .col(string_len(Categories::Name, 120))
                    .col(string_len(Categories::NetworkCategory, 40))
                    .foreign_key(&mut tenant_fk(Categories::Table, "fk_categories_tenant"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_id_key(Categories::Table, "uq_categories_tenant_id"))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Calls::Table)
                    .col(pk_auto(Calls::Id))
                    .col(integer(Calls::TenantId))
                    .col(string_len(Calls::Phase, 16))
                    .col(timestamp_with_time_zone(Calls::OpensAt))
                    .col(timestamp_with_time_zone(Calls::SubmissionsCloseAt))
                    .col(timestamp_with_time_zone(Calls::ResultsAt))
                    .col(integer(Calls::MaxTeamSize))
                    .col(text(Calls::Eligibility))
                    .col(integer(Calls::ReviewsPerProposal))
                    .col(big_integer(Calls::BudgetCents))
                    .col(boolean(Calls::AuthorsPublicAfterResults))
                    .col(integer(Calls::EligibleHeadcount))
                    .col(integer(Calls::AwardsPlanned))
                    .col(timestamp_with_time_zone(Calls::CreatedAt))
                    .foreign_key(&mut tenant_fk(Calls::Table, "fk_calls_tenant"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_id_key(Calls::Table, "uq_calls_tenant_id"))
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_calls_tenant_phase")
                    .table(Calls::Table)
                    .col(Calls::TenantId)
                    .col(Calls::Phase)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CallTexts::Table)
                    .col(pk_auto(CallTexts::Id))
                    .col(integer(CallTexts::TenantId))
                    .col(integer(CallTexts::CallId))
                    .col(string_len(CallTexts::Locale, 8))
                    .col(string_len(CallTexts::Title, 200))
                    .col(text(CallTexts::Description))
                    .foreign_key(&mut tenant_fk(CallTexts::Table, "fk_call_texts_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        CallTexts::Table,
                        CallTexts::CallId,
                        Calls::Table,
                        "fk_call_texts_call",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_call_texts_locale")
                    .table(CallTexts::Table)
                    .col(CallTexts::CallId)
                    .col(CallTexts::Locale)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CallCategories::Table)
                    .col(integer(CallCategories::TenantId))
                    .col(integer(CallCategories::CallId))
                    .col(integer(CallCategories::CategoryId))
                    .primary_key(
                        Index::create()
                            .col(CallCategories::CallId)
                            .col(CallCategories::CategoryId),
                    )
                    .foreign_key(&mut tenant_fk(
                        CallCategories::Table,
                        "fk_call_categories_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        CallCategories::Table,
                        CallCategories::CallId,
                        Calls::Table,
                        "fk_call_categories_call",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        CallCategories::Table,
                        CallCategories::CategoryId,
                        Categories::Table,
                        "fk_call_categories_category",
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Proposals::Table)
                    .col(pk_auto(Proposals::Id))
                    .col(integer(Proposals::TenantId))
                    .col(integer(Proposals::CallId))
                    .col(integer_null(Proposals::CategoryId))
                    .col(string_len(Proposals::Locale, 8))
                    .col(string_len(Proposals::Title, 200))
                    .col(text(Proposals::Summary))
                    .col(text(Proposals::Problem))
                    .col(text(Proposals::Solution))
                    .col(text(Proposals::Benefits))
                    .col(text(Proposals::Resources))
                    .col(string_len(Proposals::Status, 24))
                    .col(timestamp_with_time_zone_null(Proposals::SubmittedAt))
                    .col(timestamp_with_time_zone(Proposals::CreatedAt))
                    .col(timestamp_with_time_zone(Proposals::UpdatedAt))
                    .foreign_key(&mut tenant_fk(Proposals::Table, "fk_proposals_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Proposals::Table,
                        Proposals::CallId,
                        Calls::Table,
                        "fk_proposals_call",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        Proposals::Table,
                        Proposals::CategoryId,
                        Categories::Table,
                        "fk_proposals_category",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_id_key(Proposals::Table, "uq_proposals_tenant_id"))
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_proposals_call_status")
                    .table(Proposals::Table)
                    .col(Proposals::TenantId)
                    .col(Proposals::CallId)
                    .col(Proposals::Status)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProposalMembers::Table)
                    .col(pk_auto(ProposalMembers::Id))
                    .col(integer(ProposalMembers::TenantId))
                    .col(integer(ProposalMembers::ProposalId))
                    .col(integer(ProposalMembers::UserId))
                    .col(string_len(ProposalMembers::Role, 16))
                    .col(string_len(ProposalMembers::Status, 16))
                    .foreign_key(&mut tenant_fk(
                        ProposalMembers::Table,
                        "fk_proposal_members_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalMembers::Table,
                        ProposalMembers::ProposalId,
                        Proposals::Table,
                        "fk_proposal_members_proposal",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalMembers::Table,
                        ProposalMembers::UserId,
                        Users::Table,
                        "fk_proposal_members_user",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_proposal_members")
                    .table(ProposalMembers::Table)
                    .col(ProposalMembers::ProposalId)
                    .col(ProposalMembers::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RoleMemberships::Table)
                    .col(pk_auto(RoleMemberships::Id))
                    .col(integer(RoleMemberships::TenantId))
                    .col(integer(RoleMemberships::UserId))
                    .col(string_len(RoleMemberships::Role, 16))
                    .col(integer_null(RoleMemberships::CallId))
                    .col(timestamp_with_time_zone(RoleMemberships::CreatedAt))
                    .foreign_key(&mut tenant_fk(RoleMemberships::Table, "fk_roles_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        RoleMemberships::Table,
                        RoleMemberships::UserId,
                        Users::Table,
                        "fk_roles_user",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        RoleMemberships::Table,
                        RoleMemberships::CallId,
                        Calls::Table,
                        "fk_roles_call",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_roles_user")
                    .table(RoleMemberships::Table)
                    .col(RoleMemberships::TenantId)
                    .col(RoleMemberships::UserId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            RoleMemberships::Table.into_iden(),
            ProposalMembers::Table.into_iden(),
            Proposals::Table.into_iden(),
            CallCategories::Table.into_iden(),
            CallTexts::Table.into_iden(),
            Calls::Table.into_iden(),
            Categories::Table.into_iden(),
            Users::Table.into_iden(),
            Divisions::Table.into_iden(),
            TenantHosts::Table.into_iden(),
            Tenants::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
