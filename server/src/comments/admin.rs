//! The city admin's moderation of a call's comments
//! (`/admin/calls/{id}/comments`): every comment with its proposal, and
//! hiding one with a reason, asked first and audited.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::pages::{CommentLine, comment_lines};
use super::service;
use crate::ids::{CallId, ProposalId};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    state::AppState,
    web::{
        FieldError, PageContext,
        confirm::{self, Ask},
        field_errors, render,
    },
};

struct ModerationLine {
    proposal_id: ProposalId,
    proposal_title: String,
    comment: CommentLine,
    /// Hiding this comment was just refused: its form shows the errors.
    refused: bool,
}

#[derive(Template)]
#[template(path = "comments/templates/admin_comments.html")]
struct ModerationPage {
    ctx: PageContext,
    call_id: CallId,
    lines: Vec<ModerationLine>,
    /// The errors and typed reason of the refused hiding.
    errors: Vec<FieldError>,
    typed: String,
}

async fn moderation_page(
    app: &AppState,
    ctx: PageContext,
    call_id: CallId,
    failed: Option<i32>,
    errors: Vec<FieldError>,
    typed: String,
) -> Result<Response, AppError> {
    let site = ctx.site()?.clone();
    let call = crate::calls::service::find(&app.db, site.id, call_id).await?;
    // A call that does not let colleagues help has no comments to read.
    if !call.colleague_support {
        return Err(AppError::NotFound);
    }
    let found = service::comments_of_call(&app.db, site.id, call.id).await?;
    let comments: Vec<_> = found.iter().map(|(c, _)| c.clone()).collect();
    let authors = service::authors_of(&app.db, site.id, &comments).await?;
    let lines = comment_lines(&ctx.l10n, site.timezone, &comments, &authors)
        .into_iter()
        .zip(found)
        .map(|(comment, (stored, proposal))| ModerationLine {
            refused: failed == Some(stored.id),
            proposal_id: proposal.id,
            proposal_title: proposal.title,
            // The admin reads what was hidden, to judge it again.
            comment: CommentLine {
                body: stored.body,
                ..comment
            },
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = ModerationPage {
        ctx,
        call_id: call.id,
        lines,
        errors,
        typed,
    };
    Ok((status, render(&page)?).into_response())
}

/// `GET /admin/calls/{id}/comments`
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    moderation_page(&app, ctx, id, None, Vec::new(), String::new()).await
}

#[derive(Debug, Default, Deserialize)]
pub struct HideForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /admin/comments/{id}/hide`: asks first, then hides the comment
/// with its reason.
pub async fn hide(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<HideForm>,
) -> Result<Response, AppError> {
    let actor = require(&ctx, Action::ManageCalls)?
        .user
        .as_ref()
        .map(|u| u.id);
    let scope = ctx.site()?.id;
    let (_, proposal) = service::comment(&app.db, scope, id).await?;
    let back = ctx.link(&format!("/admin/calls/{}/comments", proposal.call_id));
    let reason = form.reason.trim();
    let valid = !reason.is_empty() && reason.chars().count() <= service::REASON_MAX;
    if valid && form.confirm != "yes" {
        let l = &ctx.l10n;
        let ask = Ask {
            title: l.t("colleagues-hide-confirm-title"),
            consequences: vec![l.args(
                "colleagues-hide-consequence",
                &[("proposal", proposal.title.clone().into())],
            )],
            confirm_label: l.t("colleagues-hide"),
            action: ctx.link(&format!("/admin/comments/{id}/hide")),
            fields: vec![("reason".to_owned(), form.reason.clone())],
            cancel: back,
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    match service::hide(&app.db, app.clock.now(), scope, actor, id, &form.reason).await {
        Ok(()) => Ok(Redirect::to(&format!("{back}#comment-{id}")).into_response()),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            moderation_page(&app, ctx, proposal.call_id, Some(id), errors, form.reason).await
        }
        Err(other) => Err(other),
    }
}
