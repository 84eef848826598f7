//! The tenant admin's page for the city's identity provider. The client
//! secret is write-only: sealed at rest, never shown back; a blank field
//! keeps the stored one.

use askama::Template;
use axum::{extract::State, http::StatusCode, response::Response};
use serde::Deserialize;

use super::{
    Action,
    csrf::CsrfForm,
    oidc::{self, OidcClients, settings, settings::SsoForm},
    require,
};
use crate::{
    error::AppError,
    state::AppState,
    web::{FieldError, PageContext, field_errors, render},
};
use std::sync::Arc;

#[derive(Template)]
#[template(path = "auth/templates/sso_settings.html")]
struct SsoPage {
    ctx: PageContext,
    form: SsoForm,
    has_secret: bool,
    redirect_uri: String,
    post_logout_uri: String,
    errors: Vec<FieldError>,
    saved: bool,
    /// The result of "test connection": whether it worked, in words.
    tested: Option<(bool, String)>,
}

/// `GET /admin/sign-in`
pub async fn page(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ConfigureSignIn)?;
    let existing = oidc::provider_of(&app.db, ctx.site()?.id).await?;
    render(&SsoPage {
        form: existing
            .as_ref()
            .map_or_else(SsoForm::defaults, SsoForm::from_model),
        has_secret: existing.is_some(),
        redirect_uri: oidc::pages::redirect_uri(&ctx),
        post_logout_uri: oidc::pages::post_logout_redirect_uri(&ctx),
        errors: Vec::new(),
        saved: false,
        tested: None,
        ctx,
    })
}

/// `POST /admin/sign-in`: checks every field; a failed save changes nothing.
pub async fn save(
    State(app): State<AppState>,
    State(oidc): State<Arc<OidcClients>>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<SsoForm>,
) -> Result<Response, AppError> {
    let actor = require(&ctx, Action::ConfigureSignIn)?
        .user
        .as_ref()
        .map(|u| u.id);
    let scope = ctx.site()?.id;
    let form = form.trimmed();
    let saved = settings::save(
        &app.db,
        &app.secrets,
        &oidc,
        scope,
        actor,
        &form,
        app.clock.now(),
    )
    .await;
    if let Err(AppError::Invalid(issues)) = saved {
        let existing = oidc::provider_of(&app.db, scope).await?;
        let mut response = render(&SsoPage {
            has_secret: existing.is_some(),
            redirect_uri: oidc::pages::redirect_uri(&ctx),
            post_logout_uri: oidc::pages::post_logout_redirect_uri(&ctx),
            form: SsoForm {
                client_secret: String::new(),
                ..form
            },
            errors: field_errors(&ctx.l10n, &issues),
            saved: false,
            tested: None,
            ctx,
        })?;
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
    }
    saved?;
    render(&SsoPage {
        has_secret: true,
        redirect_uri: oidc::pages::redirect_uri(&ctx),
        post_logout_uri: oidc::pages::post_logout_redirect_uri(&ctx),
        form: SsoForm {
            client_secret: String::new(),
            ..form
        },
        errors: Vec::new(),
        saved: true,
        tested: None,
        ctx,
    })
}

#[derive(Deserialize)]
pub struct TestForm {
    #[serde(default)]
    issuer_url: String,
}

/// `POST /admin/sign-in/test`: fetches the provider's discovery document
/// and keys, and says in plain words what worked or what did not.
pub async fn test_connection(
    State(app): State<AppState>,
    State(oidc): State<Arc<OidcClients>>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<TestForm>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ConfigureSignIn)?;
    let existing = oidc::provider_of(&app.db, ctx.site()?.id).await?;
    let issuer = form.issuer_url.trim().to_owned();
    let tested = match reqwest::Url::parse(&issuer) {
        Err(_) => (false, ctx.l10n.t("sso-error-issuer")),
        Ok(url) if url.scheme() != "https" && !oidc.allows_http() => {
            (false, ctx.l10n.t("sso-error-issuer-https"))
        }
        Ok(_) => match oidc.check(&issuer).await {
            Ok(oidc::EndsSessions(ends)) => {
                let sign_out = if ends {
                    "sso-test-end-session"
                } else {
                    "sso-test-no-end-session"
                };
                (
                    true,
                    format!("{} {}", ctx.l10n.t("sso-test-ok"), ctx.l10n.t(sign_out)),
                )
            }
            Err(oidc::OidcError::PrivateAddress(host)) => (
                false,
                ctx.l10n.args("sso-test-private", &[("host", host.into())]),
            ),
            Err(error) => (
                false,
                ctx.l10n
                    .args("sso-test-failed", &[("reason", error.to_string().into())]),
            ),
        },
    };
    let mut form_values = existing
        .as_ref()
        .map_or_else(SsoForm::defaults, SsoForm::from_model);
    form_values.issuer_url = issuer;
    render(&SsoPage {
        has_secret: existing.is_some(),
        redirect_uri: oidc::pages::redirect_uri(&ctx),
        post_logout_uri: oidc::pages::post_logout_redirect_uri(&ctx),
        form: form_values,
        errors: Vec::new(),
        saved: false,
        tested: Some(tested),
        ctx,
    })
}
