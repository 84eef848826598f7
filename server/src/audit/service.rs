//! The audit chain: appending an entry (`record`), verifying a city's
//! chain against its head and a signed checkpoint, and why a chain fails.

use chrono::{DateTime, Duration, NaiveDate, SubsecRound, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::entry::{ActiveModel, Column, Entity, Model};
use super::head;
use crate::ids::PersonId;
use crate::{
    calls, error::AppError, i18n::Lang, people::user, projects, proposals, review,
    secrets::SecretKey, tenancy::TenantId, tenants,
};
use std::collections::{HashMap, HashSet};

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
    pub actor: Option<PersonId>,
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
    let head = scope.find::<head::Entity>().one(db).await?;
    // Without a head (a city's first entry), the log's last entry is the
    // head; with one, the next entry follows it even if entries were
    // removed behind it, so the gap stays visible.
    let last = match &head {
        Some(head) => Some((head.seq, head.hash.clone())),
        None => scope
            .find::<Entity>()
            .order_by_desc(Column::Seq)
            .limit(1)
            .one(db)
            .await?
            .map(|l| (l.seq, l.hash)),
    };
    let mut entry = Model {
        id: 0,
        tenant_id: scope.get(),
        seq: last.as_ref().map_or(1, |l| l.0 + 1),
        // Stored times keep microseconds at most; hash what is stored.
        at: at.trunc_subsecs(6),
        actor_id: event.actor,
        action: event.action.to_owned(),
        subject_type: event.subject_type.to_owned(),
        subject_id: event.subject_id,
        before: event.before.to_string(),
        after: event.after.to_string(),
        prev_hash: last.map_or_else(|| GENESIS.to_owned(), |l| l.1),
        hash: String::new(),
    };
    entry.hash = entry_hash(&entry);
    if head.is_some() {
        scope
            .update_many::<head::Entity>()
            .col_expr(head::Column::Seq, Expr::value(entry.seq))
            .col_expr(head::Column::Hash, Expr::value(entry.hash.clone()))
            .exec(db)
            .await?;
    } else {
        scope
            .insert(
                head::ActiveModel {
                    seq: Set(entry.seq),
                    hash: Set(entry.hash.clone()),
                    ..Default::default()
                },
                db,
            )
            .await?;
    }
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
    /// Entries between `after` and `next` (both present) are gone.
    #[error("{}: the chain jumps from {after} to {next}", missing(*after + 1, *next - 1))]
    Missing { after: i64, next: i64 },
    #[error("entry {0} was altered: its hash does not match its content")]
    Altered(i64),
    #[error("entry {0} does not follow entry {1}: the chain was cut or reordered")]
    Broken(i64, i64),
    /// The newest entries, up to the head, are gone.
    #[error("{}: the log ends at entry {last} but its head is entry {head} (the newest entries were removed)", missing(*last + 1, *head))]
    Truncated { last: i64, head: i64 },
    #[error("entry {0} is not the entry the head recorded: the end of the chain was rewritten")]
    NotTheHead(i64),
    #[error("the log holds {0} entries but its head is gone: it was removed")]
    HeadMissing(i64),
    #[error(
        "the log goes on past its head (entry {head}) to entry {last}: entries were added outside the platform"
    )]
    PastTheHead { head: i64, last: i64 },
    #[error("{}: the log ends at entry {last} but the checkpoint's head is entry {checkpoint} (the log was truncated)", missing(*last + 1, *checkpoint))]
    BeforeCheckpoint { last: i64, checkpoint: i64 },
    #[error("entry {0} is not the entry the checkpoint recorded: the log was rewritten")]
    NotTheCheckpoint(i64),
}

/// "entry 3 is missing", "entries 3 to 5 are missing".
fn missing(first: i64, last: i64) -> String {
    if first == last {
        format!("entry {first} is missing")
    } else {
        format!("entries {first} to {last} are missing")
    }
}

/// The last entry of a chain that verifies: its position and hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub seq: i64,
    pub hash: String,
}

/// Checks a tenant's whole chain; the number of entries when it holds.
pub async fn verify<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
) -> Result<Result<u64, ChainError>, DbErr> {
    Ok(verified_head(db, scope)
        .await?
        .map(|head| head.seq.unsigned_abs()))
}

