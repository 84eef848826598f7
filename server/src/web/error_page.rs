//! Error responses get their body here, in the language of the request: a
//! page, or an RFC 9457 problem document for API clients.

use axum::{
    http::{StatusCode, header},
    response::{Html, IntoResponse, Response},
};

use super::{ErrorPage, PageContext};
use crate::error::{AppError, Problem, ProblemDocument};

/// What a 503 asks clients to wait before trying again, in seconds.
const RETRY_AFTER_SECONDS: &str = "15";

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
            &[("deadline", ctx.l10n.date_time(deadline).into())],
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
        // A refused body names each field to correct.
        let (detail, errors) = if problem.fields.is_empty() {
            (detail, None)
        } else {
            let errors = super::field_errors(&ctx.l10n, &problem.fields)
                .into_iter()
                .map(|e| (e.field.to_owned(), e.message))
                .collect();
            (ctx.l10n.t("form-has-errors"), Some(errors))
        };
        let document = ProblemDocument {
            kind: "about:blank".into(),
            title,
            status: problem.status.as_u16(),
            detail,
            errors,
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
