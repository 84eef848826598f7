//! The HTTP layer's error type and what it is shown as (a status and a
//! message id); `web::error_page` gives it a body in the person's language,
//! a page or an RFC 9457 problem document for API clients.

use std::collections::BTreeMap;

use axum::{
    Json,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::DbErr;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("no such page")]
    NotFound,
    #[error("no such city")]
    UnknownTenant,
    #[error("sign-in required")]
    SignInRequired,
    #[error("not allowed for this role")]
    Forbidden,
    #[error("unknown or revoked API token")]
    BadToken,
    #[error("the form's CSRF token is missing or wrong")]
    CsrfRejected,
    #[error("malformed request")]
    BadRequest,
    #[error("the invitation link is unknown, used or expired")]
    InvitationInvalid,
    #[error("no longer possible in this phase")]
    Locked,
    #[error("the city is suspended")]
    Suspended,
    #[error("the upload is larger than allowed")]
    TooLarge,
    #[error("this address does not take this method")]
    MethodNotAllowed,
    #[error("the body is not of a type this address reads")]
    UnsupportedMediaType,
    #[error("too many requests")]
    RateLimited,
    /// The request came with a session that the session store could not
    /// be asked about (Redis is down): it fails closed.
    #[error("the session could not be checked")]
    SessionLost,
    /// A request the person can correct; the Fluent id says how.
    #[error("refused: {0}")]
    Refused(&'static str),
    /// Fields the person must correct; translated where the page or the
    /// problem document is rendered.
    #[error("invalid fields: {0:?}")]
    Invalid(Vec<FieldIssue>),
    /// The deadline has passed: the instant, and the city's time zone it
    /// is shown in (in the reader's words, where the error is rendered).
    #[error("the deadline has passed: {0}")]
    DeadlinePassed(DateTime<Utc>, Tz),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    #[error("{0}")]
    Internal(String),
}

/// One field a person must correct: the id of its control and what is
/// wrong, as a Fluent message id with the message's arguments. Services
/// speak in these; pages and problem documents translate them.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldIssue {
    pub field: &'static str,
    pub message: &'static str,
    pub args: Vec<(&'static str, MessageArg)>,
}

/// A value a field's message names (a length, a count, a word).
#[derive(Clone, Debug, PartialEq)]
pub enum MessageArg {
    Number(i64),
    Text(String),
}

impl From<i64> for MessageArg {
    fn from(n: i64) -> Self {
        Self::Number(n)
    }
}