/// Checks a tenant's whole chain, and its end against the head kept apart;
/// the head when both hold (position 0 for an empty log).
pub async fn verified_head<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
) -> Result<Result<Head, ChainError>, DbErr> {
    // The head is read before and after the entries: on a live server an
    // entry appended meanwhile (entry and head move together) must not
    // look like tampering.
    let head_before = scope.find::<head::Entity>().one(db).await?;
    let entries = scope
        .find::<Entity>()
        .order_by_asc(Column::Seq)
        .all(db)
        .await?;
    let head_after = scope.find::<head::Entity>().one(db).await?;
    let mut previous_hash = GENESIS.to_owned();
    let mut previous_seq = 0;
    for entry in &entries {
        if entry.seq != previous_seq + 1 {
            return Ok(Err(ChainError::Missing {
                after: previous_seq,
                next: entry.seq,
            }));
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
    Ok(against_heads(
        head_before,
        head_after,
        previous_seq,
        &previous_hash,
    ))
}

/// Compares the end of a chain that holds (position `last`, hash
/// `last_hash`) with the heads read before and after it.
fn against_heads(
    before: Option<head::Model>,
    after: Option<head::Model>,
    last: i64,
    last_hash: &str,
) -> Result<Head, ChainError> {
    let end = Head {
        seq: last,
        hash: last_hash.to_owned(),
    };
    // Entries the head already counted before the log was read cannot
    // have gone since, except by removal.
    if let Some(before) = &before
        && before.seq > last
    {
        return Err(ChainError::Truncated {
            last,
            head: before.seq,
        });
    }
    let Some(after) = after else {
        return if last == 0 {
            Ok(end)
        } else {
            Err(ChainError::HeadMissing(last))
        };
    };
    if after.seq < last {
        return Err(ChainError::PastTheHead {
            head: after.seq,
            last,
        });
    }
    match [Some(&after), before.as_ref()]
        .into_iter()
        .flatten()
        .find(|head| head.seq == last)
    {
        Some(head) if head.hash != last_hash => Err(ChainError::NotTheHead(last)),
        // Or entries were appended while the log was read: it was read at
        // a point the head passed through.
        _ => Ok(end),
    }
}

/// A city's head as an operator keeps it outside the platform: signed with
/// a key derived from the server's, so that a checkpoint cannot be forged
/// by whoever can write the database but not read the server's key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// The city's slug, for the reader; the signature covers its id.
    pub tenant: String,
    pub tenant_id: i32,
    pub seq: i64,
    pub hash: String,
    pub at: DateTime<Utc>,
    pub signature: String,
}

impl Checkpoint {
    /// Signs a verified head of `tenant`.
    pub fn sign(tenant: &tenants::Model, head: Head, at: DateTime<Utc>, key: &SecretKey) -> Self {
        Self::sign_for(tenant.id, &tenant.slug, head, at, key)
    }

    pub(crate) fn sign_for(
        tenant_id: i32,
        slug: &str,
        head: Head,
        at: DateTime<Utc>,
        key: &SecretKey,
    ) -> Self {
        let mut checkpoint = Self {
            tenant: slug.to_owned(),
            tenant_id,
            seq: head.seq,
            hash: head.hash,
            at: at.trunc_subsecs(0),
            signature: String::new(),
        };
        checkpoint.signature = key.sign_checkpoint(&checkpoint.statement());
        checkpoint
    }

    /// Whether `key` signed this checkpoint as it reads now.
    pub fn is_signed_by(&self, key: &SecretKey) -> bool {
        key.signed_checkpoint(&self.statement(), &self.signature)
    }

    /// What the signature covers.
    fn statement(&self) -> String {
        format!(
            "innovato audit checkpoint\n{}\n{}\n{}\n{}",
            self.tenant_id,
            self.seq,
            self.hash,
            self.at.to_rfc3339()
        )
    }
}

/// Checks that a chain that verifies still holds a checkpoint's head: the
/// entry at its position, with its hash.
fn holds(
    head: &Head,
    entry_at_checkpoint: Option<&Model>,
    checkpoint: &Checkpoint,
) -> Result<(), ChainError> {
    if checkpoint.seq == 0 {
        return Ok(());
    }
    match entry_at_checkpoint {
        None => Err(ChainError::BeforeCheckpoint {
            last: head.seq,
            checkpoint: checkpoint.seq,
        }),
        Some(entry) if entry.hash != checkpoint.hash => {
            Err(ChainError::NotTheCheckpoint(checkpoint.seq))
        }
        Some(_) => Ok(()),
    }
}

/// Checks a tenant's chain, its head, and that it still holds `checkpoint`
/// (already known to be this tenant's and signed); the entries when all
/// hold.
pub async fn verify_against<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    checkpoint: &Checkpoint,
) -> Result<Result<u64, ChainError>, DbErr> {
    let head = match verified_head(db, scope).await? {
        Ok(head) => head,
        Err(problem) => return Ok(Err(problem)),
    };
    let entry = scope
        .find::<Entity>()
        .filter(Column::Seq.eq(checkpoint.seq))
        .one(db)
        .await?;
    Ok(holds(&head, entry.as_ref(), checkpoint).map(|()| head.seq.unsigned_abs()))
}

