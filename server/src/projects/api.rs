//! The JSON API of implementation: the admin's board of every project of
//! the city, and one project as its page shows it to its admin, mentor
//! and team (budget, mentor, milestones, updates, status, outcomes).

use crate::api_docs::responses;
use crate::ids::{CallId, PersonId, ProposalId};
use axum::{
    Json,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::{
    Barrier, Model, milestone,
    service::{self, Stall},
};
use crate::{
    auth::{Action, require},
    error::{AppError, ProblemDocument},
    people::user,
    state::AppState,
    web::PageContext,
};

/// A project's budget, in euro cents.
#[derive(Serialize, ToSchema)]
pub struct Budget {
    allocated_cents: i64,
    committed_cents: i64,
    spent_cents: i64,
}

/// A person named on a project.
#[derive(Serialize, ToSchema)]
pub struct Named {
    #[schema(value_type = i32)]
    person_id: PersonId,
    name: String,
}

/// Why a project counts as stalled.
#[derive(Serialize, ToSchema)]
pub struct StallView {
    /// `no_update` (silent for the city's number of days) or `overdue` (a
    /// milestone is past its date).
    kind: &'static str,
    days: i64,
}

/// A milestone.
#[derive(Serialize, ToSchema)]
pub struct MilestoneView {
    title: String,
    due_on: NaiveDate,
    /// None while not done.
    done_on: Option<NaiveDate>,
}

/// A line of the board.
#[derive(Serialize, ToSchema)]
pub struct BoardLine {
    id: i32,
    title: String,
    /// `planned`, `in_progress`, `blocked`, `done` or `stopped`.
    status: &'static str,
    /// The awarded proposal it came from.
    #[schema(value_type = Option<i32>)]
    proposal_id: Option<ProposalId>,
    /// The call whose budget pays for it.
    #[schema(value_type = Option<i32>)]
    call_id: Option<CallId>,
    mentor: Option<Named>,
    /// The first milestone not done.
    next_milestone: Option<MilestoneView>,
    last_update_at: Option<DateTime<Utc>>,
    /// Set while the project is stalled.
    stalled: Option<StallView>,
    budget: Budget,
}

/// Every project of the city.
#[derive(Serialize, ToSchema)]
pub struct Board {
    /// After how many silent days an active project counts as stalled.
    stalled_after_days: i32,
    projects: Vec<BoardLine>,
}

fn stall_view(stall: Option<Stall>) -> Option<StallView> {
    stall.map(|s| match s {
        Stall::NoUpdate { days } => StallView {
            kind: "no_update",
            days,
        },
        Stall::Overdue { days } => StallView {
            kind: "overdue",
            days,
        },
    })
}

fn milestone_view(m: &milestone::Model) -> MilestoneView {
    MilestoneView {
        title: m.title.clone(),
        due_on: m.due_on,
        done_on: m.done_on,
    }
}

fn budget_of(p: &Model) -> Budget {
    Budget {
        allocated_cents: p.allocated_cents,
        committed_cents: p.committed_cents,
        spent_cents: p.spent_cents,
    }
}

/// The city's board: every project, stalled ones flagged, for its
/// administrators.
#[utoipa::path(
    get,
    path = "/projects",
    operation_id = "list_projects",
    tag = "projects",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The city's projects", body = Board),
        responses::NotSignedIn,
        responses::NotAnAdmin,
        responses::TooManyRequests,
    )
)]
pub async fn board(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?;
    let board = service::board(&app.db, site.id, site.timezone, app.clock.now()).await?;
    let lines = board
        .entries
        .iter()
        .map(|e| {
            let p = &e.project;
            BoardLine {
                id: p.id,
                title: p.title.clone(),
                status: p.status.token(),
                proposal_id: p.proposal_id,
                call_id: p.call_id,
                mentor: e.mentor.as_ref().map(|u| Named {
                    person_id: u.id,
                    name: u.name(&ctx.l10n),
                }),
                next_milestone: e.next_milestone().map(milestone_view),
                last_update_at: p.last_update_at,
                stalled: stall_view(e.stall),
                budget: budget_of(p),
            }
        })
        .collect();
    Ok(Json(Board {
        stalled_after_days: board.stalled_after_days,
        projects: lines,
    })
    .into_response())
}

