//! The "similar ideas" box as the writer types: the page's script asks
//! for it a moment after typing stops (without the script, the proposal
//! page shows it as saved).

use axum::{
    extract::{RawQuery, State},
    http::{HeaderValue, header},
    response::{Html, IntoResponse, Response},
};
use serde::Deserialize;

use super::{fragment::RelativesBox, service};
use crate::ids::ProposalId;
use crate::{
    auth::{Action, require},
    error::AppError,
    state::AppState,
    web::PageContext,
};

/// What the page sends of the text being written.
#[derive(Deserialize)]
struct Typed {
    #[serde(default)]
    proposal: Option<i32>,
    #[serde(default)]
    title: String,
    #[serde(default)]
    problem: String,
    #[serde(default)]
    locale: String,
    #[serde(default)]
    topic: Vec<String>,
}

/// The longest text read from the query, as the proposal's own limits.
const TEXT_MAX: usize = 5_000;

/// `GET /similar?title=&problem=&locale=&topic=…`: the box's HTML for the
/// text as typed, for a person who may write proposals in this city.
pub async fn fragment(
    State(app): State<AppState>,
    ctx: PageContext,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    require(&ctx, Action::WriteProposals)?;
    let scope = ctx.site()?.id;
    let typed: Typed = serde_html_form::from_str(query.as_deref().unwrap_or(""))
        .map_err(|_| AppError::BadRequest)?;
    if typed.title.chars().count() > TEXT_MAX || typed.problem.chars().count() > TEXT_MAX {
        return Err(AppError::BadRequest);
    }
    let lang = typed.locale.parse().unwrap_or_else(|_| ctx.l10n.lang());
    let writing = service::Writing {
        lang,
        title: &typed.title,
        problem: &typed.problem,
        confirmed: &typed.topic,
        exclude: typed.proposal.map(ProposalId),
    };
    let relatives = service::relatives(&app.db, scope, &writing, ctx.l10n.lang()).await?;
    let html = RelativesBox::of(&ctx.l10n, &relatives).html()?;
    Ok((
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Html(html),
    )
        .into_response())
}

/// The box's script, embedded in the binary.
pub async fn script() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        include_str!("similar.js"),
    )
        .into_response()
}
