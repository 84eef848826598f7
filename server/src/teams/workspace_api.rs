//! The JSON API of co-creation teams at work: a call's facilitators (for
//! the city's administrators) and a team's workspace, workshops and notes
//! (for its members, its call's facilitators and the administrators).

use std::sync::Arc;

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::facilitators::{self, Added};
use super::workspace::{self, Standing, WorkshopInput, Workspace};
use crate::api_docs::responses;
use crate::ids::{CallId, ChallengeId, PersonId, ProposalId};
use crate::{
    auth::{
        Action, Principal, Realm,
        csrf::JsonObject,
        require,
        viewer_cache::{self, ViewerCache},
    },
    calls::{Kind, service as call_service},
    error::{AppError, ProblemDocument},
    state::AppState,
    web::PageContext,
};

/// A person named in a workspace.
#[derive(Serialize, ToSchema)]
pub struct WorkspacePerson {
    #[schema(value_type = i32)]
    person_id: PersonId,
    name: String,
}

/// A facilitator of the call.
#[derive(Serialize, ToSchema)]
pub struct FacilitatorView {
    #[schema(value_type = i32)]
    person_id: PersonId,
    name: String,
    email: String,
}

/// An invitation to facilitate, not yet accepted.
#[derive(Serialize, ToSchema)]
pub struct PendingFacilitator {
    invitation_id: i32,
    name: String,
    email: String,
}

/// A co-creation call's facilitators.
#[derive(Serialize, ToSchema)]
pub struct Facilitators {
    facilitators: Vec<FacilitatorView>,
    pending: Vec<PendingFacilitator>,
}

/// Whom to add: a person of the city by email, or someone to invite.
#[derive(Deserialize, ToSchema)]
pub struct FacilitatorBody {
    #[schema(max_length = 254)]
    email: String,
    /// Needed only to invite someone the city does not know yet.
    #[serde(default)]
    #[schema(max_length = 200)]
    name: String,
}

/// What adding did.
#[derive(Serialize, ToSchema)]
pub struct FacilitatorAdded {
    /// The person who took the role, if the city knew them.
    #[schema(value_type = Option<i32>)]
    person_id: Option<PersonId>,
    /// The single-use link of the invitation, if one was sent.
    invitation_link: Option<String>,
}

/// A workshop of a team.
#[derive(Serialize, ToSchema)]
pub struct WorkshopView {
    id: i32,
    held_on: NaiveDate,
    title: String,
    summary: String,
    attendees: Vec<WorkspacePerson>,
    /// The ids of the team's stakeholders who attended.
    stakeholder_ids: Vec<i32>,
}

/// A note in a workspace.
#[derive(Serialize, ToSchema)]
pub struct NoteView {
    id: i32,
    author: Option<WorkspacePerson>,
    /// Written by a facilitator of the call.
    by_facilitator: bool,
    body: String,
    created_at: DateTime<Utc>,
}

/// An external stakeholder of a team.
#[derive(Serialize, ToSchema)]
pub struct WorkspaceStakeholder {
    id: i32,
    organisation: String,
}

/// A team's workspace.
#[derive(Serialize, ToSchema)]
pub struct WorkspaceView {
    #[schema(value_type = i32)]
    proposal_id: ProposalId,
    #[schema(value_type = i32)]
    call_id: CallId,
    #[schema(value_type = i32)]
    challenge_id: ChallengeId,
    challenge_title: String,
    /// `member`, `facilitator` or `admin`.
    standing: &'static str,
    title: String,
    summary: String,
    problem: String,
    solution: String,
    end_users: String,
    resources: String,
    partners: String,
    pilot: String,
    indicators: String,
    members: Vec<WorkspacePerson>,
    facilitators: Vec<WorkspacePerson>,
    stakeholders: Vec<WorkspaceStakeholder>,
    /// Newest first.
    workshops: Vec<WorkshopView>,
    /// Newest first.
    notes: Vec<NoteView>,
}

/// A workshop to record.
#[derive(Deserialize, ToSchema)]
pub struct WorkshopBody {
    /// The day, `YYYY-MM-DD`.
    held_on: String,
    #[schema(max_length = 200)]
    title: String,
    #[serde(default)]
    #[schema(max_length = 4000)]
    summary: String,
    /// The ids of the members and facilitators who attended.
    #[serde(default)]
    #[schema(max_items = 100)]
    attendees: Vec<i32>,
    /// The ids of the team's stakeholders who attended.
    #[serde(default)]
    #[schema(max_items = 100)]
    stakeholders: Vec<i32>,
}

/// A note to write.
#[derive(Deserialize, ToSchema)]
pub struct NoteBody {
    #[schema(max_length = 4000)]
    body: String,
}

