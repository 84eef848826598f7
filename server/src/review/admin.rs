//! The tenant admin's side of a review: the jury, starting and closing
//! scoring, what the plan could not assign and why, warnings about
//! proposals that name their team, sealed identities, and the ranking with
//! the jurors' agreement, where the decisions are taken.

use std::collections::BTreeMap;

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::{
    assignment::Reason,
    decisions::{self, Decision},
    sealing,
    service::{self, DecisionFacts},
    standing,
};
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    calls::{self, Award, Phase, rules},
    error::AppError,
    i18n::L10n,
    people::user,
    proposals::{self, naming, redaction},
    state::AppState,
    web::{
        PageContext,
        confirm::{self, Ask, Confirm},
        render,
    },
};

/// The signed-in tenant admin's id.
fn admin_id(ctx: &PageContext) -> Result<PersonId, AppError> {
    require(ctx, Action::ManageCalls)?
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)
}

struct JurorLine {
    id: PersonId,
    name: String,
    email: String,
    kind: String,
    progress: String,
    conflicts: usize,
    removable: bool,
}

struct ShortLine {
    proposal_id: ProposalId,
    title: String,
    missing: u32,
    reason: String,
}

struct MentionLine {
    proposal_id: ProposalId,
    title: String,
    field: String,
    /// The field's form name, when a passage of it may be redacted.
    redactable: Option<&'static str>,
}

/// A passage hidden from the jury.
struct RedactionLine {
    proposal_id: ProposalId,
    title: String,
    field: String,
    passage: String,
}

#[derive(Template)]
#[template(path = "review/templates/admin_review.html")]
struct ReviewPage {
    ctx: PageContext,
    call_id: CallId,
    title: String,
    phase: String,
    state: String,
    in_review: bool,
    started: bool,
    scoring_open: bool,
    closed: bool,
    can_assign: bool,
    jurors: Vec<JurorLine>,
    shortfalls: Vec<ShortLine>,
    mentions: Vec<MentionLine>,
    /// Passages may still be hidden from the jury: scoring is not closed.
    may_redact: bool,
    redactions: Vec<RedactionLine>,
    sealed: bool,
    seal_option: bool,
    opening_requested: Option<String>,
    may_confirm: bool,
    error: Option<String>,
    email: String,
    /// What scoring still lacks, before it is closed.
    missing: Vec<String>,
    /// Proposals below the call's number of reviews: (id, title, "1 of 3").
    short: Vec<(ProposalId, String, String)>,
    /// The dialog's text before closing scoring.
    close_confirm: String,
}

/// What is missing before a decision, one sentence a line, from the data:
/// reviews not done, jurors who scored nothing (named), proposals below the
/// call's number of reviews, reviews the plan cannot assign and, when the
/// decisions are next (`decisions`), proposals without one.
fn missing_lines(l: &L10n, facts: &DecisionFacts, decisions: bool) -> Vec<String> {
    let mut lines = Vec::new();
    if facts.reviews_missing() > 0 {
        lines.push(l.args(
            "decide-reviews-missing",
            &[
                ("count", facts.reviews_missing().into()),
                ("expected", facts.reviews_expected.into()),
            ],
        ));
    }
    if !facts.idle_jurors.is_empty() {
        let names: Vec<String> = facts.idle_jurors.iter().map(|j| j.name(l)).collect();
        lines.push(l.args(
            "decide-idle-jurors",
            &[
                ("count", (names.len() as i64).into()),
                ("jurors", facts.jurors.into()),
                ("names", names.join(", ").into()),
            ],
        ));
    }
    if !facts.short.is_empty() {
        lines.push(l.args(
            "confirm-publish-short",
            &[
                ("count", (facts.short.len() as i64).into()),
                ("required", facts.required.into()),
            ],
        ));
    }
    if !facts.unassignable.is_empty() {
        lines.push(l.count(
            "decide-unassignable",
            "count",
            facts.unassignable.len() as i64,
        ));
    }
    if decisions && !facts.undecided.is_empty() {
        lines.push(l.count("decide-undecided", "count", facts.undecided.len() as i64));
    }
    lines
}

