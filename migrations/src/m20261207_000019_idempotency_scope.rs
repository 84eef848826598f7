//! An idempotency key belongs to one person, one city and one call: the
//! proposal it made keeps who sent it (a keyed fingerprint of the person,
//! never their id, so that a sealed call's teams stay sealed) and a hash of
//! the request's body, and keys are unique per person rather than per city.
//! Proposals made before have neither: their keys find nothing any more,
//! which only matters to a retry in flight during the upgrade.

use sea_orm_migration::{prelude::*, schema::string_len_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Proposals {
    Table,
    TenantId,
    IdempotencyKey,
    IdempotencyOwner,
    IdempotencyBody,
}

const OLD_INDEX: &str = "uq_proposals_idempotency";
const NEW_INDEX: &str = "uq_proposals_idempotency_owner";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column at a time.
        for column in [Proposals::IdempotencyOwner, Proposals::IdempotencyBody] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Proposals::Table)
                        .add_column(string_len_null(column, 64))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name(OLD_INDEX)
                    .table(Proposals::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(NEW_INDEX)
                    .table(Proposals::Table)
                    .col(Proposals::TenantId)
                    .col(Proposals::IdempotencyOwner)
                    .col(Proposals::IdempotencyKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(NEW_INDEX)
                    .table(Proposals::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(OLD_INDEX)
                    .table(Proposals::Table)
                    .col(Proposals::TenantId)
                    .col(Proposals::IdempotencyKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        for column in [Proposals::IdempotencyBody, Proposals::IdempotencyOwner] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Proposals::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
