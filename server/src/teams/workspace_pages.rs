//! The team workspace's page (`/teams/{id}`): the challenge, the shared
//! draft, workshops and notes, for the team's members, the call's
//! facilitators and the city's admins (404 for anyone else).

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::workspace::{self, Standing, WorkshopInput, Workspace};
use crate::ids::{PersonId, ProposalId};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    state::AppState,
    web::{FieldError, PageContext, field_errors, render},
};

/// The signed-in person and their workspace (404 for anyone else).
pub(crate) async fn open(
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
    let scope = ctx.site()?.id;
    let ws = workspace::open(
        &app.db,
        &app.secrets,
        scope,
        id,
        me,
        viewer.can(Action::ManageCalls),
    )
    .await?;
    Ok((ws, me))
}

struct Person {
    id: i32,
    name: String,
    facilitator: bool,
}

struct WorkshopLine {
    date: String,
    title: String,
    summary: String,
    attendees: String,
    stakeholders: String,
}

struct NoteLine {
    author: String,
    date: String,
    body: String,
    facilitator: bool,
}

#[derive(Template)]
#[template(path = "teams/templates/workspace_team.html")]
struct WorkspacePage {
    ctx: PageContext,
    id: ProposalId,
    title: String,
    text_lang: String,
    challenge_title: String,
    challenge_problem: String,
    challenge_end_users: String,
    challenge_lang: String,
    stage: String,
    summary: String,
    problem: String,
    solution: String,
    end_users: String,
    plan: Vec<(String, String)>,
    people: Vec<Person>,
    stakeholders: Vec<(i32, String)>,
    workshops: Vec<WorkshopLine>,
    notes: Vec<NoteLine>,
    writes: bool,
    edit_link: Option<String>,
    errors: Vec<FieldError>,
    typed_note: String,
    typed_workshop: WorkshopForm,
}

async fn page(
    app: &AppState,
    ctx: PageContext,
    ws: Workspace,
    errors: Vec<FieldError>,
    typed_note: String,
    typed_workshop: WorkshopForm,
) -> Result<Response, AppError> {
    let site = ctx.site()?.clone();
    let l = &ctx.l10n;
    let nobody = l.t("workspace-nobody");
    let names = |ids: Vec<String>| {
        if ids.is_empty() {
            nobody.clone()
        } else {
            ids.join(", ")
        }
    };
    let workshops = ws
        .workshops
        .iter()
        .map(|w| WorkshopLine {
            date: l.date(&w.held_on.and_time(chrono::NaiveTime::MIN).and_utc()),
            title: w.title.clone(),
            summary: w.summary.clone(),
            attendees: names(
                workspace::ids_of(&w.attendees)
                    .into_iter()
                    .filter_map(|id| ws.name_of(PersonId(id)).map(str::to_owned))
                    .collect(),
            ),
            stakeholders: names(
                workspace::ids_of(&w.stakeholders)
                    .into_iter()
                    .filter_map(|id| ws.stakeholders.iter().find(|s| s.id == id))
                    .map(|s| s.organisation.clone())
                    .collect(),
            ),
        })
        .collect();
    let notes = ws
        .notes
        .iter()
        .map(|n| {
            let facilitator = n.author_id.is_some_and(|a| ws.is_facilitator(a));
            NoteLine {
                author: n
                    .author_id
                    .and_then(|a| ws.name_of(a))
                    .map_or_else(|| l.t("workspace-former-member"), str::to_owned),
                date: l.date_time(&n.created_at.with_timezone(&site.timezone)),
                body: n.body.clone(),
                facilitator,
            }
        })
        .collect();
    let people = ws
        .members
        .iter()
        .map(|p| Person {
            id: p.id.get(),
            name: p.display_name.clone(),
            facilitator: false,
        })
        .chain(ws.facilitators.iter().map(|p| Person {
            id: p.id.get(),
            name: p.display_name.clone(),
            facilitator: true,
        }))
        .collect();
    let stage = match ws.call.stage(app.clock.now()) {
        Some(crate::calls::Stage::Challenges) => l.t("workspace-stage-challenges"),
        Some(crate::calls::Stage::Cocreation) => l.t("workspace-stage-cocreation"),
        Some(crate::calls::Stage::Development) => l.t("workspace-stage-development"),
        None => l.t(ws.call.phase.message_id()),
    };
    let p = &ws.proposal;
    let plan = [
        ("proposal-resources", &p.resources),
        ("proposal-partners", &p.partners),
        ("proposal-pilot", &p.pilot),
        ("proposal-indicators", &p.indicators),
    ]
    .into_iter()
    .map(|(id, text)| (l.t(id), text.clone()))
    .collect();
    let writes = ws.standing.writes() && !ws.call.phase.has_results();
    let page = WorkspacePage {
        id: p.id,
        title: p.title.clone(),
        text_lang: p.locale.clone(),
        challenge_title: ws.challenge.title.clone(),
        challenge_problem: ws.challenge.problem.clone(),
        challenge_end_users: ws.challenge.end_users.clone(),
        challenge_lang: ws.challenge.locale.clone(),
        stage,
        summary: p.summary.clone(),
        problem: p.problem.clone(),
        solution: p.solution.clone(),
        end_users: p.end_users.clone(),
        plan,
        people,
        stakeholders: ws
            .stakeholders
            .iter()
            .map(|s| (s.id, s.organisation.clone()))
            .collect(),
        workshops,
        notes,
        writes,
        edit_link: (ws.standing == Standing::Member && p.status == crate::proposals::Status::Draft)
            .then(|| ctx.link(&format!("/proposals/{}", p.id))),
        errors,
        typed_note,
        typed_workshop,
        ctx,
    };
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, render(&page)?).into_response())
}

/// `GET /teams/{id}`
pub async fn show(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    let (ws, _) = open(&app, &ctx, id).await?;
    page(
        &app,
        ctx,
        ws,
        Vec::new(),
        String::new(),
        WorkshopForm::default(),
    )
    .await
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct WorkshopForm {
    #[serde(default)]
    held_on: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    attendee: Vec<i32>,
    #[serde(default)]
    stakeholder: Vec<i32>,
}

/// `POST /teams/{id}/workshops` (members, facilitators)
pub async fn add_workshop(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<WorkshopForm>,
) -> Result<Response, AppError> {
    let (ws, me) = open(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let input = WorkshopInput {
        held_on: form.held_on.clone(),
        title: form.title.clone(),
        summary: form.summary.clone(),
        attendees: form.attendee.iter().copied().map(PersonId).collect(),
        stakeholders: form.stakeholder.clone(),
    };
    match workspace::add_workshop(&app.db, &app.clock, scope, &ws, input, me).await {
        Ok(_) => Ok(Redirect::to(&ctx.link(&format!("/teams/{id}#workshops"))).into_response()),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            page(&app, ctx, ws, errors, String::new(), form).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    body: String,
}

/// `POST /teams/{id}/notes` (members, facilitators)
pub async fn add_note(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<NoteForm>,
) -> Result<Response, AppError> {
    let (ws, me) = open(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    match workspace::add_note(&app.db, &app.clock, scope, &ws, &form.body, me).await {
        Ok(_) => Ok(Redirect::to(&ctx.link(&format!("/teams/{id}#notes"))).into_response()),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            page(&app, ctx, ws, errors, form.body, WorkshopForm::default()).await
        }
        Err(other) => Err(other),
    }
}
