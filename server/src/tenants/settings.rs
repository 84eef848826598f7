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
use sea_orm::{ActiveValue::Set, IntoActiveModel, QueryOrder, TransactionTrait};
use serde::Deserialize;
use serde_json::json;

use crate::{
    attachments::Attachments,
    audit,
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    i18n::Lang,
    organisation::headcount,
    state::AppState,
    tenants,
    web::{FieldError, PageContext, render},
};

/// Contrast of white text on a `#rrggbb` background (WCAG formula).
pub fn contrast_with_white(colour: &str) -> Option<f64> {
    if colour.len() != 7 || !colour.starts_with('#') {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let value = f64::from(u8::from_str_radix(&colour[i..i + 2], 16).ok()?) / 255.0;
        Some(if value <= 0.039_28 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        })
    };
    let luminance = 0.2126 * channel(1)? + 0.7152 * channel(3)? + 0.0722 * channel(5)?;
    Some(1.05 / (luminance + 0.05))
}

/// WCAG 2.1 AA for normal text.
const MIN_CONTRAST: f64 = 4.5;

#[derive(Clone, Debug, Default, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    locale: Vec<String>,
    #[serde(default)]
    default_locale: String,
    #[serde(default)]
    name_lang: Vec<String>,
    #[serde(default)]
    name_value: Vec<String>,
    #[serde(default)]
    colour: String,
    #[serde(default)]
    headcount: String,
    #[serde(default)]
    grade_name: Vec<String>,
    #[serde(default)]
    grade_count: Vec<String>,
}

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
    let grades = site
        .id
        .find::<headcount::Entity>()
        .order_by_asc(headcount::Column::Grade)
        .all(&app.db)
        .await?;
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

