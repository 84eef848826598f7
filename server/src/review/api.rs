//! The JSON API of a call's review, for the city's administrators: the
//! ranked field, the jury's progress (and each review's scores once
//! scoring closed), the decisions, closing scoring and publishing the
//! results. The same services and checks as the console's pages; the API
//! asks no confirmation (the token's holder acts at once).

use crate::api_docs::responses;
use crate::ids::{CallId, PersonId, ProposalId};
use axum::{
    Json,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use sea_orm::ActiveEnum;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::{
    State as ReviewState,
    decisions::{self, Decision},
    ranking, service, standing,
};
use crate::{
    auth::{
        Action,
        csrf::{JsonBody, JsonObject},
        require,
    },
    calls::{self, Award, Phase, rules},
    error::{AppError, FieldIssue, ProblemDocument},
    proposals,
    state::AppState,
    web::PageContext,
};

/// A body nothing is read from: none, `null` or an object.
type Ignored = Option<serde_json::Map<String, Value>>;

/// The signed-in tenant admin's id.
fn admin_id(ctx: &PageContext) -> Result<PersonId, AppError> {
    require(ctx, Action::ManageCalls)?
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)
}

/// The decision a proposal holds, as `PUT /calls/{id}/decisions/{proposal_id}`
/// takes it.
fn decision_of(p: &proposals::Model) -> String {
    use proposals::Status;
    match (p.status, p.award_index) {
        (Status::Shortlisted, _) => "shortlist".into(),
        (Status::NotSelected, _) => "not_selected".into(),
        (
            Status::Awarded | Status::InImplementation | Status::Implemented | Status::Stopped,
            Some(i),
        ) => format!("award-{i}"),
        (
            Status::Awarded | Status::InImplementation | Status::Implemented | Status::Stopped,
            None,
        ) => "award".into(),
        _ => "undecided".into(),
    }
}

/// The award a proposal holds, when it is one the call names.
fn award_of(p: &proposals::Model, awards: &[Award]) -> Option<Award> {
    p.award_index
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| awards.get(i))
        .cloned()
}

/// One proposal of the ranked field.
#[derive(Serialize, ToSchema)]
pub struct RankedProposal {
    #[schema(value_type = i32)]
    proposal_id: ProposalId,
    title: String,
    /// The language the proposal is written in.
    locale: String,
    /// Competition rank from 1 (tied proposals share one); none without a
    /// complete review.
    rank: Option<u32>,
    /// Another proposal holds the same rank.
    tied: bool,
    /// The mean of the proposal's per-juror standardised scores (z): what
    /// the rank is based on, so that a harsh and a lenient juror weigh the
    /// same.
    normalised_score: Option<f64>,
    /// The mean weighted score of its complete reviews, 0 to 100.
    mean_score: Option<f64>,
    /// Highest minus lowest weighted score: a large spread is a proposal
    /// the jurors disagree on.
    spread: Option<f64>,
    /// Complete reviews.
    reviews_done: u32,
    /// The reviews the call asks for each proposal.
    reviews_expected: u32,
    /// Reviews started but not fully scored.
    reviews_incomplete: u32,
    #[schema(value_type = proposals::Status)]
    status: String,
    /// `undecided`, `shortlist`, `award-N` (the call's N-th award, from 0),
    /// `award` (an award the call does not name) or `not_selected`.
    decision: String,
    /// The call's award it holds, with its sponsor and prize.
    award: Option<Award>,
}

/// A call's ranked field.
#[derive(Serialize, ToSchema)]
pub struct Ranking {
    #[schema(value_type = i32)]
    call_id: CallId,
    #[schema(value_type = Phase)]
    phase: &'static str,
    /// `not_started`, `open` (jurors are scoring) or `closed`.
    scoring: &'static str,
    /// Decisions may be taken now: scoring is closed and results are not
    /// published.
    deciding: bool,
    /// The results are published.
    published: bool,
    /// Krippendorff's interval alpha over the weighted scores: 1 is full
    /// agreement, 0 no more than chance; none when it cannot be computed.
    agreement: Option<f64>,
    /// `high` (from 0.8), `moderate` (from 0.667) or `low`.
    agreement_level: Option<&'static str>,
    /// By rank, unranked last; after the results too.
    proposals: Vec<RankedProposal>,
}

/// The city's admin reads the call's ranked field: normalised scores,
/// means, spread, reviews, decisions and the jury's agreement.
#[utoipa::path(
    get,
    path = "/calls/{id}/ranking",
    operation_id = "get_ranking",
    tag = "review",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    responses(
        (status = 200, description = "The ranked field", body = Ranking),
        responses::BadId,
        responses::NotSignedIn,
        responses::NotAnAdmin,
        responses::NoCall,
        responses::TooManyRequests,
    )
)]
pub async fn ranking(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    ranked_field(&app, scope, id).await
}

