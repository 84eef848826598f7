//! The JSON API for proposals, under `/t/{city}/api/v1/`: the same rules
//! as the pages (`service`), authenticated by session (with `X-CSRF-Token`
//! on writes) or by a city's API token.

use axum::{
    Json,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use sea_orm::{ActiveEnum, ColumnTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

use super::{
    Entity, Model, division_link,
    member::{self, MemberStatus},
    service::{self, ProposalForm},
};
use crate::{
    auth::{Action, csrf::JsonBody, require},
    error::AppError,
    http::AppState,
    people::user,
    web::PageContext,
};

fn writer(ctx: &PageContext) -> Result<&user::Model, AppError> {
    require(ctx, Action::WriteProposals)?
        .user
        .as_ref()
        .ok_or(AppError::Forbidden)
}

fn proposal_json(p: &Model, divisions: &[i32]) -> Value {
    json!({
        "id": p.id,
        "call_id": p.call_id,
        "status": p.status.to_value(),
        "locale": p.locale,
        "title": p.title,
        "summary": p.summary,
        "problem": p.problem,
        "solution": p.solution,
        "benefits": p.benefits,
        "resources": p.resources,
        "category": p.category_id,
        "divisions": divisions,
        "submitted_at": p.submitted_at,
        "updated_at": p.updated_at,
    })
}

/// A 422 problem document naming each field to correct.
fn invalid(ctx: &PageContext, errors: service::FieldErrors) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        [(axum::http::header::CONTENT_TYPE, "application/problem+json")],
        Json(json!({
            "type": "about:blank",
            "title": ctx.l10n.t("api-invalid"),
            "status": 422,
            "detail": ctx.l10n.t("form-has-errors"),
            "errors": service::errors_json(errors),
        })),
    )
        .into_response()
}

/// `POST /api/v1/calls/{id}/proposals` with an `Idempotency-Key` header:
/// 201 for a new draft, 200 for the one a retried key already made.
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    headers: HeaderMap,
    Path(call_id): Path<i32>,
    JsonBody(_): JsonBody<Value>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .ok_or(AppError::BadRequest)?;
    let (id, created) = service::start(&app, &ctx, person, call_id, key).await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(json!({ "id": id }))).into_response())
}

/// `GET /api/v1/proposals`: the caller's proposals.
pub async fn mine(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let scope = ctx.site()?.id;
    let ids: Vec<i32> = scope
        .find::<member::Entity>()
        .filter(member::of_person(&app.secrets, scope, person.id))
        .filter(member::Column::Status.ne(MemberStatus::Declined))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|m| m.proposal_id)
        .collect();
    let proposals: Vec<Value> = scope
        .find::<Entity>()
        .filter(super::Column::Id.is_in(ids))
        .order_by_asc(super::Column::Id)
        .all(&app.db)
        .await?
        .iter()
        .map(|p| proposal_json(p, &[]))
        .collect();
    Ok(Json(json!({ "proposals": proposals })).into_response())
}

async fn divisions(app: &AppState, ctx: &PageContext, id: i32) -> Result<Vec<i32>, AppError> {
    Ok(ctx
        .site()?
        .id
        .find::<division_link::Entity>()
        .filter(division_link::Column::ProposalId.eq(id))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|d| d.division_id)
        .collect())
}

/// `GET /api/v1/proposals/{id}`: for its team.
pub async fn get(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let (proposal, _, _) = service::own(&app, ctx.site()?.id, id, person.id).await?;
    Ok(Json(proposal_json(&proposal, &divisions(&app, &ctx, id).await?)).into_response())
}

/// `PUT /api/v1/proposals/{id}`: saves the fields given (a draft may be
/// incomplete).
pub async fn put(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    JsonBody(form): JsonBody<ProposalForm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    match service::save(&app, &ctx, person, id, &form).await? {
        Ok((saved, divisions)) => Ok(Json(proposal_json(&saved, &divisions)).into_response()),
        Err(errors) => Ok(invalid(&ctx, errors)),
    }
}

/// `POST /api/v1/proposals/{id}/submit`
pub async fn submit(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    JsonBody(_): JsonBody<Value>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    match service::submit(&app, &ctx, person, id).await? {
        Ok(submitted) => {
            Ok(Json(proposal_json(&submitted, &divisions(&app, &ctx, id).await?)).into_response())
        }
        Err(errors) => Ok(invalid(&ctx, errors)),
    }
}

/// `POST /api/v1/proposals/{id}/withdraw`
pub async fn withdraw(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    JsonBody(_): JsonBody<Value>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    service::withdraw(&app, &ctx, person, id).await?;
    let (proposal, _, _) = service::own(&app, ctx.site()?.id, id, person.id).await?;
    Ok(Json(proposal_json(&proposal, &[])).into_response())
}
