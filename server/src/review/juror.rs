//! The juror's side: the calls they judge, their assigned proposals, and
//! the score form. Blind by construction: these pages read only a
//! proposal's content (title, texts, category, language) and its files
//! under neutral names; never its team, divisions, dates or history. A
//! juror's links name their review, never the proposal. A co-creation
//! call is the exception: its teams are known by design, so the review
//! page names the team (people and divisions) and its challenge.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{
    ColumnTrait, JoinType, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    sea_query::{Expr, ExprTrait, Query},
};
use serde::Deserialize;

use super::{
    Mark, State as ReviewState,
    entity::{self as review, Model as Review},
    jury, service,
};
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    attachments,
    auth::{Action, csrf::CsrfForm, require},
    calls::{self, Criterion},
    db::lists,
    error::AppError,
    i18n::Lang,
    organisation::category,
    proposals::{self, redaction},
    state::AppState,
    teams::workspace::{self, KnownTeam},
    tenancy::TenantId,
    web::{PageContext, render},
};

/// The signed-in city person who may judge (employee or outside expert).
fn juror_id(ctx: &PageContext) -> Result<PersonId, AppError> {
    let viewer = require(ctx, Action::ScoreProposals)?;
    viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)
}

/// A juror's progress on a call: scored out of assigned.
fn progress(reviews: &[Review]) -> (usize, usize) {
    let assigned: Vec<&Review> = reviews
        .iter()
        .filter(|r| r.state == ReviewState::Assigned)
        .collect();
    (
        assigned.iter().filter(|r| r.complete).count(),
        assigned.len(),
    )
}

async fn my_reviews(
    app: &AppState,
    scope: TenantId,
    juror: PersonId,
    call_id: Option<CallId>,
) -> Result<Vec<Review>, AppError> {
    let mut select = scope
        .find::<review::Entity>()
        .filter(review::Column::JurorId.eq(juror))
        .filter(review::Column::State.eq(ReviewState::Assigned))
        .order_by_asc(review::Column::Id);
    if let Some(call_id) = call_id {
        select = select.filter(review::Column::CallId.eq(call_id));
    }
    Ok(select.all(&app.db).await?)
}

struct CallLine {
    id: CallId,
    title: String,
    progress: String,
    state: String,
}

#[derive(Template)]
#[template(path = "review/templates/juror_calls.html")]
struct CallsPage {
    ctx: PageContext,
    calls: Vec<CallLine>,
}

/// `GET /review`: the calls whose jury the person sits on.
pub async fn calls_page(
    State(app): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let me = juror_id(&ctx)?;
    let scope = ctx.site()?.id;
    let seats = scope
        .find::<jury::Entity>()
        .filter(jury::Column::UserId.eq(me))
        .order_by_desc(jury::Column::CallId)
        .all(&app.db)
        .await?;
    let reviews = my_reviews(&app, scope, me, None).await?;
    let mut lines = Vec::new();
    for seat in seats {
        let call = crate::calls::service::find(&app.db, scope, seat.call_id).await?;
        let mine: Vec<Review> = reviews
            .iter()
            .filter(|r| r.call_id == call.id)
            .cloned()
            .collect();
        let (done, of) = progress(&mine);
        lines.push(CallLine {
            id: call.id,
            title: crate::calls::service::title(&app.db, scope, call.id, ctx.l10n.lang()).await?,
            progress: progress_text(&ctx, done, of),
            state: ctx.l10n.t(service::Scoring::of(&call).message_id()),
        });
    }
    render(&CallsPage { ctx, calls: lines })
}

fn progress_text(ctx: &PageContext, done: usize, of: usize) -> String {
    ctx.l10n.args(
        "review-progress",
        &[
            ("done", (done as i64).into()),
            ("total", (of as i64).into()),
        ],
    )
}

struct AssignedLine {
    review: i32,
    label: String,
    title: String,
    state: String,
}

#[derive(Template)]
#[template(path = "review/templates/juror_call.html")]
struct CallPage {
    ctx: PageContext,
    title: String,
    state: String,
    progress: String,
    lines: Vec<AssignedLine>,
}

