//! The operators' console: every city with its health, creating a city
//! with its first admin, suspending and resuming.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::service;
use crate::auth::oidc::OidcClients;
use crate::{
    auth::{Action, csrf::CsrfForm, oidc, require},
    error::AppError,
    i18n::Lang,
    state::AppState,
    tenancy::TenantId,
    tenants::{
        self, TenantStatus,
        service::{self as tenant_service, CityForm},
    },
    web::{
        FieldError, PageContext,
        confirm::{self, Ask, Confirm},
        field_errors, render,
    },
};
use std::sync::Arc;

struct TenantLine {
    name: String,
    slug: String,
    link: String,
    suspended: bool,
    languages: String,
    /// In the reader's digits.
    open_calls: String,
    sso: bool,
    last_sign_in: String,
}

#[derive(Template)]
#[template(path = "platform/templates/operator.html")]
struct OperatorPage {
    ctx: PageContext,
    tenants: Vec<TenantLine>,
    /// The result of a sign-in check: whether it worked, in words.
    checked: Option<(bool, String)>,
}

/// `GET /operator`: every city, with what tells an operator it is alive.
pub async fn console(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::OperatePlatform)?;
    console_page(&app, ctx, None).await
}

async fn console_page(
    app: &AppState,
    ctx: PageContext,
    checked: Option<(bool, String)>,
) -> Result<Response, AppError> {
    let mut lines = Vec::new();
    for t in tenants::list(&app.db).await? {
        let scope = TenantId::of(&t);
        lines.push(TenantLine {
            open_calls: ctx
                .l10n
                .number(service::open_calls(&app.db, scope).await? as i64),
            sso: oidc::provider_of(&app.db, scope).await?.is_some(),
            last_sign_in: service::last_sign_in(&app.db, scope).await?.map_or_else(
                || ctx.l10n.t("operator-never"),
                |at| ctx.l10n.date_time(&at),
            ),
            link: format!("/t/{}/", t.slug),
            suspended: t.status == TenantStatus::Suspended,
            languages: t.locales.replace(',', ", "),
            name: t.name,
            slug: t.slug,
        });
    }
    render(&OperatorPage {
        ctx,
        tenants: lines,
        checked,
    })
}

/// `POST /operator/tenants/{slug}/check-sso`: whether the city's identity
/// provider answers now.
pub async fn check_sso(
    State(app): State<AppState>,
    State(oidc): State<Arc<OidcClients>>,
    ctx: PageContext,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    require(&ctx, Action::OperatePlatform)?;
    let tenant = tenants::find_by_slug(&app.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let city = tenant.name.clone();
    let checked = match oidc::provider_of(&app.db, TenantId::of(&tenant)).await? {
        None => (
            false,
            ctx.l10n.args("operator-sso-none", &[("city", city.into())]),
        ),
        Some(provider) => match oidc.check(&provider.issuer_url).await {
            Ok(_) => (
                true,
                ctx.l10n.args("operator-sso-ok", &[("city", city.into())]),
            ),
            Err(error) => (
                false,
                ctx.l10n.args(
                    "operator-sso-failed",
                    &[("city", city.into()), ("reason", error.to_string().into())],
                ),
            ),
        },
    };
    console_page(&app, ctx, Some(checked)).await
}

#[derive(Template)]
#[template(path = "platform/templates/new_city.html")]
struct NewCityPage {
    ctx: PageContext,
    form: CityForm,
    languages: Vec<Lang>,
    errors: Vec<FieldError>,
    /// After creation: the city's address and the first admin's link.
    created: Option<(String, String)>,
}

fn page(
    ctx: PageContext,
    form: CityForm,
    errors: Vec<FieldError>,
    created: Option<(String, String)>,
) -> Result<Response, AppError> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(&NewCityPage {
        ctx,
        form,
        languages: Lang::ALL.to_vec(),
        errors,
        created,
    })?;
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /operator/tenants/new`
pub async fn new_form(ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::OperatePlatform)?;
    let form = CityForm {
        timezone: "Europe/Rome".into(),
        colour: "#1f3a5f".into(),
        locale: vec!["en".into()],
        default_locale: "en".into(),
        ..CityForm::default()
    };
    page(ctx, form, Vec::new(), None)
}

/// `POST /operator/tenants`: the city, and an invitation for its first
/// admin (who then sets up the city's own sign-in). A failed save changes
/// nothing.
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<CityForm>,
) -> Result<Response, AppError> {
    require(&ctx, Action::OperatePlatform)?;
    let (tenant, path) = match tenant_service::create_city(&app.db, &form, app.clock.now()).await {
        Ok(created) => created,
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            return page(ctx, form, errors, None);
        }
        Err(error) => return Err(error),
    };
    app.tenants.clear();
    let site = format!("{}/t/{}/", ctx.origin, tenant.slug);
    let link = format!("{}{path}", ctx.origin);
    page(ctx, CityForm::default(), Vec::new(), Some((site, link)))
}

#[derive(Deserialize)]
pub struct Nothing {}

/// Suspends or resumes a city for the operator signed in.
async fn set_status(
    app: &AppState,
    ctx: &PageContext,
    slug: &str,
    status: TenantStatus,
) -> Result<(), AppError> {
    let operator = require(ctx, Action::OperatePlatform)?.email.clone();
    tenant_service::set_status(&app.db, slug, status, &operator, app.clock.now()).await?;
    app.tenants.clear();
    Ok(())
}

/// `POST /operator/tenants/{slug}/suspend`: the city's pages say so and
/// accept no changes.
pub async fn suspend(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    if !form.yes() {
        require(&ctx, Action::OperatePlatform)?;
        let (city, people) = tenant_service::active_people(&app.db, &slug).await?;
        let l = &ctx.l10n;
        let ask = Ask {
            title: l.args("confirm-suspend-title", &[("city", city.into())]),
            consequences: vec![l.count("confirm-suspend-consequence", "count", people)],
            confirm_label: l.t("confirm-suspend-button"),
            action: format!("/operator/tenants/{slug}/suspend"),
            fields: Vec::new(),
            cancel: "/operator".into(),
            irreversible: false,
        };
        return confirm::ask(ctx, ask);
    }
    set_status(&app, &ctx, &slug, TenantStatus::Suspended).await?;
    Ok(Redirect::to("/operator").into_response())
}

/// `POST /operator/tenants/{slug}/resume`
pub async fn resume(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    set_status(&app, &ctx, &slug, TenantStatus::Active).await?;
    Ok(Redirect::to("/operator").into_response())
}
