//! A mailing about no call (a milestone of a project adopted from the
//! library) is once per city and occasion too: the unique key on
//! `(tenant_id, call_id, occasion)` lets NULL calls repeat, so a partial
//! unique index covers them (SQLite and PostgreSQL both have them).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX ux_mailings_occasion_without_call \
                 ON mailings (tenant_id, occasion) WHERE call_id IS NULL",
            )
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX ux_mailings_occasion_without_call")
            .await
            .map(|_| ())
    }
}
