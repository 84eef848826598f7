//! Writing a proposal: created from a call's page, saved as it is typed
//! (and on every explicit save), submitted before the deadline the server's
//! clock decides, edited until then, withdrawn.

use std::collections::HashMap;

use askama::Template;
use axum::{
    Json,
    extract::{Path, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder, TransactionTrait,
    sea_query::Expr,
};
use serde::Deserialize;
use serde_json::json;

use super::{
    BODY_MAX, DIVISIONS_MAX, Entity, Model, SUMMARY_MAX, Status, TITLE_MAX, access, division_link,
    member::{self, MemberRole, MemberStatus},
};
use crate::{
    auth::{Action, Viewer, csrf::CsrfForm, require},
    calls::{self, Phase, category_link, text as call_text},
    error::AppError,
    http::AppState,
    i18n::Lang,
    notifications,
    organisation::{category, division},
    people::user,
    tenancy::{TenantContext, TenantId},
    web::{FieldError, PageContext, render},
};

/// The signed-in city person allowed to write proposals.
fn writer(ctx: &PageContext) -> Result<(&Viewer, &user::Model), AppError> {
    let viewer = require(ctx, Action::WriteProposals)?;
    let person = viewer.user.as_ref().ok_or(AppError::Forbidden)?;
    Ok((viewer, person))
}

/// Whether a call accepts submissions at `now`: open, and before its
/// deadline by the server's clock.
pub fn accepting(call: &calls::Model, now: DateTime<Utc>) -> bool {
    call.phase == Phase::Open && now >= call.opens_at && now < call.submissions_close_at
}

/// The call's deadline, in the city's words, for messages.
fn deadline_text(ctx: &PageContext, site: &TenantContext, call: &calls::Model) -> String {
    ctx.l10n
        .date_time(&call.submissions_close_at.with_timezone(&site.timezone))
}

#[derive(Deserialize)]
pub struct CreateForm {
    /// Random per rendered form: a retried creation finds the first one.
    #[serde(default)]
    idempotency_key: String,
}

/// `POST /calls/{id}/proposals`: starts a draft, with the writer as lead.
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    headers: HeaderMap,
    Path(call_id): Path<i32>,
    CsrfForm(form): CsrfForm<CreateForm>,
) -> Result<Response, AppError> {
    let (_, person) = writer(&ctx)?;
    let site = ctx.site()?;
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .unwrap_or(form.idempotency_key);
    if key.is_empty()
        || key.len() > 64
        || !key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(AppError::BadRequest);
    }
    if let Some(existing) = by_key(&app, site.id, &key).await? {
        return already_made(&app, &ctx, site.id, existing, person.id).await;
    }
    let call = site
        .id
        .find_by_id::<calls::Entity>(call_id)
        .one(&app.db)
        .await?
        .filter(|c| c.phase.is_published())
        .ok_or(AppError::NotFound)?;
    let now = app.clock.now();
    if !accepting(&call, now) {
        return Err(AppError::DeadlinePassed(deadline_text(&ctx, site, &call)));
    }
    if access::eligibility_of(&app.db, site.id, &call, person)
        .await?
        .is_err()
    {
        return Err(AppError::Forbidden);
    }
    let txn = app.db.begin().await?;
    let created = site
        .id
        .insert(
            super::ActiveModel {
                call_id: Set(call.id),
                category_id: Set(None),
                locale: Set(ctx.l10n.lang().code().to_owned()),
                title: Set(String::new()),
                summary: Set(String::new()),
                problem: Set(String::new()),
                solution: Set(String::new()),
                benefits: Set(String::new()),
                resources: Set(String::new()),
                status: Set(Status::Draft),
                submitted_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                idempotency_key: Set(Some(key.clone())),
                ..Default::default()
            },
            &txn,
        )
        .await;
    let created = match created {
        Ok(created) => created,
        // The same key raced us: the other request made it.
        Err(_) => {
            drop(txn);
            let existing = by_key(&app, site.id, &key)
                .await?
                .ok_or(AppError::BadRequest)?;
            return already_made(&app, &ctx, site.id, existing, person.id).await;
        }
    };
    site.id
        .insert(
            member::ActiveModel {
                proposal_id: Set(created.id),
                user_id: Set(person.id),
                role: Set(MemberRole::Lead),
                status: Set(MemberStatus::Accepted),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    txn.commit().await?;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{}", created.id))).into_response())
}

async fn by_key(app: &AppState, scope: TenantId, key: &str) -> Result<Option<Model>, AppError> {
    Ok(scope
        .find::<Entity>()
        .filter(super::Column::IdempotencyKey.eq(key))
        .one(&app.db)
        .await?)
}

/// A retried creation: back to the proposal the first request made, if it
/// is the same person's.
async fn already_made(
    app: &AppState,
    ctx: &PageContext,
    scope: TenantId,
    existing: Model,
    person: i32,
) -> Result<Response, AppError> {
    let team = access::team_of(&app.db, scope, existing.id).await?;
    if !team
        .iter()
        .any(|m| m.user_id == person && m.role == MemberRole::Lead)
    {
        return Err(AppError::BadRequest);
    }
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{}", existing.id))).into_response())
}

/// A proposal the viewer is on the team of, with their place in it.
async fn own_proposal(
    app: &AppState,
    scope: TenantId,
    id: i32,
    person: i32,
) -> Result<(Model, Vec<member::Model>, member::Model), AppError> {
    let proposal = scope
        .find_by_id::<Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let team = access::team_of(&app.db, scope, id).await?;
    let me = team
        .iter()
        .find(|m| m.user_id == person)
        .cloned()
        .ok_or(AppError::NotFound)?;
    Ok((proposal, team, me))
}

/// The proposal's fields as sent by its form (all optional in a draft).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ProposalForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    problem: String,
    #[serde(default)]
    solution: String,
    #[serde(default)]
    benefits: String,
    #[serde(default)]
    resources: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    locale: String,
    #[serde(default)]
    division: Vec<i32>,
}

