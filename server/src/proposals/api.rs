//! The JSON API for proposals, under `/t/{city}/api/v1/`: the same rules
//! as the pages (`service`), authenticated by session (with `X-CSRF-Token`
//! on writes) or by a city's API token.

use crate::api_docs::responses;
use crate::ids::{CallId, ProposalId};
use axum::{
    Json,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveEnum, ColumnTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::{
    Entity, Model, Status, division_link,
    member::{self, MemberStatus},
    pages::writer,
    service::{self, ProposalForm},
};
use crate::{
    auth::{Action, Viewing, csrf::JsonBody},
    error::{AppError, ProblemDocument},
    review::dossier::{self, Dossier},
    state::AppState,
    web::PageContext,
};

/// A body nothing is read from: none, `null` or an object.
type Ignored = Option<serde_json::Map<String, Value>>;

/// A proposal as its team sees it.
#[derive(Serialize, ToSchema)]
pub struct ProposalView {
    #[schema(value_type = i32)]
    id: ProposalId,
    #[schema(value_type = i32)]
    call_id: CallId,
    #[schema(value_type = Status)]
    status: String,
    /// The language it is written in.
    locale: String,
    title: String,
    summary: String,
    problem: String,
    solution: String,
    benefits: String,
    resources: String,
    /// Co-creation: the challenge the team works on.
    #[schema(value_type = Option<i32>)]
    challenge_id: Option<crate::ids::ChallengeId>,
    /// Co-creation: the solution seen from its end users.
    end_users: String,
    /// Co-creation plan: partners.
    partners: String,
    /// Co-creation plan: the pilot (where, when, for whom).
    pilot: String,
    /// Co-creation plan: the indicators that will tell it works.
    indicators: String,
    /// The category's id, once chosen.
    category: Option<i32>,
    /// The ids of the divisions it concerns (empty in lists).
    divisions: Vec<i32>,
    submitted_at: Option<DateTime<Utc>>,
    updated_at: DateTime<Utc>,
    /// Only for the city's admin (`GET /proposals/{id}`): what they decide
    /// on. A draft's texts are empty for them until it is submitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    admin: Option<AdminDetails>,
}

/// What the city's admin reads of a proposal besides its texts.
#[derive(Serialize, ToSchema)]
pub struct AdminDetails {
    /// The texts are withheld: the proposal is a draft its team has not
    /// submitted.
    text_hidden: bool,
    /// The call seals identities until its results: `team` is empty and
    /// files carry neutral names.
    team_sealed: bool,
    /// The accepted members, lead first (empty while sealed).
    team: Vec<TeamMemberView>,
    attachments: Vec<AttachmentView>,
    /// The award it holds, from the call's named awards.
    award: Option<crate::calls::Award>,
    /// Every juror's review, once scoring is closed (`null` before).
    reviews: Option<Vec<DossierReview>>,
    /// The mean of its juror-normalised scores (z), once scoring is closed.
    normalised_score: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct TeamMemberView {
    name: String,
    email: String,
    lead: bool,
}

#[derive(Serialize, ToSchema)]
pub struct AttachmentView {
    id: i32,
    /// Its own name, or a neutral one while the call is sealed.
    name: String,
    /// Bytes.
    size: i64,
    content_type: String,
    /// Where the admin downloads it (a page of the city's site).
    download: String,
}

#[derive(Serialize, ToSchema)]
pub struct DossierReview {
    juror: String,
    /// One per criterion of the call, in its order.
    marks: Vec<DossierMark>,
    /// 0–100, once every criterion is scored.
    weighted_score: Option<f64>,
    /// How far above or below the juror's own mean this review is, in
    /// the juror's standard deviations.
    z: Option<f64>,
    /// The reason, when the juror declared a conflict instead of scoring.
    conflict: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct DossierMark {
    criterion: String,
    score: Option<u32>,
    /// Scores run from 1 to `scale`.
    scale: u32,
    comment: String,
}

impl AdminDetails {
    fn of(d: &Dossier, ctx: &PageContext) -> Self {
        Self {
            text_hidden: !d.text_shown(),
            team_sealed: d.sealed,
            team: d
                .team
                .iter()
                .map(|m| TeamMemberView {
                    name: m.person.name(&ctx.l10n),
                    email: m.person.email.clone(),
                    lead: m.lead,
                })
                .collect(),
            attachments: d
                .files
                .iter()
                .map(|f| AttachmentView {
                    id: f.id,
                    name: d.file_name(f),
                    size: f.size,
                    content_type: f.content_type.clone(),
                    download: format!(
                        "{}{}",
                        ctx.origin,
                        ctx.link(&format!(
                            "/proposals/{}/attachments/{}",
                            d.proposal.id, f.id
                        ))
                    ),
                })
                .collect(),
            award: d.award.clone(),
            reviews: d.reviews.as_ref().map(|reviews| {
                reviews
                    .iter()
                    .map(|r| DossierReview {
                        juror: r
                            .juror
                            .as_ref()
                            .map(|j| j.name(&ctx.l10n))
                            .unwrap_or_default(),
                        marks: r
                            .marks
                            .iter()
                            .map(|m| DossierMark {
                                criterion: m.criterion.clone(),
                                score: m.score,
                                scale: m.scale,
                                comment: m.comment.clone(),
                            })
                            .collect(),
                        weighted_score: r.weighted,
                        z: r.z,
                        conflict: r.conflict.clone(),
                    })
                    .collect()
            }),
            normalised_score: d.normalised,
        }
    }
}

impl ProposalView {
    /// The admin's view: the divisions' ids are withheld while sealed, as
    /// the draft's texts are until it is submitted.
    /// An admin on the proposal's own team reads its draft (`on_team`).
    fn of_dossier(d: &Dossier, divisions: Vec<i32>, ctx: &PageContext, on_team: bool) -> Self {
        let mut view = Self::of(&d.proposal, if d.sealed { Vec::new() } else { divisions });
        let text_hidden = !d.text_shown() && !on_team;
        if text_hidden {
            for text in [
                &mut view.summary,
                &mut view.problem,
                &mut view.solution,
                &mut view.benefits,
                &mut view.resources,
                &mut view.end_users,
                &mut view.partners,
                &mut view.pilot,
                &mut view.indicators,
            ] {
                text.clear();
            }
        }
        let mut details = AdminDetails::of(d, ctx);
        details.text_hidden = text_hidden;
        view.admin = Some(details);
        view
    }

    fn of(p: &Model, divisions: Vec<i32>) -> Self {
        Self {
            id: p.id,
            call_id: p.call_id,
            status: p.status.to_value(),
            locale: p.locale.clone(),
            title: p.title.clone(),
            summary: p.summary.clone(),
            problem: p.problem.clone(),
            solution: p.solution.clone(),
            benefits: p.benefits.clone(),
            resources: p.resources.clone(),
            challenge_id: p.challenge_id,
            end_users: p.end_users.clone(),
            partners: p.partners.clone(),
            pilot: p.pilot.clone(),
            indicators: p.indicators.clone(),
            category: p.category_id,
            divisions,
            submitted_at: p.submitted_at,
            updated_at: p.updated_at,
            admin: None,
        }
    }
}

/// The caller's proposals.
#[derive(Serialize, ToSchema)]
pub struct ProposalList {
    proposals: Vec<ProposalView>,
}

/// The proposal a creation made or found.
#[derive(Serialize, ToSchema)]
pub struct Created {
    #[schema(value_type = i32)]
    id: ProposalId,
}

/// A 422 problem document naming each field to correct.
#[utoipa::path(
    post,
    path = "/calls/{id}/proposals",
    operation_id = "create_proposal",
    tag = "proposals",
    security(("bearer" = [])),
    params(
        ("id" = i32, Path, description = "The call's id"),
        ("Idempotency-Key" = String, Header, pattern = "^[A-Za-z0-9_-]{1,64}$", description = "Chosen by the client, one per proposal to create"),
    ),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 201, description = "A new draft", body = Created),
        (status = 200, description = "The draft an earlier request with this key made", body = Created),
        (status = 422, description = "The `Idempotency-Key` was used before by the caller for another call or another body", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 400, description = "The id is not a number, the `Idempotency-Key` is missing or malformed, or the body is not JSON", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotSignedIn,
        (status = 403, description = "The role may not write proposals, the caller is not eligible, the city is suspended, or a session's write lacks its `X-CSRF-Token`", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NoSuchCall,
        (status = 409, description = "The call does not accept proposals (not open, or past its deadline)", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    headers: HeaderMap,
    Path(call_id): Path<CallId>,
    JsonBody(body): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .ok_or(AppError::BadRequest)?;
    let request = service::KeyedRequest::new(key, call_id, &body.unwrap_or_default());
    let (id, created) = service::start(
        service::Writing::at(&app),
        ctx.site()?,
        person,
        ctx.l10n.lang(),
        &request,
    )
    .await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(Created { id })).into_response())
}

/// The proposals the caller is on the team of (without their divisions).
#[utoipa::path(
    get,
    path = "/proposals",
    operation_id = "list_my_proposals",
    tag = "proposals",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's proposals", body = ProposalList),
        responses::NotSignedIn,
        responses::MayNotWriteProposals,
        responses::TooManyRequests,
    )
)]
pub async fn mine(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let scope = ctx.site()?.id;
    let ids: Vec<ProposalId> = scope
        .find::<member::Entity>()
        .filter(member::of_person(&app.secrets, scope, person.id))
        .filter(member::Column::Status.ne(MemberStatus::Declined))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|m| m.proposal_id)
        .collect();
    let proposals = scope
        .find::<Entity>()
        .filter(super::Column::Id.is_in(ids))
        .order_by_asc(super::Column::Id)
        .all(&app.db)
        .await?
        .iter()
        .map(|p| ProposalView::of(p, Vec::new()))
        .collect();
    Ok(Json(ProposalList { proposals }).into_response())
}

