//! The JSON API for calls: the public facts of published calls, and for
//! the city's admin, a call's proposals.

use crate::api_docs::responses;
use crate::ids::{CallId, ProposalId};
use axum::{
    Json,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use sea_orm::ActiveEnum;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{
    Award, Criterion, Eligibility, Phase, edition, entity as call, phases, rules, service,
};
use crate::{
    auth::{Action, csrf::JsonBody, require},
    error::{AppError, ProblemDocument},
    proposals,
    state::AppState,
    tenancy::TenantId,
    web::PageContext,
};

/// A call's title and description in one language.
#[derive(Serialize, ToSchema)]
pub struct CallText {
    /// A language code (`it`, `en`, …).
    locale: String,
    title: String,
    description: String,
}

/// The public facts of a published call.
#[derive(Serialize, ToSchema)]
pub struct CallFacts {
    #[schema(value_type = i32)]
    id: CallId,
    #[schema(value_type = Phase)]
    phase: &'static str,
    /// The call in each language it is written in.
    texts: Vec<CallText>,
    opens_at: DateTime<Utc>,
    /// The submission deadline.
    submissions_close_at: DateTime<Utc>,
    results_at: DateTime<Utc>,
    max_team_size: i32,
    /// Who may submit.
    eligibility: Eligibility,
    /// Employees the call is open to.
    eligible_headcount: i32,
    /// In euro cents.
    budget_cents: i64,
    /// What the jury scores.
    criteria: Vec<Criterion>,
    /// The awards the call names.
    awards: Vec<Award>,
    /// `ideas` (an open call for ideas) or `cocreation` (challenge-led
    /// co-creation).
    kind: &'static str,
    /// Co-creation: the end of the challenges stage.
    challenges_close_at: Option<DateTime<Utc>>,
    /// Co-creation: the end of the co-creation stage; development follows
    /// until the submission deadline.
    cocreation_close_at: Option<DateTime<Utc>>,
    /// Co-creation, while open: `challenges`, `cocreation` or `development`.
    stage: Option<&'static str>,
    /// The smallest team that may submit.
    min_team_size: i32,
    /// Distinct divisions a co-creation team must span.
    min_team_divisions: i32,
    /// Any eligible employee may propose a challenge, not only division
    /// heads.
    challenges_open_to_all: bool,
    /// The grades division heads hold (who proposes challenges otherwise).
    challenge_grades: Vec<String>,
}

/// Every published call of the city.
#[derive(Serialize, ToSchema)]
pub struct CallList {
    calls: Vec<CallFacts>,
}

async fn call_facts(
    app: &AppState,
    scope: TenantId,
    c: &call::Model,
) -> Result<CallFacts, AppError> {
    let texts = service::texts(&app.db, scope, c.id)
        .await?
        .into_iter()
        .map(|t| CallText {
            locale: t.locale,
            title: t.title,
            description: t.description,
        })
        .collect();
    Ok(CallFacts {
        id: c.id,
        phase: c.phase.token(),
        texts,
        opens_at: c.opens_at,
        submissions_close_at: c.submissions_close_at,
        results_at: c.results_at,
        max_team_size: c.max_team_size,
        eligibility: Eligibility::parse(&c.eligibility),
        eligible_headcount: c.eligible_headcount,
        budget_cents: c.budget_cents,
        criteria: rules::parse_list(&c.criteria),
        awards: rules::parse_list(&c.awards),
        kind: c.kind.token(),
        challenges_close_at: c.challenges_close_at,
        cocreation_close_at: c.cocreation_close_at,
        stage: c.stage(app.clock.now()).map(|s| match s {
            super::Stage::Challenges => "challenges",
            super::Stage::Cocreation => "cocreation",
            super::Stage::Development => "development",
        }),
        min_team_size: c.min_team_size,
        min_team_divisions: c.min_team_divisions,
        challenges_open_to_all: c.challenges_open_to_all,
        challenge_grades: super::form::grades_of(&c.challenge_grades),
    })
}

/// Every published call of the city.
#[utoipa::path(
    get,
    path = "/calls",
    operation_id = "list_calls",
    tag = "calls",
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The city's published calls", body = CallList),
        responses::TokenRevoked,
        responses::TooManyRequests,
    )
)]
pub async fn list(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let calls = service::published(&app.db, scope).await?;
    let mut out = Vec::with_capacity(calls.len());
    for c in &calls {
        out.push(call_facts(&app, scope, c).await?);
    }
    Ok(Json(CallList { calls: out }).into_response())
}