fn person(ws: &Workspace, id: PersonId) -> WorkspacePerson {
    WorkspacePerson {
        person_id: id,
        name: ws.name_of(id).unwrap_or_default().to_owned(),
    }
}

fn view(ws: &Workspace) -> WorkspaceView {
    let p = &ws.proposal;
    WorkspaceView {
        proposal_id: p.id,
        call_id: ws.call.id,
        challenge_id: ws.challenge.id,
        challenge_title: ws.challenge.title.clone(),
        standing: match ws.standing {
            Standing::Member => "member",
            Standing::Facilitator => "facilitator",
            Standing::Admin => "admin",
        },
        title: p.title.clone(),
        summary: p.summary.clone(),
        problem: p.problem.clone(),
        solution: p.solution.clone(),
        end_users: p.end_users.clone(),
        resources: p.resources.clone(),
        partners: p.partners.clone(),
        pilot: p.pilot.clone(),
        indicators: p.indicators.clone(),
        members: ws.members.iter().map(|m| person(ws, m.id)).collect(),
        facilitators: ws.facilitators.iter().map(|m| person(ws, m.id)).collect(),
        stakeholders: ws
            .stakeholders
            .iter()
            .map(|s| WorkspaceStakeholder {
                id: s.id,
                organisation: s.organisation.clone(),
            })
            .collect(),
        workshops: ws
            .workshops
            .iter()
            .map(|w| WorkshopView {
                id: w.id,
                held_on: w.held_on,
                title: w.title.clone(),
                summary: w.summary.clone(),
                attendees: workspace::ids_of(&w.attendees)
                    .into_iter()
                    .map(|id| person(ws, PersonId(id)))
                    .collect(),
                stakeholder_ids: workspace::ids_of(&w.stakeholders),
            })
            .collect(),
        notes: ws
            .notes
            .iter()
            .map(|n| NoteView {
                id: n.id,
                author: n.author_id.map(|a| person(ws, a)),
                by_facilitator: n.author_id.is_some_and(|a| ws.is_facilitator(a)),
                body: n.body.clone(),
                created_at: n.created_at,
            })
            .collect(),
    }
}

/// The admin's co-creation call (404 for another kind or city).
async fn admin_call(
    app: &AppState,
    ctx: &PageContext,
    id: CallId,
) -> Result<(crate::calls::Model, PersonId), AppError> {
    let me = require(ctx, Action::ManageCalls)?
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let call = call_service::find(&app.db, ctx.site()?.id, id).await?;
    if call.kind != Kind::Cocreation {
        return Err(AppError::NotFound);
    }
    Ok((call, me))
}

