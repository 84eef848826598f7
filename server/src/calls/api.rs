//! The JSON API for calls: the public facts of published calls, and for
//! the city's admin, a call's proposals.

use axum::{
    Json,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use sea_orm::{ActiveEnum, ColumnTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Award, Criterion, Eligibility, Phase, entity as call, rules, text};
use crate::{
    auth::{Action, require},
    error::AppError,
    http::AppState,
    proposals,
    tenancy::TenantId,
    web::PageContext,
};

async fn call_json(app: &AppState, scope: TenantId, c: &call::Model) -> Result<Value, AppError> {
    let texts: Vec<Value> = scope
        .find::<text::Entity>()
        .filter(text::Column::CallId.eq(c.id))
        .order_by_asc(text::Column::Locale)
        .all(&app.db)
        .await?
        .into_iter()
        .map(|t| json!({ "locale": t.locale, "title": t.title, "description": t.description }))
        .collect();
    let criteria: Vec<Criterion> = rules::parse_list(&c.criteria);
    let awards: Vec<Award> = rules::parse_list(&c.awards);
    Ok(json!({
        "id": c.id,
        "phase": c.phase.token(),
        "texts": texts,
        "opens_at": c.opens_at,
        "submissions_close_at": c.submissions_close_at,
        "results_at": c.results_at,
        "max_team_size": c.max_team_size,
        "eligibility": Eligibility::parse(&c.eligibility),
        "eligible_headcount": c.eligible_headcount,
        "budget_cents": c.budget_cents,
        "criteria": criteria,
        "awards": awards,
    }))
}

/// `GET /api/v1/calls`: every published call of the city.
pub async fn list(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let calls = scope
        .find::<call::Entity>()
        .filter(call::Column::Phase.ne(Phase::Draft))
        .order_by_asc(call::Column::Id)
        .all(&app.db)
        .await?;
    let mut out = Vec::with_capacity(calls.len());
    for c in &calls {
        out.push(call_json(&app, scope, c).await?);
    }
    Ok(Json(json!({ "calls": out })).into_response())
}

/// `GET /api/v1/calls/{id}`
pub async fn get(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let c = scope
        .find_by_id::<call::Entity>(id)
        .one(&app.db)
        .await?
        .filter(|c| c.phase.is_published())
        .ok_or(AppError::NotFound)?;
    Ok(Json(call_json(&app, scope, &c).await?).into_response())
}

#[derive(Deserialize)]
pub struct StatusFilter {
    #[serde(default)]
    status: String,
}

/// `GET /api/v1/calls/{id}/proposals[?status=]`: for the city's admin.
pub async fn proposals(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    Query(filter): Query<StatusFilter>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let scope = ctx.site()?.id;
    scope
        .find_by_id::<call::Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut select = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(id))
        .order_by_asc(proposals::Column::Id);
    if !filter.status.is_empty() {
        let status =
            proposals::Status::try_from_value(&filter.status).map_err(|_| AppError::BadRequest)?;
        select = select.filter(proposals::Column::Status.eq(status));
    }
    let out: Vec<Value> = select
        .all(&app.db)
        .await?
        .into_iter()
        .map(|p| {
            json!({
                "id": p.id,
                "status": p.status.to_value(),
                "title": p.title,
                "category": p.category_id,
                "submitted_at": p.submitted_at,
            })
        })
        .collect();
    Ok(Json(json!({ "proposals": out })).into_response())
}
