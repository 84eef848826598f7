//! A proposal's team: the lead invites colleagues of the same city by
//! email or name; each must accept. The team never exceeds the call's size
//! (pending invitations count), and every member must be eligible (the
//! rules are the service's).

use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::{
    member::MemberStatus,
    pages::{RefusedInvitation, refused_invitation, writer},
    service,
};
use crate::ids::{PersonId, ProposalId};
use crate::{
    attachments::Attachments,
    auth::csrf::CsrfForm,
    error::AppError,
    state::AppState,
    web::{FieldError, PageContext},
};

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    colleague: String,
}

/// The proposal page again, saying why the invitation cannot be sent (or
/// accepted), with the colleague as typed; another error as it is.
async fn refuse(
    app: &AppState,
    files: &Attachments,
    ctx: PageContext,
    id: ProposalId,
    person: PersonId,
    colleague: &str,
    error: AppError,
) -> Result<Response, AppError> {
    let AppError::Invalid(issues) = error else {
        return Err(error);
    };
    let Some(issue) = issues.first() else {
        return Err(AppError::BadRequest);
    };
    let refused = RefusedInvitation {
        colleague: colleague.to_owned(),
        problem: FieldError::of(&ctx.l10n, issue).message,
    };
    refused_invitation(app, files, ctx, id, person, refused).await
}

/// `POST /proposals/{id}/team`: the lead invites a colleague.
pub async fn invite(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let lead = writer(&ctx)?.clone();
    let wanted = form.colleague.trim();
    match service::invite(service::Writing::at(&app), ctx.site()?, &lead, id, wanted).await {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response()),
        Err(error) => refuse(&app, &files, ctx, id, lead.id, wanted, error).await,
    }
}

#[derive(Deserialize)]
pub struct Answer {
    /// `accept` or `decline`.
    answer: String,
}

/// `POST /proposals/{id}/team/answer`: the invited colleague accepts or
/// declines.
pub async fn answer(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<Answer>,
) -> Result<Response, AppError> {
    let me = writer(&ctx)?.clone();
    let status = match service::answer(
        service::Writing::at(&app),
        ctx.site()?,
        &me,
        id,
        &form.answer,
    )
    .await
    {
        Ok(status) => status,
        Err(error) => return refuse(&app, &files, ctx, id, me.id, "", error).await,
    };
    let target = if status == MemberStatus::Accepted {
        format!("/proposals/{id}")
    } else {
        "/proposals".to_owned()
    };
    Ok(Redirect::to(&ctx.link(&target)).into_response())
}
