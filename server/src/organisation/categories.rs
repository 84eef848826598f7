//! The city admin's categories, each mapped onto the network's taxonomy so
//! that cities can be compared.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ActiveEnum, ActiveValue::Set, IntoActiveModel, QueryOrder, TransactionTrait};
use serde::Deserialize;
use serde_json::json;

use super::{NetworkCategory, category};
use crate::{
    audit,
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    state::AppState,
    tenancy::TenantId,
    web::{FieldError, PageContext, render},
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
    let categories = ctx
        .site()?
        .id
        .find::<category::Entity>()
        .order_by_asc(category::Column::Name)
        .all(&app.db)
        .await?;
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

/// Checks a category's name (1–120 characters, not another category's)
/// and its network mapping.
async fn check(
    app: &AppState,
    ctx: &PageContext,
    scope: TenantId,
    form: &CategoryForm,
    except: Option<i32>,
) -> Result<Result<(String, NetworkCategory), Vec<FieldError>>, AppError> {
    let mut errors = Vec::new();
    let name = form.name.trim().to_owned();
    let taken = scope
        .find::<category::Entity>()
        .all(&app.db)
        .await?
        .iter()
        .any(|c| Some(c.id) != except && c.name.to_lowercase() == name.to_lowercase());
    if name.is_empty() || name.chars().count() > 120 {
        errors.push(FieldError::new(ctx, "name", "category-error-name"));
    } else if taken {
        errors.push(FieldError::new(ctx, "name", "category-error-taken"));
    }
    let network = NetworkCategory::try_from_value(&form.network).ok();
    if network.is_none() {
        errors.push(FieldError::new(ctx, "network", "category-error-network"));
    }
    Ok(match network {
        Some(network) if errors.is_empty() => Ok((name, network)),
        _ => Err(errors),
    })
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
    let (name, network) = match check(&app, &ctx, scope, &form, None).await? {
        Ok(valid) => valid,
        Err(errors) => return categories_page(&app, ctx, errors, form.name).await,
    };
    let txn = app.db.begin().await?;
    let created = scope
        .insert(
            category::ActiveModel {
                name: Set(name),
                network_category: Set(network),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    audit::record(
        &txn,
        scope,
        app.clock.now(),
        audit::Event {
            actor,
            action: "category.create",
            subject_type: "category",
            subject_id: created.id,
            before: json!({}),
            after: json!({ "name": created.name, "network": network.to_value() }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Redirect::to(&ctx.link("/admin/categories")).into_response())
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
    let current = scope
        .find_by_id::<category::Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (name, network) = match check(&app, &ctx, scope, &form, Some(id)).await? {
        Ok(valid) => valid,
        Err(errors) => return categories_page(&app, ctx, errors, String::new()).await,
    };
    let before = json!({ "name": current.name, "network": current.network_category.to_value() });
    let txn = app.db.begin().await?;
    let mut row = current.into_active_model();
    row.name = Set(name.clone());
    row.network_category = Set(network);
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        app.clock.now(),
        audit::Event {
            actor,
            action: "category.update",
            subject_type: "category",
            subject_id: id,
            before,
            after: json!({ "name": name, "network": network.to_value() }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Redirect::to(&ctx.link("/admin/categories")).into_response())
}
