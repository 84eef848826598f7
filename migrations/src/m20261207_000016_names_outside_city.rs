//! No person's name is copied outside its city: an adoption records the
//! adopting city only (not who clicked), and a practice's team names are
//! read from the live consent and person records (so erasure and withdrawal
//! reach them) instead of a stored copy. An erased person's name is stored
//! empty, the marker from which pages render "former participant" in the
//! reader's language.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Adoptions {
    Table,
    AdoptedByName,
}

#[derive(DeriveIden, Clone, Copy)]
enum Practices {
    Table,
    TeamNames,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    DisplayName,
    Issuer,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Adoptions::Table)
                    .drop_column(Adoptions::AdoptedByName)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Practices::Table)
                    .drop_column(Practices::TeamNames)
                    .to_owned(),
            )
            .await?;
        // People erased before: their placeholder was stored in the erasing
        // admin's language.
        manager
            .exec_stmt(
                Query::update()
                    .table(Users::Table)
                    .value(Users::DisplayName, "")
                    .and_where(Expr::col(Users::Issuer).eq("erased"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Practices::Table)
                    .add_column(
                        ColumnDef::new(Practices::TeamNames)
                            .text()
                            .not_null()
                            .default(""),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Adoptions::Table)
                    .add_column(
                        ColumnDef::new(Adoptions::AdoptedByName)
                            .string_len(200)
                            .not_null()
                            .default(""),
                    )
                    .to_owned(),
            )
            .await
    }
}