/// Closing scoring: the question and its consequences, for the
/// confirmation page and the dialog alike.
fn close_question(l: &L10n, call_title: String, facts: &DecisionFacts) -> (String, Vec<String>) {
    let mut consequences = missing_lines(l, facts, false);
    consequences.push(l.t("confirm-close-scoring-final"));
    (
        l.args(
            "confirm-close-scoring-title",
            &[("call", call_title.into())],
        ),
        consequences,
    )
}

/// Publishing the results: the question and its consequences, for the
/// confirmation page and the dialog alike.
fn publish_question(l: &L10n, call_title: String, facts: &DecisionFacts) -> (String, Vec<String>) {
    let mut consequences = vec![l.count("confirm-publish-teams", "count", facts.proposals)];
    consequences.extend(missing_lines(l, facts, true));
    (
        l.args("confirm-publish-title", &[("call", call_title.into())]),
        consequences,
    )
}

/// Each proposal below the call's number of reviews, with its count.
fn short_list(l: &L10n, facts: &DecisionFacts) -> Vec<(ProposalId, String, String)> {
    facts
        .short
        .iter()
        .map(|(id, title, done)| {
            (
                *id,
                title.clone(),
                l.args(
                    "review-progress",
                    &[("done", (*done).into()), ("total", facts.required.into())],
                ),
            )
        })
        .collect()
}

/// Why a proposal lacks reviewers, in the admin's words.
fn reason_text(ctx: &PageContext, reason: &Reason) -> String {
    let l = &ctx.l10n;
    match reason {
        Reason::TooFewJurors { jurors } => l.count("review-short-jurors", "jurors", *jurors as i64),
        Reason::Conflicts {
            same_division,
            declared,
            eligible,
        } => l.args(
            "review-short-conflicts",
            &[
                ("division", (*same_division as i64).into()),
                ("declared", (*declared as i64).into()),
                ("eligible", (*eligible as i64).into()),
            ],
        ),
    }
}

