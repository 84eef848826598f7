//! The pages of implementation: the admin's board of every project, a
//! project's own page (team, mentor and admin), one's own projects, and
//! the city's public showcase of implemented ones.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{
    Barrier, Model, Outcome, Status, entity,
    service::{self, Stall, Standing},
};
use crate::ids::{PersonId, ProposalId};
use crate::{
    auth::{Action, Viewer, csrf::CsrfForm, require},
    error::AppError,
    i18n::L10n,
    state::AppState,
    tenancy::TenantContext,
    web::{FieldError, PageContext, render},
};

fn signed_in(ctx: &PageContext) -> Result<(&Viewer, PersonId), AppError> {
    let viewer = require(ctx, Action::ViewOwnAccount)?;
    let id = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    Ok((viewer, id))
}

fn stall_text(l: &L10n, stall: Option<Stall>) -> Option<String> {
    stall.map(|s| match s {
        Stall::NoUpdate { days } => l.count("project-stalled-silent", "days", days),
        Stall::Overdue { days } => l.count("project-stalled-overdue", "days", days),
    })
}

struct BoardLine {
    id: i32,
    title: String,
    status: String,
    mentor: String,
    next_milestone: String,
    overdue_days: i64,
    last_update: String,
    stalled: Option<String>,
    budget: String,
}

#[derive(Template)]
#[template(path = "projects/templates/board.html")]
struct BoardPage {
    ctx: PageContext,
    lines: Vec<BoardLine>,
    stalled_after_days: i32,
    error: Option<String>,
}

/// `GET /admin/projects`: every project of the city, stalled ones flagged.
pub async fn board(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    board_page(&app, ctx, None).await
}

async fn board_page(
    app: &AppState,
    ctx: PageContext,
    error: Option<&'static str>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let now = app.clock.now();
    let board = service::board(&app.db, site.id, site.timezone, now).await?;
    let today = now.with_timezone(&site.timezone).date_naive();
    let l = &ctx.l10n;
    let lines = board
        .entries
        .iter()
        .map(|e| {
            let p = &e.project;
            let next = e.next_milestone();
            BoardLine {
                id: p.id,
                title: p.title.clone(),
                status: l.t(p.status.message_id()),
                mentor: e.mentor.as_ref().map(|u| u.name(l)).unwrap_or_default(),
                next_milestone: next.map_or_else(String::new, |m| {
                    l.args(
                        "project-milestone-due",
                        &[
                            ("title", m.title.clone().into()),
                            (
                                "date",
                                l.date(&m.due_on.and_time(chrono::NaiveTime::MIN).and_utc())
                                    .into(),
                            ),
                        ],
                    )
                }),
                overdue_days: next
                    .filter(|m| m.due_on < today)
                    .map_or(0, |m| (today - m.due_on).num_days()),
                last_update: p
                    .last_update_at
                    .map(|at| l.date(&at.with_timezone(&site.timezone)))
                    .unwrap_or_else(|| l.t("project-no-update")),
                stalled: stall_text(l, e.stall),
                budget: l.args(
                    "project-budget-line",
                    &[
                        ("allocated", l.euros(p.allocated_cents).into()),
                        ("spent", l.euros(p.spent_cents).into()),
                    ],
                ),
            }
        })
        .collect();
    let page = BoardPage {
        lines,
        stalled_after_days: board.stalled_after_days,
        error: error.map(|e| ctx.l10n.t(e)),
        ctx,
    };
    let status = if page.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, render(&page)?).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct StallForm {
    #[serde(default)]
    days: String,
}

/// `POST /admin/projects/settings`: after how many silent days a project
/// counts as stalled (1–365).
pub async fn set_stall_days(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<StallForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    let scope = ctx.site()?.id;
    let done = match form.days.trim().parse::<i32>() {
        Ok(days) => service::set_stall_days(&app.db, &app.clock, scope, actor, days).await,
        Err(_) => Err(AppError::Refused("project-error-stall-days")),
    };
    match done {
        Ok(()) => Ok(Redirect::to(&ctx.link("/admin/projects")).into_response()),
        Err(AppError::Refused(message)) => board_page(&app, ctx, Some(message)).await,
        Err(other) => Err(other),
    }
}

struct MineLine {
    id: i32,
    title: String,
    status: String,
    role: String,
}

#[derive(Template)]
#[template(path = "projects/templates/mine.html")]
struct MinePage {
    ctx: PageContext,
    lines: Vec<MineLine>,
}