impl ProposalForm {
    fn of(p: &Model, divisions: Vec<i32>) -> Self {
        Self {
            title: p.title.clone(),
            summary: p.summary.clone(),
            problem: p.problem.clone(),
            solution: p.solution.clone(),
            benefits: p.benefits.clone(),
            resources: p.resources.clone(),
            category: p.category_id.map(|c| c.to_string()).unwrap_or_default(),
            locale: p.locale.clone(),
            division: divisions,
        }
    }
}

/// Checks lengths and choices; what must be filled in only matters at
/// submission (`complete`).
fn check(
    ctx: &PageContext,
    form: &ProposalForm,
    offered: &[i32],
    divisions: &[i32],
) -> Result<(Option<i32>, Lang), Vec<FieldError>> {
    let mut errors = Vec::new();
    for (field, value, max) in [
        ("title", &form.title, TITLE_MAX),
        ("summary", &form.summary, SUMMARY_MAX),
        ("problem", &form.problem, BODY_MAX),
        ("solution", &form.solution, BODY_MAX),
        ("benefits", &form.benefits, BODY_MAX),
        ("resources", &form.resources, BODY_MAX),
    ] {
        if value.chars().count() > max {
            errors.push(FieldError {
                field,
                message: ctx.l10n.count("proposal-error-too-long", "max", max as i64),
            });
        }
    }
    let category = match form.category.trim() {
        "" => None,
        value => match value.parse::<i32>().ok().filter(|c| offered.contains(c)) {
            Some(c) => Some(c),
            None => {
                errors.push(FieldError::new(ctx, "category", "proposal-error-category"));
                None
            }
        },
    };
    let locale = form.locale.parse::<Lang>().unwrap_or(ctx.l10n.lang());
    if form.division.len() > DIVISIONS_MAX || form.division.iter().any(|d| !divisions.contains(d)) {
        errors.push(FieldError::new(ctx, "division", "proposal-error-divisions"));
    }
    if errors.is_empty() {
        Ok((category, locale))
    } else {
        Err(errors)
    }
}

/// What a submission needs beyond a draft.
fn complete(ctx: &PageContext, p: &Model) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (field, value) in [
        ("title", &p.title),
        ("summary", &p.summary),
        ("problem", &p.problem),
        ("solution", &p.solution),
    ] {
        if value.trim().is_empty() {
            errors.push(FieldError::new(ctx, field, "proposal-error-required"));
        }
    }
    if p.category_id.is_none() {
        errors.push(FieldError::new(ctx, "category", "proposal-error-required"));
    }
    errors
}

struct TeamLine {
    name: String,
    role: String,
    pending: bool,
}

#[derive(Template)]
#[template(path = "proposals/templates/proposal.html")]
struct ProposalPage {
    ctx: PageContext,
    id: i32,
    call_title: String,
    form: ProposalForm,
    status: Status,
    status_text: String,
    editable: bool,
    is_lead: bool,
    invited: bool,
    can_invite: bool,
    categories: Vec<(i32, String)>,
    divisions: Vec<(i32, String)>,
    languages: Vec<Lang>,
    team: Vec<TeamLine>,
    errors: Vec<FieldError>,
    notice: Option<String>,
    deadline: String,
    /// Length limits, as hints under the fields.
    hints: [String; 3],
}