/// One published call.
#[utoipa::path(
    get,
    path = "/calls/{id}",
    operation_id = "get_call",
    tag = "calls",
    security((), ("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    responses(
        (status = 200, description = "The call", body = CallFacts),
        responses::BadId,
        responses::TokenRevoked,
        responses::NoSuchCall,
        responses::TooManyRequests,
    )
)]
pub async fn get(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let c = service::find_published(&app.db, scope, id).await?;
    Ok(Json(call_facts(&app, scope, &c).await?).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatusFilter {
    /// Only the proposals in this status.
    #[param(value_type = Option<proposals::Status>)]
    status: Option<String>,
}

/// A line of a call's list of proposals.
#[derive(Serialize, ToSchema)]
pub struct ProposalLine {
    #[schema(value_type = i32)]
    id: ProposalId,
    #[schema(value_type = proposals::Status)]
    status: String,
    title: String,
    /// The category's id, once chosen.
    category: Option<i32>,
    submitted_at: Option<DateTime<Utc>>,
}

/// A call's proposals.
#[derive(Serialize, ToSchema)]
pub struct ProposalLines {
    proposals: Vec<ProposalLine>,
}

/// Every proposal of a call, for the city's admin.
#[utoipa::path(
    get,
    path = "/calls/{id}/proposals",
    operation_id = "list_call_proposals",
    tag = "calls",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id"), StatusFilter),
    responses(
        (status = 200, description = "The call's proposals", body = ProposalLines),
        (status = 400, description = "The id or the status is not one the API knows", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotSignedIn,
        (status = 403, description = "Only the city's administrators see a call's proposals", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "The city has no call with this id", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn proposals(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    Query(filter): Query<StatusFilter>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let scope = ctx.site()?.id;
    service::find(&app.db, scope, id).await?;
    let status = match &filter.status {
        Some(status) => {
            Some(proposals::Status::try_from_value(status).map_err(|_| AppError::BadRequest)?)
        }
        None => None,
    };
    let out = service::proposals(&app.db, scope, id, status)
        .await?
        .into_iter()
        .map(|p| ProposalLine {
            id: p.id,
            status: p.status.to_value(),
            title: p.title,
            category: p.category_id,
            submitted_at: p.submitted_at,
        })
        .collect();
    Ok(Json(ProposalLines { proposals: out }).into_response())
}

/// A body nothing is read from: none, `null` or an object.
type Ignored = Option<serde_json::Map<String, serde_json::Value>>;

/// Closes an open call now, before its deadline: submissions end and the
/// call goes to review, as the console's "close early" does once
/// confirmed (the API asks nothing: the token's holder acts at once).
/// Audited as `call.close_early`.
#[utoipa::path(
    post,
    path = "/calls/{id}/close",
    operation_id = "close_call",
    tag = "calls",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 200, description = "The call, closed and in review", body = CallFacts),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        (status = 403, description = "Only the city's administrators close a call, or a session's write lacks its `X-CSRF-Token`", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "The city has no call with this id", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The call is not open", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn close(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonBody(_): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let scope = ctx.site()?.id;
    let now = app.clock.now();
    service::close_early(&app.db, scope, id, actor, now).await?;
    phases::transition(&app, scope, id, Phase::Open, Phase::Review, actor, now).await?;
    let closed = service::find(&app.db, scope, id).await?;
    Ok(Json(call_facts(&app, scope, &closed).await?).into_response())
}

/// Where a call stands in its edition's life: archived, offered to the
/// network, copied from another call.
#[derive(Serialize, ToSchema)]
pub struct EditionFacts {
    #[schema(value_type = i32)]
    id: CallId,
    #[schema(value_type = Phase)]
    phase: &'static str,
    /// `ideas` or `cocreation`.
    kind: &'static str,
    /// When the call was archived, once it is.
    archived_at: Option<DateTime<Utc>>,
    /// Since when the call is offered to the network as a template.
    template_published_at: Option<DateTime<Utc>>,
    /// The call this one was copied from (of this city, or another city's
    /// template).
    origin_call_id: Option<i32>,
    /// After a copy: the origin's categories with no counterpart in the
    /// city, left out.
    dropped_categories: Vec<String>,
    /// After a copy: the eligibility rule's attribute the city does not
    /// have (the copy is then open to everyone).
    unknown_attribute: Option<String>,
}

fn edition_facts(c: &call::Model) -> EditionFacts {
    EditionFacts {
        id: c.id,
        phase: c.phase.token(),
        kind: c.kind.token(),
        archived_at: c.archived_at,
        template_published_at: c.template_published_at,
        origin_call_id: c.origin_call_id.map(CallId::get),
        dropped_categories: Vec::new(),
        unknown_attribute: None,
    }
}

/// Archives a call in results or implementation now: the call, its
/// proposals, reviews, decisions and projects become read-only; it stays
/// in every network figure. The API asks nothing (the page asks first,
/// listing the open projects). Audited as `call.phase`.
#[utoipa::path(
    post,
    path = "/calls/{id}/archive",
    operation_id = "archive_call",
    tag = "calls",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 200, description = "The call, archived", body = EditionFacts),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        responses::NoCall,
        (status = 409, description = "The call is not in results or implementation", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn archive(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonBody(_): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let scope = ctx.site()?.id;
    edition::archive(&app, scope, id, actor, app.clock.now()).await?;
    let archived = service::find(&app.db, scope, id).await?;
    Ok(Json(edition_facts(&archived)).into_response())
}

/// Offers a call of the city to the network as a template: every city's
/// administrators see its texts and settings and may copy it (no person,
/// no proposal). Audited as `call.template`.
#[utoipa::path(
    post,
    path = "/calls/{id}/template",
    operation_id = "offer_call_template",
    tag = "calls",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 200, description = "The call, offered", body = EditionFacts),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        responses::NoCall,
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn offer_template(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonBody(_): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let scope = ctx.site()?.id;
    let saved = edition::set_template(&app.db, scope, id, true, actor, app.clock.now()).await?;
    Ok(Json(edition_facts(&saved)).into_response())
}

/// Withdraws a call from the network's templates; copies made keep their
/// origin. Audited as `call.template_withdraw`.
#[utoipa::path(
    delete,
    path = "/calls/{id}/template",
    operation_id = "withdraw_call_template",
    tag = "calls",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    responses(
        (status = 200, description = "The call, no longer offered", body = EditionFacts),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        responses::NoCall,
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn withdraw_template(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonBody(_): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let scope = ctx.site()?.id;
    let saved = edition::set_template(&app.db, scope, id, false, actor, app.clock.now()).await?;
    Ok(Json(edition_facts(&saved)).into_response())
}

/// A call's title in one language.
#[derive(Serialize, ToSchema)]
pub struct CallTitle {
    /// A language code (`it`, `en`, …).
    locale: String,
    title: String,
}

/// A call another city offers as a template.
#[derive(Serialize, ToSchema)]
pub struct TemplateLine {
    /// The call's id, to copy it with `POST /calls/{id}/copy`.
    #[schema(value_type = i32)]
    id: CallId,
    /// The city that offers it.
    city: String,
    /// Its titles, in each language it is written in.
    titles: Vec<CallTitle>,
    /// `ideas` or `cocreation`.
    kind: &'static str,
    /// The year it opened.
    year: i32,
}

/// The network's templates.
#[derive(Serialize, ToSchema)]
pub struct TemplateList {
    templates: Vec<TemplateLine>,
}

/// Every call the network's cities offer as a template, this city's
/// included; no person's name and no proposal.
#[utoipa::path(
    get,
    path = "/templates",
    operation_id = "list_templates",
    tag = "calls",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The network's templates", body = TemplateList),
        responses::NotSignedIn,
        responses::NotAnAdmin,
        responses::TooManyRequests,
    )
)]
pub async fn templates(
    State(app): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let templates = edition::network_templates(&app.db)
        .await?
        .into_iter()
        .map(|t| TemplateLine {
            id: t.call.id,
            year: t.year(),
            kind: t.call.kind.token(),
            titles: t
                .texts
                .into_iter()
                .map(|x| CallTitle {
                    locale: x.locale,
                    title: x.title,
                })
                .collect(),
            city: t.city,
        })
        .collect();
    Ok(Json(TemplateList { templates }).into_response())
}

/// Starts a new draft from a call: a call of the city (a new edition,
/// dates a year later) or another city's template (categories mapped
/// through the network's taxonomy, dates in the next year). The draft
/// keeps its origin. Audited as `call.copy`.
#[utoipa::path(
    post,
    path = "/calls/{id}/copy",
    operation_id = "copy_call",
    tag = "calls",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The id of the call to copy: the city's, or another city's template")),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 201, description = "The new draft, with what the copy left out", body = EditionFacts),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        (status = 404, description = "No call of the city, nor any city's template, has this id", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn copy(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonBody(_): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let site = ctx.site()?.clone();
    let attributes = service::rule_attributes(&app.db, site.id).await?;
    let copied = edition::copy(&app.db, &site, id, &attributes, actor, app.clock.now()).await?;
    let draft = service::find(&app.db, site.id, copied.id).await?;
    let mut facts = edition_facts(&draft);
    facts.dropped_categories = copied.dropped_categories;
    facts.unknown_attribute = copied.unknown_attribute;
    Ok((axum::http::StatusCode::CREATED, Json(facts)).into_response())
}