/// `GET /projects`: the projects the person mentors or is on the team of.
pub async fn mine(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let (_, me) = signed_in(&ctx)?;
    let scope = ctx.site()?.id;
    let projects = scope
        .find::<entity::Entity>()
        .order_by_asc(entity::Column::Id)
        .all(&app.db)
        .await?;
    // The person's accepted places on teams, in one query.
    let on_teams: Vec<ProposalId> = scope
        .find::<crate::proposals::member::Entity>()
        .filter(crate::proposals::member::of_person(&app.secrets, scope, me))
        .filter(
            crate::proposals::member::Column::Status
                .eq(crate::proposals::member::MemberStatus::Accepted),
        )
        .all(&app.db)
        .await?
        .into_iter()
        .map(|m| m.proposal_id)
        .collect();
    let mut lines = Vec::new();
    for p in projects {
        let role = if p.mentor_id == Some(me) {
            "project-role-mentor"
        } else if p.proposal_id.is_some_and(|id| on_teams.contains(&id)) {
            "project-role-team"
        } else {
            continue;
        };
        lines.push(MineLine {
            id: p.id,
            title: p.title.clone(),
            status: ctx.l10n.t(p.status.message_id()),
            role: ctx.l10n.t(role),
        });
    }
    render(&MinePage { ctx, lines })
}

struct UpdateLine {
    author: String,
    date: String,
    percent: i32,
    body: String,
}

#[derive(Template)]
#[template(path = "projects/templates/project.html")]
struct ProjectPage {
    ctx: PageContext,
    project: Model,
    /// The language its proposal was written in, which its title and
    /// summary keep; `None` for a project that came from no proposal.
    text_lang: Option<String>,
    status_text: String,
    barrier_text: String,
    barrier_token: &'static str,
    is_admin: bool,
    team: Vec<String>,
    mentor: String,
    budget: String,
    budget_form: [String; 3],
    milestones: Vec<(i32, String, String, bool)>,
    updates: Vec<UpdateLine>,
    outcomes: Vec<String>,
    stalled: Option<String>,
    /// Where an admin publishes the project's proposal to the network.
    publish_link: Option<String>,
    /// The library page of the practice this project adopted.
    origin_link: Option<String>,
    statuses: Vec<(&'static str, String)>,
    barriers: Vec<(&'static str, String)>,
    errors: Vec<FieldError>,
}

/// The field a refusal of one of the project's forms is about, where the
/// page shows it.
fn field_of(refusal: &str) -> &'static str {
    match refusal {
        "project-error-euros" | "project-error-budget-order" | "project-error-over-budget" => {
            "allocated"
        }
        "project-error-unknown-mentor" | "project-error-mentor-in-team" => "mentor-email",
        "project-error-reason" | "project-error-reason-long" => "reason",
        "project-error-update" => "body",
        "project-error-percent" => "percent",
        "project-error-milestone-title" => "milestone-title",
        "project-error-milestone-date" => "due_on",
        "project-error-outcome" => "label",
        // Any other refusal is the page's, and the summary leads to it.
        _ => "main",
    }
}

async fn project_page(
    app: &AppState,
    ctx: PageContext,
    project: Model,
    standing: Standing,
    error: Option<&'static str>,
) -> Result<Response, AppError> {
    let site: TenantContext = ctx.site()?.clone();
    let scope = site.id;
    let l = &ctx.l10n;
    let file = service::file_of(&app.db, &app.secrets, scope, &project).await?;
    let text_lang = match project.proposal_id {
        Some(id) => scope
            .find_by_id::<crate::proposals::Entity>(id)
            .one(&app.db)
            .await?
            .map(|p| p.locale),
        None => None,
    };
    let name = |id: PersonId| {
        file.person(id)
            .map(|u| u.name(&ctx.l10n))
            .unwrap_or_default()
    };
    let now = app.clock.now();
    let day = |d: chrono::NaiveDate| l.date(&d.and_time(chrono::NaiveTime::MIN).and_utc());
    let call_budget = file.call_budget_cents.map(|c| l.euros(c));
    let page = ProjectPage {
        status_text: l.t(project.status.message_id()),
        barrier_text: project
            .barrier
            .map(|b| l.t(b.message_id()))
            .unwrap_or_default(),
        barrier_token: project.barrier.map_or("", Barrier::token),
        is_admin: standing == Standing::Admin,
        team: file.team.iter().map(|id| name(*id)).collect(),
        mentor: project.mentor_id.map(name).unwrap_or_default(),
        budget: {
            let mut text = l.args(
                "project-budget-full",
                &[
                    ("allocated", l.euros(project.allocated_cents).into()),
                    ("committed", l.euros(project.committed_cents).into()),
                    ("spent", l.euros(project.spent_cents).into()),
                ],
            );
            if let Some(total) = call_budget {
                text.push_str(" · ");
                text.push_str(&l.args("project-call-budget", &[("total", total.into())]));
            }
            text
        },
        budget_form: [
            project.allocated_cents,
            project.committed_cents,
            project.spent_cents,
        ]
        .map(|c| format!("{}", c / 100)),
        milestones: file
            .milestones
            .iter()
            .map(|m| {
                (
                    m.id,
                    m.title.clone(),
                    match m.done_on {
                        Some(done) => {
                            l.args("project-milestone-done", &[("date", day(done).into())])
                        }
                        None => l.args(
                            "project-milestone-due-on",
                            &[("date", day(m.due_on).into())],
                        ),
                    },
                    m.done_on.is_some(),
                )
            })
            .collect(),
        updates: file
            .updates
            .iter()
            .map(|u| UpdateLine {
                author: name(u.author_id),
                date: l.date(&u.at.with_timezone(&site.timezone)),
                percent: u.percent,
                body: u.body.clone(),
            })
            .collect(),
        outcomes: project.outcome_list().iter().map(|o| o.text(l)).collect(),
        stalled: stall_text(
            l,
            service::stall_of(
                &project,
                &file.milestones,
                file.stalled_after_days,
                now,
                site.timezone,
            ),
        ),
        publish_link: project
            .proposal_id
            .filter(|_| standing == Standing::Admin)
            .map(|p| ctx.link(&format!("/admin/proposals/{p}/publish"))),
        origin_link: project
            .origin_practice_id
            .map(|p| ctx.link(&format!("/library/{p}"))),
        statuses: Status::ALL
            .iter()
            .map(|s| (s.token(), l.t(s.message_id())))
            .collect(),
        barriers: Barrier::ALL
            .iter()
            .map(|b| (b.token(), l.t(b.message_id())))
            .collect(),
        errors: error
            .map(|e| FieldError::new(&ctx, field_of(e), e))
            .into_iter()
            .collect(),
        project,
        text_lang,
        ctx,
    };
    let status = if !page.errors.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, render(&page)?).into_response())
}

