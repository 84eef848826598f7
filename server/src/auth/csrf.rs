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
