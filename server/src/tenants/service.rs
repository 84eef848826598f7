//! The audited writes to a city: the admin's settings (languages, names,
//! colour, headcount by grade), its logo and its own mail server; and the
//! operator's: creating a city with its first admin, suspending and
//! resuming it; and reading the stored logo back. Forms are checked here; a
//! refusal names each field with the Fluent id of its message.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use object_store::ObjectStore;
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbErr, IntoActiveModel,
    TransactionTrait,
};
use serde::Deserialize;
use serde_json::json;

use super::{NewTenant, TenantError, TenantStatus, rows};
use crate::{
    audit,
    auth::invitations,
    error::{AppError, FieldIssue},
    i18n::Lang,
    ids::PersonId,
    organisation::headcount,
    people::Role,
    secrets::SecretKey,
    tenancy::{self, TenantContext, TenantId, tenant::Model},
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

/// The settings form as sent: every value as text, so that a bad one is
/// shown back to be corrected.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    pub locale: Vec<String>,
    #[serde(default)]
    pub default_locale: String,
    #[serde(default)]
    pub name_lang: Vec<String>,
    #[serde(default)]
    pub name_value: Vec<String>,
    #[serde(default)]
    pub colour: String,
    #[serde(default)]
    pub headcount: String,
    #[serde(default)]
    pub grade_name: Vec<String>,
    #[serde(default)]
    pub grade_count: Vec<String>,
}

fn count(value: &str) -> Option<i32> {
    value
        .trim()
        .replace(['.', ',', ' ', '\u{a0}', '\u{202f}'], "")
        .parse::<i32>()
        .ok()
        .filter(|n| (0..=10_000_000).contains(n))
}

