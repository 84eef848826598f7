//! The rules of implementation: projects made from awarded proposals, who
//! may see and change them, the call's budget that allocations cannot
//! exceed, statuses with their reasons and barriers, milestones, updates,
//! outcomes, and stalled projects. Every change is audited.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, IntoActiveModel,
    QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::{Value, json};

use super::{Barrier, Model, Outcome, Status, entity, milestone, update};
use crate::ids::PersonId;
use crate::{
    audit, calls,
    clock::Clock,
    error::AppError,
    notifications,
    people::{Role, role, user},
    proposals,
    secrets::SecretKey,
    state::AppState,
    tenancy::TenantId,
    tenants,
};

pub const TITLE_MAX: usize = 200;
pub const TEXT_MAX: usize = 5_000;

/// Turns each awarded proposal of a call into a project (once), inside the
/// transaction that publishes the results.
pub async fn create_for_awarded(
    txn: &impl ConnectionTrait,
    scope: TenantId,
    awarded: &[proposals::Model],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for proposal in awarded {
        let exists = scope
            .find::<entity::Entity>()
            .filter(entity::Column::ProposalId.eq(proposal.id))
            .one(txn)
            .await?
            .is_some();
        if exists {
            continue;
        }
        scope
            .insert(
                entity::ActiveModel {
                    call_id: Set(Some(proposal.call_id)),
                    proposal_id: Set(Some(proposal.id)),
                    title: Set(proposal.title.clone()),
                    summary: Set(proposal.summary.clone()),
                    mentor_id: Set(None),
                    status: Set(Status::Planned),
                    status_reason: Set(String::new()),
                    barrier: Set(None),
                    allocated_cents: Set(0),
                    committed_cents: Set(0),
                    spent_cents: Set(0),
                    outcomes: Set("[]".into()),
                    created_at: Set(now),
                    ..Default::default()
                },
                txn,
            )
            .await?;
    }
    Ok(())
}

/// How a person stands to a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Admin,
    Mentor,
    Team,
}

pub async fn project_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: i32,
) -> Result<Model, AppError> {
    scope
        .find_by_id::<entity::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The accepted team of a project's proposal.
pub async fn team_of(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    scope: TenantId,
    project: &Model,
) -> Result<Vec<PersonId>, DbErr> {
    let Some(proposal) = project.proposal_id else {
        return Ok(Vec::new());
    };
    Ok(
        crate::review::service::teams_of(db, secrets, scope, vec![proposal])
            .await?
            .remove(&proposal)
            .unwrap_or_default(),
    )
}

/// The city's project `id` and `person`'s standing on it, or 404: to
/// anyone else the project does not exist.
pub async fn open(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    scope: TenantId,
    id: i32,
    person: PersonId,
    admin: bool,
) -> Result<(Model, Standing), AppError> {
    let project = project_of(db, scope, id).await?;
    let standing = standing(db, secrets, scope, &project, person, admin).await?;
    Ok((project, standing))
}

/// The viewer's standing, or 404: to anyone else the project does not exist.
pub async fn standing(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    scope: TenantId,
    project: &Model,
    person: PersonId,
    admin: bool,
) -> Result<Standing, AppError> {
    if admin {
        return Ok(Standing::Admin);
    }
    if project.mentor_id == Some(person) {
        return Ok(Standing::Mentor);
    }
    if team_of(db, secrets, scope, project)
        .await?
        .contains(&person)
    {
        return Ok(Standing::Team);
    }
    Err(AppError::NotFound)
}

/// Refuses a write on a project of an archived call: the call, its
/// proposals and projects are read-only from then on.
async fn writable(
    db: &impl ConnectionTrait,
    scope: TenantId,
    project: &Model,
) -> Result<(), AppError> {
    if let Some(call_id) = project.call_id
        && let Some(call) = scope.find_by_id::<calls::Entity>(call_id).one(db).await?
    {
        calls::edition::writable(&call)?;
    }
    Ok(())
}

/// Euros as typed ("40000", "40.000", "1 250,50") into cents.
pub fn parse_euros(value: &str) -> Option<i64> {
    let cleaned: String = value
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '€'))
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    // The last separator followed by one or two digits is the decimal one.
    let (whole, cents) = match cleaned.rfind([',', '.']) {
        Some(at) if cleaned.len() - at - 1 <= 2 && cleaned.len() - at > 1 => {
            (&cleaned[..at], &cleaned[at + 1..])
        }
        _ => (cleaned.as_str(), ""),
    };
    let whole: String = whole.chars().filter(|c| *c != '.' && *c != ',').collect();
    if !whole.chars().all(|c| c.is_ascii_digit()) || !cents.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let euros: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let cents: i64 = match cents.len() {
        0 => 0,
        1 => cents.parse::<i64>().ok()? * 10,
        _ => cents.parse().ok()?,
    };
    euros.checked_mul(100)?.checked_add(cents)
}

