//! Every state-changing form carries a token that only pages of the same
//! site could have put there. `CsrfForm` is the one way handlers read a
//! form (`clippy.toml` disallows `axum::Form`), so none can forget it.

use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
    http::header,
};
use serde::{Deserialize, de::DeserializeOwned};
use serde_json::Value;
use subtle::ConstantTimeEq;

use crate::auth::Viewing;
use crate::{error::AppError, web::PageContext};

/// The name of the hidden field, and of the anonymous visitor's cookie.
pub const FIELD: &str = "csrf";
pub const COOKIE: &str = "innovato_csrf";

#[derive(Deserialize)]
struct Token {
    csrf: Option<String>,
}

/// A JSON request body. A browser session must send its CSRF token in the
/// `X-CSRF-Token` header; an API token needs none (no cookie rides along).
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = request
            .extensions()
            .get::<PageContext>()
            .cloned()
            .ok_or_else(|| AppError::Internal("page context missing".into()))?;
        // Nobody to act as: the answer is to sign in, whatever the form.
        let Some(viewer) = ctx.viewer() else {
            return Err(AppError::SignInRequired);
        };
        if !viewer.by_token {
            let given = request
                .headers()
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            if ctx.csrf.is_empty() || !bool::from(given.as_bytes().ct_eq(ctx.csrf.as_bytes())) {
                return Err(AppError::CsrfRejected);
            }
        }
        let json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(is_json);
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        // No body is JSON `null`: fine where nothing is read, refused where
        // an object is expected.
        if body.is_empty() {
            return serde_json::from_value(Value::Null)
                .map(JsonBody)
                .map_err(|_| AppError::BadRequest);
        }
        // A body is read only when it says it is JSON.
        if !json {
            return Err(AppError::UnsupportedMediaType);
        }
        let value: Value = serde_json::from_slice(&body).map_err(|_| AppError::BadRequest)?;
        serde_json::from_value(normalized(value))
            .map(JsonBody)
            .map_err(|_| AppError::BadRequest)
    }
}

/// A JSON object read as `T`, as [`JsonBody`] reads it; anything but an
/// object (an array, which serde would read into a struct's fields in
/// order, or no body) is refused.
pub struct JsonObject<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonObject<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let JsonBody(fields) =
            JsonBody::<serde_json::Map<String, Value>>::from_request(request, state).await?;
        serde_json::from_value(Value::Object(fields))
            .map(JsonObject)
            .map_err(|_| AppError::BadRequest)
    }
}

/// The same JSON with every whole number written as an integer (`12.0` and
/// `12` are one number in JSON, and an integer field takes either), and
/// without NUL characters, which no text of ours holds and PostgreSQL's
/// cannot.
fn normalized(value: Value) -> Value {
    match value {
        Value::Number(n) if !n.is_i64() && !n.is_u64() => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Value::from(f as i64),
            _ => Value::Number(n),
        },
        Value::String(text) if text.contains('\0') => Value::String(text.replace('\0', "")),
        Value::Array(items) => Value::Array(items.into_iter().map(normalized).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k.replace('\0', ""), normalized(v)))
                .collect(),
        ),
        other => other,
    }
}

/// `application/json`, or a JSON-based type such as `application/merge-patch+json`.
fn is_json(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// A form whose CSRF token was checked before it was read.
pub struct CsrfForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let expected = request
            .extensions()
            .get::<PageContext>()
            .map(|ctx| ctx.csrf.clone())
            .ok_or_else(|| AppError::Internal("page context missing".into()))?;
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        let given = serde_html_form::from_bytes::<Token>(&body)
            .ok()
            .and_then(|t| t.csrf)
            .unwrap_or_default();
        if expected.is_empty() || !bool::from(given.as_bytes().ct_eq(expected.as_bytes())) {
            return Err(AppError::CsrfRejected);
        }
        let form = serde_html_form::from_bytes::<T>(&body).map_err(|_| AppError::BadRequest)?;
        Ok(CsrfForm(form))
    }
}