fn count(value: &str) -> Option<i32> {
    value
        .trim()
        .replace(['.', ',', ' ', '\u{a0}', '\u{202f}'], "")
        .parse::<i32>()
        .ok()
        .filter(|n| (0..=10_000_000).contains(n))
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
    let mut errors = Vec::new();
    let locales: Vec<Lang> = form.locale.iter().filter_map(|l| l.parse().ok()).collect();
    if locales.len() != form.locale.len() {
        errors.push(FieldError::new(
            &ctx,
            "locale",
            "tenant-error-unknown-locale",
        ));
    } else if locales.is_empty() {
        errors.push(FieldError::new(&ctx, "locale", "tenant-error-no-locales"));
    }
    let default_locale = form
        .default_locale
        .parse::<Lang>()
        .ok()
        .filter(|l| locales.contains(l));
    if default_locale.is_none() {
        errors.push(FieldError::new(
            &ctx,
            "default_locale",
            "tenant-error-default-locale",
        ));
    }
    let mut names = BTreeMap::new();
    for (i, code) in form.name_lang.iter().enumerate() {
        let name = form.name_value.get(i).map(|n| n.trim()).unwrap_or_default();
        if name.is_empty() {
            continue;
        }
        match code.parse::<Lang>() {
            Ok(lang) if name.chars().count() <= 120 => {
                names.insert(lang.code().to_owned(), name.to_owned());
            }
            _ => errors.push(FieldError::new(&ctx, "names", "tenant-error-name")),
        }
    }
    let colour = form.colour.trim().to_ascii_lowercase();
    match contrast_with_white(&colour) {
        None => errors.push(FieldError::new(&ctx, "colour", "tenant-error-colour")),
        Some(ratio) if ratio < MIN_CONTRAST => {
            errors.push(FieldError::new(&ctx, "colour", "settings-error-contrast"))
        }
        Some(_) => {}
    }
    let total = count(&form.headcount);
    if total.is_none() {
        errors.push(FieldError::new(&ctx, "headcount", "tenant-error-headcount"));
    }
    let mut grades: BTreeMap<String, i32> = BTreeMap::new();
    for (i, grade) in form.grade_name.iter().enumerate() {
        let grade = grade.trim();
        let employees = form
            .grade_count
            .get(i)
            .map(|c| c.trim())
            .unwrap_or_default();
        if grade.is_empty() && employees.is_empty() {
            continue;
        }
        match count(employees) {
            Some(n)
                if !grade.is_empty()
                    && grade.chars().count() <= 80
                    && !grades.contains_key(grade) =>
            {
                grades.insert(grade.to_owned(), n);
            }
            _ => {
                errors.push(FieldError::new(&ctx, "grades", "settings-error-grade"));
                break;
            }
        }
    }
    let (Some(default_locale), Some(total)) = (default_locale, total) else {
        return page(ctx, form, errors);
    };
    if !errors.is_empty() {
        return page(ctx, form, errors);
    }
    let tenant = tenants::find_by_slug(&app.db, &site.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let before = json!({
        "locales": tenant.locales, "default_locale": tenant.default_locale, "names": tenant.names,
        "primary_color": tenant.primary_color, "headcount": tenant.headcount,
    });
    let txn = app.db.begin().await?;
    let mut row = tenant.into_active_model();
    row.locales = Set(Lang::join(&locales));
    row.default_locale = Set(default_locale.code().to_owned());
    row.names = Set(json!(names).to_string());
    row.primary_color = Set(colour.clone());
    row.headcount = Set(total);
    let saved = tenants::save(&txn, row).await?;
    site.id
        .delete_many::<headcount::Entity>()
        .exec(&txn)
        .await?;
    site.id
        .insert_many(
            grades
                .iter()
                .map(|(grade, employees)| headcount::ActiveModel {
                    grade: Set(grade.clone()),
                    employees: Set(*employees),
                    ..Default::default()
                }),
            &txn,
        )
        .await?;
    audit::record(
        &txn,
        site.id,
        app.clock.now(),
        audit::Event {
            actor,
            action: "city.settings",
            subject_type: "city",
            subject_id: site.id.get(),
            before,
            after: json!({
                "locales": saved.locales, "default_locale": saved.default_locale, "names": saved.names,
                "primary_color": saved.primary_color, "headcount": saved.headcount, "grades": grades,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    app.tenants.clear();
    Ok(Redirect::to(&ctx.link("/admin/settings")).into_response())
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
    // The kind first: a logo is an image, whatever else could be cleaned.
    if !matches!(
        crate::attachments::sniff::kind_of(&bytes),
        Some(crate::attachments::sniff::Kind::Png | crate::attachments::sniff::Kind::Jpeg)
    ) {
        return Err(AppError::Refused("settings-error-logo"));
    }
    let (kind, cleaned) =
        crate::attachments::sniff::clean(&bytes).map_err(|r| AppError::Refused(r.message_id()))?;
    let key = format!("t{}/logo-{}", site.id.get(), uuid::Uuid::new_v4().simple());
    object_store::ObjectStoreExt::put(
        files.store.as_ref(),
        &object_store::path::Path::from(key.as_str()),
        object_store::PutPayload::from(cleaned),
    )
    .await
    .map_err(|e| AppError::Internal(format!("storing a logo: {e}")))?;
    let tenant = tenants::find_by_slug(&app.db, &site.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = app.db.begin().await?;
    let mut row = tenant.into_active_model();
    row.logo_key = Set(Some(key.clone()));
    row.logo_type = Set(Some(kind.content_type().to_owned()));
    tenants::save(&txn, row).await?;
    audit::record(
        &txn,
        site.id,
        app.clock.now(),
        audit::Event {
            actor,
            action: "city.logo",
            subject_type: "city",
            subject_id: site.id.get(),
            before: json!({}),
            after: json!({ "logo": key }),
        },
    )
    .await?;
    txn.commit().await?;
    app.tenants.clear();
    Ok(Redirect::to(&ctx.link("/admin/settings")).into_response())
}

/// `GET /logo`: the city's logo, for every visitor.
pub async fn logo(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let site = ctx.site()?;
    let tenant = tenants::find_by_slug(&app.db, &site.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let (Some(key), Some(kind)) = (tenant.logo_key, tenant.logo_type) else {
        return Err(AppError::NotFound);
    };
    let bytes = object_store::ObjectStoreExt::get(
        files.store.as_ref(),
        &object_store::path::Path::from(key.as_str()),
    )
    .await
    .map_err(|_| AppError::NotFound)?
    .bytes()
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?;
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
    let url = form.smtp_url.trim();
    let from = form.mail_from.trim();
    if (!url.is_empty() || !from.is_empty())
        && crate::notifications::mail::Mailer::new(url, from).is_err()
    {
        return Err(AppError::Refused("settings-error-mail"));
    }
    let tenant = tenants::find_by_slug(&app.db, &site.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = app.db.begin().await?;
    let mut row = tenant.into_active_model();
    row.smtp_url = Set((!url.is_empty()).then(|| app.secrets.seal(url)));
    row.mail_from = Set((!from.is_empty()).then(|| from.to_owned()));
    tenants::save(&txn, row).await?;
    audit::record(
        &txn,
        site.id,
        app.clock.now(),
        audit::Event {
            actor,
            action: "city.mail",
            subject_type: "city",
            subject_id: site.id.get(),
            before: json!({}),
            after: json!({ "own_mail_server": !url.is_empty(), "from": from }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Redirect::to(&ctx.link("/admin/settings")).into_response())
}

#[cfg(test)]
mod tests {
    use super::contrast_with_white;

    #[test]
    fn contrast_follows_wcag() {
        let ratio = |c| contrast_with_white(c).expect("colour");
        assert!((ratio("#000000") - 21.0).abs() < 0.01);
        assert!((ratio("#ffffff") - 1.0).abs() < 0.01);
        assert!(ratio("#1f4e8c") >= 4.5, "Turin's blue is readable");
        assert!(ratio("#ffcc00") < 4.5, "yellow is not");
        assert!(contrast_with_white("blue").is_none());
    }
}