/// A progress update.
#[derive(Serialize, ToSchema)]
pub struct UpdateView {
    author: Named,
    at: DateTime<Utc>,
    /// How far along the project is, 0 to 100.
    percent: i32,
    body: String,
}

/// A measured result.
#[derive(Serialize, ToSchema)]
pub struct OutcomeView {
    label: String,
    value: f64,
    unit: String,
}

/// One project.
#[derive(Serialize, ToSchema)]
pub struct ProjectView {
    id: i32,
    title: String,
    summary: String,
    /// `planned`, `in_progress`, `blocked`, `done` or `stopped`.
    status: &'static str,
    /// Why it is blocked or stopped.
    status_reason: String,
    /// What stood in the way: `procurement`, `it`, `legal`, `budget`,
    /// `staffing`, `political_support` or `other`.
    barrier: Option<&'static str>,
    #[schema(value_type = Option<i32>)]
    proposal_id: Option<ProposalId>,
    #[schema(value_type = Option<i32>)]
    call_id: Option<CallId>,
    /// The call's whole implementation budget, in euro cents.
    call_budget_cents: Option<i64>,
    budget: Budget,
    mentor: Option<Named>,
    /// The awarded proposal's team.
    team: Vec<Named>,
    /// By due date.
    milestones: Vec<MilestoneView>,
    /// Newest first.
    updates: Vec<UpdateView>,
    outcomes: Vec<OutcomeView>,
    /// Set while the project is stalled.
    stalled: Option<StallView>,
    created_at: DateTime<Utc>,
    done_at: Option<DateTime<Utc>>,
}

/// One project, for the city's administrators, its mentor and its team
/// (to anyone else it does not exist).
#[utoipa::path(
    get,
    path = "/projects/{id}",
    operation_id = "get_project",
    tag = "projects",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The project's id")),
    responses(
        (status = 200, description = "The project", body = ProjectView),
        responses::BadId,
        responses::NotSignedIn,
        (status = 404, description = "No project of the city with this id that the caller runs, mentors or is on the team of", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn get(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    let me = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let site = ctx.site()?.clone();
    let scope = site.id;
    let (project, _) = service::open(
        &app.db,
        &app.secrets,
        scope,
        id,
        me,
        viewer.can(Action::ManageCalls),
    )
    .await?;
    let file = service::file_of(&app.db, &app.secrets, scope, &project).await?;
    let named = |id: PersonId| Named {
        person_id: id,
        name: file
            .person(id)
            .map(|u| u.name(&ctx.l10n))
            .unwrap_or_else(|| user::shown_name(&ctx.l10n, id, "")),
    };
    let view = ProjectView {
        id: project.id,
        title: project.title.clone(),
        summary: project.summary.clone(),
        status: project.status.token(),
        status_reason: project.status_reason.clone(),
        barrier: project.barrier.map(Barrier::token),
        proposal_id: project.proposal_id,
        call_id: project.call_id,
        call_budget_cents: file.call_budget_cents,
        budget: budget_of(&project),
        mentor: project.mentor_id.map(named),
        team: file.team.iter().copied().map(named).collect(),
        milestones: file.milestones.iter().map(milestone_view).collect(),
        updates: file
            .updates
            .iter()
            .map(|u| UpdateView {
                author: named(u.author_id),
                at: u.at,
                percent: u.percent,
                body: u.body.clone(),
            })
            .collect(),
        outcomes: project
            .outcome_list()
            .into_iter()
            .map(|o| OutcomeView {
                label: o.label,
                value: o.value,
                unit: o.unit,
            })
            .collect(),
        stalled: stall_view(service::stall_of(
            &project,
            &file.milestones,
            file.stalled_after_days,
            app.clock.now(),
            site.timezone,
        )),
        created_at: project.created_at,
        done_at: project.done_at,
    };
    Ok(Json(view).into_response())
}
