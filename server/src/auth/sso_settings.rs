//! The tenant admin's page for the city's identity provider. The client
//! secret is write-only: sealed at rest, never shown back; a blank field
//! keeps the stored one.

use askama::Template;
use axum::{extract::State, http::StatusCode, response::Response};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, IntoActiveModel, TransactionTrait};
use serde::Deserialize;
use serde_json::json;

use super::{Action, csrf::CsrfForm, oidc, require};
use crate::auth::oidc::OidcClients;
use crate::{
    audit,
    error::AppError,
    state::AppState,
    web::{FieldError, PageContext, render},
};
use std::sync::Arc;

#[derive(Clone, Default, Deserialize)]
pub struct SsoForm {
    #[serde(default)]
    issuer_url: String,
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    client_secret: String,
    #[serde(default)]
    scopes: String,
    #[serde(default)]
    email_claim: String,
    #[serde(default)]
    name_claim: String,
    #[serde(default)]
    division_claim: String,
    #[serde(default)]
    grade_claim: String,
    /// Further claims to keep for eligibility rules, space-separated.
    #[serde(default)]
    extra_claims: String,
}

impl SsoForm {
    fn from_model(m: &oidc::Model) -> Self {
        Self {
            issuer_url: m.issuer_url.clone(),
            client_id: m.client_id.clone(),
            client_secret: String::new(),
            scopes: m.scopes.clone(),
            email_claim: m.email_claim.clone(),
            name_claim: m.name_claim.clone(),
            division_claim: m.division_claim.clone(),
            grade_claim: m.grade_claim.clone(),
            extra_claims: m.extra_claims.clone(),
        }
    }

    fn defaults() -> Self {
        Self {
            scopes: "openid email profile".into(),
            email_claim: "email".into(),
            name_claim: "name".into(),
            division_claim: "division".into(),
            grade_claim: "grade".into(),
            ..Self::default()
        }
    }
}

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

fn claim_ok(claim: &str) -> bool {
    (1..=64).contains(&claim.len())
        && claim
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ':'))
}