/// The ranked field of call `id` as it stands now, as the answer.
async fn ranked_field(
    app: &AppState,
    scope: crate::tenancy::TenantId,
    id: CallId,
) -> Result<Response, AppError> {
    let call = calls::service::find(&app.db, scope, id).await?;
    Ok(Json(ranking_of(app, scope, &call).await?).into_response())
}

async fn ranking_of(
    app: &AppState,
    scope: crate::tenancy::TenantId,
    call: &calls::Model,
) -> Result<Ranking, AppError> {
    let field = standing::field(&app.db, scope, call).await?;
    let awards: Vec<Award> = rules::parse_list(&call.awards);
    let proposals = field
        .lines
        .iter()
        .map(|line| RankedProposal {
            proposal_id: line.proposal.id,
            title: line.proposal.title.clone(),
            locale: line.proposal.locale.clone(),
            rank: line.ranked.rank,
            tied: line.tied,
            normalised_score: line.ranked.normalised_score,
            mean_score: line.ranked.mean_score,
            spread: line.ranked.spread,
            reviews_done: u32::try_from(line.ranked.reviews.len()).unwrap_or(u32::MAX),
            reviews_expected: field.expected,
            reviews_incomplete: line.ranked.incomplete_reviews,
            status: line.proposal.status.to_value(),
            decision: decision_of(&line.proposal),
            award: award_of(&line.proposal, &awards),
        })
        .collect();
    Ok(Ranking {
        call_id: call.id,
        phase: call.phase.token(),
        scoring: service::Scoring::of(call).token(),
        deciding: decisions::deciding(call).is_ok(),
        published: call.phase.has_results(),
        agreement: field.alpha,
        agreement_level: field.alpha.map(standing::agreement_level),
        proposals,
    })
}

/// A juror's progress.
#[derive(Serialize, ToSchema)]
pub struct JurorProgress {
    #[schema(value_type = i32)]
    juror_id: PersonId,
    name: String,
    email: String,
    /// `employee` of the city, or outside `expert`.
    kind: &'static str,
    /// Proposals assigned to them.
    assigned: u32,
    /// Of those, fully scored.
    done: u32,
    /// Proposals they declared a conflict on (given to someone else).
    conflicts: u32,
}

/// A juror's mark on one criterion.
#[derive(Serialize, ToSchema)]
pub struct MarkView {
    /// The criterion's name.
    criterion: String,
    /// From 1 to the criterion's scale; none when not scored.
    score: Option<u32>,
    comment: String,
}

/// One juror's review of one proposal.
#[derive(Serialize, ToSchema)]
pub struct ReviewView {
    #[schema(value_type = i32)]
    proposal_id: ProposalId,
    #[schema(value_type = i32)]
    juror_id: PersonId,
    /// Every criterion is scored.
    complete: bool,
    /// The weighted score, 0 to 100, of a complete review.
    weighted_score: Option<f64>,
    /// One per criterion of the call, in its order.
    marks: Vec<MarkView>,
}

/// The jury's work on a call.
#[derive(Serialize, ToSchema)]
pub struct JuryReviews {
    #[schema(value_type = i32)]
    call_id: CallId,
    /// `not_started`, `open` (jurors are scoring) or `closed`.
    scoring: &'static str,
    /// Jurors, by name.
    jurors: Vec<JurorProgress>,
    /// Each assigned review with its scores: only once scoring closed
    /// (none before).
    reviews: Option<Vec<ReviewView>>,
}

/// The city's admin follows the jury: each juror's progress, and once
/// scoring is closed, every review's scores and comments.
#[utoipa::path(
    get,
    path = "/calls/{id}/reviews",
    operation_id = "get_reviews",
    tag = "review",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    responses(
        (status = 200, description = "The jury's progress, and the scores once scoring closed", body = JuryReviews),
        responses::BadId,
        responses::NotSignedIn,
        responses::NotAnAdmin,
        responses::NoCall,
        responses::TooManyRequests,
    )
)]
pub async fn reviews(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = calls::service::find(&app.db, scope, id).await?;
    let jury = service::jury_of(&app.db, scope, id).await?;
    let all = service::reviews_of(&app.db, scope, id).await?;
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let jurors = jury
        .iter()
        .map(|j| {
            let progress = service::Progress::of(j.id, &all);
            JurorProgress {
                juror_id: j.id,
                name: j.name(&ctx.l10n),
                email: j.email.clone(),
                kind: service::JurorKind::of(j).token(),
                assigned: count(progress.assigned),
                done: count(progress.done),
                conflicts: count(progress.conflicts),
            }
        })
        .collect();
    let criteria = service::criteria_of(&call);
    let weights = service::weights_of(&call);
    let reviews = call.review_closed_at.is_some().then(|| {
        all.iter()
            .filter(|r| r.state == ReviewState::Assigned)
            .map(|r| {
                let marks = r.marks(criteria.len());
                let scores: Vec<Option<u32>> = marks.iter().map(|m| m.score).collect();
                ReviewView {
                    proposal_id: r.proposal_id,
                    juror_id: r.juror_id,
                    complete: r.complete,
                    weighted_score: ranking::weighted_score(&weights, &scores),
                    marks: criteria
                        .iter()
                        .zip(marks)
                        .map(|(c, m)| MarkView {
                            criterion: c.name.clone(),
                            score: m.score,
                            comment: m.comment,
                        })
                        .collect(),
                }
            })
            .collect()
    });
    Ok(Json(JuryReviews {
        call_id: id,
        scoring: service::Scoring::of(&call).token(),
        jurors,
        reviews,
    })
    .into_response())
}

