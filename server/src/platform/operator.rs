//! The operators' console: every city with its health, creating a city
//! with its first admin, suspending and resuming.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, TransactionTrait,
};
use serde::Deserialize;
use serde_json::json;

use crate::auth::oidc::OidcClients;
use crate::{
    audit,
    auth::{Action, csrf::CsrfForm, invitations, oidc, require},
    calls::{self, Phase},
    error::AppError,
    i18n::Lang,
    people::{Role, user},
    state::AppState,
    tenancy::TenantId,
    tenants::{self, NewTenant, TenantError, TenantStatus},
    web::{FieldError, PageContext, render},
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
            open_calls: ctx.l10n.number(
                scope
                    .find::<calls::Entity>()
                    .filter(calls::Column::Phase.eq(Phase::Open))
                    .count(&app.db)
                    .await? as i64,
            ),
            sso: oidc::provider_of(app, scope).await?.is_some(),
            last_sign_in: scope
                .find::<user::Entity>()
                .filter(user::Column::LastSignInAt.is_not_null())
                .order_by_desc(user::Column::LastSignInAt)
                .one(&app.db)
                .await?
                .and_then(|u| u.last_sign_in_at)
                .map_or_else(
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
    let checked = match oidc::provider_of(&app, TenantId::of(&tenant)).await? {
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

/// The new-city form as sent.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CityForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    name: String,
    /// Host names, separated by spaces or commas.
    #[serde(default)]
    hosts: String,
    #[serde(default)]
    locale: Vec<String>,
    #[serde(default)]
    default_locale: String,
    #[serde(default)]
    timezone: String,
    #[serde(default)]
    headcount: String,
    #[serde(default)]
    colour: String,
    #[serde(default)]
    admin_email: String,
    #[serde(default)]
    admin_name: String,
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

/// Where a city's settings problem is shown, and how it is said.
fn field_of(error: &TenantError) -> (&'static str, &'static str) {
    match error {
        TenantError::BadSlug(_) => ("slug", "tenant-error-slug"),
        TenantError::ReservedSlug(_) => ("slug", "tenant-error-reserved"),
        TenantError::DuplicateSlug(_) => ("slug", "tenant-error-duplicate-slug"),
        TenantError::BadName => ("name", "tenant-error-name"),
        TenantError::BadHost(_) => ("hosts", "tenant-error-host"),
        TenantError::DuplicateHost(_) => ("hosts", "tenant-error-duplicate-host"),
        TenantError::NoLocales => ("locale", "tenant-error-no-locales"),
        TenantError::DefaultNotEnabled(_) => ("default_locale", "tenant-error-default-locale"),
        TenantError::BadTimezone(_) => ("timezone", "tenant-error-timezone"),
        TenantError::BadHeadcount => ("headcount", "tenant-error-headcount"),
        TenantError::BadColour(_) => ("colour", "tenant-error-colour"),
        TenantError::Database(_) => ("slug", "error-internal"),
    }
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
    let mut errors = Vec::new();
    let locales: Vec<Lang> = form.locale.iter().filter_map(|l| l.parse().ok()).collect();
    if locales.len() != form.locale.len() {
        errors.push(FieldError::new(
            &ctx,
            "locale",
            "tenant-error-unknown-locale",
        ));
    }
    let default_locale = form.default_locale.parse::<Lang>();
    if default_locale.is_err() {
        errors.push(FieldError::new(
            &ctx,
            "default_locale",
            "tenant-error-default-locale",
        ));
    }
    let headcount = form
        .headcount
        .trim()
        .replace(['.', ',', ' ', '\u{a0}'], "")
        .parse::<i32>();
    if headcount.is_err() {
        errors.push(FieldError::new(&ctx, "headcount", "tenant-error-headcount"));
    }
    let admin_email = form.admin_email.trim().to_lowercase();
    if !invitations::valid_email(&admin_email) {
        errors.push(FieldError::new(
            &ctx,
            "admin_email",
            "tenant-error-admin-email",
        ));
    }
    let (Ok(default_locale), Ok(headcount)) = (default_locale, headcount) else {
        return page(ctx, form, errors, None);
    };
    let mut new = NewTenant {
        slug: form.slug.clone(),
        name: form.name.clone(),
        hosts: form
            .hosts
            .split([' ', ',', '\n'])
            .map(str::trim)
            .filter(|h| !h.is_empty())
            .map(str::to_owned)
            .collect(),
        locales,
        default_locale,
        timezone: form.timezone.trim().to_owned(),
        headcount,
        primary_color: form.colour.clone(),
        is_demo: false,
    };
    if let Err(error) = new.validate() {
        let (field, message) = field_of(&error);
        errors.push(FieldError::new(&ctx, field, message));
    }
    if !errors.is_empty() {
        return page(ctx, form, errors, None);
    }
    let txn = app.db.begin().await?;
    let tenant = match tenants::create(&txn, new).await {
        Ok(tenant) => tenant,
        Err(error) => {
            drop(txn);
            let (field, message) = field_of(&error);
            let errors = vec![FieldError::new(&ctx, field, message)];
            return page(ctx, form, errors, None);
        }
    };
    let path = invite_admin(
        &txn,
        &tenant,
        &admin_email,
        &form.admin_name,
        app.clock.now(),
    )
    .await?;
    txn.commit().await?;
    app.tenants.clear();
    let site = format!("{}/t/{}/", ctx.origin, tenant.slug);
    let link = format!("{}{path}", ctx.origin);
    page(ctx, CityForm::default(), Vec::new(), Some((site, link)))
}

/// Invites a city's admin (its first, when the city is new; the console
/// and `innovato user grant --role admin` both come here) and returns the
/// path of the single-use link, on the city's site, at which they choose a
/// password. `email` is already checked and in lower case; an empty name
/// falls back to it.
pub async fn invite_admin(
    db: &impl sea_orm::ConnectionTrait,
    tenant: &tenants::Model,
    email: &str,
    name: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<String, sea_orm::DbErr> {
    let name = match name.trim() {
        "" => email,
        given => given,
    };
    let token = invitations::issue(
        db,
        TenantId::of(tenant),
        None,
        email,
        name,
        Role::TenantAdmin,
        now,
    )
    .await?;
    Ok(format!("/t/{}/invitations/{token}", tenant.slug))
}

#[derive(Deserialize)]
pub struct Nothing {}

/// Suspends or resumes a city, audited in the city's own log with the
/// operator who did it (an operator is no person of the city, so no actor).
async fn set_status(
    app: &AppState,
    ctx: &PageContext,
    slug: &str,
    status: TenantStatus,
) -> Result<(), AppError> {
    let operator = require(ctx, Action::OperatePlatform)?.email.clone();
    let tenant = tenants::find_by_slug(&app.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = TenantId::of(&tenant);
    let before = json!({ "status": tenant.status.to_value() });
    let mut row = tenant.into_active_model();
    row.status = Set(status);
    let txn = app.db.begin().await?;
    tenants::save(&txn, row).await?;
    audit::record(
        &txn,
        scope,
        app.clock.now(),
        audit::Event {
            actor: None,
            action: match status {
                TenantStatus::Suspended => "city.suspend",
                TenantStatus::Active => "city.resume",
            },
            subject_type: "city",
            subject_id: scope.get(),
            before,
            after: json!({ "status": status.to_value(), "operator": operator }),
        },
    )
    .await?;
    txn.commit().await?;
    app.tenants.clear();
    Ok(())
}

/// `POST /operator/tenants/{slug}/suspend`: the city's pages say so and
/// accept no changes.
pub async fn suspend(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
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