async fn review_page(
    app: &AppState,
    ctx: PageContext,
    call: &calls::Model,
    error: Option<(&'static str, String)>,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let me = admin_id(&ctx)?;
    let jury = service::jury_of(&app.db, scope, call.id).await?;
    let reviews = service::reviews_of(&app.db, scope, call.id).await?;
    let jurors = jury
        .iter()
        .map(|j| {
            let progress = service::Progress::of(j.id, &reviews);
            JurorLine {
                id: j.id,
                name: j.name(&ctx.l10n),
                email: j.email.clone(),
                kind: ctx.l10n.t(service::JurorKind::of(j).message_id()),
                progress: ctx.l10n.args(
                    "review-progress",
                    &[
                        ("done", (progress.done as i64).into()),
                        ("total", (progress.assigned as i64).into()),
                    ],
                ),
                conflicts: progress.conflicts,
                removable: progress.is_empty() && !call.phase.has_results(),
            }
        })
        .collect();
    let judged = service::judged_proposals(&app.db, scope, call.id).await?;
    let plan = service::plan_for(&app.db, &app.secrets, scope, call).await?;
    let shortfalls = plan
        .shortfalls
        .iter()
        .map(|s| ShortLine {
            proposal_id: ProposalId(s.submission),
            title: judged
                .iter()
                .find(|p| p.id.get() == s.submission)
                .map(|p| p.title.clone())
                .unwrap_or_default(),
            missing: s.missing,
            reason: reason_text(&ctx, &s.reason),
        })
        .collect();
    let mentions = sealing::mentions(&app.secrets, &app.db, scope, call.id)
        .await?
        .into_iter()
        .map(|m| MentionLine {
            proposal_id: m.proposal_id,
            title: m.title,
            field: ctx.l10n.t(m.field),
            redactable: m.redactable,
        })
        .collect();
    let redactions = redaction::of_proposals(&app.db, scope, judged.iter().map(|p| p.id))
        .await?
        .into_iter()
        .map(|r| RedactionLine {
            proposal_id: r.proposal_id,
            title: judged
                .iter()
                .find(|p| p.id == r.proposal_id)
                .map(|p| p.title.clone())
                .unwrap_or_default(),
            field: naming::field(&r.field)
                .map(|f| ctx.l10n.t(f.label))
                .unwrap_or_default(),
            passage: r.passage,
        })
        .collect();
    let in_review = call.phase == Phase::Review;
    let (error, email) = match error {
        Some((id, email)) => (Some(ctx.l10n.t(id)), email),
        None => (None, String::new()),
    };
    let opening_requested = match call.opening_requested_by {
        Some(by) if call.identities_sealed() => Some(
            scope
                .find_by_id::<user::Entity>(by)
                .one(&app.db)
                .await?
                .map(|u| u.name(&ctx.l10n))
                .unwrap_or_default(),
        ),
        _ => None,
    };
    let title = crate::calls::service::title(&app.db, scope, call.id, ctx.l10n.lang()).await?;
    let facts = service::decision_facts(&app.db, &app.secrets, scope, call).await?;
    let (question, consequences) = close_question(&ctx.l10n, title.clone(), &facts);
    let page = ReviewPage {
        call_id: call.id,
        missing: if call.scoring_open() {
            missing_lines(&ctx.l10n, &facts, false)
        } else {
            Vec::new()
        },
        short: if call.scoring_open() {
            short_list(&ctx.l10n, &facts)
        } else {
            Vec::new()
        },
        close_confirm: confirm::dialog_text(&question, &consequences),
        title,
        phase: ctx.l10n.t(call.phase.message_id()),
        state: ctx.l10n.t(service::Scoring::of(call).message_id()),
        in_review,
        started: call.review_started_at.is_some(),
        scoring_open: call.scoring_open(),
        closed: call.review_closed_at.is_some(),
        can_assign: in_review
            && call.review_closed_at.is_none()
            && (call.review_started_at.is_none() || !plan.new_assignments.is_empty()),
        jurors,
        shortfalls,
        mentions,
        may_redact: may_redact(call),
        redactions,
        sealed: call.identities_sealed(),
        seal_option: call.seal_identities,
        may_confirm: call
            .opening_requested_by
            .is_some_and(|by| by != me && call.identities_sealed()),
        opening_requested,
        error,
        email,
        ctx,
    };
    let status = if page.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, render(&page)?).into_response())
}

/// `GET /admin/calls/{id}/review`
pub async fn page(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    admin_id(&ctx)?;
    let call = crate::calls::service::find(&app.db, ctx.site()?.id, id).await?;
    review_page(&app, ctx, &call, None).await
}

#[derive(Debug, Default, Deserialize)]
pub struct JurorForm {
    #[serde(default)]
    email: String,
}

/// Back to the review page after an action; a refusal is shown there, with
/// the email that was typed (when one was).
async fn after<T>(
    app: &AppState,
    ctx: PageContext,
    call: &calls::Model,
    done: Result<T, AppError>,
    typed_email: String,
) -> Result<Response, AppError> {
    match done {
        Ok(_) => Ok(
            Redirect::to(&ctx.link(&format!("/admin/calls/{}/review", call.id))).into_response(),
        ),
        Err(AppError::Refused(message)) => {
            review_page(app, ctx, call, Some((message, typed_email))).await
        }
        Err(other) => Err(other),
    }
}

/// `POST /admin/calls/{id}/jury`: adds a person, found by email.
pub async fn add_juror(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<JurorForm>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    let done = service::add_juror(&app.db, &app.clock, scope, &call, &form.email, me).await;
    after(&app, ctx, &call, done, form.email).await
}

