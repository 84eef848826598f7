//! Every state-changing form carries a token that only pages of the same
//! site could have put there. `CsrfForm` is the one way handlers read a
//! form (`clippy.toml` disallows `axum::Form`), so none can forget it.

use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
};
use serde::{Deserialize, de::DeserializeOwned};
use subtle::ConstantTimeEq;

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
        let by_token = ctx.viewer.as_ref().is_some_and(|v| v.by_token);
        if !by_token {
            let given = request
                .headers()
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            if ctx.csrf.is_empty() || !bool::from(given.as_bytes().ct_eq(ctx.csrf.as_bytes())) {
                return Err(AppError::CsrfRejected);
            }
        }
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        let body: &[u8] = if body.is_empty() { b"{}" } else { &body };
        serde_json::from_slice(body)
            .map(JsonBody)
            .map_err(|_| AppError::BadRequest)
    }
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
