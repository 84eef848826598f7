//! The JSON API of a co-creation call's challenges: read them, propose one
//! in the challenges stage, and (admins) decide on one.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use sea_orm::ActiveEnum;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::service::{self, Challenge, ChallengeForm, Decision};
use crate::api_docs::responses;
use crate::ids::{CallId, ChallengeId};
use crate::{
    auth::{Action, csrf::JsonObject, require},
    calls,
    error::{AppError, ProblemDocument},
    state::AppState,
    web::PageContext,
};

/// A division a challenge concerns.
#[derive(Serialize, ToSchema)]
pub struct DivisionRef {
    id: i32,
    code: String,
    name: String,
}

/// A challenge's title and problem in another language.
#[derive(Serialize, ToSchema)]
pub struct ChallengeTranslation {
    /// A language code (`it`, `en`, …).
    locale: String,
    title: String,
    problem: String,
}

/// A challenge of a co-creation call.
#[derive(Serialize, ToSchema)]
pub struct ChallengeView {
    #[schema(value_type = i32)]
    id: ChallengeId,
    #[schema(value_type = i32)]
    call_id: CallId,
    /// `proposed`, `selected`, `declined` or `merged`.
    status: String,
    /// The language it was written in.
    locale: String,
    title: String,
    problem: String,
    /// Who suffers the problem today.
    who_suffers: String,
    /// The people a solution would serve.
    end_users: String,
    /// What shows the problem is real.
    evidence: String,
    divisions: Vec<DivisionRef>,
    /// Its title and problem in the city's other languages.
    translations: Vec<ChallengeTranslation>,
    /// The challenge it was merged into, as a duplicate.
    merged_into: Option<i32>,
    /// The ids of the duplicates merged into it.
    merged: Vec<i32>,
    created_at: DateTime<Utc>,
}

fn view(c: Challenge) -> ChallengeView {
    ChallengeView {
        id: c.row.id,
        call_id: c.row.call_id,
        status: c.row.status.to_value(),
        locale: c.row.locale,
        title: c.row.title,
        problem: c.row.problem,
        who_suffers: c.row.who_suffers,
        end_users: c.row.end_users,
        evidence: c.row.evidence,
        divisions: c
            .divisions
            .into_iter()
            .map(|d| DivisionRef {
                id: d.id,
                code: d.code,
                name: d.name,
            })
            .collect(),
        translations: c
            .translations
            .into_iter()
            .map(|t| ChallengeTranslation {
                locale: t.locale,
                title: t.title,
                problem: t.problem,
            })
            .collect(),
        merged_into: c.row.merged_into.map(ChallengeId::get),
        merged: c.merged.iter().map(|m| m.id.get()).collect(),
        created_at: c.row.created_at,
    }
}

/// A call's challenges.
#[derive(Serialize, ToSchema)]
pub struct ChallengeList {
    challenges: Vec<ChallengeView>,
}

