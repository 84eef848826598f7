//! A city's logo and its own mail server, and when each person last signed
//! in (the operators' sign of a living city).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Tenants {
    Table,
    /// Key of the logo in the object store.
    LogoKey,
    LogoType,
    /// The city's SMTP URL, sealed with the server's key.
    SmtpUrl,
    MailFrom,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    LastSignInAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_len_null(Tenants::LogoKey, 255),
            string_len_null(Tenants::LogoType, 32),
            text_null(Tenants::SmtpUrl),
            string_len_null(Tenants::MailFrom, 255),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Tenants::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(timestamp_with_time_zone_null(Users::LastSignInAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::LastSignInAt)
                    .to_owned(),
            )
            .await?;
        for column in [
            Tenants::MailFrom,
            Tenants::SmtpUrl,
            Tenants::LogoType,
            Tenants::LogoKey,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Tenants::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
