//! Attributes a city's identity provider gives beyond division and grade
//! (any claim the admin maps), for eligibility rules.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    /// JSON object of claim name → text value.
    Attributes,
}

#[derive(DeriveIden, Clone, Copy)]
enum SsoProviders {
    Table,
    /// Space-separated claim names kept as attributes.
    ExtraClaims,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(text(Users::Attributes).default("{}"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(SsoProviders::Table)
                    .add_column(string_len(SsoProviders::ExtraClaims, 255).default(""))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(SsoProviders::Table)
                    .drop_column(SsoProviders::ExtraClaims)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::Attributes)
                    .to_owned(),
            )
            .await
    }
}