/// `GET /admin/sign-in`
pub async fn page(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ConfigureSignIn)?;
    let existing = oidc::provider_of(&app, ctx.site()?.id).await?;
    render(&SsoPage {
        form: existing
            .as_ref()
            .map_or_else(SsoForm::defaults, SsoForm::from_model),
        has_secret: existing.is_some(),
        redirect_uri: oidc::redirect_uri(&ctx),
        post_logout_uri: oidc::post_logout_redirect_uri(&ctx),
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
    CsrfForm(mut form): CsrfForm<SsoForm>,
) -> Result<Response, AppError> {
    let actor = require(&ctx, Action::ConfigureSignIn)?
        .user
        .as_ref()
        .map(|u| u.id);
    let scope = ctx.site()?.id;
    let existing = oidc::provider_of(&app, scope).await?;
    for field in [
        &mut form.issuer_url,
        &mut form.client_id,
        &mut form.scopes,
        &mut form.email_claim,
        &mut form.name_claim,
        &mut form.division_claim,
        &mut form.grade_claim,
        &mut form.extra_claims,
    ] {
        *field = field.trim().to_owned();
    }
    let mut errors = Vec::new();
    match reqwest::Url::parse(&form.issuer_url) {
        Ok(url) if url.scheme() == "https" || (oidc.allows_http() && url.scheme() == "http") => {
            if url.query().is_some() || url.fragment().is_some() || url.host_str().is_none() {
                errors.push(FieldError::new(&ctx, "issuer_url", "sso-error-issuer"));
            }
        }
        Ok(_) => errors.push(FieldError::new(
            &ctx,
            "issuer_url",
            "sso-error-issuer-https",
        )),
        Err(_) => errors.push(FieldError::new(&ctx, "issuer_url", "sso-error-issuer")),
    }
    if form.client_id.is_empty() || form.client_id.len() > 255 {
        errors.push(FieldError::new(&ctx, "client_id", "sso-error-client-id"));
    }
    if form.client_secret.is_empty() && existing.is_none() {
        errors.push(FieldError::new(&ctx, "client_secret", "sso-error-secret"));
    }
    if form.client_secret.len() > 1024 {
        errors.push(FieldError::new(&ctx, "client_secret", "sso-error-secret"));
    }
    if !form.scopes.split_whitespace().any(|s| s == "openid") || form.scopes.len() > 255 {
        errors.push(FieldError::new(&ctx, "scopes", "sso-error-scopes"));
    }
    for (name, value) in [
        ("email_claim", &form.email_claim),
        ("name_claim", &form.name_claim),
        ("division_claim", &form.division_claim),
        ("grade_claim", &form.grade_claim),
    ] {
        if !claim_ok(value) {
            errors.push(FieldError::new(&ctx, name, "sso-error-claim"));
        }
    }
    if errors.is_empty()
        && let Err(error) = oidc.check(&form.issuer_url).await
    {
        tracing::info!(%error, "identity provider check failed");
        errors.push(FieldError::new(&ctx, "issuer_url", "sso-error-discovery"));
    }
    if !errors.is_empty() {
        let mut response = render(&SsoPage {
            has_secret: existing.is_some(),
            redirect_uri: oidc::redirect_uri(&ctx),
            post_logout_uri: oidc::post_logout_redirect_uri(&ctx),
            form: SsoForm {
                client_secret: String::new(),
                ..form
            },
            errors,
            saved: false,
            tested: None,
            ctx,
        })?;
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
    }
    let now = Utc::now();
    let scopes = form.scopes.split_whitespace().collect::<Vec<_>>().join(" ");
    // What an auditor compares; never the secret, only whether it changed.
    let described = |issuer: &str, client: &str, scopes: &str, claims: [&str; 5]| {
        json!({
            "issuer_url": issuer, "client_id": client, "scopes": scopes,
            "email_claim": claims[0], "name_claim": claims[1], "division_claim": claims[2],
            "grade_claim": claims[3], "extra_claims": claims[4],
        })
    };
    let before = existing.as_ref().map_or(json!({}), |p| {
        described(
            &p.issuer_url,
            &p.client_id,
            &p.scopes,
            [
                &p.email_claim,
                &p.name_claim,
                &p.division_claim,
                &p.grade_claim,
                &p.extra_claims,
            ],
        )
    });
    let mut after = described(
        &form.issuer_url,
        &form.client_id,
        &scopes,
        [
            &form.email_claim,
            &form.name_claim,
            &form.division_claim,
            &form.grade_claim,
            &form.extra_claims,
        ],
    );
    after["client_secret_changed"] = json!(!form.client_secret.is_empty());
    let txn = app.db.begin().await?;
    match existing {
        Some(current) => {
            let mut row = current.into_active_model();
            row.issuer_url = Set(form.issuer_url.clone());
            row.client_id = Set(form.client_id.clone());
            if !form.client_secret.is_empty() {
                row.client_secret = Set(app.secrets.seal(&form.client_secret));
            }
            row.scopes = Set(scopes);
            row.email_claim = Set(form.email_claim.clone());
            row.name_claim = Set(form.name_claim.clone());
            row.division_claim = Set(form.division_claim.clone());
            row.grade_claim = Set(form.grade_claim.clone());
            row.extra_claims = Set(form.extra_claims.clone());
            row.updated_at = Set(now);
            scope.update(row, &txn).await?;
        }
        None => {
            scope
                .insert(
                    oidc::ActiveModel {
                        issuer_url: Set(form.issuer_url.clone()),
                        client_id: Set(form.client_id.clone()),
                        client_secret: Set(app.secrets.seal(&form.client_secret)),
                        scopes: Set(scopes),
                        email_claim: Set(form.email_claim.clone()),
                        name_claim: Set(form.name_claim.clone()),
                        division_claim: Set(form.division_claim.clone()),
                        grade_claim: Set(form.grade_claim.clone()),
                        extra_claims: Set(form.extra_claims.clone()),
                        updated_at: Set(now),
                        ..Default::default()
                    },
                    &txn,
                )
                .await?;
        }
    }
    audit::record(
        &txn,
        scope,
        app.clock.now(),
        audit::Event {
            actor,
            action: "city.sign_in",
            subject_type: "city",
            subject_id: scope.get(),
            before,
            after,
        },
    )
    .await?;
    txn.commit().await?;
    render(&SsoPage {
        has_secret: true,
        redirect_uri: oidc::redirect_uri(&ctx),
        post_logout_uri: oidc::post_logout_redirect_uri(&ctx),
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
    let existing = oidc::provider_of(&app, ctx.site()?.id).await?;
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
        redirect_uri: oidc::redirect_uri(&ctx),
        post_logout_uri: oidc::post_logout_redirect_uri(&ctx),
        form: form_values,
        errors: Vec::new(),
        saved: false,
        tested: Some(tested),
        ctx,
    })
}