impl ProposalPage {
    fn error_for(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }
}

pub fn status_message(status: Status) -> &'static str {
    match status {
        Status::Draft => "status-draft",
        Status::Submitted => "status-submitted",
        Status::Withdrawn => "status-withdrawn",
        Status::InReview => "status-in-review",
        Status::Shortlisted => "status-shortlisted",
        Status::Awarded => "status-awarded",
        Status::NotSelected => "status-not-selected",
        Status::InImplementation => "status-in-implementation",
        Status::Implemented => "status-implemented",
        Status::Stopped => "status-stopped",
    }
}

/// The call's title in the page's language, else any.
pub async fn call_title(
    app: &AppState,
    ctx: &PageContext,
    scope: TenantId,
    call_id: i32,
) -> Result<String, AppError> {
    let texts = scope
        .find::<call_text::Entity>()
        .filter(call_text::Column::CallId.eq(call_id))
        .all(&app.db)
        .await?;
    Ok(texts
        .iter()
        .find(|t| t.locale == ctx.l10n.lang().code())
        .or(texts.first())
        .map_or_else(String::new, |t| t.title.clone()))
}

#[allow(clippy::too_many_arguments)]
async fn proposal_page(
    app: &AppState,
    ctx: PageContext,
    proposal: &Model,
    team: &[member::Model],
    me: &member::Model,
    form: ProposalForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let site = ctx.site()?.clone();
    let call = site
        .id
        .find_by_id::<calls::Entity>(proposal.call_id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = app.clock.now();
    let open = accepting(&call, now);
    let offered: Vec<i32> = site
        .id
        .find::<category_link::Entity>()
        .filter(category_link::Column::CallId.eq(call.id))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|l| l.category_id)
        .collect();
    let categories = site
        .id
        .find::<category::Entity>()
        .filter(category::Column::Id.is_in(offered))
        .order_by_asc(category::Column::Name)
        .all(&app.db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let divisions = site
        .id
        .find::<division::Entity>()
        .order_by_asc(division::Column::Name)
        .all(&app.db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect();
    let ids: Vec<i32> = team.iter().map(|m| m.user_id).collect();
    let names: HashMap<i32, String> = site
        .id
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(ids))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let team_lines = team
        .iter()
        .map(|m| TeamLine {
            name: names.get(&m.user_id).cloned().unwrap_or_default(),
            role: ctx.l10n.t(if m.role == MemberRole::Lead {
                "team-lead"
            } else {
                "team-co-author"
            }),
            pending: m.status == MemberStatus::Invited,
        })
        .collect();
    let accepted = me.status == MemberStatus::Accepted;
    let is_lead = me.role == MemberRole::Lead;
    let editable = accepted && open && matches!(proposal.status, Status::Draft | Status::Submitted);
    let page = ProposalPage {
        id: proposal.id,
        call_title: call_title(app, &ctx, site.id, call.id).await?,
        status: proposal.status,
        status_text: ctx.l10n.t(status_message(proposal.status)),
        editable,
        is_lead,
        invited: me.status == MemberStatus::Invited,
        can_invite: editable && is_lead && (team.len() as i32) < call.max_team_size,
        categories,
        divisions,
        languages: Lang::ALL.to_vec(),
        team: team_lines,
        deadline: ctx.l10n.args(
            "call-deadline",
            &[("date", deadline_text(&ctx, &site, &call).into())],
        ),
        hints: [TITLE_MAX, SUMMARY_MAX, BODY_MAX]
            .map(|max| ctx.l10n.count("proposal-limit", "max", max as i64)),
        form,
        errors,
        notice,
        ctx,
    };
    let mut response = render(&page)?;
    *response.status_mut() = status;
    Ok(response)
}

async fn divisions_of(app: &AppState, scope: TenantId, id: i32) -> Result<Vec<i32>, AppError> {
    Ok(scope
        .find::<division_link::Entity>()
        .filter(division_link::Column::ProposalId.eq(id))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|d| d.division_id)
        .collect())
}

/// `GET /proposals/{id}`: the team's view of its proposal.
pub async fn edit_form(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let (_, person) = writer(&ctx)?;
    let scope = ctx.site()?.id;
    let (proposal, team, me) = own_proposal(&app, scope, id, person.id).await?;
    let form = ProposalForm::of(&proposal, divisions_of(&app, scope, id).await?);
    proposal_page(
        &app,
        ctx,
        &proposal,
        &team,
        &me,
        form,
        Vec::new(),
        None,
        StatusCode::OK,
    )
    .await
}

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.starts_with("application/json"))
}