/// The call, only for a member of its jury (else nothing), with its texts
/// and the juror's assigned reviews of it: their state and their
/// proposals' titles, nothing else of a proposal (blind review). One
/// statement.
static JUROR_CALL: lists::Reused<2> = lists::Reused::new(|backend, scope, [call_id, me], []| {
    let my_calls = Query::select()
        .column(jury::Column::CallId)
        .from(jury::Entity)
        .and_where(jury::Column::TenantId.eq(scope.get()))
        .and_where(jury::Column::UserId.eq(PersonId(me)))
        .to_owned();
    let assigned = scope
        .find::<review::Entity>()
        .filter(review::Column::JurorId.eq(PersonId(me)))
        .filter(review::Column::State.eq(ReviewState::Assigned))
        .filter(Expr::col((review::Entity, review::Column::CallId)).eq(this_call()))
        .join(
            JoinType::LeftJoin,
            scope.join::<review::Entity, proposals::Entity>(
                review::Column::ProposalId,
                proposals::Column::Id,
            ),
        )
        .order_by_asc(review::Column::Id);
    // The passages of those proposals' titles that the admin hid.
    let my_proposals = Query::select()
        .column(review::Column::ProposalId)
        .from(review::Entity)
        .and_where(review::Column::TenantId.eq(scope.get()))
        .and_where(review::Column::JurorId.eq(PersonId(me)))
        .and_where(review::Column::State.eq(ReviewState::Assigned))
        .and_where(Expr::col((review::Entity, review::Column::CallId)).eq(this_call()))
        .to_owned();
    let hidden = scope
        .find::<redaction::Entity>()
        .filter(redaction::Column::Field.eq("title"))
        .filter(redaction::Column::ProposalId.in_subquery(my_proposals))
        .order_by_asc(redaction::Column::Id);
    scope
        .find_by_id::<calls::Entity>(CallId(call_id))
        .filter(calls::Column::Id.in_subquery(my_calls))
        .expr_as(calls::text::titles(backend, scope, this_call()), "texts")
        .expr_as(
            lists::rows(
                backend,
                assigned,
                vec![
                    Expr::col((review::Entity, review::Column::Id)),
                    // A number: the databases write booleans differently.
                    Expr::col((review::Entity, review::Column::Complete)).cast_as("integer"),
                    Expr::col((review::Entity, review::Column::Scores)),
                    Expr::col((proposals::Entity, proposals::Column::Title)),
                    Expr::col((proposals::Entity, proposals::Column::Id)),
                ],
            ),
            "assigned",
        )
        .expr_as(
            lists::rows(
                backend,
                hidden,
                vec![
                    Expr::col((redaction::Entity, redaction::Column::ProposalId)),
                    Expr::col((redaction::Entity, redaction::Column::Passage)),
                ],
            ),
            "hidden_in_titles",
        )
        .build(backend)
});

/// One of [`JUROR_CALL`]'s assigned reviews: its id, whether complete (a
/// number), its scores, its proposal's title and id.
type AssignedRow = (i32, i32, String, Option<String>, Option<ProposalId>);

/// `GET /review/calls/{id}`: the juror's proposals of one call, in the
/// order they were assigned.
pub async fn call_page(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(call_id): Path<CallId>,
) -> Result<Response, AppError> {
    let me = juror_id(&ctx)?;
    let scope = ctx.site()?.id;
    let (call, row) = lists::one::<calls::Entity>(
        &app.db,
        JUROR_CALL.statement(
            app.db.get_database_backend(),
            scope,
            [call_id.get(), me.get()],
            [],
        )?,
    )
    .await?
    .ok_or(AppError::NotFound)?;
    let texts = calls::text::read_list(&row, "texts", scope)?;
    let assigned: Vec<AssignedRow> = if call.review_started_at.is_some() {
        lists::read(&row, "assigned")?
    } else {
        Vec::new()
    };
    // Titles as jurors are shown them: with the admin's redactions.
    let hidden: Vec<(ProposalId, String)> = lists::read(&row, "hidden_in_titles")?;
    let mark = ctx.l10n.t("redaction-mark");
    let done = assigned
        .iter()
        .filter(|(_, complete, ..)| *complete != 0)
        .count();
    let of = assigned.len();
    // Three states for every line: each put in words once.
    let [scored, partly, not_scored] =
        ["review-scored", "review-partly-scored", "review-not-scored"]
            .map(|message| ctx.l10n.t(message));
    let label = ctx.l10n.counter("review-label", "n");
    let lines = assigned
        .into_iter()
        .enumerate()
        .map(
            |(i, (id, complete, scores, title, proposal))| AssignedLine {
                review: id,
                label: label.of(i as i64 + 1),
                title: redaction::redact_passages(
                    &title.unwrap_or_default(),
                    hidden
                        .iter()
                        .filter(|(of, _)| Some(*of) == proposal)
                        .map(|(_, passage)| passage.as_str()),
                    &mark,
                ),
                state: if complete != 0 {
                    scored.clone()
                } else if scores != "[]" {
                    partly.clone()
                } else {
                    not_scored.clone()
                },
            },
        )
        .collect();
    render(&CallPage {
        title: calls::text::title_in(&texts, ctx.l10n.lang()),
        state: ctx.l10n.t(service::Scoring::of(&call).message_id()),
        progress: progress_text(&ctx, done, of),
        lines,
        ctx,
    })
}

