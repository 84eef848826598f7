//! Ideas that find their relatives: the topics of proposals and practices
//! (confirmed by their author or publisher, else suggested from the text),
//! the links an admin makes between likely duplicates, and the database's
//! own text search over past proposals (title and problem) and library
//! practices (title and summary), kept in step with every write by the
//! database itself.
//!
//! PostgreSQL: a stored generated `tsvector` in the row's language
//! dictionary and a trigram index (`pg_trgm`, created in `public` so that
//! every schema reaches it qualified). SQLite: FTS5 tables over the rows,
//! kept by triggers.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

use crate::tenant_keys::{same_tenant_fk, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ProposalTopics {
    Table,
    Id,
    TenantId,
    ProposalId,
    /// A code of the vocabulary (`similar::topics`).
    Topic,
    /// Chosen by the author; otherwise suggested from the text.
    Confirmed,
}

#[derive(DeriveIden, Clone, Copy)]
enum PracticeTopics {
    Table,
    Id,
    /// The publishing city.
    TenantId,
    PracticeId,
    Topic,
    /// Chosen by the publishing admin; otherwise suggested from the texts.
    Confirmed,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProposalLinks {
    Table,
    Id,
    TenantId,
    /// The lower id of the pair.
    ProposalId,
    /// The higher id of the pair.
    RelatedId,
    LinkedBy,
    LinkedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Practices {
    Table,
    Id,
}

/// The text search configuration of each language the product speaks.
const DICTIONARY: &str = "CASE locale WHEN 'it' THEN 'italian'::regconfig \
     WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig \
     WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'nl' THEN 'dutch'::regconfig \
     WHEN 'ro' THEN 'romanian'::regconfig WHEN 'es' THEN 'spanish'::regconfig \
     WHEN 'hu' THEN 'hungarian'::regconfig ELSE 'simple'::regconfig END";

const POSTGRES_UP: [&str; 7] = [
    // Several schemas of one database may migrate at once (the tests do):
    // the second creation of the extension is not an error.
    "DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public; \
     EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; END $$",
    "ALTER TABLE proposals ADD COLUMN search_text tsvector GENERATED ALWAYS AS \
     (to_tsvector(DICTIONARY, coalesce(title, '') || ' ' || coalesce(problem, ''))) STORED",
    "CREATE INDEX ix_proposals_search_text ON proposals USING gin (search_text)",
    "CREATE INDEX ix_proposals_title_trgm ON proposals USING gin (title public.gin_trgm_ops)",
    "ALTER TABLE practice_texts ADD COLUMN search_text tsvector GENERATED ALWAYS AS \
     (to_tsvector(DICTIONARY, coalesce(title, '') || ' ' || coalesce(summary, ''))) STORED",
    "CREATE INDEX ix_practice_texts_search_text ON practice_texts USING gin (search_text)",
    "CREATE INDEX ix_practice_texts_title_trgm ON practice_texts USING gin (title public.gin_trgm_ops)",
];

const POSTGRES_DOWN: [&str; 2] = [
    "ALTER TABLE proposals DROP COLUMN search_text",
    "ALTER TABLE practice_texts DROP COLUMN search_text",
];

const SQLITE_UP: [&str; 10] = [
    "CREATE VIRTUAL TABLE proposal_search USING fts5(title, problem, content='proposals', \
     content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER proposal_search_insert AFTER INSERT ON proposals BEGIN \
     INSERT INTO proposal_search(rowid, title, problem) VALUES (new.id, new.title, new.problem); END",
    "CREATE TRIGGER proposal_search_delete AFTER DELETE ON proposals BEGIN \
     INSERT INTO proposal_search(proposal_search, rowid, title, problem) \
     VALUES ('delete', old.id, old.title, old.problem); END",
    "CREATE TRIGGER proposal_search_update AFTER UPDATE OF title, problem ON proposals BEGIN \
     INSERT INTO proposal_search(proposal_search, rowid, title, problem) \
     VALUES ('delete', old.id, old.title, old.problem); \
     INSERT INTO proposal_search(rowid, title, problem) VALUES (new.id, new.title, new.problem); END",
    "INSERT INTO proposal_search(proposal_search) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE practice_search USING fts5(title, summary, content='practice_texts', \
     content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER practice_search_insert AFTER INSERT ON practice_texts BEGIN \
     INSERT INTO practice_search(rowid, title, summary) VALUES (new.id, new.title, new.summary); END",
    "CREATE TRIGGER practice_search_delete AFTER DELETE ON practice_texts BEGIN \
     INSERT INTO practice_search(practice_search, rowid, title, summary) \
     VALUES ('delete', old.id, old.title, old.summary); END",
    "CREATE TRIGGER practice_search_update AFTER UPDATE OF title, summary ON practice_texts BEGIN \
     INSERT INTO practice_search(practice_search, rowid, title, summary) \
     VALUES ('delete', old.id, old.title, old.summary); \
     INSERT INTO practice_search(rowid, title, summary) VALUES (new.id, new.title, new.summary); END",
    "INSERT INTO practice_search(practice_search) VALUES ('rebuild')",
];

const SQLITE_DOWN: [&str; 8] = [
    "DROP TRIGGER proposal_search_insert",
    "DROP TRIGGER proposal_search_delete",
    "DROP TRIGGER proposal_search_update",
    "DROP TABLE proposal_search",
    "DROP TRIGGER practice_search_insert",
    "DROP TRIGGER practice_search_delete",
    "DROP TRIGGER practice_search_update",
    "DROP TABLE practice_search",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProposalTopics::Table)
                    .col(pk_auto(ProposalTopics::Id))
                    .col(integer(ProposalTopics::TenantId))
                    .col(integer(ProposalTopics::ProposalId))
                    .col(string_len(ProposalTopics::Topic, 40))
                    .col(boolean(ProposalTopics::Confirmed).default(false))
                    .foreign_key(&mut tenant_fk(
                        ProposalTopics::Table,
                        "fk_proposal_topics_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalTopics::Table,
                        ProposalTopics::ProposalId,
                        Alias::new("proposals"),
                        "fk_proposal_topics_proposal",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_proposal_topics")
                    .table(ProposalTopics::Table)
                    .col(ProposalTopics::TenantId)
                    .col(ProposalTopics::ProposalId)
                    .col(ProposalTopics::Topic)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_proposal_topics_topic")
                    .table(ProposalTopics::Table)
                    .col(ProposalTopics::TenantId)
                    .col(ProposalTopics::Topic)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PracticeTopics::Table)
                    .col(pk_auto(PracticeTopics::Id))
                    .col(integer(PracticeTopics::TenantId))
                    .col(integer(PracticeTopics::PracticeId))
                    .col(string_len(PracticeTopics::Topic, 40))
                    .col(boolean(PracticeTopics::Confirmed).default(false))
                    .foreign_key(&mut tenant_fk(
                        PracticeTopics::Table,
                        "fk_practice_topics_tenant",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_practice_topics_practice")
                            .from(PracticeTopics::Table, PracticeTopics::PracticeId)
                            .to(Practices::Table, Practices::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_practice_topics")
                    .table(PracticeTopics::Table)
                    .col(PracticeTopics::PracticeId)
                    .col(PracticeTopics::Topic)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_practice_topics_topic")
                    .table(PracticeTopics::Table)
                    .col(PracticeTopics::Topic)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalLinks::Table)
                    .col(pk_auto(ProposalLinks::Id))
                    .col(integer(ProposalLinks::TenantId))
                    .col(integer(ProposalLinks::ProposalId))
                    .col(integer(ProposalLinks::RelatedId))
                    .col(integer_null(ProposalLinks::LinkedBy))
                    .col(timestamp_with_time_zone(ProposalLinks::LinkedAt))
                    .foreign_key(&mut tenant_fk(
                        ProposalLinks::Table,
                        "fk_proposal_links_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalLinks::Table,
                        ProposalLinks::ProposalId,
                        Alias::new("proposals"),
                        "fk_proposal_links_proposal",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalLinks::Table,
                        ProposalLinks::RelatedId,
                        Alias::new("proposals"),
                        "fk_proposal_links_related",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ProposalLinks::Table,
                        ProposalLinks::LinkedBy,
                        Alias::new("users"),
                        "fk_proposal_links_linked_by",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_proposal_links_pair")
                    .table(ProposalLinks::Table)
                    .col(ProposalLinks::TenantId)
                    .col(ProposalLinks::ProposalId)
                    .col(ProposalLinks::RelatedId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                for statement in POSTGRES_UP {
                    db.execute_unprepared(&statement.replace("DICTIONARY", DICTIONARY))
                        .await?;
                }
            }
            DatabaseBackend::Sqlite => {
                for statement in SQLITE_UP {
                    db.execute_unprepared(statement).await?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                for statement in POSTGRES_DOWN {
                    db.execute_unprepared(statement).await?;
                }
            }
            DatabaseBackend::Sqlite => {
                for statement in SQLITE_DOWN {
                    db.execute_unprepared(statement).await?;
                }
            }
            _ => {}
        }
        for table in [
            ProposalLinks::Table.into_iden(),
            PracticeTopics::Table.into_iden(),
            ProposalTopics::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