/// A co-creation call's facilitators and pending invitations.
#[utoipa::path(
    get,
    path = "/calls/{id}/facilitators",
    operation_id = "list_facilitators",
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    responses(
        (status = 200, description = "The call's facilitators", body = Facilitators),
        responses::BadId,
        responses::NotSignedIn,
        responses::NotAnAdmin,
        (status = 404, description = "The city has no co-creation call with this id", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn list_facilitators(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    let (call, _) = admin_call(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let people = facilitators::of_call(&app.db, scope, call.id).await?;
    let pending = facilitators::pending(&app.db, scope, call.id).await?;
    Ok(Json(Facilitators {
        facilitators: people
            .into_iter()
            .map(|p| FacilitatorView {
                person_id: p.id,
                name: p.display_name,
                email: p.email,
            })
            .collect(),
        pending: pending
            .into_iter()
            .map(|i| PendingFacilitator {
                invitation_id: i.id,
                name: i.display_name,
                email: i.email,
            })
            .collect(),
    })
    .into_response())
}

/// Adds a facilitator: a person of the city takes the role for the call,
/// an unknown address is invited (the link is returned).
#[utoipa::path(
    post,
    path = "/calls/{id}/facilitators",
    operation_id = "add_facilitator",
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    request_body(content = FacilitatorBody, content_type = "application/json"),
    responses(
        (status = 201, description = "The facilitator added or invited", body = FacilitatorAdded),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        (status = 404, description = "The city has no co-creation call with this id", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The call's results are out", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        (status = 422, description = "The address or name is not valid, or the person may not facilitate: `errors` or `detail` says why", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn add_facilitator(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    JsonObject(body): JsonObject<FacilitatorBody>,
) -> Result<Response, AppError> {
    let (call, me) = admin_call(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let added = facilitators::add(
        &app.db,
        &app.clock,
        scope,
        &call,
        &body.email,
        &body.name,
        me,
    )
    .await?;
    let shown = match added {
        Added::Person(person) => {
            viewer_cache::changed(
                &viewers,
                &app.store,
                Realm::Tenant(scope.get()),
                Principal::User(person),
            )
            .await;
            FacilitatorAdded {
                person_id: Some(person),
                invitation_link: None,
            }
        }
        Added::Invited(token) => FacilitatorAdded {
            person_id: None,
            invitation_link: Some(format!("{}{}/invitations/{token}", ctx.origin, ctx.base)),
        },
    };
    Ok((StatusCode::CREATED, Json(shown)).into_response())
}

/// Takes the facilitator role for the call from a person.
#[utoipa::path(
    delete,
    path = "/calls/{id}/facilitators/{person_id}",
    operation_id = "remove_facilitator",
    tag = "teams",
    security(("bearer" = [])),
    params(
        ("id" = i32, Path, description = "The call's id"),
        ("person_id" = i32, Path, description = "The facilitator's id"),
    ),
    responses(
        (status = 204, description = "The person no longer facilitates the call"),
        responses::BadId,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        (status = 404, description = "No co-creation call of the city with this id, or the person does not facilitate it", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn remove_facilitator(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path((id, person)): Path<(CallId, PersonId)>,
) -> Result<Response, AppError> {
    let (call, me) = admin_call(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    facilitators::remove(&app.db, &app.clock, scope, &call, person, me).await?;
    viewer_cache::changed(
        &viewers,
        &app.store,
        Realm::Tenant(scope.get()),
        Principal::User(person),
    )
    .await;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn open(
    app: &AppState,
    ctx: &PageContext,
    id: ProposalId,
) -> Result<(Workspace, PersonId), AppError> {
    let viewer = require(ctx, Action::ViewOwnAccount)?;
    let me = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::NotFound)?;
    let ws = workspace::open(
        &app.db,
        &app.secrets,
        ctx.site()?.id,
        id,
        me,
        viewer.can(Action::ManageCalls),
    )
    .await?;
    Ok((ws, me))
}

/// A team's workspace, for its members, its call's facilitators and the
/// city's administrators.
#[utoipa::path(
    get,
    path = "/teams/{proposal_id}/workspace",
    operation_id = "get_team_workspace",
    tag = "teams",
    security(("bearer" = [])),
    params(("proposal_id" = i32, Path, description = "The team's proposal id")),
    responses(
        (status = 200, description = "The workspace", body = WorkspaceView),
        responses::BadId,
        responses::NotSignedIn,
        (status = 404, description = "No team of the city with this id that the caller is on, facilitates or administers", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn get_workspace(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    let (ws, _) = open(&app, &ctx, id).await?;
    Ok(Json(view(&ws)).into_response())
}

/// Records a workshop of the team (members and facilitators).
#[utoipa::path(
    post,
    path = "/teams/{proposal_id}/workshops",
    operation_id = "add_team_workshop",
    tag = "teams",
    security(("bearer" = [])),
    params(("proposal_id" = i32, Path, description = "The team's proposal id")),
    request_body(content = WorkshopBody, content_type = "application/json"),
    responses(
        (status = 201, description = "The workspace with the workshop", body = WorkspaceView),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        (status = 403, description = "An administrator reads a workspace without writing in it, or a session's write lacks its `X-CSRF-Token`", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "No team of the city with this id that the caller is on, facilitates or administers", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The call's results are out", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        (status = 422, description = "A field is not valid: `errors` names it", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn add_workshop(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    JsonObject(body): JsonObject<WorkshopBody>,
) -> Result<Response, AppError> {
    let (ws, me) = open(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let input = WorkshopInput {
        held_on: body.held_on,
        title: body.title,
        summary: body.summary,
        attendees: body.attendees.into_iter().map(PersonId).collect(),
        stakeholders: body.stakeholders,
    };
    workspace::add_workshop(&app.db, &app.clock, scope, &ws, input, me).await?;
    let (ws, _) = open(&app, &ctx, id).await?;
    Ok((StatusCode::CREATED, Json(view(&ws))).into_response())
}

/// Writes a note in the workspace (members and facilitators).
#[utoipa::path(
    post,
    path = "/teams/{proposal_id}/notes",
    operation_id = "add_team_note",
    tag = "teams",
    security(("bearer" = [])),
    params(("proposal_id" = i32, Path, description = "The team's proposal id")),
    request_body(content = NoteBody, content_type = "application/json"),
    responses(
        (status = 201, description = "The workspace with the note", body = WorkspaceView),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        (status = 403, description = "An administrator reads a workspace without writing in it, or a session's write lacks its `X-CSRF-Token`", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "No team of the city with this id that the caller is on, facilitates or administers", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The call's results are out", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotJson,
        (status = 422, description = "A field is not valid: `errors` names it", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn add_note(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    JsonObject(body): JsonObject<NoteBody>,
) -> Result<Response, AppError> {
    let (ws, me) = open(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    workspace::add_note(&app.db, &app.clock, scope, &ws, &body.body, me).await?;
    let (ws, _) = open(&app, &ctx, id).await?;
    Ok((StatusCode::CREATED, Json(view(&ws))).into_response())
}
