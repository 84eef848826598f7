//! Tenant-scoped API tokens for integrations, created and revoked by a
//! tenant admin. Only a hash of each token is stored.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ApiTokens {
    Table,
    Id,
    TenantId,
    /// The admin who created it: the token acts as them.
    UserId,
    Name,
    TokenHash,
    /// The first characters, to tell tokens apart in the list.
    Prefix,
    CreatedAt,
    RevokedAt,
    LastUsedAt,
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
                    .table(ApiTokens::Table)
                    .col(pk_auto(ApiTokens::Id))
                    .col(integer(ApiTokens::TenantId))
                    .col(integer(ApiTokens::UserId))
                    .col(string_len(ApiTokens::Name, 120))
                    .col(string_len_uniq(ApiTokens::TokenHash, 64))
                    .col(string_len(ApiTokens::Prefix, 16))
                    .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::LastUsedAt))
                    .foreign_key(&mut tenant_fk(ApiTokens::Table, "fk_api_tokens_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        ApiTokens::Table,
                        ApiTokens::UserId,
                        Users::Table,
                        "fk_api_tokens_user",
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ApiTokens::Table).to_owned())
            .await
    }
}
