//! The HTTP layer's error type, and how it reaches a person: a page in their
//! language, or an RFC 9457 problem document for API clients.

use axum::{
    Json,
    http::{StatusCode, header},
    response::{Html, IntoResponse, Response},
};
use sea_orm::DbErr;

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
    let Some(mut problem) = response.extensions().get::<Problem>().cloned() else {
        return response;
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
        let body = serde_json::json!({
            "type": "about:blank",
            "title": title,
            "status": problem.status.as_u16(),
            "detail": detail,
        });
        let mut out = (problem.status, Json(body)).into_response();
        out.headers_mut().insert(
            header::CONTENT_TYPE,
            header::HeaderValue::from_static("application/problem+json"),
        );
        if let Some(retry_after) = retry_after {
            out.headers_mut().insert(header::RETRY_AFTER, retry_after);
        }
        return out;
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
    (parts, Html(body)).into_response()
}