/// `POST /proposals/{id}`: saves what was written (explicitly, or by the
/// page's autosave, which asks for JSON). Nothing typed is ever dropped for
/// being incomplete; too long a text is refused and shown back.
pub async fn save(
    State(app): State<AppState>,
    ctx: PageContext,
    headers: HeaderMap,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<ProposalForm>,
) -> Result<Response, AppError> {
    let (_, person) = writer(&ctx)?;
    let site = ctx.site()?.clone();
    let (proposal, team, me) = own_proposal(&app, site.id, id, person.id).await?;
    let call = site
        .id
        .find_by_id::<calls::Entity>(proposal.call_id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = app.clock.now();
    if me.status != MemberStatus::Accepted
        || !matches!(proposal.status, Status::Draft | Status::Submitted)
    {
        return Err(AppError::Locked);
    }
    if !accepting(&call, now) {
        return Err(AppError::DeadlinePassed(deadline_text(&ctx, &site, &call)));
    }
    let offered: Vec<i32> = site
        .id
        .find::<category_link::Entity>()
        .filter(category_link::Column::CallId.eq(call.id))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|l| l.category_id)
        .collect();
    let divisions: Vec<i32> = site
        .id
        .find::<division::Entity>()
        .all(&app.db)
        .await?
        .into_iter()
        .map(|d| d.id)
        .collect();
    let (category, locale) = match check(&ctx, &form, &offered, &divisions) {
        Ok(valid) => valid,
        Err(errors) => {
            if wants_json(&headers) {
                let fields: HashMap<&str, String> =
                    errors.into_iter().map(|e| (e.field, e.message)).collect();
                return Ok((
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Json(json!({ "saved": false, "errors": fields })),
                )
                    .into_response());
            }
            return proposal_page(
                &app,
                ctx,
                &proposal,
                &team,
                &me,
                form,
                errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let txn = app.db.begin().await?;
    let mut row = proposal.into_active_model();
    row.title = Set(form.title.trim().to_owned());
    row.summary = Set(form.summary.clone());
    row.problem = Set(form.problem.clone());
    row.solution = Set(form.solution.clone());
    row.benefits = Set(form.benefits.clone());
    row.resources = Set(form.resources.clone());
    row.category_id = Set(category);
    row.locale = Set(locale.code().to_owned());
    row.updated_at = Set(now);
    let saved = site.id.update(row, &txn).await?;
    site.id
        .delete_many::<division_link::Entity>()
        .filter(division_link::Column::ProposalId.eq(id))
        .exec(&txn)
        .await?;
    let mut chosen = form.division.clone();
    chosen.sort_unstable();
    chosen.dedup();
    site.id
        .insert_many(
            chosen.iter().map(|d| division_link::ActiveModel {
                proposal_id: Set(id),
                division_id: Set(*d),
                ..Default::default()
            }),
            &txn,
        )
        .await?;
    txn.commit().await?;
    let saved_at = ctx.l10n.date_time(&now.with_timezone(&site.timezone));
    if wants_json(&headers) {
        return Ok(Json(json!({ "saved": true, "message": ctx.l10n.args("proposal-saved-at", &[("time", saved_at.into())]) })).into_response());
    }
    let notice = ctx
        .l10n
        .args("proposal-saved-at", &[("time", saved_at.into())]);
    let form = ProposalForm::of(&saved, chosen);
    proposal_page(
        &app,
        ctx,
        &saved,
        &team,
        &me,
        form,
        Vec::new(),
        Some(notice),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /proposals/{id}/submit`: before the deadline, complete, with an
/// eligible team. Submitting twice changes nothing the second time.
pub async fn submit(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let (_, person) = writer(&ctx)?;
    let site = ctx.site()?.clone();
    let (proposal, team, me) = own_proposal(&app, site.id, id, person.id).await?;
    let back = Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response();
    if proposal.status == Status::Submitted {
        return Ok(back);
    }
    if me.role != MemberRole::Lead || proposal.status != Status::Draft {
        return Err(AppError::Locked);
    }
    let call = site
        .id
        .find_by_id::<calls::Entity>(proposal.call_id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = app.clock.now();
    if !accepting(&call, now) {
        return Err(AppError::DeadlinePassed(deadline_text(&ctx, &site, &call)));
    }
    let mut errors = complete(&ctx, &proposal);
    let accepted: Vec<i32> = team
        .iter()
        .filter(|m| m.status == MemberStatus::Accepted)
        .map(|m| m.user_id)
        .collect();
    for member in site
        .id
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(accepted.clone()))
        .all(&app.db)
        .await?
    {
        if access::eligibility_of(&app.db, site.id, &call, &member)
            .await?
            .is_err()
        {
            errors.push(FieldError {
                field: "team",
                message: ctx.l10n.args(
                    "team-error-ineligible",
                    &[("name", member.display_name.clone().into())],
                ),
            });
        }
    }
    if !errors.is_empty() {
        let form = ProposalForm::of(&proposal, divisions_of(&app, site.id, id).await?);
        return proposal_page(
            &app,
            ctx,
            &proposal,
            &team,
            &me,
            form,
            errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    // From draft only: of two identical submissions, one moves it.
    let moved = site
        .id
        .update_many::<Entity>()
        .col_expr(super::Column::Status, Expr::value(Status::Submitted))
        .col_expr(super::Column::SubmittedAt, Expr::value(now))
        .col_expr(super::Column::UpdatedAt, Expr::value(now))
        .filter(super::Column::Id.eq(id))
        .filter(super::Column::Status.eq(Status::Draft))
        .exec(&app.db)
        .await?;
    if moved.rows_affected == 1 {
        let others: Vec<i32> = accepted.into_iter().filter(|m| *m != person.id).collect();
        notifications::notify(
            &app.db,
            site.id,
            &others,
            "notification-submitted",
            json!({ "title": proposal.title }),
            &format!("/proposals/{id}"),
            now,
        )
        .await?;
    }
    Ok(back)
}

/// `POST /proposals/{id}/withdraw`: the lead takes a submitted proposal
/// back, before the deadline. A withdrawn proposal stays withdrawn.
pub async fn withdraw(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let (_, person) = writer(&ctx)?;
    let site = ctx.site()?.clone();
    let (proposal, _, me) = own_proposal(&app, site.id, id, person.id).await?;
    if me.role != MemberRole::Lead || !matches!(proposal.status, Status::Draft | Status::Submitted)
    {
        return Err(AppError::Locked);
    }
    let call = site
        .id
        .find_by_id::<calls::Entity>(proposal.call_id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if !accepting(&call, app.clock.now()) {
        return Err(AppError::DeadlinePassed(deadline_text(&ctx, &site, &call)));
    }
    site.id
        .update_many::<Entity>()
        .col_expr(super::Column::Status, Expr::value(Status::Withdrawn))
        .col_expr(super::Column::UpdatedAt, Expr::value(app.clock.now()))
        .filter(super::Column::Id.eq(id))
        .filter(super::Column::Status.is_in([Status::Draft, Status::Submitted]))
        .exec(&app.db)
        .await?;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response())
}

struct MineLine {
    id: i32,
    title: String,
    call: String,
    status: String,
    role: String,
    invited: bool,
}

#[derive(Template)]
#[template(path = "proposals/templates/mine.html")]
struct MinePage {
    ctx: PageContext,
    lines: Vec<MineLine>,
}

/// `GET /proposals`: the viewer's proposals and invitations to teams.
pub async fn mine(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let (_, person) = writer(&ctx)?;
    let scope = ctx.site()?.id;
    let memberships = scope
        .find::<member::Entity>()
        .filter(member::Column::UserId.eq(person.id))
        .filter(member::Column::Status.ne(MemberStatus::Declined))
        .all(&app.db)
        .await?;
    let ids: Vec<i32> = memberships.iter().map(|m| m.proposal_id).collect();
    let proposals = scope
        .find::<Entity>()
        .filter(super::Column::Id.is_in(ids))
        .order_by_desc(super::Column::UpdatedAt)
        .all(&app.db)
        .await?;
    let mut lines = Vec::new();
    for p in proposals {
        let membership = memberships.iter().find(|m| m.proposal_id == p.id);
        lines.push(MineLine {
            id: p.id,
            title: if p.title.is_empty() {
                ctx.l10n.t("proposal-untitled")
            } else {
                p.title.clone()
            },
            call: call_title(&app, &ctx, scope, p.call_id).await?,
            status: ctx.l10n.t(status_message(p.status)),
            role: ctx
                .l10n
                .t(if membership.is_some_and(|m| m.role == MemberRole::Lead) {
                    "team-lead"
                } else {
                    "team-co-author"
                }),
            invited: membership.is_some_and(|m| m.status == MemberStatus::Invited),
        });
    }
    render(&MinePage { ctx, lines })
}
