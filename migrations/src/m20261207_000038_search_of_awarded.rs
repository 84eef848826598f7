//! The searchable text of proposals lives beside them, for awarded proposals
//! only, and is written only when a proposal becomes awarded (or an awarded
//! one changes). The similar-ideas search looks at nothing else.
//!
//! Before this, PostgreSQL computed a stored `tsvector` column on every
//! update of every proposal, and the text indexes over `proposals` made a
//! draft's save and a submission heap-only-tuple ineligible (an indexed
//! column changed), so each wrote every index of the table again: the load
//! bench's submissions fell from 1,341 to 863 a second. Making the indexes
//! partial (`000037`) did not help, since the column was still computed
//! and still indexed. SQLite's FTS5 table, kept by triggers on every save,
//! now holds awarded proposals only too.

use sea_orm_migration::{prelude::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// `similar::service::AWARDED`, written out.
const AWARDED: &str = "('awarded', 'in_implementation', 'implemented', 'stopped')";

/// The text search configuration of a proposal's language.
const DICTIONARY: &str = "CASE NEW.locale WHEN 'it' THEN 'italian'::regconfig \
     WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig \
     WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'nl' THEN 'dutch'::regconfig \
     WHEN 'ro' THEN 'romanian'::regconfig WHEN 'es' THEN 'spanish'::regconfig \
     WHEN 'hu' THEN 'hungarian'::regconfig ELSE 'simple'::regconfig END";

fn postgres_up() -> Vec<String> {
    vec![
        "CREATE TABLE proposal_search (\
         proposal_id integer PRIMARY KEY, \
         tenant_id integer NOT NULL REFERENCES tenants (id) ON DELETE CASCADE, \
         title text NOT NULL, \
         search_text tsvector NOT NULL, \
         CONSTRAINT fk_proposal_search_proposal FOREIGN KEY (tenant_id, proposal_id) \
         REFERENCES proposals (tenant_id, id) ON DELETE CASCADE)"
            .to_owned(),
        "CREATE INDEX ix_proposal_search_text ON proposal_search USING gin (search_text)".to_owned(),
        "CREATE INDEX ix_proposal_search_title_trgm ON proposal_search USING gin (title public.gin_trgm_ops)"
            .to_owned(),
        format!(
            "CREATE FUNCTION proposal_search_keep() RETURNS trigger LANGUAGE plpgsql AS $$ \
             BEGIN \
             IF NEW.status IN {AWARDED} THEN \
             INSERT INTO proposal_search (proposal_id, tenant_id, title, search_text) \
             VALUES (NEW.id, NEW.tenant_id, coalesce(NEW.title, ''), \
             to_tsvector({DICTIONARY}, coalesce(NEW.title, '') || ' ' || coalesce(NEW.problem, ''))) \
             ON CONFLICT (proposal_id) DO UPDATE SET title = EXCLUDED.title, search_text = EXCLUDED.search_text; \
             ELSE \
             DELETE FROM proposal_search WHERE proposal_id = NEW.id; \
             END IF; \
             RETURN NULL; \
             END $$"
        ),
        format!(
            "CREATE TRIGGER proposal_search_insert AFTER INSERT ON proposals FOR EACH ROW \
             WHEN (NEW.status IN {AWARDED}) EXECUTE FUNCTION proposal_search_keep()"
        ),
        format!(
            "CREATE TRIGGER proposal_search_update AFTER UPDATE OF status, title, problem, locale \
             ON proposals FOR EACH ROW WHEN (NEW.status IN {AWARDED} OR OLD.status IN {AWARDED}) \
             EXECUTE FUNCTION proposal_search_keep()"
        ),
        format!(
            "INSERT INTO proposal_search (proposal_id, tenant_id, title, search_text) \
             SELECT id, tenant_id, coalesce(title, ''), search_text FROM proposals WHERE status IN {AWARDED}"
        ),
        "DROP INDEX ix_proposals_search_text".to_owned(),
        "DROP INDEX ix_proposals_title_trgm".to_owned(),
        "ALTER TABLE proposals DROP COLUMN search_text".to_owned(),
    ]
}

/// Back to `000037`'s column and partial indexes.
fn postgres_down() -> Vec<String> {
    let dictionary = DICTIONARY.replace("NEW.", "");
    vec![
        "DROP TRIGGER proposal_search_update ON proposals".to_owned(),
        "DROP TRIGGER proposal_search_insert ON proposals".to_owned(),
        "DROP FUNCTION proposal_search_keep()".to_owned(),
        "DROP TABLE proposal_search".to_owned(),
        format!(
            "ALTER TABLE proposals ADD COLUMN search_text tsvector GENERATED ALWAYS AS \
             (to_tsvector({dictionary}, coalesce(title, '') || ' ' || coalesce(problem, ''))) STORED"
        ),
        format!(
            "CREATE INDEX ix_proposals_search_text ON proposals USING gin (search_text) WHERE status IN {AWARDED}"
        ),
        format!(
            "CREATE INDEX ix_proposals_title_trgm ON proposals USING gin (title public.gin_trgm_ops) WHERE status IN {AWARDED}"
        ),
    ]
}

fn sqlite_up() -> Vec<String> {
    vec![
        "DROP TRIGGER proposal_search_insert".to_owned(),
        "DROP TRIGGER proposal_search_delete".to_owned(),
        "DROP TRIGGER proposal_search_update".to_owned(),
        // New names: the migration's statements may run on several of the
        // pool's connections, and one whose schema was read before the drop
        // would refuse a trigger of the same name as existing.
        format!(
            "CREATE TRIGGER proposal_search_awarded_insert AFTER INSERT ON proposals \
             WHEN new.status IN {AWARDED} BEGIN \
             INSERT INTO proposal_search(rowid, title, problem) VALUES (new.id, new.title, new.problem); END"
        ),
        format!(
            "CREATE TRIGGER proposal_search_awarded_delete AFTER DELETE ON proposals \
             WHEN old.status IN {AWARDED} BEGIN \
             INSERT INTO proposal_search(proposal_search, rowid, title, problem) \
             VALUES ('delete', old.id, old.title, old.problem); END"
        ),
        // An external-content table forgets a row by being told what it
        // indexed: the old text, when the old row was indexed.
        format!(
            "CREATE TRIGGER proposal_search_awarded_update AFTER UPDATE OF status, title, problem ON proposals \
             WHEN new.status IN {AWARDED} OR old.status IN {AWARDED} BEGIN \
             INSERT INTO proposal_search(proposal_search, rowid, title, problem) \
             SELECT 'delete', old.id, old.title, old.problem WHERE old.status IN {AWARDED}; \
             INSERT INTO proposal_search(rowid, title, problem) \
             SELECT new.id, new.title, new.problem WHERE new.status IN {AWARDED}; END"
        ),
        "INSERT INTO proposal_search(proposal_search) VALUES ('delete-all')".to_owned(),
        format!(
            "INSERT INTO proposal_search(rowid, title, problem) \
             SELECT id, title, problem FROM proposals WHERE status IN {AWARDED}"
        ),
    ]
}

/// Back to `000034`'s triggers over every proposal.
fn sqlite_down() -> Vec<String> {
    [
        "DROP TRIGGER proposal_search_awarded_insert",
        "DROP TRIGGER proposal_search_awarded_delete",
        "DROP TRIGGER proposal_search_awarded_update",
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
    ]
    .map(str::to_owned)
    .to_vec()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements = match manager.get_database_backend() {
            DatabaseBackend::Postgres => postgres_up(),
            _ => sqlite_up(),
        };
        let db = manager.get_connection();
        for sql in statements {
            db.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements = match manager.get_database_backend() {
            DatabaseBackend::Postgres => postgres_down(),
            _ => sqlite_down(),
        };
        let db = manager.get_connection();
        for sql in statements {
            db.execute_unprepared(&sql).await?;
        }
        Ok(())
    }
}