/// Which entries the admin's view shows.
pub struct Selection<'a> {
    /// `None`: anyone's; `Some(None)`: the platform's own.
    pub actor: Option<Option<PersonId>>,
    /// The beginning of the action's name; empty for any.
    pub action: &'a str,
    pub from: Option<DateTime<Utc>>,
    /// The first moment no longer shown.
    pub until: Option<DateTime<Utc>>,
}

impl<'a> Selection<'a> {
    /// The selection a request's filters name, dates in the city's time
    /// zone `tz`: `person` a person's id, `system` or empty for anyone;
    /// `action` the beginning of an action's code (at most 64 letters,
    /// digits, dots and underscores); `from` and `to` days (YYYY-MM-DD),
    /// both included, `None` where not given. Anything malformed is a bad
    /// request.
    pub fn parse(
        tz: Tz,
        person: &str,
        action: &'a str,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Self, AppError> {
        let actor = match person.trim() {
            "" => None,
            "system" => Some(None),
            id => Some(Some(
                id.parse().map(PersonId).map_err(|_| AppError::BadRequest)?,
            )),
        };
        let action = action.trim();
        if action.len() > 64
            || !action
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_'))
        {
            return Err(AppError::BadRequest);
        }
        let day = |value: Option<&str>| -> Result<Option<DateTime<Utc>>, AppError> {
            let Some(value) = value else {
                return Ok(None);
            };
            let date = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
                .map_err(|_| AppError::BadRequest)?;
            let midnight = date.and_hms_opt(0, 0, 0).ok_or(AppError::BadRequest)?;
            Ok(tz
                .from_local_datetime(&midnight)
                .earliest()
                .map(|at| at.with_timezone(&Utc)))
        };
        let until = match day(to)? {
            Some(to) => Some(
                to.checked_add_signed(Duration::days(1))
                    .ok_or(AppError::BadRequest)?,
            ),
            None => None,
        };
        Ok(Self {
            actor,
            action,
            from: day(from)?,
            until,
        })
    }
}

/// A page number of the log, from 1 to a million; `None` where not given
/// is the first. Anything else is a bad request.
pub fn page_number(text: Option<&str>) -> Result<u64, AppError> {
    match text {
        None => Ok(1),
        Some(p) => p
            .trim()
            .parse()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or(AppError::BadRequest),
    }
}

/// A city's entries that `selection` picks, newest first, `limit` at most
/// after skipping `offset`.
pub async fn entries<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    selection: &Selection<'_>,
    offset: u64,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    let mut select = scope
        .find::<Entity>()
        .order_by_desc(Column::Seq)
        .offset(offset)
        .limit(limit);
    match selection.actor {
        None => {}
        Some(None) => select = select.filter(Column::ActorId.is_null()),
        Some(Some(id)) => select = select.filter(Column::ActorId.eq(id)),
    }
    if !selection.action.is_empty() {
        select = select.filter(Column::Action.starts_with(selection.action));
    }
    if let Some(from) = selection.from {
        select = select.filter(Column::At.gte(from));
    }
    if let Some(until) = selection.until {
        select = select.filter(Column::At.lt(until));
    }
    select.all(db).await
}

/// The people who acted in a city's log, whoever its entries show.
pub async fn actors<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
) -> Result<Vec<user::Model>, DbErr> {
    let ids: Vec<PersonId> = scope
        .find::<Entity>()
        .select_only()
        .column(Column::ActorId)
        .distinct()
        .into_tuple::<Option<PersonId>>()
        .all(db)
        .await?
        .into_iter()
        .flatten()
        .collect();
    scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await
}

/// What the entries of a page name, by id: calls (their title in the
/// viewer's language), proposals, projects, reviews (their proposal) and
/// people.
#[derive(Default)]
pub struct Subjects {
    pub calls: HashMap<i32, String>,
    pub proposals: HashMap<i32, String>,
    pub projects: HashMap<i32, String>,
    /// A review's proposal.
    pub reviews: HashMap<i32, i32>,
    pub people: HashMap<PersonId, user::Model>,
}

