//! The city admin's settings page: languages, the city's name in each,
//! the colour of its pages (checked for readable contrast), and its
//! headcount in total and by grade.

use std::collections::BTreeMap;

use askama::Template;
use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::service::{self, SettingsForm};
use crate::{
    attachments::Attachments,
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    i18n::Lang,
    organisation,
    state::AppState,
    tenants,
    web::{FieldError, PageContext, field_errors, render},
};

#[derive(Template)]
#[template(path = "tenants/templates/settings.html")]
struct SettingsPage {
    ctx: PageContext,
    form: SettingsForm,
    languages: Vec<Lang>,
    /// (language, the name typed for it)
    names: Vec<(Lang, String)>,
    /// (grade, count) rows, with blanks to fill in.
    grades: Vec<(String, String)>,
    errors: Vec<FieldError>,
}

fn page(
    ctx: PageContext,
    form: SettingsForm,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let names = Lang::ALL
        .into_iter()
        .map(|lang| {
            let typed = form
                .name_lang
                .iter()
                .position(|l| l == lang.code())
                .and_then(|i| form.name_value.get(i).cloned())
                .unwrap_or_default();
            (lang, typed)
        })
        .collect();
    let mut grades: Vec<(String, String)> = form
        .grade_name
        .iter()
        .enumerate()
        .map(|(i, g)| {
            (
                g.clone(),
                form.grade_count.get(i).cloned().unwrap_or_default(),
            )
        })
        .filter(|(g, c)| !(g.is_empty() && c.is_empty()))
        .collect();
    grades.resize_with(grades.len() + 3, Default::default);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(&SettingsPage {
        ctx,
        form,
        languages: Lang::ALL.to_vec(),
        names,
        grades,
        errors,
    })?;
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /admin/settings`
pub async fn show(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ConfigureCity)?;
    let site = ctx.site()?;
    let tenant = tenants::find_by_slug(&app.db, &site.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let names: BTreeMap<String, String> = serde_json::from_str(&tenant.names).unwrap_or_default();
    let grades = organisation::service::headcounts(&app.db, site.id).await?;
    let form = SettingsForm {
        locale: site.locales.iter().map(|l| l.code().to_owned()).collect(),
        default_locale: site.default_locale.code().to_owned(),
        name_lang: names.keys().cloned().collect(),
        name_value: names.values().cloned().collect(),
        colour: tenant.primary_color.clone(),
        headcount: tenant.headcount.to_string(),
        grade_name: grades.iter().map(|g| g.grade.clone()).collect(),
        grade_count: grades.iter().map(|g| g.employees.to_string()).collect(),
    };
    page(ctx, form, Vec::new())
}

/// `POST /admin/settings`: every value checked; a failed save changes
/// nothing.
pub async fn save(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<SettingsForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ConfigureCity)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let site = ctx.site()?.clone();
    match service::save_settings(&app.db, &site, &form, actor, app.clock.now()).await {
        Ok(()) => {
            app.tenants.clear();
            Ok(Redirect::to(&ctx.link("/admin/settings")).into_response())
        }
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            page(ctx, form, errors)
        }
        Err(error) => Err(error),
    }
}

/// Largest logo accepted.
const LOGO_MAX: usize = 512 * 1024;

/// `POST /admin/settings/logo` (multipart: `csrf`, then `file`): a PNG or
/// JPEG, cleaned of its metadata, shown beside the city's name.
pub async fn upload_logo(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    mut form: axum::extract::Multipart,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ConfigureCity)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let site = ctx.site()?.clone();
    let mut csrf_ok = false;
    let mut bytes = Vec::new();
    while let Some(mut field) = form.next_field().await.map_err(|_| AppError::BadRequest)? {
        match field.name() {
            Some("csrf") => {
                let given = field.text().await.map_err(|_| AppError::BadRequest)?;
                csrf_ok = !ctx.csrf.is_empty()
                    && subtle::ConstantTimeEq::ct_eq(given.as_bytes(), ctx.csrf.as_bytes()).into();
            }
            Some("file") if csrf_ok => {
                while let Some(chunk) = field.chunk().await.map_err(|_| AppError::TooLarge)? {
                    bytes.extend_from_slice(&chunk);
                    if bytes.len() > LOGO_MAX {
                        return Err(AppError::TooLarge);
                    }
                }
            }
            _ => {}
        }
    }
    if !csrf_ok {
        return Err(AppError::CsrfRejected);
    }
    service::set_logo(
        &app.db,
        files.store.as_ref(),
        &site,
        &bytes,
        actor,
        app.clock.now(),
    )
    .await?;
    app.tenants.clear();
    Ok(Redirect::to(&ctx.link("/admin/settings")).into_response())
}

/// `GET /logo`: the city's logo, for every visitor.
pub async fn logo(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let (bytes, kind) = service::logo(&app.db, files.store.as_ref(), ctx.site()?).await?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_str(&kind)
                    .map_err(|e| AppError::Internal(e.to_string()))?,
            ),
            (
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("public, max-age=300"),
            ),
            (
                axum::http::header::X_CONTENT_TYPE_OPTIONS,
                axum::http::HeaderValue::from_static("nosniff"),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct MailForm {
    #[serde(default)]
    smtp_url: String,
    #[serde(default)]
    mail_from: String,
}

/// `POST /admin/settings/mail`: the city's own mail server (the URL, which
/// may hold a password, is sealed and never shown back; empty fields fall
/// back to the platform's server).
pub async fn save_mail(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<MailForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ConfigureCity)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let site = ctx.site()?.clone();
    service::save_mail(
        &app.db,
        &app.secrets,
        &site,
        &form.smtp_url,
        &form.mail_from,
        actor,
        app.clock.now(),
    )
    .await?;
    Ok(Redirect::to(&ctx.link("/admin/settings")).into_response())
}
