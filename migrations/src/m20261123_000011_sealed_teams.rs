//! Sealed teams: on a call that seals identities, a team member is stored
//! as a keyed fingerprint (to find one's own proposals) and an encrypted
//! id, with no plain `user_id`, until results open them. `user_id` becomes
//! nullable: PostgreSQL drops the constraint; SQLite, which cannot alter a
//! column, gets the table rebuilt with its rows.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ProposalMembers {
    Table,
    Id,
    TenantId,
    ProposalId,
    UserId,
    Role,
    Status,
    /// HMAC of the member's id under the server's key.
    MemberKey,
    /// The member's id, sealed with the server's key.
    SealedUser,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProposalMembersNext {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
}

fn members_table(name: impl IntoIden + Copy + 'static) -> TableCreateStatement {
    Table::create()
        .table(name)
        .col(pk_auto(ProposalMembers::Id))
        .col(integer(ProposalMembers::TenantId))
        .col(integer(ProposalMembers::ProposalId))
        .col(integer_null(ProposalMembers::UserId))
        .col(string_len(ProposalMembers::Role, 16))
        .col(string_len(ProposalMembers::Status, 16))
        .col(string_len_null(ProposalMembers::MemberKey, 64))
        .col(text_null(ProposalMembers::SealedUser))
        .foreign_key(&mut tenant_fk(name, "fk_proposal_members_tenant"))
        .foreign_key(&mut same_tenant_fk(
            name,
            ProposalMembers::ProposalId,
            Proposals::Table,
            "fk_proposal_members_proposal",
        ))
        .foreign_key(&mut same_tenant_fk(
            name,
            ProposalMembers::UserId,
            Users::Table,
            "fk_proposal_members_user",
        ))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if manager.get_database_backend() == DatabaseBackend::Sqlite {
            // One transaction on one connection: nobody sees the table half
            // rebuilt, and a failure leaves the old table as it was.
            let create = DatabaseBackend::Sqlite.build(&members_table(ProposalMembersNext::Table));
            db.execute_unprepared(&format!(
                "BEGIN IMMEDIATE;
                 {create};
                 INSERT INTO proposal_members_next (id, tenant_id, proposal_id, user_id, role, status)
                   SELECT id, tenant_id, proposal_id, user_id, role, status FROM proposal_members;
                 DROP TABLE proposal_members;
                 ALTER TABLE proposal_members_next RENAME TO proposal_members;
                 CREATE UNIQUE INDEX uq_proposal_members ON proposal_members (proposal_id, user_id);
                 COMMIT;"
            ))
            .await?;
        } else {
            db.execute_unprepared(
                "ALTER TABLE proposal_members ALTER COLUMN user_id DROP NOT NULL",
            )
            .await?;
            for column in [
                string_len_null(ProposalMembers::MemberKey, 64),
                text_null(ProposalMembers::SealedUser),
            ] {
                manager
                    .alter_table(
                        Table::alter()
                            .table(ProposalMembers::Table)
                            .add_column(column)
                            .to_owned(),
                    )
                    .await?;
            }
        }
        // One sealed row per person and proposal, found by fingerprint.
        manager
            .create_index(
                Index::create()
                    .name("uq_proposal_members_key")
                    .table(ProposalMembers::Table)
                    .col(ProposalMembers::TenantId)
                    .col(ProposalMembers::MemberKey)
                    .col(ProposalMembers::ProposalId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, _: &SchemaManager) -> Result<(), DbErr> {
        // Sealed rows have no plain user to restore a NOT NULL column with.
        Err(DbErr::Migration(
            "sealed teams cannot be undone: their members have no plain id".into(),
        ))
    }
}