/// `POST /admin/calls/{id}/jury/{user}/remove`
pub async fn remove_juror(
    State(app): State<AppState>,
    ctx: PageContext,
    Path((id, juror)): Path<(CallId, PersonId)>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    let done = service::remove_juror(&app.db, &app.clock, scope, &call, juror, me).await;
    after(&app, ctx, &call, done, String::new()).await
}

#[derive(Debug, Default, Deserialize)]
pub struct Nothing {}

/// `POST /admin/calls/{id}/review/assign`: starts scoring, or fills gaps.
pub async fn assign(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    let done = service::assign(&app.db, &app.secrets, &app.clock, scope, &call, me).await;
    after(&app, ctx, &call, done, String::new()).await
}

/// Whether passages of the call's proposals may still be hidden from the
/// jury: in review, until scoring closes.
fn may_redact(call: &calls::Model) -> bool {
    call.phase == Phase::Review && call.review_closed_at.is_none()
}

#[derive(Debug, Deserialize)]
pub struct RedactionForm {
    /// When missing, 0: no proposal has it, so none is found.
    #[serde(default = "no_proposal")]
    proposal: ProposalId,
    #[serde(default)]
    field: String,
    #[serde(default)]
    passage: String,
}

fn no_proposal() -> ProposalId {
    ProposalId(0)
}

/// `POST /admin/calls/{id}/redactions`: hides a passage of a proposal's
/// text from the jury (a name its team left in); the team's text is kept.
pub async fn redact(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<RedactionForm>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    if !may_redact(&call) {
        return Err(AppError::Locked);
    }
    let done = service::redact(
        &app.db,
        &app.clock,
        scope,
        &call,
        form.proposal,
        &form.field,
        &form.passage,
        me,
    )
    .await;
    after(&app, ctx, &call, done, String::new()).await
}