/// The id of the enclosing statement's call.
fn this_call() -> Expr {
    Expr::col((calls::Entity, calls::Column::Id))
}

struct CriterionLine {
    index: usize,
    name: String,
    scale: u32,
    weight: u32,
    mark: Mark,
    /// The score as typed, shown back when it was refused.
    typed: String,
    error: Option<String>,
}

struct FileLine {
    n: usize,
    label: String,
}

#[derive(Template)]
#[template(path = "review/templates/juror_review.html")]
struct ReviewPage {
    ctx: PageContext,
    review: i32,
    call_id: CallId,
    label: String,
    proposal: proposals::Model,
    proposal_lang: String,
    category: String,
    files: Vec<FileLine>,
    criteria: Vec<CriterionLine>,
    editable: bool,
    notice: Option<String>,
    has_errors: bool,
    /// A co-creation call's team and challenge (its review is not blind);
    /// `None` for an open call.
    known: Option<KnownTeam>,
    /// How many colleagues support the proposal, where the call lets them
    /// (never who).
    supporters: Option<String>,
}

/// The position of a review among the juror's reviews of its call, from 1:
/// the juror's own label for the proposal.
async fn position_of(app: &AppState, scope: TenantId, r: &Review) -> Result<i64, AppError> {
    let mine = my_reviews(app, scope, r.juror_id, Some(r.call_id)).await?;
    Ok(mine
        .iter()
        .position(|m| m.id == r.id)
        .map_or(0, |p| p as i64 + 1))
}

