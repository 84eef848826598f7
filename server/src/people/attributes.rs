//! The tenant admin's page of one person: their division and grade, set by
//! the admin where the city's identity provider does not send them.

use std::sync::Arc;

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::service::{self, Caches};
use super::user;
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::PersonId;
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    organisation,
    state::AppState,
    web::{FieldError, PageContext, field_errors, render},
};

#[derive(Template)]
#[template(path = "people/templates/person.html")]
struct PersonPage {
    ctx: PageContext,
    id: PersonId,
    name: String,
    email: String,
    /// (id, name)
    divisions: Vec<(String, String)>,
    grades: Vec<String>,
    /// The division's id as the form shows it (empty: none).
    division: String,
    division_name: Option<String>,
    grade: String,
    owned: service::SsoOwned,
    errors: Vec<FieldError>,
    saved: bool,
}

async fn person_page(
    app: &AppState,
    ctx: PageContext,
    person: user::Model,
    typed: Option<AttributesForm>,
    errors: Vec<FieldError>,
    saved: bool,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let owned = service::sso_owned(&app.db, scope, &person).await?;
    let divisions: Vec<(String, String)> = organisation::service::divisions(&app.db, scope)
        .await?
        .into_iter()
        .map(|d| (d.id.to_string(), d.name))
        .collect();
    let stored_division = person
        .division_id
        .map(|d| d.to_string())
        .unwrap_or_default();
    let division_name = divisions
        .iter()
        .find(|(id, _)| *id == stored_division)
        .map(|(_, name)| name.clone());
    let typed = typed.unwrap_or_default();
    let division = typed.division.unwrap_or(stored_division);
    let grade = typed
        .grade
        .unwrap_or_else(|| person.grade.clone().unwrap_or_default());
    let grades = service::grades(&app.db, scope).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(&PersonPage {
        name: person.name(&ctx.l10n),
        ctx,
        id: person.id,
        email: person.email,
        divisions,
        grades,
        division,
        division_name,
        grade,
        owned,
        errors,
        saved,
    })?;
    *response.status_mut() = status;
    Ok(response)
}

async fn find(app: &AppState, ctx: &PageContext, id: PersonId) -> Result<user::Model, AppError> {
    Some(super::service::person(&app.db, ctx.site()?.id, id).await?)
        .filter(|p| !p.is_erased())
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize)]
pub struct Shown {
    #[serde(default)]
    saved: Option<String>,
}

/// `GET /admin/people/{id}`
pub async fn show(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<PersonId>,
    axum::extract::Query(shown): axum::extract::Query<Shown>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManagePeople)?;
    let person = find(&app, &ctx, id).await?;
    person_page(&app, ctx, person, None, Vec::new(), shown.saved.is_some()).await
}

/// The attributes form: a field SSO owns is not sent.
#[derive(Clone, Default, Deserialize)]
pub struct AttributesForm {
    #[serde(default)]
    division: Option<String>,
    #[serde(default)]
    grade: Option<String>,
}

/// `POST /admin/people/{id}/attributes`
pub async fn save(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(id): Path<PersonId>,
    CsrfForm(form): CsrfForm<AttributesForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManagePeople)?;
    let scope = ctx.site()?.id;
    let result = service::set_attributes(
        &app.db,
        Caches {
            store: &app.store,
            viewers: &viewers,
        },
        scope,
        viewer.user.as_ref().map(|u| u.id),
        id,
        &service::Attributes {
            division: form.division.clone(),
            grade: form.grade.clone(),
        },
        app.clock.now(),
    )
    .await;
    match result {
        Ok(()) => Ok(
            Redirect::to(&format!("{}{}?saved=1", ctx.link("/admin/people/"), id)).into_response(),
        ),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            let person = find(&app, &ctx, id).await?;
            person_page(&app, ctx, person, Some(form), errors, false).await
        }
        Err(error) => Err(error),
    }
}