/// A decision on one proposal.
#[derive(Deserialize, ToSchema)]
pub struct DecisionBody {
    /// `undecided`, `shortlist`, `award-N` (the call's N-th award, from 0),
    /// `award` (an award the call does not name) or `not_selected`.
    #[serde(default)]
    #[schema(example = "shortlist")]
    decision: String,
}

/// The city's admin decides on a proposal, once scoring is closed and
/// until the results are published. Audited as `proposal.decision`.
#[utoipa::path(
    put,
    path = "/calls/{id}/decisions/{proposal_id}",
    operation_id = "decide_proposal",
    tag = "review",
    security(("bearer" = [])),
    params(
        ("id" = i32, Path, description = "The call's id"),
        ("proposal_id" = i32, Path, description = "The id of a proposal of the call that went to review"),
    ),
    request_body(content = DecisionBody, content_type = "application/json"),
    responses(
        (status = 200, description = "The ranked field with the decision taken", body = Ranking),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        (status = 404, description = "The city has no call with this id, or the call no judged proposal with this id", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "Decisions are taken once scoring is closed and until the results are published", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        (status = 422, description = "The decision is not one the call offers, or its award is already given: `errors` says so", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn decide(
    State(app): State<AppState>,
    ctx: PageContext,
    Path((id, proposal)): Path<(CallId, ProposalId)>,
    JsonObject(body): JsonObject<DecisionBody>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = calls::service::find(&app.db, scope, id).await?;
    let awards: Vec<Award> = rules::parse_list(&call.awards);
    let decision = Decision::parse(body.decision.trim())
        .filter(|d| !matches!(d, Decision::Award(Some(i)) if *i >= awards.len()))
        .ok_or_else(|| {
            AppError::Invalid(vec![FieldIssue::new("decision", "decision-error-unknown")])
        })?;
    match decisions::decide(&app.db, &app.clock, scope, &call, proposal, decision, me).await {
        Ok(()) => {}
        Err(AppError::Refused(message)) => {
            return Err(AppError::Invalid(vec![FieldIssue::new(
                "decision", message,
            )]));
        }
        Err(other) => return Err(other),
    }
    Ok(Json(ranking_of(&app, scope, &call).await?).into_response())
}

/// The city's admin closes scoring: the jurors' scores become final,
/// whatever is missing (`GET /calls/{id}/reviews` says what). Audited as
/// `review.close`.
#[utoipa::path(
    post,
    path = "/calls/{id}/review/close",
    operation_id = "close_scoring",
    tag = "review",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 200, description = "The ranked field, scoring closed", body = Ranking),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        responses::NoCall,
        (status = 409, description = "Scoring is not open", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn close_scoring(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonBody(_): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = calls::service::find(&app.db, scope, id).await?;
    service::close(&app.db, &app.clock, scope, &call, me).await?;
    ranked_field(&app, scope, id).await
}

/// The city's admin publishes the results: undecided and shortlisted
/// proposals are not selected, awarded ones become projects, and every
/// team is told (by email too where there is mail). Audited as
/// `call.results`.
#[utoipa::path(
    post,
    path = "/calls/{id}/results",
    operation_id = "publish_results",
    tag = "review",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 200, description = "The ranked field, results published", body = Ranking),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        responses::NoCall,
        (status = 409, description = "Results are published once scoring is closed, and once", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn publish(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonBody(_): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let site = ctx.site()?;
    let scope = site.id;
    let call = calls::service::find(&app.db, scope, id).await?;
    decisions::publish(&app.db, &app.secrets, &app.clock, scope, &call, me).await?;
    ranked_field(&app, scope, id).await
}
