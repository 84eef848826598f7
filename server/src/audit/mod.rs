//! The append-only audit log: who did what to a call or proposal, when,
//! with the state before and after. Each entry carries the hash of the one
//! before it, so that `innovato audit verify` proves nothing was altered
//! or removed.

mod pages;

pub use pages::page;

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, QueryOrder, QuerySelect,
    entity::prelude::*,
};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::{tenancy::TenantId, tenants};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub seq: i64,
    pub at: DateTimeUtc,
    /// The person who acted; `None` for the platform itself (a deadline).
    pub actor_id: Option<i32>,
    pub action: String,
    pub subject_type: String,
    pub subject_id: i32,
    pub before: String,
    pub after: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of an entry: every field, and the hash before it.
fn entry_hash(entry: &Model) -> String {
    let mut hasher = Sha256::new();
    for part in [
        entry.prev_hash.as_str(),
        &entry.seq.to_string(),
        &entry.tenant_id.to_string(),
        &entry.at.to_rfc3339(),
        &entry.actor_id.map(|a| a.to_string()).unwrap_or_default(),
        &entry.action,
        &entry.subject_type,
        &entry.subject_id.to_string(),
        &entry.before,
        &entry.after,
    ] {
        hasher.update(part.len().to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What happened, to be written to the log.
pub struct Event<'a> {
    pub actor: Option<i32>,
    pub action: &'a str,
    pub subject_type: &'a str,
    pub subject_id: i32,
    pub before: Value,
    pub after: Value,
}

/// Appends an entry, inside the caller's transaction so that the change and
/// its record stand or fall together. The tenant row is locked (PostgreSQL)
/// or the transaction already writes (SQLite), so entries of one tenant are
/// chained one after another.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    at: DateTime<Utc>,
    event: Event<'_>,
) -> Result<(), DbErr> {
    tenants::lock(db, scope).await?;
    let last = scope
        .find::<Entity>()
        .order_by_desc(Column::Seq)
        .limit(1)
        .one(db)
        .await?;
    let mut entry = Model {
        id: 0,
        tenant_id: scope.get(),
        seq: last.as_ref().map_or(1, |l| l.seq + 1),
        // Stored times keep microseconds at most; hash what is stored.
        at: at.trunc_subsecs(6),
        actor_id: event.actor,
        action: event.action.to_owned(),
        subject_type: event.subject_type.to_owned(),
        subject_id: event.subject_id,
        before: event.before.to_string(),
        after: event.after.to_string(),
        prev_hash: last.map_or_else(|| GENESIS.to_owned(), |l| l.hash),
        hash: String::new(),
    };
    entry.hash = entry_hash(&entry);
    scope
        .insert(
            ActiveModel {
                seq: Set(entry.seq),
                at: Set(entry.at),
                actor_id: Set(entry.actor_id),
                action: Set(entry.action),
                subject_type: Set(entry.subject_type),
                subject_id: Set(entry.subject_id),
                before: Set(entry.before),
                after: Set(entry.after),
                prev_hash: Set(entry.prev_hash),
                hash: Set(entry.hash),
                ..Default::default()
            },
            db,
        )
        .await?;
    Ok(())
}

/// Why a chain does not verify.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ChainError {
    #[error("entry {0} is missing: the chain jumps from {1} to {0}")]
    Missing(i64, i64),
    #[error("entry {0} was altered: its hash does not match its content")]
    Altered(i64),
    #[error("entry {0} does not follow entry {1}: the chain was cut or reordered")]
    Broken(i64, i64),
}

/// Checks a tenant's whole chain; the number of entries when it holds.
pub async fn verify<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
) -> Result<Result<u64, ChainError>, DbErr> {
    let entries = scope
        .find::<Entity>()
        .order_by_asc(Column::Seq)
        .all(db)
        .await?;
    let mut previous_hash = GENESIS.to_owned();
    let mut previous_seq = 0;
    for entry in &entries {
        if entry.seq != previous_seq + 1 {
            return Ok(Err(ChainError::Missing(previous_seq + 1, previous_seq)));
        }
        if entry.prev_hash != previous_hash {
            return Ok(Err(ChainError::Broken(entry.seq, previous_seq)));
        }
        if entry_hash(entry) != entry.hash {
            return Ok(Err(ChainError::Altered(entry.seq)));
        }
        previous_hash = entry.hash.clone();
        previous_seq = entry.seq;
    }
    Ok(Ok(entries.len() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64, prev: &str) -> Model {
        let mut e = Model {
            id: 0,
            tenant_id: 1,
            seq,
            at: DateTime::from_timestamp(1_700_000_000, 0).expect("time"),
            actor_id: Some(7),
            action: "call.update".into(),
            subject_type: "call".into(),
            subject_id: 3,
            before: "{}".into(),
            after: r#"{"max_team_size":3}"#.into(),
            prev_hash: prev.into(),
            hash: String::new(),
        };
        e.hash = entry_hash(&e);
        e
    }

    #[test]
    fn every_field_is_in_the_hash() {
        let original = entry(1, GENESIS);
        let mut altered = original.clone();
        altered.after = r#"{"max_team_size":4}"#.into();
        assert_ne!(entry_hash(&altered), original.hash);
        let mut moved = original.clone();
        moved.actor_id = Some(8);
        assert_ne!(entry_hash(&moved), original.hash);
        let second = entry(2, &original.hash);
        assert_ne!(second.hash, original.hash);
    }
}
