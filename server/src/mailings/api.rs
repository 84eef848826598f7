//! The JSON API of a call's mailings, for the city's administrators: each
//! mailing, its audience and where its emails stand.

use axum::{
    Json,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::service::{self, Reach};
use crate::api_docs::responses;
use crate::ids::CallId;
use crate::notifications::outbox;
use crate::{
    auth::{Action, require},
    error::{AppError, ProblemDocument},
    state::AppState,
    web::PageContext,
};

/// A mailing's emails, counted by delivery state.
#[derive(Serialize, ToSchema)]
pub struct MailingEmails {
    /// Waiting to be sent.
    queued: i64,
    /// Waiting for the person's digest.
    held: i64,
    sent: i64,
    /// Not sent: the person chose never, or no mail server is configured.
    skipped: i64,
    /// Given up after retries.
    failed: i64,
    /// Refused for good by the mail server.
    bounced: i64,
}

/// A mailing of a call and its reach.
#[derive(Serialize, ToSchema)]
pub struct CallMailing {
    id: i32,
    /// The kind of notification: `call-opened`, `deadline`, `draft`, `announcement`, `review`, `project` or `cocreation`.
    kind: String,
    /// What makes it once: `call-opened`, `deadline-7`, `deadline-1`, `draft-2`, `review-due`, `milestone-{id}`, `division-{challenge}-{division}` or `announcement-{token}`.
    occasion: String,
    /// An announcement's subject.
    subject: Option<String>,
    sent_at: DateTime<Utc>,
    /// How many people it was meant for when sent.
    audience: i32,
    emails: MailingEmails,
}

/// A call's mailings, newest first.
#[derive(Serialize, ToSchema)]
pub struct CallMailingList {
    mailings: Vec<CallMailing>,
}

fn view(reach: Reach) -> CallMailing {
    CallMailing {
        emails: MailingEmails {
            queued: reach.count(outbox::QUEUED),
            held: reach.count(outbox::HELD),
            sent: reach.count(outbox::SENT),
            skipped: reach.count(outbox::SKIPPED),
            failed: reach.count(outbox::FAILED),
            bounced: reach.count(outbox::BOUNCED),
        },
        id: reach.mailing.id,
        kind: reach.mailing.kind,
        occasion: reach.mailing.occasion,
        subject: reach.mailing.subject,
        sent_at: reach.mailing.created_at,
        audience: reach.mailing.audience,
    }
}

/// A call's mailings (scheduled and announced), newest first, each with
/// its audience and its emails by delivery state.
#[utoipa::path(
    get,
    path = "/calls/{id}/mailings",
    operation_id = "list_call_mailings",
    tag = "calls",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The call's id")),
    responses(
        (status = 200, description = "The call's mailings", body = CallMailingList),
        responses::BadId,
        responses::NotSignedIn,
        (status = 403, description = "The caller does not run the city's calls", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "The city has no call with this id", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let scope = ctx.site()?.id;
    let call = service::call_of(&app.db, scope, id).await?;
    let mailings = service::reach(&app.db, scope, call.id)
        .await?
        .into_iter()
        .map(view)
        .collect();
    Ok(Json(CallMailingList { mailings }).into_response())
}