/// Saves the city's settings: every value checked; a refused form changes
/// nothing.
pub async fn save_settings(
    db: &DatabaseConnection,
    site: &TenantContext,
    form: &SettingsForm,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut errors = Vec::new();
    let locales: Vec<Lang> = form.locale.iter().filter_map(|l| l.parse().ok()).collect();
    if locales.len() != form.locale.len() {
        errors.push(FieldIssue::new("locale", "tenant-error-unknown-locale"));
    } else if locales.is_empty() {
        errors.push(FieldIssue::new("locale", "tenant-error-no-locales"));
    }
    let default_locale = form
        .default_locale
        .parse::<Lang>()
        .ok()
        .filter(|l| locales.contains(l));
    if default_locale.is_none() {
        errors.push(FieldIssue::new(
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
            _ => errors.push(FieldIssue::new("names", "tenant-error-name")),
        }
    }
    let colour = form.colour.trim().to_ascii_lowercase();
    match contrast_with_white(&colour) {
        None => errors.push(FieldIssue::new("colour", "tenant-error-colour")),
        Some(ratio) if ratio < MIN_CONTRAST => {
            errors.push(FieldIssue::new("colour", "settings-error-contrast"))
        }
        Some(_) => {}
    }
    let total = count(&form.headcount);
    if total.is_none() {
        errors.push(FieldIssue::new("headcount", "tenant-error-headcount"));
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
                errors.push(FieldIssue::new("grades", "settings-error-grade"));
                break;
            }
        }
    }
    let (Some(default_locale), Some(total)) = (default_locale, total) else {
        return Err(AppError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let tenant = tenancy::find_by_slug(db, &site.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let before = json!({
        "locales": tenant.locales, "default_locale": tenant.default_locale, "names": tenant.names,
        "primary_color": tenant.primary_color, "headcount": tenant.headcount,
    });
    let txn = db.begin().await?;
    let mut row = tenant.into_active_model();
    row.locales = Set(Lang::join(&locales));
    row.default_locale = Set(default_locale.code().to_owned());
    row.names = Set(json!(names).to_string());
    row.primary_color = Set(colour.clone());
    row.headcount = Set(total);
    let saved = rows::save(&txn, row).await?;
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
        now,
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
    Ok(())
}

/// Stores the city's logo: a PNG or JPEG, cleaned of its metadata, kept in
/// `objects` under a fresh key.
pub async fn set_logo(
    db: &DatabaseConnection,
    objects: &dyn ObjectStore,
    site: &TenantContext,
    bytes: &[u8],
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    use crate::attachments::sniff;
    // The kind first: a logo is an image, whatever else could be cleaned.
    if !matches!(
        sniff::kind_of(bytes),
        Some(sniff::Kind::Png | sniff::Kind::Jpeg)
    ) {
        return Err(AppError::Refused("settings-error-logo"));
    }
    let (kind, cleaned) = sniff::clean(bytes).map_err(|r| AppError::Refused(r.message_id()))?;
    let key = format!("t{}/logo-{}", site.id.get(), uuid::Uuid::new_v4().simple());
    object_store::ObjectStoreExt::put(
        objects,
        &object_store::path::Path::from(key.as_str()),
        object_store::PutPayload::from(cleaned),
    )
    .await
    .map_err(|e| AppError::Internal(format!("storing a logo: {e}")))?;
    let tenant = tenancy::find_by_slug(db, &site.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = db.begin().await?;
    let mut row = tenant.into_active_model();
    row.logo_key = Set(Some(key.clone()));
    row.logo_type = Set(Some(kind.content_type().to_owned()));
    rows::save(&txn, row).await?;
    audit::record(
        &txn,
        site.id,
        now,
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
    Ok(())
}

/// The city's logo and its content type, if it has one.
pub async fn logo(
    db: &DatabaseConnection,
    objects: &dyn ObjectStore,
    site: &TenantContext,
) -> Result<(bytes::Bytes, String), AppError> {
    let tenant = tenancy::find_by_slug(db, &site.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let (Some(key), Some(kind)) = (tenant.logo_key, tenant.logo_type) else {
        return Err(AppError::NotFound);
    };
    let bytes =
        object_store::ObjectStoreExt::get(objects, &object_store::path::Path::from(key.as_str()))
            .await
            .map_err(|_| AppError::NotFound)?
            .bytes()
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((bytes, kind))
}

/// The city's own mail server: the URL (which may hold a password) sealed
/// with `secrets`; empty fields fall back to the platform's server.
pub async fn save_mail(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    site: &TenantContext,
    url: &str,
    from: &str,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let url = url.trim();
    let from = from.trim();
    if (!url.is_empty() || !from.is_empty())
        && crate::notifications::mail::Mailer::new(url, from).is_err()
    {
        return Err(AppError::Refused("settings-error-mail"));
    }
    let tenant = tenancy::find_by_slug(db, &site.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = db.begin().await?;
    let mut row = tenant.into_active_model();
    row.smtp_url = Set((!url.is_empty()).then(|| secrets.seal(url)));
    row.mail_from = Set((!from.is_empty()).then(|| from.to_owned()));
    rows::save(&txn, row).await?;
    audit::record(
        &txn,
        site.id,
        now,
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
    Ok(())
}

/// The new-city form as sent.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CityForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub name: String,
    /// Host names, separated by spaces or commas.
    #[serde(default)]
    pub hosts: String,
    #[serde(default)]
    pub locale: Vec<String>,
    #[serde(default)]
    pub default_locale: String,
    #[serde(default)]
    pub timezone: String,
    #[serde(default)]
    pub headcount: String,
    #[serde(default)]
    pub colour: String,
    #[serde(default)]
    pub admin_email: String,
    #[serde(default)]
    pub admin_name: String,
}

/// Where a city's settings problem is shown, and how it is said.
fn issue_of(error: &TenantError) -> FieldIssue {
    let (field, message) = match error {
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
    };
    FieldIssue::new(field, message)
}

/// Creates a city from the operator's form, with an invitation for its
/// first admin (who then sets up the city's own sign-in); the city and the
/// path of the admin's link. A refused form changes nothing.
pub async fn create_city(
    db: &DatabaseConnection,
    form: &CityForm,
    now: DateTime<Utc>,
) -> Result<(Model, String), AppError> {
    let mut errors = Vec::new();
    let locales: Vec<Lang> = form.locale.iter().filter_map(|l| l.parse().ok()).collect();
    if locales.len() != form.locale.len() {
        errors.push(FieldIssue::new("locale", "tenant-error-unknown-locale"));
    }
    let default_locale = form.default_locale.parse::<Lang>();
    if default_locale.is_err() {
        errors.push(FieldIssue::new(
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
        errors.push(FieldIssue::new("headcount", "tenant-error-headcount"));
    }
    let admin_email = form.admin_email.trim().to_lowercase();
    if !invitations::valid_email(&admin_email) {
        errors.push(FieldIssue::new("admin_email", "tenant-error-admin-email"));
    }
    let (Ok(default_locale), Ok(headcount)) = (default_locale, headcount) else {
        return Err(AppError::Invalid(errors));
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
        errors.push(issue_of(&error));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let txn = db.begin().await?;
    let tenant = match rows::create(&txn, new).await {
        Ok(tenant) => tenant,
        Err(error) => return Err(AppError::Invalid(vec![issue_of(&error)])),
    };
    let path = invite_admin(&txn, &tenant, &admin_email, &form.admin_name, now).await?;
    txn.commit().await?;
    Ok((tenant, path))
}

/// Invites a city's admin (its first, when the city is new; the console
/// and `innovato user grant --role admin` both come here) and returns the
/// path of the single-use link, on the city's site, at which they choose a
/// password. `email` is already checked and in lower case; an empty name
/// falls back to it.
pub async fn invite_admin(
    db: &impl ConnectionTrait,
    tenant: &Model,
    email: &str,
    name: &str,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
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

/// Suspends or resumes a city, audited in the city's own log with the
/// operator who did it (an operator is no person of the city, so no actor).
/// A city's name and how many of its people are active: who a
/// suspension stops, for the page that asks first.
pub async fn active_people(db: &DatabaseConnection, slug: &str) -> Result<(String, i64), AppError> {
    use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
    let tenant = tenancy::find_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = TenantId::of(&tenant);
    let count = scope
        .find::<crate::people::user::Entity>()
        .filter(crate::people::user::Column::Active.eq(true))
        .count(db)
        .await?;
    Ok((tenant.name, i64::try_from(count).unwrap_or(i64::MAX)))
}

pub async fn set_status(
    db: &DatabaseConnection,
    slug: &str,
    status: TenantStatus,
    operator: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let tenant = tenancy::find_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = TenantId::of(&tenant);
    let before = json!({ "status": tenant.status.to_value() });
    let mut row = tenant.into_active_model();
    row.status = Set(status);
    let txn = db.begin().await?;
    rows::save(&txn, row).await?;
    audit::record(
        &txn,
        scope,
        now,
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
    Ok(())
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