impl From<String> for MessageArg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for MessageArg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl FieldIssue {
    pub fn new(field: &'static str, message: &'static str) -> Self {
        Self {
            field,
            message,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<MessageArg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// What the edge needs to render an error: kept in the response's
/// extensions until [`render`] turns it into a body in the right language.
#[derive(Clone, Debug)]
pub struct Problem {
    pub status: StatusCode,
    /// Fluent id of the title; its `.detail` attribute explains.
    pub message: &'static str,
    /// The deadline a late request missed (in the city's time zone),
    /// shown in the explanation.
    pub deadline: Option<DateTime<Tz>>,
    /// The fields to correct, for a refused form or API body.
    pub fields: Vec<FieldIssue>,
}

impl Problem {
    /// The problem behind an error response the framework made itself (a
    /// path, query or method it refused), which carries no [`Problem`]: it
    /// gets the same localized body as ours.
    pub fn of_status(status: StatusCode) -> Self {
        let message = match status {
            StatusCode::NOT_FOUND => "error-not-found",
            StatusCode::METHOD_NOT_ALLOWED => "error-method-not-allowed",
            StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "error-unsupported-media-type",
            StatusCode::INTERNAL_SERVER_ERROR => "error-internal",
            _ => "error-bad-request",
        };
        Problem {
            status,
            message,
            deadline: None,
            fields: Vec::new(),
        }
    }
}

/// An RFC 9457 problem document, as every API error is answered.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProblemDocument {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    #[schema(example = "about:blank")]
    pub kind: String,
    /// What went wrong, in the request's language.
    pub title: String,
    /// The HTTP status code.
    #[schema(minimum = 400, maximum = 599)]
    pub status: u16,
    /// What to do about it, in the request's language.
    pub detail: String,
    /// For invalid fields: each field's name and what is wrong with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<BTreeMap<String, String>>,
}

impl ProblemDocument {
    /// The response carrying the document, as `application/problem+json`.
    pub fn into_response_with(self, mut parts: axum::http::response::Parts) -> Response {
        parts.status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_REQUEST);
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.insert(
            header::CONTENT_TYPE,
            header::HeaderValue::from_static("application/problem+json"),
        );
        let body = Json(self).into_response().into_body();
        Response::from_parts(parts, body)
    }
}

impl IntoResponse for ProblemDocument {
    fn into_response(self) -> Response {
        let (parts, ()) = Response::new(()).into_parts();
        self.into_response_with(parts)
    }
}

impl AppError {
    /// The status and message this error is shown with.
    pub fn problem(&self) -> Problem {
        let (status, message) = match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            AppError::UnknownTenant => (StatusCode::NOT_FOUND, "error-unknown-tenant"),
            AppError::SignInRequired => (StatusCode::UNAUTHORIZED, "error-sign-in-required"),
            AppError::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden"),
            AppError::BadToken => (StatusCode::UNAUTHORIZED, "error-bad-token"),
            AppError::CsrfRejected => (StatusCode::FORBIDDEN, "error-csrf"),
            AppError::BadRequest => (StatusCode::BAD_REQUEST, "error-bad-request"),
            AppError::InvitationInvalid => (StatusCode::GONE, "error-invitation-invalid"),
            AppError::Locked => (StatusCode::CONFLICT, "error-locked"),
            AppError::Suspended => (StatusCode::FORBIDDEN, "error-suspended"),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "error-too-large"),
            AppError::MethodNotAllowed => {
                (StatusCode::METHOD_NOT_ALLOWED, "error-method-not-allowed")
            }
            AppError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "error-unsupported-media-type",
            ),
            AppError::RateLimited => (StatusCode::TOO_MANY_REQUESTS, "error-rate-limited"),
            AppError::Refused(message) => (StatusCode::UNPROCESSABLE_ENTITY, *message),
            AppError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "api-invalid"),
            AppError::DeadlinePassed(..) => (StatusCode::CONFLICT, "error-deadline"),
            AppError::SessionLost => (StatusCode::SERVICE_UNAVAILABLE, "error-session-lost"),
            AppError::Store(_) => (StatusCode::SERVICE_UNAVAILABLE, "error-session-store"),
            AppError::Database(error) if database_unreachable(error) => {
                (StatusCode::SERVICE_UNAVAILABLE, "error-unavailable")
            }
            AppError::Database(_) | AppError::Template(_) | AppError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
            }
        };
        let deadline = match self {
            AppError::DeadlinePassed(at, timezone) => Some(at.with_timezone(timezone)),
            _ => None,
        };
        let fields = match self {
            AppError::Invalid(fields) => fields.clone(),
            _ => Vec::new(),
        };
        Problem {
            status,
            message,
            deadline,
            fields,
        }
    }
}

/// Whether the database could not be reached (stopped, restarting, or its
/// connection broke mid-request), as opposed to refusing a statement: the
/// former is a 503 the person can retry, the latter a fault of ours.
fn database_unreachable(error: &DbErr) -> bool {
    use sea_orm::{RuntimeErr, sqlx};
    match error {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(error)) | DbErr::Query(RuntimeErr::SqlxError(error)) => {
            match &**error {
                sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
                | sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::WorkerCrashed => true,
                // PostgreSQL's classes 08 (connection exception) and 57P
                // (shut down by an administrator, starting up).
                sqlx::Error::Database(error) => error
                    .code()
                    .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
                _ => false,
            }
        }
        _ => false,
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let problem = self.problem();
        if problem.status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let mut response = problem.status.into_response();
        response.extensions_mut().insert(problem);
        response
    }
}