/// `POST /admin/calls/{id}/review/close`: scores become final.
pub async fn close(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    if !form.yes() {
        if !call.scoring_open() {
            return Err(AppError::Locked);
        }
        let facts = service::decision_facts(&app.db, &app.secrets, scope, &call).await?;
        let title = crate::calls::service::title(&app.db, scope, id, ctx.l10n.lang()).await?;
        let l = &ctx.l10n;
        let (title, consequences) = close_question(l, title, &facts);
        let ask = Ask {
            title,
            consequences,
            confirm_label: l.t("confirm-close-scoring-button"),
            action: ctx.link(&format!("/admin/calls/{id}/review/close")),
            fields: Vec::new(),
            cancel: ctx.link(&format!("/admin/calls/{id}/review")),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    service::close(&app.db, &app.clock, scope, &call, me).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}/ranking"))).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct OpeningForm {
    #[serde(default)]
    reason: String,
}

/// `POST /admin/calls/{id}/identities/request`
pub async fn request_opening(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<OpeningForm>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    let done = sealing::request_opening(&app.db, &app.clock, scope, &call, me, &form.reason).await;
    after(&app, ctx, &call, done, String::new()).await
}

/// `POST /admin/calls/{id}/identities/confirm`
pub async fn confirm_opening(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    let done = sealing::confirm_opening(&app.db, &app.secrets, &app.clock, scope, &call, me).await;
    after(&app, ctx, &call, done, String::new()).await
}

struct RankLine {
    proposal_id: ProposalId,
    rank: String,
    tied: bool,
    title: String,
    /// The language the title is written in.
    lang: String,
    /// (juror's name, weighted score, normalised score)
    scores: Vec<(String, String, String)>,
    mean: String,
    spread: String,
    normalised: String,
    reviews: String,
    missing: bool,
    status: String,
    /// Awarded (in implementation, implemented or stopped since): a winner.
    winner: bool,
    /// The award it holds: name, sponsor and prize.
    award: Option<String>,
    decision: String,
}

#[derive(Template)]
#[template(path = "review/templates/ranking.html")]
struct RankingPage {
    ctx: PageContext,
    call_id: CallId,
    title: String,
    state: String,
    lines: Vec<RankLine>,
    agreement: String,
    agreement_note: String,
    contested: Vec<(String, String)>,
    deciding: bool,
    /// (form value, label)
    choices: Vec<(String, String)>,
    published: bool,
    /// What is missing before the results, while deciding.
    missing: Vec<String>,
    short: Vec<(ProposalId, String, String)>,
    undecided: Vec<(ProposalId, String)>,
    /// The dialog's text before publishing.
    publish_confirm: String,
}

/// An award in words: its name, sponsor and prize, where given.
fn award_text(l: &L10n, award: &Award) -> String {
    let mut parts = vec![award.name.clone()];
    if !award.sponsor.is_empty() {
        parts.push(l.args(
            "ranking-award-sponsor",
            &[("sponsor", award.sponsor.clone().into())],
        ));
    }
    if !award.prize.is_empty() {
        parts.push(l.args(
            "ranking-award-prize",
            &[("prize", award.prize.clone().into())],
        ));
    }
    parts.join(" · ")
}

/// The decision a proposal holds now, as the form names it.
fn decision_value(p: &proposals::Model) -> String {
    match (p.status, p.award_index) {
        (proposals::Status::Shortlisted, _) => "shortlist".into(),
        (proposals::Status::NotSelected, _) => "not_selected".into(),
        (proposals::Status::Awarded, Some(i)) => format!("award-{i}"),
        (proposals::Status::Awarded, None) => "award".into(),
        _ => "undecided".into(),
    }
}

/// `GET /admin/calls/{id}/ranking`: every proposal's scores, the ranking by
/// normalised weighted score, the jurors' agreement, and the decisions.
pub async fn ranking_page(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    let l = &ctx.l10n;
    let field = standing::field(&app.db, scope, &call).await?;
    let expected = field.expected;
    let names: BTreeMap<i32, String> = service::jury_of(&app.db, scope, id)
        .await?
        .into_iter()
        .map(|u| (u.id.get(), u.name(&ctx.l10n)))
        .collect();
    let awards: Vec<Award> = rules::parse_list(&call.awards);
    let lines: Vec<RankLine> = field
        .lines
        .iter()
        .map(|line| {
            let (p, r) = (&line.proposal, &line.ranked);
            let done = r.reviews.len() as i64;
            RankLine {
                proposal_id: p.id,
                rank: r.rank.map_or_else(|| "—".to_owned(), |n| n.to_string()),
                tied: line.tied,
                title: p.title.clone(),
                lang: p.locale.clone(),
                scores: r
                    .reviews
                    .iter()
                    .map(|s| {
                        (
                            names.get(&s.juror).cloned().unwrap_or_default(),
                            l.decimal(s.weighted, 1),
                            l.decimal(s.z, 2),
                        )
                    })
                    .collect(),
                mean: r.mean_score.map_or_else(String::new, |m| l.decimal(m, 1)),
                spread: r.spread.map_or_else(String::new, |m| l.decimal(m, 1)),
                normalised: r
                    .normalised_score
                    .map_or_else(String::new, |m| l.decimal(m, 2)),
                reviews: l.args(
                    "review-progress",
                    &[("done", done.into()), ("total", i64::from(expected).into())],
                ),
                missing: r.pending_reviews > 0,
                status: l.t(p.status.message_id()),
                winner: proposals::Status::AWARDED.contains(&p.status),
                award: p
                    .award_index
                    .filter(|_| proposals::Status::AWARDED.contains(&p.status))
                    .and_then(|i| awards.get(usize::try_from(i).ok()?))
                    .map(|a| award_text(l, a)),
                decision: decision_value(p),
            }
        })
        .collect();
    let (agreement, agreement_note) = match field.alpha {
        Some(alpha) => (
            l.decimal(alpha, 2),
            l.t(&format!("agreement-{}", standing::agreement_level(alpha))),
        ),
        None => ("—".to_owned(), l.t("agreement-undefined")),
    };
    let mut contested: Vec<&RankLine> = lines.iter().filter(|r| r.scores.len() > 1).collect();
    contested.sort_by(|a, b| {
        let spread = |r: &RankLine| {
            field
                .lines
                .iter()
                .find(|x| x.proposal.id == r.proposal_id)
                .and_then(|x| x.ranked.spread)
                .unwrap_or(0.0)
        };
        spread(b).total_cmp(&spread(a))
    });
    let contested = contested
        .into_iter()
        .take(5)
        .map(|r| (r.title.clone(), r.spread.clone()))
        .collect();
    let mut choices = vec![
        ("undecided".to_owned(), l.t("decision-undecided")),
        ("shortlist".to_owned(), l.t("decision-shortlist")),
    ];
    // A co-creation call pilots its solutions: an award is the pilot.
    let (named, plain) = if call.kind == crate::calls::Kind::Cocreation {
        ("decision-pilot", "decision-pilot-plain")
    } else {
        ("decision-award", "decision-award-plain")
    };
    for (i, award) in awards.iter().enumerate() {
        choices.push((
            format!("award-{i}"),
            l.args(named, &[("award", award.name.clone().into())]),
        ));
    }
    choices.push(("award".to_owned(), l.t(plain)));
    choices.push(("not_selected".to_owned(), l.t("decision-not-selected")));
    let deciding = call.phase == Phase::Review && call.review_closed_at.is_some();
    let title = crate::calls::service::title(&app.db, scope, id, ctx.l10n.lang()).await?;
    let facts = service::decision_facts(&app.db, &app.secrets, scope, &call).await?;
    let (question, consequences) = publish_question(l, title.clone(), &facts);
    let page = RankingPage {
        call_id: id,
        missing: if deciding {
            missing_lines(l, &facts, true)
        } else {
            Vec::new()
        },
        short: if deciding {
            short_list(l, &facts)
        } else {
            Vec::new()
        },
        undecided: if deciding {
            facts.undecided.clone()
        } else {
            Vec::new()
        },
        publish_confirm: confirm::dialog_text(&question, &consequences),
        title,
        state: l.t(service::Scoring::of(&call).message_id()),
        lines,
        agreement,
        agreement_note,
        contested,
        deciding,
        choices,
        published: call.phase.has_results(),
        ctx,
    };
    render(&page)
}

#[derive(Debug, Default, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
}

