//! Files on a proposal (PDF and images), checked by content and cleaned of
//! metadata that could name their author, stored through `object_store`:
//! a local directory by default, S3-compatible storage in production.

pub mod sniff;

use std::sync::Arc;

use axum::{
    extract::{DefaultBodyLimit, Multipart, Path, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
};
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, path::Path as StorePath};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait,
    entity::prelude::*,
};
use serde::Deserialize;
use subtle::ConstantTimeEq;

use crate::auth::Viewing;
use crate::ids::ProposalId;
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    proposals::{self, member::MemberStatus, service},
    state::AppState,
    tenancy::TenantId,
    web::PageContext,
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub proposal_id: ProposalId,
    /// The name shown, cleaned of paths and control characters.
    pub file_name: String,
    /// Decided by the content, never by the name.
    pub content_type: String,
    pub size: i64,
    pub storage_key: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl Model {
    /// The extension a file is offered under where its own name could
    /// reveal its author: from its type, never from its name.
    pub fn neutral_extension(&self) -> &'static str {
        match self.content_type.as_str() {
            "application/pdf" => "pdf",
            "image/png" => "png",
            "image/jpeg" => "jpg",
            t if t.contains("wordprocessingml") => "docx",
            t if t.contains("spreadsheetml") => "xlsx",
            t if t.contains("presentationml") => "pptx",
            t if t.contains("opendocument.text") => "odt",
            t if t.contains("opendocument.spreadsheet") => "ods",
            t if t.contains("opendocument.presentation") => "odp",
            _ => "bin",
        }
    }
}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

/// Where files go, and how many and how large they may be.
#[derive(Clone, Debug)]
pub struct Attachments {
    pub store: Arc<dyn ObjectStore>,
    pub max_bytes: usize,
    pub max_count: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum StorageConfigError {
    #[error("storage URL {0:?} is neither file://DIRECTORY nor s3://BUCKET[/PREFIX]")]
    BadUrl(String),
    #[error("cannot use the storage at {url}: {source}")]
    Store {
        url: String,
        source: object_store::Error,
    },
    #[error("cannot create the attachment directory {dir}: {source}")]
    Directory { dir: String, source: std::io::Error },
}

impl Attachments {
    /// `file://DIRECTORY` or `s3://BUCKET[/PREFIX]` (credentials and
    /// endpoint from the usual `AWS_*` variables).
    pub fn from_url(
        url: &str,
        max_bytes: usize,
        max_count: usize,
    ) -> Result<Self, StorageConfigError> {
        let store: Arc<dyn ObjectStore> = if let Some(dir) = url.strip_prefix("file://") {
            std::fs::create_dir_all(dir).map_err(|source| StorageConfigError::Directory {
                dir: dir.to_owned(),
                source,
            })?;
            Arc::new(
                object_store::local::LocalFileSystem::new_with_prefix(dir).map_err(|source| {
                    StorageConfigError::Store {
                        url: url.to_owned(),
                        source,
                    }
                })?,
            )
        } else if let Some(rest) = url.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            let s3 = object_store::aws::AmazonS3Builder::from_env()
                .with_bucket_name(bucket)
                .build()
                .map_err(|source| StorageConfigError::Store {
                    url: url.to_owned(),
                    source,
                })?;
            if prefix.is_empty() {
                Arc::new(s3)
            } else {
                Arc::new(object_store::prefix::PrefixStore::new(s3, prefix))
            }
        } else {
            return Err(StorageConfigError::BadUrl(url.to_owned()));
        };
        Ok(Self {
            store,
            max_bytes,
            max_count,
        })
    }

    /// The request body limit of an upload: the file and the form around it.
    pub fn body_limit(&self) -> DefaultBodyLimit {
        DefaultBodyLimit::max(self.upload_request_bytes())
    }

    /// An upload's request: the largest file and its form around it.
    fn upload_request_bytes(&self) -> usize {
        self.max_bytes + 64 * 1024
    }

    /// The longest request body any route takes (uploads, or axum's
    /// default limit of 2 MiB elsewhere): a request declaring more is
    /// refused before its body is read.
    pub fn largest_request_body(&self) -> u64 {
        const DEFAULT_LIMIT: usize = 2 * 1024 * 1024;
        u64::try_from(self.upload_request_bytes().max(DEFAULT_LIMIT)).unwrap_or(u64::MAX)
    }
}

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
    app: &AppState,
    scope: TenantId,
    proposal: ProposalId,
) -> Result<Vec<Model>, AppError> {
    Ok(scope
        .find::<Entity>()
        .filter(Column::ProposalId.eq(proposal))
        .order_by_asc(Column::Id)
        .all(&app.db)
        .await?)
}

