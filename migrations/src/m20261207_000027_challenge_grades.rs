//! Who heads a division, for a co-creation call whose challenges only
//! division heads propose: the people has no head role, so the call names
//! the grades heads hold (Turin: `dirigente`), compared like eligibility
//! values (case and surrounding spaces aside).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Calls {
    Table,
    /// JSON array of grades; empty when challenges are open to all.
    ChallengeGrades,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .add_column(string(Calls::ChallengeGrades).default("[]").to_owned())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .drop_column(Calls::ChallengeGrades)
                    .to_owned(),
            )
            .await
    }
}