/// `POST /admin/calls/{id}/decisions/{proposal}`
pub async fn decide(
    State(app): State<AppState>,
    ctx: PageContext,
    Path((id, proposal)): Path<(CallId, ProposalId)>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    let decision = Decision::parse(&form.decision).ok_or(AppError::BadRequest)?;
    decisions::decide(&app.db, &app.clock, scope, &call, proposal, decision, me).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}/ranking"))).into_response())
}

/// `POST /admin/calls/{id}/results`: publishes the results.
pub async fn publish(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = crate::calls::service::find(&app.db, scope, id).await?;
    if !form.yes() {
        decisions::deciding(&call)?;
        let facts = service::decision_facts(&app.db, &app.secrets, scope, &call).await?;
        let title = crate::calls::service::title(&app.db, scope, id, ctx.l10n.lang()).await?;
        let l = &ctx.l10n;
        let (title, consequences) = publish_question(l, title, &facts);
        let ask = Ask {
            title,
            consequences,
            confirm_label: l.t("confirm-publish-button"),
            action: ctx.link(&format!("/admin/calls/{id}/results")),
            fields: Vec::new(),
            cancel: ctx.link(&format!("/admin/calls/{id}/ranking")),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    decisions::publish(&app.db, &app.secrets, &app.clock, scope, &call, me).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}/ranking"))).into_response())
}
