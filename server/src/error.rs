//! The HTTP layer's error type, and how it reaches a person: a page in their
//! language, or an RFC 9457 problem document for API clients.

use std::collections::BTreeMap;

use axum::{
    Json,
    http::{StatusCode, header},
    response::{Html, IntoResponse, Response},
};
use sea_orm::DbErr;
use serde::Serialize;

use crate::web::{ErrorPage, PageContext};

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
    /// The deadline (in the city's words) has passed.
    #[error("the deadline has passed: {0}")]
    DeadlinePassed(String),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    #[error("{0}")]
    Internal(String),
}

/// What the edge needs to render an error: kept in the response's
/// extensions until [`render`] turns it into a body in the right language.
#[derive(Clone, Debug)]
pub struct Problem {
    pub status: StatusCode,
    /// Fluent id of the title; its `.detail` attribute explains.
    pub message: &'static str,
    /// The deadline a late request missed, shown in the explanation.
    pub deadline: Option<String>,
}

impl Problem {
    /// The problem behind an error response the framework made itself (a
    /// path, query or method it refused), which carries no [`Problem`]: it
    /// gets the same localized body as ours.
    fn of_status(status: StatusCode) -> Self {
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
    fn problem(&self) -> Problem {
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
            AppError::DeadlinePassed(_) => (StatusCode::CONFLICT, "error-deadline"),
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
            AppError::DeadlinePassed(deadline) => Some(deadline.clone()),
            _ => None,
        };
        Problem {
            status,
            message,
            deadline,
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

/// What a 503 asks clients to wait before trying again, in seconds.
const RETRY_AFTER_SECONDS: &str = "15";

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

/// Gives an error response its body, in the language of the request.
pub fn render(response: Response, ctx: &PageContext, wants_json: bool) -> Response {
    let mut problem = match response.extensions().get::<Problem>() {
        Some(problem) => problem.clone(),
        None if made_by_framework(&response) => Problem::of_status(response.status()),
        None => return response,
    };
    // The request named a session the store could not be asked about: it
    // is refused (never served as anonymous, nor sent to a sign-in that
    // cannot work either), and the person is told to sign in again.
    if ctx.session_unavailable && matches!(problem.message, "error-sign-in-required" | "error-csrf")
    {
        problem = AppError::SessionLost.problem();
    }
    // A page that needs a signed-in person sends the browser to sign in,
    // and back here afterwards.
    if problem.message == "error-sign-in-required" && !wants_json {
        return axum::response::Redirect::to(&ctx.sign_in_link()).into_response();
    }
    let title = ctx.l10n.t(problem.message);
    let detail = match &problem.deadline {
        Some(deadline) => ctx.l10n.args(
            &format!("{}.detail", problem.message),
            &[("deadline", deadline.clone().into())],
        ),
        None => ctx.l10n.t(&format!("{}.detail", problem.message)),
    };
    let (mut parts, _) = response.into_parts();
    parts.status = problem.status;
    let retry_after = (problem.status == StatusCode::SERVICE_UNAVAILABLE)
        .then(|| header::HeaderValue::from_static(RETRY_AFTER_SECONDS));
    if wants_json {
        if let Some(retry_after) = retry_after {
            parts.headers.insert(header::RETRY_AFTER, retry_after);
        }
        let document = ProblemDocument {
            kind: "about:blank".into(),
            title,
            status: problem.status.as_u16(),
            detail,
            errors: None,
        };
        return document.into_response_with(parts);
    }
    let page = ErrorPage {
        ctx,
        title,
        detail,
        status: problem.status.as_u16(),
    };
    let body = match askama::Template::render(&page) {
        Ok(html) => html,
        Err(error) => {
            tracing::error!(%error, "error page did not render");
            String::from("Error")
        }
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Some(retry_after) = retry_after {
        parts.headers.insert(header::RETRY_AFTER, retry_after);
    }
    parts.headers.remove(header::CONTENT_TYPE);
    (parts, Html(body)).into_response()
}

/// An error response of axum's own (a rejected path, query, method or
/// body): plain text in English, or no body at all.
fn made_by_framework(response: &Response) -> bool {
    matches!(
        response.status(),
        StatusCode::BAD_REQUEST
            | StatusCode::NOT_FOUND
            | StatusCode::METHOD_NOT_ALLOWED
            | StatusCode::PAYLOAD_TOO_LARGE
            | StatusCode::UNSUPPORTED_MEDIA_TYPE
            | StatusCode::UNPROCESSABLE_ENTITY
            | StatusCode::INTERNAL_SERVER_ERROR
    ) && response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_none_or(|t| t.as_bytes().starts_with(b"text/plain"))
}
