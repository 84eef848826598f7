//! The JSON API for co-creation teams, under `/t/{city}/api/v1/`: the
//! same rules as the pages (`service`). Names are of the city's own people
//! and only the city's people (and its API tokens) read them.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::{
    offer,
    pages::writer,
    service::{self, StakeholderForm, Team},
    stakeholder,
};
use crate::api_docs::responses;
use crate::ids::{CallId, ChallengeId, ProposalId};
use crate::{
    auth::csrf::{JsonBody, JsonObject},
    error::{AppError, ProblemDocument},
    proposals::service::Writing,
    state::AppState,
    web::PageContext,
};

/// A person on a team, or offering themselves to one.
#[derive(Serialize, ToSchema)]
pub struct TeamPerson {
    #[schema(value_type = i32)]
    id: crate::ids::PersonId,
    name: String,
    /// Their division's name, if they have one.
    division: Option<String>,
}

impl TeamPerson {
    fn of(p: &service::Person) -> Self {
        Self {
            id: p.id,
            name: p.name.clone(),
            division: p.division.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct TeamMemberLine {
    person: TeamPerson,
    lead: bool,
    /// Invited, not yet accepted.
    pending: bool,
}

#[derive(Serialize, ToSchema)]
pub struct TeamOffer {
    id: i32,
    person: TeamPerson,
    message: String,
}

/// A selected challenge and its team as it stands.
#[derive(Serialize, ToSchema)]
pub struct TeamView {
    #[schema(value_type = i32)]
    challenge_id: ChallengeId,
    challenge_title: String,
    /// The team's proposal, once someone started it.
    #[schema(value_type = Option<i32>)]
    proposal_id: Option<ProposalId>,
    members: Vec<TeamMemberLine>,
    /// Accepted members.
    member_count: usize,
    /// The distinct divisions of the accepted members.
    divisions: Vec<String>,
    /// The divisions the challenge concerns that no accepted member is of.
    lacking_divisions: Vec<String>,
    /// More accepted members the call needs (0 when enough).
    members_needed: usize,
    /// More distinct divisions the call needs (0 when enough).
    divisions_needed: usize,
    offers: Vec<TeamOffer>,
}

impl TeamView {
    fn of(t: &Team) -> Self {
        Self {
            challenge_id: t.challenge.id,
            challenge_title: t.challenge.title.clone(),
            proposal_id: t.proposal.as_ref().map(|p| p.id),
            members: t
                .members
                .iter()
                .map(|m| TeamMemberLine {
                    person: TeamPerson::of(&m.person),
                    lead: m.lead,
                    pending: m.pending,
                })
                .collect(),
            member_count: t.accepted,
            divisions: t.divisions.clone(),
            lacking_divisions: t.lacking.clone(),
            members_needed: t.members_needed,
            divisions_needed: t.divisions_needed,
            offers: t
                .offers
                .iter()
                .map(|o| TeamOffer {
                    id: o.id,
                    person: TeamPerson::of(&o.person),
                    message: o.message.clone(),
                })
                .collect(),
        }
    }
}

/// A co-creation call's teams.
#[derive(Serialize, ToSchema)]
pub struct TeamList {
    /// Teams form, and offers are made, now (the Cocreation stage).
    forming: bool,
    min_team_size: i32,
    max_team_size: i32,
    min_team_divisions: i32,
    teams: Vec<TeamView>,
}

/// The teams of a co-creation call, one per selected challenge: members
/// with their divisions, what each lacks, and who offered themselves.
#[utoipa::path(
    get,
    path = "/calls/{id}/teams",
    operation_id = "list_teams",
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    responses(
        (status = 200, description = "The call's teams", body = TeamList),
        responses::BadId,
        responses::NotSignedIn,
        responses::MayNotWriteProposals,
        (status = 404, description = "No published co-creation call of this city has this id", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    writer(&ctx)?;
    let finder =
        service::finder(&app.db, &app.secrets, ctx.site()?.id, id, app.clock.now()).await?;
    Ok(Json(TeamList {
        forming: finder.forming,
        min_team_size: finder.call.min_team_size,
        max_team_size: finder.call.max_team_size,
        min_team_divisions: finder.call.min_team_divisions,
        teams: finder.teams.iter().map(TeamView::of).collect(),
    })
    .into_response())
}

/// An offer to join a team, as sent.
#[derive(serde::Deserialize, ToSchema)]
pub struct OfferBody {
    /// What the caller brings ("I am in housing, I know the eviction
    /// procedures").
    #[schema(min_length = 1, max_length = 500)]
    message: String,
}

/// The caller's offer, as stored.
#[derive(Serialize, ToSchema)]
pub struct OwnOffer {
    id: i32,
    #[schema(value_type = i32)]
    challenge_id: ChallengeId,
    message: String,
    created_at: DateTime<Utc>,
}

impl OwnOffer {
    fn of(o: offer::Model) -> Self {
        Self {
            id: o.id,
            challenge_id: o.challenge_id,
            message: o.message,
            created_at: o.created_at,
        }
    }
}

/// The caller offers themselves to a selected challenge's team, in the
/// call's co-creation stage; offering again replaces the message.
#[utoipa::path(
    post,
    path = "/challenges/{id}/offers",
    operation_id = "offer_to_team",
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The challenge's id")),
    request_body(content = OfferBody, content_type = "application/json"),
    responses(
        (status = 201, description = "The caller's offer", body = OwnOffer),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        (status = 403, description = "The role may not join teams, the caller is not eligible, or a session's write lacks its `X-CSRF-Token`", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "No selected challenge of this city has this id", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        (status = 422, description = "The message is empty or too long, the call is not in its co-creation stage, or the caller is on the team already", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn offer(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ChallengeId>,
    JsonObject(body): JsonObject<OfferBody>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let made = service::offer(Writing::at(&app), ctx.site()?, person, id, &body.message).await?;
    Ok((StatusCode::CREATED, Json(OwnOffer::of(made))).into_response())
}

/// The caller withdraws their offer to a challenge's team.
#[utoipa::path(
    delete,
    path = "/challenges/{id}/offers",
    operation_id = "withdraw_offer",
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The challenge's id")),
    responses(
        (status = 204, description = "The offer is withdrawn"),
        responses::BadId,
        responses::NotSignedIn,
        responses::MayNotWrite,
        (status = 404, description = "The caller made no offer to this challenge's team", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn withdraw_offer(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ChallengeId>,
    JsonBody(_): JsonBody<Option<serde_json::Map<String, Value>>>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    service::withdraw_offer(&app.db, ctx.site()?.id, person.id, id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// An external stakeholder of a team.
#[derive(Serialize, ToSchema)]
pub struct StakeholderView {
    id: i32,
    organisation: String,
    contact: String,
    contribution: String,
    created_at: DateTime<Utc>,
}

impl StakeholderView {
    fn of(s: stakeholder::Model) -> Self {
        Self {
            id: s.id,
            organisation: s.organisation,
            contact: s.contact,
            contribution: s.contribution,
            created_at: s.created_at,
        }
    }
}

/// The team's lead names an external stakeholder of their co-creation
/// team (an organisation; no account needed).
#[utoipa::path(
    post,
    path = "/proposals/{id}/stakeholders",
    operation_id = "add_stakeholder",
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The team's proposal id")),
    request_body(content = StakeholderForm, content_type = "application/json"),
    responses(
        (status = 201, description = "The stakeholder", body = StakeholderView),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        (status = 403, description = "The caller does not lead this team, may not write proposals, or a session's write lacks its `X-CSRF-Token`", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "No co-creation team of the caller's has this id", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The team's proposal is no longer a draft or submitted", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        (status = 422, description = "The organisation is missing, or a text is too long: `errors` names each field", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn add_stakeholder(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    JsonObject(body): JsonObject<StakeholderForm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let added =
        service::add_stakeholder(Writing::at(&app), ctx.site()?.id, person.id, id, &body).await?;
    Ok((StatusCode::CREATED, Json(StakeholderView::of(added))).into_response())
}

/// The team's lead removes one of its stakeholders.
#[utoipa::path(
    delete,
    path = "/proposals/{id}/stakeholders/{stakeholder_id}",
    operation_id = "remove_stakeholder",
    tag = "teams",
    security(("bearer" = [])),
    params(
        ("id" = i32, Path, description = "The team's proposal id"),
        ("stakeholder_id" = i32, Path, description = "The stakeholder's id"),
    ),
    responses(
        (status = 204, description = "The stakeholder is removed"),
        responses::BadId,
        responses::NotSignedIn,
        (status = 403, description = "The caller does not lead this team, may not write proposals, or a session's write lacks its `X-CSRF-Token`", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "No co-creation team of the caller's has this id, or it has no such stakeholder", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The team's proposal is no longer a draft or submitted", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn remove_stakeholder(
    State(app): State<AppState>,
    ctx: PageContext,
    Path((id, stakeholder_id)): Path<(ProposalId, i32)>,
    JsonBody(_): JsonBody<Option<serde_json::Map<String, Value>>>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    service::remove_stakeholder(
        Writing::at(&app),
        ctx.site()?.id,
        person.id,
        id,
        stakeholder_id,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