async fn divisions(
    app: &AppState,
    ctx: &PageContext,
    id: ProposalId,
) -> Result<Vec<i32>, AppError> {
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

/// One of the caller's proposals; for the city's admin, any proposal of
/// the city in full (`admin`): its team unless the call seals identities,
/// its files, and the jurors' reviews once scoring is closed. A draft's
/// texts stay its team's until it is submitted.
#[utoipa::path(
    get,
    path = "/proposals/{id}",
    operation_id = "get_proposal",
    tag = "proposals",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The proposal's id")),
    responses(
        (status = 200, description = "The proposal; with `admin` for the city's admin", body = ProposalView),
        responses::BadId,
        responses::NotSignedIn,
        responses::MayNotWriteProposals,
        (status = 404, description = "No proposal of the caller's has this id (for the city's admin: no proposal of the city)", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn get(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    if ctx.viewer().is_some_and(|v| v.can(Action::ManageCalls)) {
        let scope = ctx.site()?.id;
        let d = dossier::read(&app.db, scope, id).await?;
        let on_team = service::own(&app.db, &app.secrets, scope, id, person.id)
            .await
            .is_ok();
        return Ok(Json(ProposalView::of_dossier(
            &d,
            divisions(&app, &ctx, id).await?,
            &ctx,
            on_team,
        ))
        .into_response());
    }
    let (proposal, _, _) =
        service::own(&app.db, &app.secrets, ctx.site()?.id, id, person.id).await?;
    Ok(Json(ProposalView::of(
        &proposal,
        divisions(&app, &ctx, id).await?,
    ))
    .into_response())
}

/// Saves a proposal's fields, until its call's deadline. Every field is
/// written: one left out is saved empty. A draft may be incomplete.
#[utoipa::path(
    put,
    path = "/proposals/{id}",
    operation_id = "save_proposal",
    tag = "proposals",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The proposal's id")),
    request_body(content = ProposalForm, content_type = "application/json"),
    responses(
        (status = 200, description = "The proposal as saved", body = ProposalView),
        (status = 400, description = "The id is not a number, or the body is missing or not JSON of this shape", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotSignedIn,
        responses::MayNotWrite,
        responses::NotYourProposal,
        responses::TooLate,
        responses::NotJson,
        (status = 422, description = "A field is too long or names an unknown choice: `errors` says which", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn put(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    JsonBody(form): JsonBody<ProposalForm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let (saved, divisions) = service::save(
        service::Writing::at(&app),
        ctx.site()?,
        person,
        ctx.l10n.lang(),
        id,
        &form,
    )
    .await?;
    Ok(Json(ProposalView::of(&saved, divisions)).into_response())
}

/// Submits a proposal to its call, until the deadline. Submitting a
/// submitted proposal again changes nothing.
#[utoipa::path(
    post,
    path = "/proposals/{id}/submit",
    operation_id = "submit_proposal",
    tag = "proposals",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The proposal's id")),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 200, description = "The submitted proposal", body = ProposalView),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::MayNotWrite,
        responses::NotYourProposal,
        responses::TooLate,
        responses::NotJson,
        (status = 422, description = "Something required is missing, or a team member is not eligible: `errors` says what", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn submit(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    JsonBody(_): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let submitted = service::submit(service::Writing::at(&app), ctx.site()?, person, id).await?;
    Ok(Json(ProposalView::of(
        &submitted,
        divisions(&app, &ctx, id).await?,
    ))
    .into_response())
}

/// Withdraws a proposal, until its call's deadline. A withdrawn proposal
/// stays withdrawn.
#[utoipa::path(
    post,
    path = "/proposals/{id}/withdraw",
    operation_id = "withdraw_proposal",
    tag = "proposals",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The proposal's id")),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 200, description = "The withdrawn proposal", body = ProposalView),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::MayNotWrite,
        responses::NotYourProposal,
        responses::TooLate,
        responses::NotJson,
        responses::TooManyRequests,
    )
)]
pub async fn withdraw(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    JsonBody(_): JsonBody<Ignored>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    service::withdraw(service::Writing::at(&app), ctx.site()?, person, id).await?;
    let (proposal, _, _) =
        service::own(&app.db, &app.secrets, ctx.site()?.id, id, person.id).await?;
    Ok(Json(ProposalView::of(
        &proposal,
        divisions(&app, &ctx, id).await?,
    ))
    .into_response())
}