/// The money of a project, checked: spent ≤ committed ≤ allocated, and the
/// call's projects together within the call's budget.
pub async fn set_budget(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    project: Model,
    (allocated, committed, spent): (i64, i64, i64),
    actor: PersonId,
) -> Result<(), AppError> {
    writable(db, scope, &project).await?;
    if committed > allocated || spent > committed || allocated < 0 {
        return Err(AppError::Refused("project-error-budget-order"));
    }
    let txn = db.begin().await?;
    if let Some(call_id) = project.call_id {
        // One budget change of the call at a time, so that two allocations
        // racing for its last euros cannot both fit.
        if !crate::db::hold::<calls::Entity>(&txn, scope, call_id).await? {
            return Err(AppError::NotFound);
        }
        let call = scope
            .find_by_id::<calls::Entity>(call_id)
            .one(&txn)
            .await?
            .ok_or(AppError::NotFound)?;
        let others: i64 = scope
            .find::<entity::Entity>()
            .filter(entity::Column::CallId.eq(call_id))
            .filter(entity::Column::Id.ne(project.id))
            .all(&txn)
            .await?
            .iter()
            .map(|p| p.allocated_cents)
            .sum();
        if others + allocated > call.budget_cents {
            return Err(AppError::Refused("project-error-over-budget"));
        }
    }
    let before = json!({
        "allocated": project.allocated_cents,
        "committed": project.committed_cents,
        "spent": project.spent_cents,
    });
    let id = project.id;
    let mut row = project.into_active_model();
    row.allocated_cents = Set(allocated);
    row.committed_cents = Set(committed);
    row.spent_cents = Set(spent);
    scope.update(row, &txn).await?;
    record(
        &txn,
        clock,
        scope,
        actor,
        "project.budget",
        id,
        before,
        json!({
            "allocated": allocated, "committed": committed, "spent": spent,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn record(
    txn: &impl ConnectionTrait,
    clock: &Clock,
    scope: TenantId,
    actor: PersonId,
    action: &str,
    project: i32,
    before: Value,
    after: Value,
) -> Result<(), DbErr> {
    audit::record(
        txn,
        scope,
        clock.now(),
        audit::Event {
            actor: Some(actor),
            action,
            subject_type: "project",
            subject_id: project,
            before,
            after,
        },
    )
    .await
}

/// Sets after how many silent days a city's projects count as stalled
/// (1–365).
pub async fn set_stall_days(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    actor: Option<PersonId>,
    days: i32,
) -> Result<(), AppError> {
    if !(1..=365).contains(&days) {
        return Err(AppError::Refused("project-error-stall-days"));
    }
    let tenant = tenants::find_by_id(db, scope.get())
        .await?
        .ok_or(AppError::UnknownTenant)?;
    let before = tenant.stalled_after_days;
    let mut row = tenant.into_active_model();
    row.stalled_after_days = Set(days);
    tenants::save(db, row).await?;
    audit::record(
        db,
        scope,
        clock.now(),
        audit::Event {
            actor,
            action: "city.stalled_after_days",
            subject_type: "tenant",
            subject_id: scope.get(),
            before: json!({ "days": before }),
            after: json!({ "days": days }),
        },
    )
    .await?;
    Ok(())
}

/// Names an active person of the city, found by email, as the project's
/// mentor (not someone of its team).
pub async fn set_mentor(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    clock: &Clock,
    scope: TenantId,
    project: Model,
    email: &str,
    actor: PersonId,
) -> Result<(), AppError> {
    writable(db, scope, &project).await?;
    let email = email.trim().to_lowercase();
    let person = scope
        .find::<user::Entity>()
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .find(|u| !email.is_empty() && u.email.to_lowercase() == email)
        .ok_or(AppError::Refused("project-error-unknown-mentor"))?;
    if team_of(db, secrets, scope, &project)
        .await?
        .contains(&person.id)
    {
        return Err(AppError::Refused("project-error-mentor-in-team"));
    }
    let holds_role = scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.eq(person.id))
        .filter(role::Column::Role.is_in([Role::Mentor, Role::Employee]))
        .one(db)
        .await?
        .is_some();
    if !holds_role {
        return Err(AppError::Refused("project-error-unknown-mentor"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    let id = project.id;
    let before = json!({ "mentor": project.mentor_id });
    let mut row = project.into_active_model();
    row.mentor_id = Set(Some(person.id));
    scope.update(row, &txn).await?;
    notifications::notify(
        &txn,
        scope,
        &[person.id],
        "notification-mentor",
        json!({}),
        &format!("/projects/{id}"),
        now,
    )
    .await?;
    record(
        &txn,
        clock,
        scope,
        actor,
        "project.mentor",
        id,
        before,
        json!({ "mentor": person.id }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A new status; blocked and stopped need a reason and a barrier. Done and
/// stopped carry over to the proposal (implemented, stopped).
pub async fn set_status(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    project: Model,
    (status, reason, barrier): (Status, &str, Option<Barrier>),
    actor: PersonId,
) -> Result<(), AppError> {
    writable(db, scope, &project).await?;
    let reason = reason.trim();
    if reason.chars().count() > TEXT_MAX {
        return Err(AppError::Refused("project-error-reason-long"));
    }
    if status.needs_reason() && (reason.is_empty() || barrier.is_none()) {
        return Err(AppError::Refused("project-error-reason"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    let id = project.id;
    let before = json!({ "status": project.status.token(), "reason": project.status_reason });
    let proposal = project.proposal_id;
    let mut row = project.into_active_model();
    row.status = Set(status);
    row.status_reason = Set(if status.needs_reason() {
        reason.to_owned()
    } else {
        String::new()
    });
    row.barrier = Set(barrier.filter(|_| status.needs_reason()));
    row.done_at = Set((status == Status::Done).then_some(now));
    row.last_update_at = Set(Some(now));
    scope.update(row, &txn).await?;
    if let Some(proposal) = proposal {
        let follows = match status {
            Status::Done => proposals::Status::Implemented,
            Status::Stopped => proposals::Status::Stopped,
            _ => proposals::Status::InImplementation,
        };
        scope
            .update_many::<proposals::Entity>()
            .col_expr(
                proposals::Column::Status,
                sea_orm::sea_query::Expr::value(follows),
            )
            .filter(proposals::Column::Id.eq(proposal))
            .exec(&txn)
            .await?;
    }
    record(
        &txn,
        clock,
        scope,
        actor,
        "project.status",
        id,
        before,
        json!({
            "status": status.token(),
            "reason": reason,
            "barrier": barrier.map(Barrier::token),
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A progress update (text and percentage).
pub async fn add_update(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    project: Model,
    body: &str,
    percent: i32,
    actor: PersonId,
) -> Result<(), AppError> {
    writable(db, scope, &project).await?;
    let body = body.trim();
    if body.is_empty() || body.chars().count() > TEXT_MAX {
        return Err(AppError::Refused("project-error-update"));
    }
    if !(0..=100).contains(&percent) {
        return Err(AppError::Refused("project-error-percent"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    scope
        .insert(
            update::ActiveModel {
                project_id: Set(project.id),
                author_id: Set(actor),
                body: Set(body.to_owned()),
                percent: Set(percent),
                at: Set(now),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    let id = project.id;
    let mut row = project.into_active_model();
    row.last_update_at = Set(Some(now));
    scope.update(row, &txn).await?;
    record(
        &txn,
        clock,
        scope,
        actor,
        "project.update",
        id,
        json!(null),
        json!({ "percent": percent }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A milestone with its due date (`YYYY-MM-DD`, as a date field sends it).
pub async fn add_milestone(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    project: &Model,
    title: &str,
    due: &str,
    actor: PersonId,
) -> Result<(), AppError> {
    writable(db, scope, project).await?;
    let title = title.trim();
    if title.is_empty() || title.chars().count() > TITLE_MAX {
        return Err(AppError::Refused("project-error-milestone-title"));
    }
    let due_on = NaiveDate::parse_from_str(due.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::Refused("project-error-milestone-date"))?;
    let txn = db.begin().await?;
    scope
        .insert(
            milestone::ActiveModel {
                project_id: Set(project.id),
                title: Set(title.to_owned()),
                due_on: Set(due_on),
                done_on: Set(None),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    record(
        &txn,
        clock,
        scope,
        actor,
        "project.milestone",
        project.id,
        json!(null),
        json!({
            "title": title, "due_on": due_on,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Marks a milestone done today (in the city's time zone).
pub async fn complete_milestone(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    project: &Model,
    milestone_id: i32,
    tz: Tz,
    actor: PersonId,
) -> Result<(), AppError> {
    writable(db, scope, project).await?;
    let found = scope
        .find_by_id::<milestone::Entity>(milestone_id)
        .filter(milestone::Column::ProjectId.eq(project.id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = clock.now().with_timezone(&tz).date_naive();
    let txn = db.begin().await?;
    let mut row = found.into_active_model();
    row.done_on = Set(Some(today));
    scope.update(row, &txn).await?;
    record(
        &txn,
        clock,
        scope,
        actor,
        "project.milestone_done",
        project.id,
        json!(null),
        json!({
            "milestone": milestone_id, "done_on": today,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A measured outcome (label, number, unit).
pub async fn add_outcome(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    project: Model,
    outcome: Outcome,
    actor: PersonId,
) -> Result<(), AppError> {
    writable(db, scope, &project).await?;
    if outcome.label.trim().is_empty()
        || outcome.label.chars().count() > TITLE_MAX
        || outcome.unit.chars().count() > 40
        || !outcome.value.is_finite()
    {
        return Err(AppError::Refused("project-error-outcome"));
    }
    let mut list = project.outcome_list();
    list.push(outcome.clone());
    let txn = db.begin().await?;
    let id = project.id;
    let mut row = project.into_active_model();
    row.outcomes = Set(serde_json::to_string(&list).unwrap_or_else(|_| "[]".into()));
    scope.update(row, &txn).await?;
    record(
        &txn,
        clock,
        scope,
        actor,
        "project.outcome",
        id,
        json!(null),
        json!({
            "label": outcome.label, "value": outcome.value, "unit": outcome.unit,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Why a project counts as stalled, if it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stall {
    NoUpdate { days: i64 },
    Overdue { days: i64 },
}

/// A project is stalled while active and either silent for the city's
/// number of days or behind an undone milestone's due date.
pub fn stall_of(
    project: &Model,
    milestones: &[milestone::Model],
    stalled_after_days: i32,
    now: DateTime<Utc>,
    tz: Tz,
) -> Option<Stall> {
    if !project.status.is_active() {
        return None;
    }
    let today = now.with_timezone(&tz).date_naive();
    let overdue = milestones
        .iter()
        .filter(|m| m.done_on.is_none() && m.due_on < today)
        .map(|m| (today - m.due_on).num_days())
        .max();
    if let Some(days) = overdue {
        return Some(Stall::Overdue { days });
    }
    let last = project.last_update_at.unwrap_or(project.created_at);
    let silent = (now - last).num_days();
    (silent >= i64::from(stalled_after_days)).then_some(Stall::NoUpdate { days: silent })
}

pub async fn milestones_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    projects: Vec<i32>,
) -> Result<Vec<milestone::Model>, DbErr> {
    scope
        .find::<milestone::Entity>()
        .filter(milestone::Column::ProjectId.is_in(projects))
        .order_by_asc(milestone::Column::DueOn)
        .order_by_asc(milestone::Column::Id)
        .all(db)
        .await
}

/// Tells the team and mentor of each stalled project of every city, at
/// most once per stall period; how many projects were flagged. Of several
/// instances, the conditional update lets exactly one tell each.
pub async fn notify_stalled(app: &AppState, now: DateTime<Utc>) -> Result<usize, AppError> {
    let mut told = 0;
    for tenant in tenants::list(&app.db).await? {
        let scope = TenantId::of(&tenant);
        let tz: Tz = tenant.timezone.parse().unwrap_or(Tz::UTC);
        let projects = scope
            .find::<entity::Entity>()
            .filter(entity::Column::Status.is_in([
                Status::Planned,
                Status::InProgress,
                Status::Blocked,
            ]))
            .all(&app.db)
            .await?;
        let milestones =
            milestones_of(&app.db, scope, projects.iter().map(|p| p.id).collect()).await?;
        let period = Duration::days(i64::from(tenant.stalled_after_days.max(1)));
        for project in projects {
            let mine: Vec<milestone::Model> = milestones
                .iter()
                .filter(|m| m.project_id == project.id)
                .cloned()
                .collect();
            if stall_of(&project, &mine, tenant.stalled_after_days, now, tz).is_none() {
                continue;
            }
            if project
                .stalled_notified_at
                .is_some_and(|at| now - at < period)
            {
                continue;
            }
            let txn = app.db.begin().await?;
            let claimed = scope
                .update_many::<entity::Entity>()
                .col_expr(
                    entity::Column::StalledNotifiedAt,
                    sea_orm::sea_query::Expr::value(now),
                )
                .filter(entity::Column::Id.eq(project.id))
                .filter(match project.stalled_notified_at {
                    Some(at) => entity::Column::StalledNotifiedAt.eq(at),
                    None => entity::Column::StalledNotifiedAt.is_null(),
                })
                .exec(&txn)
                .await?;
            if claimed.rows_affected != 1 {
                continue;
            }
            let mut people = team_of(&app.db, &app.secrets, scope, &project).await?;
            people.extend(project.mentor_id);
            notifications::notify(
                &txn,
                scope,
                &people,
                "notification-stalled",
                json!({ "title": project.title }),
                &format!("/projects/{}", project.id),
                now,
            )
            .await?;
            txn.commit().await?;
            told += 1;
        }
    }
    Ok(told)
}

/// The background task: looks for stalled projects every hour.
pub async fn run(app: AppState) {
    let mut ticks = tokio::time::interval(std::time::Duration::from_secs(3_600));
    loop {
        ticks.tick().await;
        let result = notify_stalled(&app, app.clock.now()).await;
        app.metrics.task_ran("stalled_projects", result.is_ok());
        match result {
            Ok(0) => {}
            Ok(told) => tracing::info!(told, "stalled projects flagged"),
            Err(error) => tracing::warn!(%error, "stalled projects could not be checked"),
        }
    }
}

/// One project of the city's board: its milestones by due date, its
/// mentor, and whether it is stalled.
pub struct BoardEntry {
    pub project: Model,
    pub milestones: Vec<milestone::Model>,
    pub mentor: Option<user::Model>,
    pub stall: Option<Stall>,
}

impl BoardEntry {
    /// The first milestone not yet done.
    pub fn next_milestone(&self) -> Option<&milestone::Model> {
        self.milestones.iter().find(|m| m.done_on.is_none())
    }
}

/// The city's board: every project by id, and the city's number of silent
/// days after which a project counts as stalled.
pub struct Board {
    pub stalled_after_days: i32,
    pub entries: Vec<BoardEntry>,
}

/// Every project of the city for its board, stalls reckoned at `now` in
/// the city's time zone.
pub async fn board(
    db: &impl ConnectionTrait,
    scope: TenantId,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<Board, AppError> {
    let tenant = tenants::find_by_id(db, scope.get())
        .await?
        .ok_or(AppError::UnknownTenant)?;
    let projects = scope
        .find::<entity::Entity>()
        .order_by_asc(entity::Column::Id)
        .all(db)
        .await?;
    let milestones = milestones_of(db, scope, projects.iter().map(|p| p.id).collect()).await?;
    let mentors = scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(projects.iter().filter_map(|p| p.mentor_id)))
        .all(db)
        .await?;
    let entries = projects
        .into_iter()
        .map(|project| {
            let mine: Vec<milestone::Model> = milestones
                .iter()
                .filter(|m| m.project_id == project.id)
                .cloned()
                .collect();
            let mentor = project
                .mentor_id
                .and_then(|id| mentors.iter().find(|u| u.id == id))
                .cloned();
            let stall = stall_of(&project, &mine, tenant.stalled_after_days, now, tz);
            BoardEntry {
                project,
                milestones: mine,
                mentor,
                stall,
            }
        })
        .collect();
    Ok(Board {
        stalled_after_days: tenant.stalled_after_days,
        entries,
    })
}

/// What a project's page and its API answer show beside the project.
pub struct ProjectFile {
    /// The city's number of silent days after which a project is stalled.
    pub stalled_after_days: i32,
    pub team: Vec<PersonId>,
    /// Newest first.
    pub updates: Vec<update::Model>,
    /// The team, the mentor and the updates' authors.
    pub people: Vec<user::Model>,
    /// By due date.
    pub milestones: Vec<milestone::Model>,
    /// The budget of the call the project came from.
    pub call_budget_cents: Option<i64>,
}

impl ProjectFile {
    /// One of `people`, by id.
    pub fn person(&self, id: PersonId) -> Option<&user::Model> {
        self.people.iter().find(|u| u.id == id)
    }
}

/// Gathers what `project`'s page and API answer show beside it.
pub async fn file_of(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    scope: TenantId,
    project: &Model,
) -> Result<ProjectFile, AppError> {
    let tenant = tenants::find_by_id(db, scope.get())
        .await?
        .ok_or(AppError::UnknownTenant)?;
    let team = team_of(db, secrets, scope, project).await?;
    let updates = scope
        .find::<update::Entity>()
        .filter(update::Column::ProjectId.eq(project.id))
        .order_by_desc(update::Column::At)
        .all(db)
        .await?;
    let mut ids = team.clone();
    ids.extend(project.mentor_id);
    ids.extend(updates.iter().map(|u| u.author_id));
    let people = scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let milestones = milestones_of(db, scope, vec![project.id]).await?;
    let call_budget_cents = match project.call_id {
        Some(call_id) => scope
            .find_by_id::<calls::Entity>(call_id)
            .one(db)
            .await?
            .map(|c| c.budget_cents),
        None => None,
    };
    Ok(ProjectFile {
        stalled_after_days: tenant.stalled_after_days,
        team,
        updates,
        people,
        milestones,
        call_budget_cents,
    })
}

#[cfg(test)]
mod tests {
    use super::parse_euros;

    #[test]
    fn euros_as_people_type_them() {
        assert_eq!(parse_euros("40000"), Some(4_000_000));
        assert_eq!(parse_euros("40.000"), Some(4_000_000));
        assert_eq!(parse_euros("40 000 €"), Some(4_000_000));
        assert_eq!(parse_euros("1.250,50"), Some(125_050));
        assert_eq!(parse_euros("1,250.5"), Some(125_050));
        assert_eq!(parse_euros("0"), Some(0));
        assert_eq!(parse_euros("-5"), None);
        assert_eq!(parse_euros("ten"), None);
        assert_eq!(parse_euros(""), None);
    }
}