/// A review the signed-in juror may open: theirs, once scoring started;
/// its proposal as jurors are shown it.
async fn open_review(
    app: &AppState,
    ctx: &PageContext,
    id: i32,
) -> Result<(Review, calls::Model, proposals::Model), AppError> {
    let me = juror_id(ctx)?;
    let scope = ctx.site()?.id;
    let r = service::own_review(&app.db, scope, id, me).await?;
    let call = crate::calls::service::find(&app.db, scope, r.call_id).await?;
    if call.review_started_at.is_none() {
        return Err(AppError::NotFound);
    }
    let proposal = scope
        .find_by_id::<proposals::Entity>(r.proposal_id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    // The juror reads the text with the admin's redactions.
    let redactions = redaction::of_proposals(&app.db, scope, [proposal.id]).await?;
    let proposal = redaction::redact(proposal, &redactions, &ctx.l10n.t("redaction-mark"));
    Ok((r, call, proposal))
}

#[allow(clippy::too_many_arguments)]
async fn review_page(
    app: &AppState,
    ctx: PageContext,
    r: &Review,
    call: &calls::Model,
    proposal: proposals::Model,
    marks: Vec<Mark>,
    typed: Vec<String>,
    problems: Vec<Option<&'static str>>,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let criteria: Vec<Criterion> = service::criteria_of(call);
    let category = match proposal.category_id {
        Some(id) => scope
            .find_by_id::<category::Entity>(id)
            .one(&app.db)
            .await?
            .map(|c| c.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let files = attachments::of_proposal(&app.db, scope, proposal.id)
        .await?
        .iter()
        .enumerate()
        .map(|(i, f)| FileLine {
            n: i + 1,
            label: ctx.l10n.args(
                "review-attachment",
                &[
                    ("n", (i as i64 + 1).into()),
                    ("kind", f.neutral_extension().to_uppercase().into()),
                    ("kib", ((f.size + 1023) / 1024).into()),
                ],
            ),
        })
        .collect();
    let has_errors = problems.iter().any(Option::is_some);
    let supporters = if call.colleague_support {
        let count = crate::comments::service::supporters(&app.db, scope, proposal.id).await?;
        Some(
            ctx.l10n
                .count("colleagues-supporters", "count", count as i64),
        )
    } else {
        None
    };
    let known = workspace::known_team(&app.db, &app.secrets, scope, call, &proposal).await?;
    let lines = criteria
        .iter()
        .enumerate()
        .map(|(i, c)| CriterionLine {
            index: i,
            name: c.name.clone(),
            scale: c.scale,
            weight: c.weight,
            typed: typed.get(i).cloned().unwrap_or_else(|| {
                marks
                    .get(i)
                    .and_then(|m| m.score)
                    .map(|s| s.to_string())
                    .unwrap_or_default()
            }),
            mark: marks.get(i).cloned().unwrap_or_default(),
            error: problems.get(i).copied().flatten().map(|id| ctx.l10n.t(id)),
        })
        .collect();
    let page = ReviewPage {
        review: r.id,
        call_id: call.id,
        label: ctx
            .l10n
            .count("review-label", "n", position_of(app, scope, r).await?),
        proposal_lang: proposal
            .locale
            .parse::<Lang>()
            .map_or(ctx.lang(), |l| l.code())
            .to_owned(),
        proposal,
        category,
        files,
        criteria: lines,
        editable: call.scoring_open(),
        notice,
        has_errors,
        known,
        supporters,
        ctx,
    };
    let status = if has_errors {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, render(&page)?).into_response())
}

/// `GET /review/{id}`: one assigned proposal, blind, with the score form.
pub async fn show(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let (r, call, proposal) = open_review(&app, &ctx, id).await?;
    let marks = r.marks(service::criteria_of(&call).len());
    review_page(
        &app,
        ctx,
        &r,
        &call,
        proposal,
        marks,
        Vec::new(),
        Vec::new(),
        None,
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct ScoreForm {
    #[serde(default)]
    score: Vec<String>,
    #[serde(default)]
    comment: Vec<String>,
}

/// `POST /review/{id}`: saves the marks; a score off its scale or too
/// long a comment is shown back, with everything typed kept.
pub async fn save(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<ScoreForm>,
) -> Result<Response, AppError> {
    let (r, call, proposal) = open_review(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let criteria = service::criteria_of(&call);
    let (marks, problems) = service::check_marks(&criteria, &form.score, &form.comment);
    if problems.iter().any(Option::is_some) {
        return review_page(
            &app, ctx, &r, &call, proposal, marks, form.score, problems, None,
        )
        .await;
    }
    service::save_marks(&app.db, &app.clock, scope, r.clone(), &call, marks.clone()).await?;
    let notice = Some(ctx.l10n.t("review-saved"));
    review_page(
        &app,
        ctx,
        &r,
        &call,
        proposal,
        marks,
        Vec::new(),
        Vec::new(),
        notice,
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct ConflictForm {
    #[serde(default)]
    reason: String,
}

/// `POST /review/{id}/conflict`: the juror steps back from the proposal.
pub async fn conflict(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<ConflictForm>,
) -> Result<Response, AppError> {
    let (r, call, _) = open_review(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    service::declare_conflict(
        &app.db,
        &app.secrets,
        &app.clock,
        scope,
        r,
        &call,
        &form.reason,
    )
    .await?;
    Ok(Redirect::to(&ctx.link(&format!("/review/calls/{}", call.id))).into_response())
}

/// `GET /review/{id}/files/{n}`: the n-th file of the proposal, under a
/// neutral name (a file's own name may carry its author's).
pub async fn file(
    State(app): State<AppState>,
    State(store): State<crate::attachments::Attachments>,
    ctx: PageContext,
    Path((id, n)): Path<(i32, usize)>,
) -> Result<Response, AppError> {
    let (_, _, proposal) = open_review(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    let files = attachments::of_proposal(&app.db, scope, proposal.id).await?;
    let file = n
        .checked_sub(1)
        .and_then(|i| files.get(i))
        .ok_or(AppError::NotFound)?;
    let name = format!("attachment-{n}.{}", file.neutral_extension());
    attachments::file_response(&store, file, &name).await
}
