//! The JSON twin of a proposal's colleagues' page, under
//! `/t/{city}/api/v1/`: its supporters' count, whether the caller supports
//! it, and its comments, for the same readers as the page (its team, the
//! city's admins, and colleagues while the call is open).

use axum::{
    Json,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::service::{self, Reader};
use crate::api_docs::responses;
use crate::ids::ProposalId;
use crate::{
    auth::{Action, require},
    error::{AppError, ProblemDocument},
    state::AppState,
    web::PageContext,
};

/// A comment on a proposal.
#[derive(Serialize, ToSchema)]
pub struct ColleagueComment {
    id: i32,
    /// The colleague who wrote it; none when the team wrote it or the
    /// author was erased.
    author: Option<String>,
    /// Written by a member of the proposal's team.
    by_team: bool,
    /// The text; none once an administrator hid it.
    body: Option<String>,
    created_at: DateTime<Utc>,
    /// Why an administrator hid it.
    hidden_reason: Option<String>,
}

/// What colleagues say of a proposal.
#[derive(Serialize, ToSchema)]
pub struct ColleagueFeedback {
    /// How many colleagues support the proposal.
    supporters: u64,
    /// The caller supports it.
    supported_by_caller: bool,
    /// The caller may support it now.
    may_support: bool,
    /// The caller may comment now.
    may_comment: bool,
    /// Oldest first.
    comments: Vec<ColleagueComment>,
}

/// A proposal's supporters' count and comments, for its team, the city's
/// administrators, and colleagues while the call is open.
#[utoipa::path(
    get,
    path = "/proposals/{id}/comments",
    operation_id = "get_proposal_comments",
    tag = "proposals",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The proposal's id")),
    responses(
        (status = 200, description = "The supporters' count and the comments", body = ColleagueFeedback),
        responses::BadId,
        responses::NotSignedIn,
        (status = 403, description = "The caller may not take part in the call as a colleague", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "No submitted proposal of the city with this id whose call lets colleagues help and that the caller may read", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn get(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    let reader = Reader {
        person: viewer.user.as_ref().ok_or(AppError::NotFound)?,
        writes_proposals: viewer.can(Action::WriteProposals),
        manages_calls: viewer.can(Action::ManageCalls),
    };
    let scope = ctx.site()?.id;
    let opened = service::open(&app.db, &app.secrets, scope, id, &reader).await?;
    let now = app.clock.now();
    let comments = service::comments_of(&app.db, scope, id).await?;
    let authors = service::authors_of(&app.db, scope, &comments).await?;
    let comments = comments
        .into_iter()
        .map(|c| ColleagueComment {
            id: c.id,
            author: if c.by_team {
                None
            } else {
                c.author_id.and_then(|a| {
                    authors
                        .iter()
                        .find(|(p, name)| *p == a && !name.is_empty())
                        .map(|(_, name)| name.clone())
                })
            },
            by_team: c.by_team,
            body: c.hidden_at.is_none().then_some(c.body),
            created_at: c.created_at,
            hidden_reason: c.hidden_reason,
        })
        .collect();
    Ok(Json(ColleagueFeedback {
        supporters: service::supporters(&app.db, scope, id).await?,
        supported_by_caller: service::supports(&app.db, scope, id, reader.person.id).await?,
        may_support: opened.may_support(now),
        may_comment: opened.may_comment(now),
        comments,
    })
    .into_response())
}
