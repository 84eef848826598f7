//! Where attachments are stored (a local directory or S3-compatible
//! storage, through `object_store`), how many and how large they may be,
//! and a stored file sent back as a download (for the team's pages and the
//! jurors' alike).

use std::sync::Arc;

use axum::{
    extract::DefaultBodyLimit,
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use object_store::{ObjectStore, ObjectStoreExt, path::Path as StorePath};

use super::entity::Model;
use crate::error::AppError;

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
