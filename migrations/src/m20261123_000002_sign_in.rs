//! Sign-in: each city's identity provider, invitations for outside experts,
//! their local passwords, and the platform's own accounts (operators and
//! network coordinators, who belong to no city).

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum Calls {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum SsoProviders {
    Table,
    Id,
    TenantId,
    IssuerUrl,
    ClientId,
    /// Nonce and ciphertext, base64: never stored or shown in clear.
    ClientSecret,
    Scopes,
    EmailClaim,
    NameClaim,
    DivisionClaim,
    GradeClaim,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Invitations {
    Table,
    Id,
    TenantId,
    Email,
    DisplayName,
    Role,
    CallId,
    TokenHash,
    ExpiresAt,
    AcceptedAt,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum LocalAccounts {
    Table,
    Id,
    TenantId,
    UserId,
    PasswordHash,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum PlatformAccounts {
    Table,
    Id,
    Email,
    DisplayName,
    Role,
    PasswordHash,
    SetupTokenHash,
    SetupExpiresAt,
    Active,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SsoProviders::Table)
                    .col(pk_auto(SsoProviders::Id))
                    .col(integer_uniq(SsoProviders::TenantId))
                    .col(string_len(SsoProviders::IssuerUrl, 255))
                    .col(string_len(SsoProviders::ClientId, 255))
                    .col(text(SsoProviders::ClientSecret))
                    .col(string_len(SsoProviders::Scopes, 255))
                    .col(string_len(SsoProviders::EmailClaim, 64))
                    .col(string_len(SsoProviders::NameClaim, 64))
                    .col(string_len(SsoProviders::DivisionClaim, 64))
                    .col(string_len(SsoProviders::GradeClaim, 64))
                    .col(timestamp_with_time_zone(SsoProviders::UpdatedAt))
                    .foreign_key(&mut tenant_fk(SsoProviders::Table, "fk_sso_tenant"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Invitations::Table)
                    .col(pk_auto(Invitations::Id))
                    .col(integer(Invitations::TenantId))
                    .col(string_len(Invitations::Email, 254))
                    .col(string_len(Invitations::DisplayName, 200))
                    .col(string_len(Invitations::Role, 16))
                    .col(integer_null(Invitations::CallId))
                    .col(string_len_uniq(Invitations::TokenHash, 64))
                    .col(timestamp_with_time_zone(Invitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitations::AcceptedAt))
                    .col(integer_null(Invitations::UserId))
                    .col(timestamp_with_time_zone(Invitations::CreatedAt))
                    .foreign_key(&mut tenant_fk(Invitations::Table, "fk_invitations_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Invitations::Table,
                        Invitations::CallId,
                        Calls::Table,
                        "fk_invitations_call",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        Invitations::Table,
                        Invitations::UserId,
                        Users::Table,
                        "fk_invitations_user",
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LocalAccounts::Table)
                    .col(pk_auto(LocalAccounts::Id))
                    .col(integer(LocalAccounts::TenantId))
                    .col(integer_uniq(LocalAccounts::UserId))
                    .col(string_len(LocalAccounts::PasswordHash, 255))
                    .col(timestamp_with_time_zone(LocalAccounts::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        LocalAccounts::Table,
                        "fk_local_accounts_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        LocalAccounts::Table,
                        LocalAccounts::UserId,
                        Users::Table,
                        "fk_local_accounts_user",
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PlatformAccounts::Table)
                    .col(pk_auto(PlatformAccounts::Id))
                    .col(string_len_uniq(PlatformAccounts::Email, 254))
                    .col(string_len(PlatformAccounts::DisplayName, 200))
                    .col(string_len(PlatformAccounts::Role, 16))
                    .col(string_len_null(PlatformAccounts::PasswordHash, 255))
                    .col(string_len_null(PlatformAccounts::SetupTokenHash, 64))
                    .col(timestamp_with_time_zone_null(
                        PlatformAccounts::SetupExpiresAt,
                    ))
                    .col(boolean(PlatformAccounts::Active).default(true))
                    .col(timestamp_with_time_zone(PlatformAccounts::CreatedAt))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            PlatformAccounts::Table.into_iden(),
            LocalAccounts::Table.into_iden(),
            Invitations::Table.into_iden(),
            SsoProviders::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
