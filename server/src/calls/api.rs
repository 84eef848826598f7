//! The JSON API for calls: the public facts of published calls, and for
//! the city's admin, a call's proposals, and writing a call as the admin's
//! form does (the same checks, the same audit entries).

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
    Award, Criterion, Eligibility, Phase, edition, entity as call,
    form::{CallForm, format_local},
    phases, rules, service,
};
use crate::{
    auth::{
        Action,
        csrf::{JsonBody, JsonObject},
        require,
    },
    error::{AppError, FieldIssue, ProblemDocument},
    proposals,
    state::AppState,
    tenancy::TenantId,
    web::PageContext,
};

/// A call's title and description in one language.
#[derive(Serialize, Deserialize, ToSchema)]
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
    /// Colleagues may support and comment on submitted proposals while the
    /// call is open.
    colleague_support: bool,
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
        colleague_support: c.colleague_support,
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

/// A call as the admin's form writes it: every field of the form. Dates
/// are instants (RFC 3339), kept to the minute in the city's time zone, or
/// the form's own `YYYY-MM-DDTHH:MM` in that zone.
#[derive(Deserialize, ToSchema)]
pub struct CallBody {
    /// `ideas` (an open call for ideas, the default) or `cocreation`
    /// (challenge-led co-creation).
    #[serde(default)]
    #[schema(example = "cocreation")]
    kind: Option<String>,
    /// The call in the city's languages; its default language's title is
    /// required.
    texts: Vec<CallText>,
    /// The ids of the city's categories the call offers (one at least).
    categories: Vec<i32>,
    #[schema(format = DateTime)]
    opens_at: String,
    /// Co-creation: the end of the challenges stage, after the opening.
    #[serde(default)]
    #[schema(format = DateTime)]
    challenges_close_at: Option<String>,
    /// Co-creation: the end of the co-creation stage, after the challenges
    /// stage and before the submission deadline.
    #[serde(default)]
    #[schema(format = DateTime)]
    cocreation_close_at: Option<String>,
    /// The submission deadline, after the opening.
    #[schema(format = DateTime)]
    submissions_close_at: String,
    /// After the submission deadline.
    #[schema(format = DateTime)]
    results_at: String,
    /// From 1 to 10 people.
    max_team_size: i32,
    /// Co-creation: the smallest team that may submit, from 1 to the
    /// largest (1 when not given).
    #[serde(default)]
    min_team_size: Option<i32>,
    /// Co-creation: distinct divisions a team must span, from 0 to the
    /// smallest team (0 when not given).
    #[serde(default)]
    min_team_divisions: Option<i32>,
    /// Co-creation: any eligible employee may propose a challenge, not
    /// only division heads.
    #[serde(default)]
    challenges_open_to_all: bool,
    /// Co-creation: the grades division heads hold (one at least unless
    /// challenges are open to all).
    #[serde(default)]
    challenge_grades: Vec<String>,
    /// Reviews each proposal gets, from 1 to 10 (3 when not given).
    #[serde(default)]
    reviews_per_proposal: Option<i32>,
    /// Who may submit.
    eligibility: Eligibility,
    /// Employees the call is open to, at least 1.
    eligible_headcount: i32,
    /// In euro cents, whole euros, at most 100,000,000 euros.
    budget_cents: i64,
    /// What the jury scores (one at least): weight from 1 to 100, scale
    /// from 2 to 10.
    criteria: Vec<Criterion>,
    /// The awards the call names.
    #[serde(default)]
    awards: Vec<Award>,
    /// The authors of awarded proposals are shown once results are out.
    #[serde(default)]
    authors_public: bool,
    /// Jurors do not see who wrote a proposal (open calls only; settled
    /// once the call is published).
    #[serde(default)]
    seal_identities: bool,
    /// Colleagues may support and comment on submitted proposals while the
    /// call is open.
    #[serde(default)]
    colleague_support: bool,
}