/// The challenges of a co-creation call: the selected ones for the
/// employees it admits, every one (with its status) for the city's
/// administrators.
#[utoipa::path(
    get,
    path = "/calls/{id}/challenges",
    operation_id = "list_challenges",
    tag = "challenges",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    responses(
        (status = 200, description = "The call's challenges", body = ChallengeList),
        responses::BadId,
        responses::NotSignedIn,
        (status = 403, description = "The caller is not among the employees the call admits", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "The city has no published co-creation call with this id", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    let scope = ctx.site()?.id;
    let call = calls::service::find_published(&app.db, scope, id).await?;
    if call.kind != calls::Kind::Cocreation {
        return Err(AppError::NotFound);
    }
    let challenges = if viewer.can(Action::DecideChallenges) {
        service::all(&app.db, scope, id).await?
    } else {
        let person = viewer.user.as_ref().ok_or(AppError::Forbidden)?;
        if !viewer.can(Action::ProposeChallenges)
            || !service::may_see(&app.db, scope, &call, person, app.clock.now()).await?
        {
            return Err(AppError::Forbidden);
        }
        service::selected(&app.db, scope, id).await?
    };
    Ok(Json(ChallengeList {
        challenges: challenges.into_iter().map(view).collect(),
    })
    .into_response())
}

/// A challenge as proposed, in the caller's language.
#[derive(Deserialize, ToSchema)]
pub struct ChallengeBody {
    /// At most 200 characters.
    #[schema(max_length = 200)]
    title: String,
    /// At most 5,000 characters.
    #[schema(max_length = 5000)]
    problem: String,
    /// Who suffers the problem today; at most 5,000 characters.
    #[schema(max_length = 5000)]
    who_suffers: String,
    /// The people a solution would serve; at most 5,000 characters.
    #[schema(max_length = 5000)]
    end_users: String,
    /// What shows the problem is real; at most 5,000 characters.
    #[serde(default)]
    #[schema(max_length = 5000)]
    evidence: String,
    /// The ids of the city's divisions the challenge concerns (one at least).
    divisions: Vec<i32>,
}

/// Proposes a challenge to a co-creation call during its challenges stage,
/// in the caller's language. Audited as `challenge.propose`.
#[utoipa::path(
    post,
    path = "/calls/{id}/challenges",
    operation_id = "propose_challenge",
    tag = "challenges",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    request_body(content = ChallengeBody, description = "The challenge"),
    responses(
        (status = 201, description = "The challenge, proposed", body = ChallengeView),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        (status = 403, description = "The role may not propose challenges, or a session's write lacks its `X-CSRF-Token`", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "The city has no published co-creation call with this id", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 422, description = "A field to correct, the call is not collecting challenges, or the call does not admit the caller", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn propose(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonObject(body): JsonObject<ChallengeBody>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ProposeChallenges)?;
    let person = viewer.user.clone().ok_or(AppError::Forbidden)?;
    let scope = ctx.site()?.id;
    let call = calls::service::find_published(&app.db, scope, id).await?;
    let form = ChallengeForm {
        title: body.title,
        problem: body.problem,
        who_suffers: body.who_suffers,
        end_users: body.end_users,
        evidence: body.evidence,
        division: body.divisions,
    };
    let lang = ctx.l10n.lang();
    let created =
        service::propose(&app.db, scope, &call, &person, lang, &form, app.clock.now()).await?;
    let challenge = service::find(&app.db, scope, created).await?;
    Ok((StatusCode::CREATED, Json(view(challenge))).into_response())
}

/// What the administrator decides about a challenge.
#[derive(Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ChallengeDecision {
    Select,
    Decline,
    Merge,
}

/// The administrator's decision on a challenge.
#[derive(Deserialize, ToSchema)]
pub struct ChallengeDecisionBody {
    decision: ChallengeDecision,
    /// For `merge`: the challenge of the same call it duplicates, which
    /// keeps both texts and takes over its offers and teams.
    #[serde(default)]
    into: Option<i32>,
}

/// Selects, declines or merges a proposed challenge of an open
/// co-creation call; each decision is final (the API asks nothing: the
/// token's holder acts at once). Audited as `challenge.select`,
/// `challenge.decline` or `challenge.merge`.
#[utoipa::path(
    put,
    path = "/challenges/{id}/decision",
    operation_id = "decide_challenge",
    tag = "challenges",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The challenge's id")),
    request_body(content = ChallengeDecisionBody, description = "The decision"),
    responses(
        (status = 200, description = "The challenge, decided", body = ChallengeView),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        (status = 404, description = "The city has no challenge with this id", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The challenge was decided already, or its call is not open", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 422, description = "A merge names no other live challenge of the call", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn decide(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ChallengeId>,
    JsonObject(body): JsonObject<ChallengeDecisionBody>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::DecideChallenges)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let scope = ctx.site()?.id;
    let decision = match (body.decision, body.into) {
        (ChallengeDecision::Select, _) => Decision::Select,
        (ChallengeDecision::Decline, _) => Decision::Decline,
        (ChallengeDecision::Merge, Some(into)) => Decision::MergeInto(ChallengeId(into)),
        (ChallengeDecision::Merge, None) => {
            return Err(AppError::Invalid(vec![crate::error::FieldIssue::new(
                "into",
                "challenge-error-merge-target",
            )]));
        }
    };
    service::decide(&app.db, scope, id, decision, actor, app.clock.now()).await?;
    Ok(Json(view(service::find(&app.db, scope, id).await?)).into_response())
}