/// The project and the viewer's standing on it (404 for anyone else).
async fn open(
    app: &AppState,
    ctx: &PageContext,
    id: i32,
) -> Result<(Model, Standing, PersonId), AppError> {
    let (viewer, me) = signed_in(ctx)?;
    let scope = ctx.site()?.id;
    let (project, standing) = service::open(
        &app.db,
        &app.secrets,
        scope,
        id,
        me,
        viewer.can(Action::ManageCalls),
    )
    .await?;
    Ok((project, standing, me))
}

/// `GET /projects/{id}`
pub async fn show(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let (project, standing, _) = open(&app, &ctx, id).await?;
    project_page(&app, ctx, project, standing, None).await
}

/// Back to the project after a change; a refusal is shown on its page.
async fn after(
    app: &AppState,
    ctx: PageContext,
    id: i32,
    done: Result<(), AppError>,
) -> Result<Response, AppError> {
    match done {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("/projects/{id}"))).into_response()),
        Err(AppError::Refused(message)) => {
            let (project, standing, _) = open(app, &ctx, id).await?;
            project_page(app, ctx, project, standing, Some(message)).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct BudgetForm {
    #[serde(default)]
    allocated: String,
    #[serde(default)]
    committed: String,
    #[serde(default)]
    spent: String,
}

/// `POST /projects/{id}/budget` (admins)
pub async fn budget(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<BudgetForm>,
) -> Result<Response, AppError> {
    let (project, standing, me) = open(&app, &ctx, id).await?;
    if standing != Standing::Admin {
        return Err(AppError::Forbidden);
    }
    let scope = ctx.site()?.id;
    let amounts = (
        service::parse_euros(&form.allocated),
        service::parse_euros(&form.committed),
        service::parse_euros(&form.spent),
    );
    let done = match amounts {
        (Some(a), Some(c), Some(s)) => {
            service::set_budget(&app.db, &app.clock, scope, project, (a, c, s), me).await
        }
        _ => Err(AppError::Refused("project-error-euros")),
    };
    after(&app, ctx, id, done).await
}

#[derive(Debug, Default, Deserialize)]
pub struct MentorForm {
    #[serde(default)]
    email: String,
}

/// `POST /projects/{id}/mentor` (admins)
pub async fn mentor(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<MentorForm>,
) -> Result<Response, AppError> {
    let (project, standing, me) = open(&app, &ctx, id).await?;
    if standing != Standing::Admin {
        return Err(AppError::Forbidden);
    }
    let scope = ctx.site()?.id;
    let done = service::set_mentor(
        &app.db,
        &app.secrets,
        &app.clock,
        scope,
        project,
        &form.email,
        me,
    )
    .await;
    after(&app, ctx, id, done).await
}

#[derive(Debug, Default, Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    barrier: String,
}