/// Checks that the viewer may change the proposal's files now.
async fn editable(app: &AppState, ctx: &PageContext, id: ProposalId) -> Result<(), AppError> {
    let viewer = require(ctx, Action::WriteProposals)?;
    let person = viewer.user.as_ref().ok_or(AppError::Forbidden)?;
    let site = ctx.site()?;
    let (proposal, _, me) = service::own(app, site.id, id, person.id).await?;
    if me.status != MemberStatus::Accepted
        || !matches!(
            proposal.status,
            proposals::Status::Draft | proposals::Status::Submitted
        )
    {
        return Err(AppError::Locked);
    }
    let call = site
        .id
        .find_by_id::<crate::calls::Entity>(proposal.call_id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if !service::accepting(&call, app.clock.now()) {
        return Err(service::too_late(&call, site.timezone));
    }
    Ok(())
}

/// `POST /proposals/{id}/attachments` (multipart: `csrf`, then `file`).
pub async fn upload(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    mut form: Multipart,
) -> Result<Response, AppError> {
    editable(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let back = ctx.link(&format!("/proposals/{id}"));
    let mut csrf_ok = false;
    let mut upload: Option<(String, Vec<u8>)> = None;
    while let Some(mut field) = form.next_field().await.map_err(|_| AppError::BadRequest)? {
        match field.name() {
            Some("csrf") => {
                let given = field.text().await.map_err(|_| AppError::BadRequest)?;
                csrf_ok =
                    !ctx.csrf.is_empty() && bool::from(given.as_bytes().ct_eq(ctx.csrf.as_bytes()));
            }
            Some("file") if csrf_ok => {
                let name = clean_name(field.file_name().unwrap_or_default());
                let mut bytes = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(|_| AppError::TooLarge)? {
                    bytes.extend_from_slice(&chunk);
                    if bytes.len() > files.max_bytes {
                        return Err(AppError::TooLarge);
                    }
                }
                upload = Some((name, bytes));
            }
            _ => {}
        }
    }
    if !csrf_ok {
        return Err(AppError::CsrfRejected);
    }
    let Some((name, bytes)) = upload.filter(|(_, b)| !b.is_empty()) else {
        return Err(AppError::Refused("attachment-error-empty"));
    };
    // Refused early when already full; the count that decides is taken
    // again below, together with the insert.
    if of_proposal(&app, scope, id).await?.len() >= files.max_count {
        return Err(AppError::Refused("attachment-error-count"));
    }
    let (kind, cleaned) =
        sniff::clean(&bytes).map_err(|refusal| AppError::Refused(refusal.message_id()))?;
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
        created_at: Set(app.clock.now()),
        ..Default::default()
    };
    match insert_within_limit(&app, files.max_count, scope, id, row).await {
        Ok(()) => Ok(Redirect::to(&back).into_response()),
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
    app: &AppState,
    max_count: usize,
    scope: TenantId,
    proposal: ProposalId,
    row: ActiveModel,
) -> Result<(), AppError> {
    let txn = app.db.begin().await?;
    if !crate::db::hold::<proposals::Entity>(&txn, scope, proposal).await? {
        return Err(AppError::NotFound);
    }
    let stored = scope
        .find::<Entity>()
        .filter(Column::ProposalId.eq(proposal))
        .count(&txn)
        .await?;
    if stored >= max_count as u64 {
        return Err(AppError::Refused("attachment-error-count"));
    }
    scope.insert(row, &txn).await?;
    txn.commit().await?;
    Ok(())
}

/// `GET /proposals/{id}/attachments/{file}`: for the team and the admin.
pub async fn download(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path((id, file)): Path<(ProposalId, i32)>,
) -> Result<Response, AppError> {
    let viewer = ctx.viewer().ok_or(AppError::SignInRequired)?;
    let scope = ctx.site()?.id;
    let person = viewer.user.as_ref().ok_or(AppError::Forbidden)?;
    if !viewer.can(Action::ManageCalls) {
        service::own(&app, scope, id, person.id).await?;
    }
    let attachment = scope
        .find_by_id::<Entity>(file)
        .filter(Column::ProposalId.eq(id))
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    // On a sealed call an admin gets the file under a neutral name.
    let sealed = viewer.can(Action::ManageCalls) && {
        let proposal = scope
            .find_by_id::<crate::proposals::Entity>(id)
            .one(&app.db)
            .await?
            .ok_or(AppError::NotFound)?;
        scope
            .find_by_id::<crate::calls::Entity>(proposal.call_id)
            .one(&app.db)
            .await?
            .is_some_and(|c| c.identities_sealed())
    };
    if sealed {
        let name = format!("attachment-{file}.{}", attachment.neutral_extension());
        return file_response(&files, &attachment, &name).await;
    }
    file_response(&files, &attachment, &attachment.file_name).await
}

/// A stored file as a download named `name`, never rendered in place.
pub async fn file_response(
    files: &Attachments,
    attachment: &Model,
    name: &str,
) -> Result<Response, AppError> {
    let bytes = files
        .store
        .get(&StorePath::from(attachment.storage_key.as_str()))
        .await
        .map_err(|e| AppError::Internal(format!("reading an attachment: {e}")))?
        .bytes()
        .await
        .map_err(|e| AppError::Internal(format!("reading an attachment: {e}")))?;
    let disposition = format!(
        "attachment; filename=\"file\"; filename*=UTF-8''{}",
        crate::web::encode_query(name)
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_str(&attachment.content_type)
                    .map_err(|e| AppError::Internal(e.to_string()))?,
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .map_err(|e| AppError::Internal(e.to_string()))?,
            ),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /proposals/{id}/attachments/{file}/delete`
pub async fn delete(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path((id, file)): Path<(ProposalId, i32)>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    editable(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let attachment = scope
        .find_by_id::<Entity>(file)
        .filter(Column::ProposalId.eq(id))
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    scope
        .delete_many::<Entity>()
        .filter(Column::Id.eq(attachment.id))
        .exec(&app.db)
        .await?;
    if let Err(error) = files
        .store
        .delete(&StorePath::from(attachment.storage_key.as_str()))
        .await
    {
        tracing::warn!(%error, "an attachment's file could not be removed; its row is gone");
    }
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response())
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