/// The body as the admin's form would send it, so that the API and the
/// page apply one set of rules.
fn form_of_body(body: CallBody, tz: chrono_tz::Tz) -> CallForm {
    // An instant becomes the city's local time, as the form shows it; any
    // other text goes to the form as it is, which accepts its own local
    // format and names the field otherwise.
    let local = |value: &String| match DateTime::parse_from_rfc3339(value.trim()) {
        Ok(at) => format_local(&at.with_timezone(&Utc), tz),
        Err(_) => value.clone(),
    };
    let (rule, attribute, values) = match body.eligibility {
        Eligibility::Everyone => ("everyone", String::new(), Vec::new()),
        Eligibility::AllExcept { attribute, values } => ("all_except", attribute, values),
        Eligibility::Only { attribute, values } => ("only", attribute, values),
    };
    // The form's values are one text separated by commas: a value holding
    // one would be read as two, so such a rule is refused.
    let rule = if values.iter().any(|v| v.contains(',')) {
        ""
    } else {
        rule
    };
    let on = |yes: bool| yes.then(|| "on".to_owned());
    CallForm {
        text_lang: body.texts.iter().map(|t| t.locale.clone()).collect(),
        text_title: body.texts.iter().map(|t| t.title.clone()).collect(),
        text_description: body.texts.into_iter().map(|t| t.description).collect(),
        category: body.categories,
        opens_at: local(&body.opens_at),
        closes_at: local(&body.submissions_close_at),
        results_at: local(&body.results_at),
        max_team_size: body.max_team_size.to_string(),
        reviews_per_proposal: body.reviews_per_proposal.unwrap_or(3).to_string(),
        eligible_headcount: body.eligible_headcount.to_string(),
        // Not whole euros: a value the form refuses with its message.
        budget_euros: if body.budget_cents % 100 == 0 {
            (body.budget_cents / 100).to_string()
        } else {
            body.budget_cents.to_string() + " cents"
        },
        eligibility_rule: rule.to_owned(),
        eligibility_attribute: attribute,
        eligibility_values: values.join(", "),
        criterion_name: body.criteria.iter().map(|c| c.name.clone()).collect(),
        criterion_weight: body.criteria.iter().map(|c| c.weight.to_string()).collect(),
        criterion_scale: body.criteria.iter().map(|c| c.scale.to_string()).collect(),
        award_name: body.awards.iter().map(|a| a.name.clone()).collect(),
        award_sponsor: body.awards.iter().map(|a| a.sponsor.clone()).collect(),
        award_prize: body.awards.iter().map(|a| a.prize.clone()).collect(),
        authors_public: on(body.authors_public),
        seal_identities: on(body.seal_identities),
        kind: body
            .kind
            .unwrap_or_else(|| call::Kind::Ideas.token().to_owned()),
        challenges_close_at: body
            .challenges_close_at
            .as_ref()
            .map(local)
            .unwrap_or_default(),
        cocreation_close_at: body
            .cocreation_close_at
            .as_ref()
            .map(local)
            .unwrap_or_default(),
        min_team_size: body.min_team_size.unwrap_or(1).to_string(),
        min_team_divisions: body.min_team_divisions.unwrap_or(0).to_string(),
        challenges_open_to_all: on(body.challenges_open_to_all),
        challenge_grades: body.challenge_grades.join(", "),
        colleague_support: on(body.colleague_support),
    }
}

/// The form's field ids as the body names them.
fn body_field(form_field: &'static str) -> &'static str {
    match form_field {
        "category" => "categories",
        "closes_at" => "submissions_close_at",
        "budget_euros" => "budget_cents",
        "eligibility_rule" => "eligibility",
        other => other,
    }
}

/// A refusal of the form, naming the body's fields.
fn in_body_terms(error: AppError) -> AppError {
    match error {
        AppError::Invalid(issues) => AppError::Invalid(
            issues
                .into_iter()
                .map(|issue| FieldIssue {
                    field: body_field(issue.field),
                    ..issue
                })
                .collect(),
        ),
        other => other,
    }
}

/// Creates a draft call, as the admin's "new call" form does. Audited as
/// `call.create`.
#[utoipa::path(
    post,
    path = "/calls",
    operation_id = "create_call",
    tag = "calls",
    security(("bearer" = [])),
    request_body(content = CallBody, description = "The call"),
    responses(
        (status = 201, description = "The new draft", body = CallFacts),
        (status = 400, description = "The body is not JSON of this shape", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        responses::NotJson,
        (status = 422, description = "Fields to correct: `errors` names each, in the request's language", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    JsonObject(body): JsonObject<CallBody>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let site = ctx.site()?.clone();
    let attributes = service::rule_attributes(&app.db, site.id).await?;
    let form = form_of_body(body, site.timezone);
    let id = service::create(&app.db, &site, &form, &attributes, actor, app.clock.now())
        .await
        .map_err(in_body_terms)?;
    let created = service::find(&app.db, site.id, id).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(call_facts(&app, site.id, &created).await?),
    )
        .into_response())
}

/// Rewrites a call in draft, scheduled or open, as the admin's form does:
/// every field is given again; a published call keeps its kind and its
/// sealing. Audited as `call.update`.
#[utoipa::path(
    put,
    path = "/calls/{id}",
    operation_id = "update_call",
    tag = "calls",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    request_body(content = CallBody, description = "The call"),
    responses(
        (status = 200, description = "The call, saved", body = CallFacts),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        responses::NoCall,
        (status = 409, description = "The call is past its submissions: its rules are settled", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        (status = 422, description = "Fields to correct, or a published call's kind changed: `errors` names each, in the request's language", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn update(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonObject(body): JsonObject<CallBody>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let site = ctx.site()?.clone();
    let attributes = service::rule_attributes(&app.db, site.id).await?;
    let form = form_of_body(body, site.timezone);
    service::update(
        &app.db,
        &site,
        id,
        &form,
        &attributes,
        actor,
        app.clock.now(),
    )
    .await
    .map_err(in_body_terms)?;
    let saved = service::find(&app.db, site.id, id).await?;
    Ok(Json(call_facts(&app, site.id, &saved).await?).into_response())
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
