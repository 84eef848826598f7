//! The city admin's categories, each mapped onto the network's taxonomy so
//! that cities can be compared.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::ActiveEnum;
use serde::Deserialize;

use super::{NetworkCategory, category, service};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    state::AppState,
    web::{FieldError, PageContext, field_errors, render},
};

#[derive(Template)]
#[template(path = "organisation/templates/categories.html")]
struct CategoriesPage {
    ctx: PageContext,
    categories: Vec<category::Model>,
    /// (token, name in the reader's language)
    network: Vec<(String, String)>,
    errors: Vec<FieldError>,
    typed_name: String,
}

fn network_choices(ctx: &PageContext) -> Vec<(String, String)> {
    use sea_orm::Iterable;
    NetworkCategory::iter()
        .map(|n| (n.to_value(), ctx.l10n.t(n.message_id())))
        .collect()
}

async fn categories_page(
    app: &AppState,
    ctx: PageContext,
    errors: Vec<FieldError>,
    typed_name: String,
) -> Result<Response, AppError> {
    let categories = service::categories(&app.db, ctx.site()?.id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let network = network_choices(&ctx);
    let mut response = render(&CategoriesPage {
        ctx,
        categories,
        network,
        errors,
        typed_name,
    })?;
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /admin/categories`
pub async fn list(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ConfigureCity)?;
    categories_page(&app, ctx, Vec::new(), String::new()).await
}

#[derive(Deserialize)]
pub struct CategoryForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    network: String,
}

/// `POST /admin/categories`: a new category.
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<CategoryForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ConfigureCity)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let scope = ctx.site()?.id;
    let now = app.clock.now();
    match service::create_category(&app.db, scope, &form.name, &form.network, actor, now).await {
        Ok(()) => Ok(Redirect::to(&ctx.link("/admin/categories")).into_response()),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            categories_page(&app, ctx, errors, form.name).await
        }
        Err(error) => Err(error),
    }
}

/// `POST /admin/categories/{id}`: renames or maps a category again.
pub async fn update(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<CategoryForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ConfigureCity)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let scope = ctx.site()?.id;
    let now = app.clock.now();
    match service::update_category(&app.db, scope, id, &form.name, &form.network, actor, now).await
    {
        Ok(()) => Ok(Redirect::to(&ctx.link("/admin/categories")).into_response()),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            categories_page(&app, ctx, errors, String::new()).await
        }
        Err(error) => Err(error),
    }
}
