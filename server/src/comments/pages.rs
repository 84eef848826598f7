//! Colleagues' pages: a call's submitted proposals open to colleagues
//! (`/calls/{id}/colleagues`) and one proposal's page
//! (`/proposals/{id}/colleagues`) with its supporters' count, the reader's
//! own support and the comments. Proposals are shown as jurors read them:
//! texts and category, never the team.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::comment;
use super::service::{self, Opened, Reader, Standing};
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    auth::{Action, Viewer, csrf::CsrfForm, require},
    error::AppError,
    i18n::L10n,
    organisation::category,
    people::user,
    state::AppState,
    web::{FieldError, PageContext, field_errors, render},
};

/// The signed-in person of the city, as a reader of colleagues' pages.
fn reader(viewer: &Viewer) -> Result<Reader<'_>, AppError> {
    Ok(Reader {
        person: viewer.user.as_ref().ok_or(AppError::NotFound)?,
        writes_proposals: viewer.can(Action::WriteProposals),
        manages_calls: viewer.can(Action::ManageCalls),
    })
}

struct ProposalLine {
    id: ProposalId,
    title: String,
    lang: String,
    summary: String,
    supporters: String,
    comments: String,
}

#[derive(Template)]
#[template(path = "comments/templates/colleagues_list.html")]
struct ListPage {
    ctx: PageContext,
    call_id: CallId,
    proposals: Vec<ProposalLine>,
}

/// `GET /calls/{id}/colleagues`: the call's submitted proposals, for
/// colleagues while the call is open.
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    let scope = ctx.site()?.id;
    let call = service::open_call(&app.db, scope, id, &reader(viewer)?).await?;
    let l = &ctx.l10n;
    let proposals = service::proposals_of(&app.db, scope, call.id)
        .await?
        .into_iter()
        .map(|(p, supporters, comments)| ProposalLine {
            id: p.id,
            title: p.title,
            lang: p.locale,
            summary: p.summary,
            supporters: l.count("colleagues-supporters", "count", supporters as i64),
            comments: l.count("colleagues-comments-count", "count", comments as i64),
        })
        .collect();
    render(&ListPage {
        ctx,
        call_id: call.id,
        proposals,
    })
}

/// A comment as readers see it.
pub struct CommentLine {
    pub id: i32,
    /// The author's name, or "the team" for a team member's.
    pub author: String,
    pub date: String,
    /// The text; empty once hidden.
    pub body: String,
    /// "Hidden by the administrator: {reason}", once hidden.
    pub hidden: Option<String>,
}