/// Looks up the subjects `entries` name, and the people their details name
/// (a juror, a person whose role changed, the person who accepted).
pub async fn subjects<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    entries: &[Model],
    lang: Lang,
) -> Result<Subjects, DbErr> {
    let mut calls = HashSet::new();
    let mut proposals = HashSet::new();
    let mut projects = HashSet::new();
    let mut reviews = HashSet::new();
    let mut people = HashSet::new();
    for e in entries {
        if let Some(actor) = e.actor_id {
            people.insert(actor.get());
        }
        match e.subject_type.as_str() {
            "call" => {
                calls.insert(e.subject_id);
            }
            "proposal" => {
                proposals.insert(e.subject_id);
            }
            "project" => {
                projects.insert(e.subject_id);
            }
            "review" => {
                reviews.insert(e.subject_id);
            }
            "person" => {
                people.insert(e.subject_id);
            }
            _ => {}
        }
        for side in [&e.before, &e.after] {
            if let Ok(Value::Object(map)) = serde_json::from_str::<Value>(side) {
                for key in ["juror", "person"] {
                    if let Some(id) = map.get(key).and_then(Value::as_i64) {
                        people.insert(i32::try_from(id).unwrap_or_default());
                    }
                }
            }
        }
    }
    let mut found = Subjects::default();
    if !reviews.is_empty() {
        for r in scope
            .find::<review::Entity>()
            .filter(review::entity::Column::Id.is_in(reviews))
            .all(db)
            .await?
        {
            proposals.insert(r.proposal_id.get());
            found.reviews.insert(r.id, r.proposal_id.get());
        }
    }
    if !calls.is_empty() {
        let texts = scope
            .find::<calls::text::Entity>()
            .filter(calls::text::Column::CallId.is_in(calls.iter().copied()))
            .order_by_asc(calls::text::Column::Id)
            .all(db)
            .await?;
        for id in calls {
            let own: Vec<_> = texts
                .iter()
                .filter(|t| t.call_id.get() == id)
                .cloned()
                .collect();
            found.calls.insert(id, calls::text::title_in(&own, lang));
        }
    }
    if !projects.is_empty() {
        for p in scope
            .find::<projects::Entity>()
            .filter(projects::entity::Column::Id.is_in(projects))
            .all(db)
            .await?
        {
            found.projects.insert(p.id, p.title);
        }
    }
    if !proposals.is_empty() {
        for p in scope
            .find::<proposals::Entity>()
            .filter(proposals::Column::Id.is_in(proposals))
            .all(db)
            .await?
        {
            found.proposals.insert(p.id.get(), p.title);
        }
    }
    if !people.is_empty() {
        for u in scope
            .find::<user::Entity>()
            .filter(user::Column::Id.is_in(people))
            .all(db)
            .await?
        {
            found.people.insert(u.id, u);
        }
    }
    Ok(found)
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
            actor_id: Some(PersonId(7)),
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
        moved.actor_id = Some(PersonId(8));
        assert_ne!(entry_hash(&moved), original.hash);
        let second = entry(2, &original.hash);
        assert_ne!(second.hash, original.hash);
    }

    #[test]
    fn an_entry_appended_while_the_log_is_read_is_no_tampering() {
        let head = |seq: i64, hash: &str| head::Model {
            tenant_id: 1,
            seq,
            hash: hash.into(),
        };
        // Read at 4 while entry 5 was appended: the heads were 4, then 5.
        assert!(against_heads(Some(head(4, "h4")), Some(head(5, "h5")), 4, "h4").is_ok());
        assert!(against_heads(Some(head(4, "h4")), Some(head(5, "h5")), 5, "h5").is_ok());
        assert_eq!(
            against_heads(Some(head(5, "h5")), Some(head(5, "h5")), 4, "h4"),
            Err(ChainError::Truncated { last: 4, head: 5 })
        );
        assert_eq!(
            against_heads(Some(head(4, "h4")), Some(head(4, "h4")), 4, "other"),
            Err(ChainError::NotTheHead(4))
        );
        assert_eq!(
            against_heads(Some(head(3, "h3")), Some(head(3, "h3")), 4, "h4"),
            Err(ChainError::PastTheHead { head: 3, last: 4 })
        );
        assert_eq!(
            against_heads(None, None, 2, "h2"),
            Err(ChainError::HeadMissing(2))
        );
        assert!(against_heads(None, None, 0, GENESIS).is_ok());
    }

    #[test]
    fn a_checkpoint_holds_only_its_own_entry_and_signature() {
        let key = SecretKey::from_base64(&SecretKey::generate()).expect("key");
        let first = entry(1, GENESIS);
        let second = entry(2, &first.hash);
        let head = Head {
            seq: 2,
            hash: second.hash.clone(),
        };
        let checkpoint = Checkpoint::sign_for(1, "turin", head.clone(), Utc::now(), &key);
        assert!(checkpoint.is_signed_by(&key));
        let mut moved = checkpoint.clone();
        moved.seq = 1;
        assert!(!moved.is_signed_by(&key), "the position is signed");
        assert_eq!(holds(&head, Some(&second), &checkpoint), Ok(()));
        let rewritten = entry(2, GENESIS);
        assert_eq!(
            holds(&head, Some(&rewritten), &checkpoint),
            Err(ChainError::NotTheCheckpoint(2))
        );
        let shorter = Head {
            seq: 1,
            hash: first.hash.clone(),
        };
        assert_eq!(
            holds(&shorter, None, &checkpoint),
            Err(ChainError::BeforeCheckpoint {
                last: 1,
                checkpoint: 2
            })
        );
    }
}
