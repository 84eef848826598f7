//! The participation funnel's "opened a proposal" step, stored with a
//! closed edition's other submission figures (its teams no longer change
//! after the deadline). Figures stored before it had no such step: they
//! are dropped, and counted and stored again at the next reading.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum EditionFigures {
    Table,
    /// Distinct people on the accepted teams of the call's proposals,
    /// drafts and withdrawn ones included.
    Opened,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .exec_stmt(Query::delete().from_table(EditionFigures::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(EditionFigures::Table)
                    .add_column(big_integer(EditionFigures::Opened).default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(EditionFigures::Table)
                    .drop_column(EditionFigures::Opened)
                    .to_owned(),
            )
            .await
    }
}