/// The comments as readers see them: a team member's as the team's, a
/// hidden one by its reason only.
pub fn comment_lines(
    l: &L10n,
    timezone: chrono_tz::Tz,
    comments: &[comment::Model],
    authors: &[(PersonId, String)],
) -> Vec<CommentLine> {
    comments
        .iter()
        .map(|c| CommentLine {
            id: c.id,
            author: if c.by_team {
                l.t("colleagues-by-team")
            } else {
                c.author_id
                    .map(|id| {
                        let stored = authors
                            .iter()
                            .find(|(a, _)| *a == id)
                            .map_or("", |(_, n)| n.as_str());
                        user::shown_name(l, id, stored)
                    })
                    .unwrap_or_else(|| l.t("colleagues-former-colleague"))
            },
            date: l.date_time(&c.created_at.with_timezone(&timezone)),
            body: if c.hidden_at.is_some() {
                String::new()
            } else {
                c.body.clone()
            },
            hidden: c.hidden_at.map(|_| {
                l.args(
                    "colleagues-hidden",
                    &[("reason", c.hidden_reason.clone().unwrap_or_default().into())],
                )
            }),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "comments/templates/colleagues_proposal.html")]
struct ProposalPage {
    ctx: PageContext,
    id: ProposalId,
    call_id: CallId,
    proposal: crate::proposals::Model,
    category: String,
    supporters: String,
    supported: bool,
    may_support: bool,
    may_comment: bool,
    /// On the team: the page says why they cannot support.
    team: bool,
    /// Colleagues may no longer write: the call left its open phase.
    closed: bool,
    comments: Vec<CommentLine>,
    errors: Vec<FieldError>,
    typed: String,
    /// The comment's length limit, in the reader's words.
    hint: String,
}

async fn proposal_page(
    app: &AppState,
    ctx: PageContext,
    opened: Opened,
    me: PersonId,
    errors: Vec<FieldError>,
    typed: String,
) -> Result<Response, AppError> {
    let site = ctx.site()?.clone();
    let scope = site.id;
    let now = app.clock.now();
    let p = opened.proposal.clone();
    let category = match p.category_id {
        Some(id) => scope
            .find_by_id::<category::Entity>(id)
            .one(&app.db)
            .await?
            .map(|c| c.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let comments = service::comments_of(&app.db, scope, p.id).await?;
    let authors = service::authors_of(&app.db, scope, &comments).await?;
    let supporters = service::supporters(&app.db, scope, p.id).await?;
    let l = &ctx.l10n;
    let page = ProposalPage {
        id: p.id,
        call_id: p.call_id,
        category,
        supporters: l.count("colleagues-supporters", "count", supporters as i64),
        supported: service::supports(&app.db, scope, p.id, me).await?,
        may_support: opened.may_support(now),
        may_comment: opened.may_comment(now),
        team: opened.standing == Standing::Team,
        closed: !service::during_call(&opened.call, now),
        comments: comment_lines(l, site.timezone, &comments, &authors),
        errors,
        typed,
        hint: l.count(
            "colleagues-comment-hint",
            "max",
            service::COMMENT_MAX as i64,
        ),
        proposal: p,
        ctx,
    };
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, render(&page)?).into_response())
}

/// The proposal and the signed-in reader's standing (404 for anyone who
/// may not read it).
async fn open(
    app: &AppState,
    ctx: &PageContext,
    id: ProposalId,
) -> Result<(Opened, PersonId), AppError> {
    let viewer = require(ctx, Action::ViewOwnAccount)?;
    let reader = reader(viewer)?;
    let me = reader.person.id;
    let opened = service::open(&app.db, &app.secrets, ctx.site()?.id, id, &reader).await?;
    Ok((opened, me))
}

/// `GET /proposals/{id}/colleagues`
pub async fn show(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    let (opened, me) = open(&app, &ctx, id).await?;
    proposal_page(&app, ctx, opened, me, Vec::new(), String::new()).await
}

#[derive(Debug, Default, Deserialize)]
pub struct SupportForm {
    /// `yes` to support, anything else to withdraw one's support.
    #[serde(default)]
    support: String,
}

/// `POST /proposals/{id}/support`: supports (`support=yes`) or withdraws
/// one's support; repeating either changes nothing.
pub async fn support(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<SupportForm>,
) -> Result<Response, AppError> {
    let (opened, me) = open(&app, &ctx, id).await?;
    service::set_support(
        &app.db,
        app.clock.now(),
        ctx.site()?.id,
        &opened,
        me,
        form.support == "yes",
    )
    .await?;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}/colleagues#support"))).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
}

/// `POST /proposals/{id}/comments`: a comment; too long or empty a text is
/// shown back as typed.
pub async fn add_comment(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<CommentForm>,
) -> Result<Response, AppError> {
    let (opened, me) = open(&app, &ctx, id).await?;
    let scope = ctx.site()?.id;
    match service::add_comment(&app.db, app.clock.now(), scope, &opened, me, &form.body).await {
        Ok(_) => Ok(
            Redirect::to(&ctx.link(&format!("/proposals/{id}/colleagues#comments")))
                .into_response(),
        ),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            proposal_page(&app, ctx, opened, me, errors, form.body).await
        }
        Err(other) => Err(other),
    }
}
