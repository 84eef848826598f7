//! What is done with a proposal's files: their names cleaned, the list,
//! whether the team may change them now, adding one (cleaned of metadata,
//! within the most a proposal may have) and removing one.

use chrono::{DateTime, Utc};
use object_store::{ObjectStoreExt, PutPayload, path::Path as StorePath};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, PaginatorTrait,
    QueryFilter, QueryOrder, TransactionTrait,
};

use super::{
    entity::{ActiveModel, Column, Entity, Model},
    sniff,
    storage::Attachments,
};
use crate::ids::{PersonId, ProposalId};
use crate::{
    error::AppError,
    proposals::{
        entity::{self as proposal, Status},
        member::MemberStatus,
        service as proposals,
    },
    secrets::SecretKey,
    tenancy::{TenantContext, TenantId},
};

/// A file name safe to show and to send back: no path, no control
/// characters, at most 120 characters.
pub fn clean_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        // Control characters, bidi overrides (which disguise extensions) and
        // characters file systems or headers choke on.
        .filter(|c| {
            !c.is_control()
                && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
                && !matches!(c, '"' | '<' | '>' | ':' | '*' | '?' | '|')
        })
        .take(120)
        .collect();
    let trimmed = cleaned.trim().trim_start_matches('.').to_owned();
    if trimmed.is_empty() {
        "file".into()
    } else {
        trimmed
    }
}

/// The attachments of a proposal, oldest first.
pub async fn of_proposal(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal: ProposalId,
) -> Result<Vec<Model>, AppError> {
    Ok(scope
        .find::<Entity>()
        .filter(Column::ProposalId.eq(proposal))
        .order_by_asc(Column::Id)
        .all(db)
        .await?)
}

/// How many files the proposal has.
async fn count(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal: ProposalId,
) -> Result<u64, AppError> {
    Ok(scope
        .find::<Entity>()
        .filter(Column::ProposalId.eq(proposal))
        .count(db)
        .await?)
}

/// Checks that `person` may change the proposal's files at `now`: an accepted
/// member of its team, the proposal not yet in review, its call before
/// the deadline.
pub async fn editable(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    site: &TenantContext,
    person: PersonId,
    id: ProposalId,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let (proposal, _, me) = proposals::own(db, secrets, site.id, id, person).await?;
    if me.status != MemberStatus::Accepted
        || !matches!(proposal.status, Status::Draft | Status::Submitted)
    {
        return Err(AppError::Locked);
    }
    let call = crate::calls::service::find(db, site.id, proposal.call_id).await?;
    if !proposals::accepting(&call, now) {
        return Err(proposals::too_late(&call, site.timezone));
    }
    Ok(())
}

/// Adds a (non-empty) file named `name` to the proposal at `now`: refused
/// when the proposal has the most files already or the content is not of
/// a kind taken; stored cleaned, and removed again when its row is
/// refused.
pub async fn add(
    db: &DatabaseConnection,
    files: &Attachments,
    scope: TenantId,
    id: ProposalId,
    name: String,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    // Refused early when already full; the count that decides is taken
    // again below, together with the insert.
    if count(db, scope, id).await? >= files.max_count as u64 {
        return Err(AppError::Refused("attachment-error-count"));
    }
    let (kind, cleaned) =
        sniff::clean(bytes).map_err(|refusal| AppError::Refused(refusal.message_id()))?;
    let key = format!("t{}/p{}/{}", scope.get(), id, uuid::Uuid::new_v4().simple());
    let size = cleaned.len() as i64;
    files
        .store
        .put(&StorePath::from(key.as_str()), PutPayload::from(cleaned))
        .await
        .map_err(|e| AppError::Internal(format!("storing an attachment: {e}")))?;
    let row = ActiveModel {
        proposal_id: Set(id),
        file_name: Set(name),
        content_type: Set(kind.content_type().to_owned()),
        size: Set(size),
        storage_key: Set(key.clone()),
        created_at: Set(now),
        ..Default::default()
    };
    match insert_within_limit(db, files.max_count, scope, id, row).await {
        Ok(()) => Ok(()),
        Err(refusal) => {
            if let Err(error) = files.store.delete(&StorePath::from(key.as_str())).await {
                tracing::warn!(%error, "a refused attachment's file could not be removed");
            }
            Err(refusal)
        }
    }
}

/// Adds the file's row unless the proposal already has the most files:
/// the count and the insert are made holding the proposal, so uploads at
/// once cannot together pass the limit.
async fn insert_within_limit(
    db: &DatabaseConnection,
    max_count: usize,
    scope: TenantId,
    id: ProposalId,
    row: ActiveModel,
) -> Result<(), AppError> {
    let txn = db.begin().await?;
    if !crate::db::hold::<proposal::Entity>(&txn, scope, id).await? {
        return Err(AppError::NotFound);
    }
    if count(&txn, scope, id).await? >= max_count as u64 {
        return Err(AppError::Refused("attachment-error-count"));
    }
    scope.insert(row, &txn).await?;
    txn.commit().await?;
    Ok(())
}

/// The proposal's file whose id is `file`.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: ProposalId,
    file: i32,
) -> Result<Model, AppError> {
    scope
        .find_by_id::<Entity>(file)
        .filter(Column::ProposalId.eq(id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Whether the proposal's call seals its teams' identities: the admin
/// then gets its files under neutral names.
pub async fn sealed(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: ProposalId,
) -> Result<bool, AppError> {
    let proposal = scope
        .find_by_id::<proposal::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(scope
        .find_by_id::<crate::calls::entity::Entity>(proposal.call_id)
        .one(db)
        .await?
        .is_some_and(|c| c.identities_sealed()))
}

/// Removes the proposal's file `file`: its row, then its stored bytes (a
/// file left behind is logged; its row is gone).
pub async fn remove(
    db: &DatabaseConnection,
    files: &Attachments,
    scope: TenantId,
    id: ProposalId,
    file: i32,
) -> Result<(), AppError> {
    let attachment = find(db, scope, id, file).await?;
    scope
        .delete_many::<Entity>()
        .filter(Column::Id.eq(attachment.id))
        .exec(db)
        .await?;
    if let Err(error) = files
        .store
        .delete(&StorePath::from(attachment.storage_key.as_str()))
        .await
    {
        tracing::warn!(%error, "an attachment's file could not be removed; its row is gone");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::clean_name;

    #[test]
    fn file_names_lose_paths_and_tricks() {
        assert_eq!(clean_name("C:\\Users\\giulia\\piano.pdf"), "piano.pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("<script>.pdf"), "script.pdf");
        assert_eq!(clean_name("..."), "file");
        assert_eq!(clean_name("a\u{0}b\u{202e}fdp.exe"), "abfdp.exe");
    }
}