/// `POST /projects/{id}/status` (team, mentor, admins)
pub async fn status(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<StatusForm>,
) -> Result<Response, AppError> {
    let (project, _, me) = open(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let status = Status::parse(&form.status).ok_or(AppError::BadRequest)?;
    let barrier = match form.barrier.as_str() {
        "" => None,
        token => Some(Barrier::parse(token).ok_or(AppError::BadRequest)?),
    };
    let call = project.call_id;
    let done = service::set_status(
        &app.db,
        &app.clock,
        scope,
        project,
        (status, &form.reason, barrier),
        me,
    )
    .await;
    // The call's last open project closed: the call archives itself now
    // rather than at the phases task's next round.
    if let (Ok(()), Some(call), Status::Done | Status::Stopped) = (&done, call, status) {
        crate::calls::edition::archive_if_finished(&app, scope, call, app.clock.now()).await?;
    }
    after(&app, ctx, id, done).await
}

#[derive(Debug, Default, Deserialize)]
pub struct UpdateForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    percent: String,
}

/// `POST /projects/{id}/updates` (team, mentor, admins)
pub async fn add_update(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<UpdateForm>,
) -> Result<Response, AppError> {
    let (project, _, me) = open(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let done = match form
        .percent
        .trim()
        .trim_end_matches('%')
        .trim()
        .parse::<i32>()
    {
        Ok(percent) => {
            service::add_update(&app.db, &app.clock, scope, project, &form.body, percent, me).await
        }
        Err(_) => Err(AppError::Refused("project-error-percent")),
    };
    after(&app, ctx, id, done).await
}

#[derive(Debug, Default, Deserialize)]
pub struct MilestoneForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    due_on: String,
}

/// `POST /projects/{id}/milestones` (team, mentor, admins)
pub async fn add_milestone(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<MilestoneForm>,
) -> Result<Response, AppError> {
    let (project, _, me) = open(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let done = service::add_milestone(
        &app.db,
        &app.clock,
        scope,
        &project,
        &form.title,
        &form.due_on,
        me,
    )
    .await;
    after(&app, ctx, id, done).await
}

#[derive(Debug, Default, Deserialize)]
pub struct Nothing {}

/// `POST /projects/{id}/milestones/{milestone}/done`
pub async fn complete_milestone(
    State(app): State<AppState>,
    ctx: PageContext,
    Path((id, milestone_id)): Path<(i32, i32)>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let (project, _, me) = open(&app, &ctx, id).await?;
    let site = ctx.site()?.clone();
    let done = service::complete_milestone(
        &app.db,
        &app.clock,
        site.id,
        &project,
        milestone_id,
        site.timezone,
        me,
    )
    .await;
    after(&app, ctx, id, done).await
}

#[derive(Debug, Default, Deserialize)]
pub struct OutcomeForm {
    #[serde(default)]
    label: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    unit: String,
}

/// `POST /projects/{id}/outcomes` (team, mentor, admins)
pub async fn add_outcome(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<OutcomeForm>,
) -> Result<Response, AppError> {
    let (project, _, me) = open(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let value = form
        .value
        .trim()
        .replace(['\u{a0}', '\u{202f}', ' '], "")
        .replace(',', ".");
    let done = match value.parse::<f64>() {
        Ok(value) => {
            let outcome = Outcome {
                label: form.label.trim().to_owned(),
                value,
                unit: form.unit.trim().to_owned(),
            };
            service::add_outcome(&app.db, &app.clock, scope, project, outcome, me).await
        }
        Err(_) => Err(AppError::Refused("project-error-outcome")),
    };
    after(&app, ctx, id, done).await
}

struct ShowcaseLine {
    title: String,
    summary: String,
    done: String,
    outcomes: Vec<String>,
}

#[derive(Template)]
#[template(path = "projects/templates/showcase.html")]
struct ShowcasePage {
    ctx: PageContext,
    lines: Vec<ShowcaseLine>,
}

/// `GET /showcase`: the city's implemented projects, for everyone.
pub async fn showcase(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let site = ctx.site()?.clone();
    let done = site
        .id
        .find::<entity::Entity>()
        .filter(entity::Column::Status.eq(Status::Done))
        .order_by_desc(entity::Column::DoneAt)
        .all(&app.db)
        .await?;
    let l = &ctx.l10n;
    let lines = done
        .iter()
        .map(|p| ShowcaseLine {
            title: p.title.clone(),
            summary: p.summary.clone(),
            done: p
                .done_at
                .map(|at| l.date(&at.with_timezone(&site.timezone)))
                .unwrap_or_default(),
            outcomes: p.outcome_list().iter().map(|o| o.text(l)).collect(),
        })
        .collect();
    render(&ShowcasePage { ctx, lines })
}
