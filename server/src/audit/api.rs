//! The JSON API of the audit log, for the city's administrators: entries
//! newest first, each as a sentence in the request's language with its
//! raw details, filtered by action, person and dates, 50 a page.

use crate::api_docs::responses;
use crate::ids::PersonId;
use axum::{
    Json,
    extract::{Query, State},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::sentence::say;
use super::service::{self, Selection};
use crate::{
    auth::{Action, require},
    error::{AppError, ProblemDocument},
    state::AppState,
    web::PageContext,
};

/// Entries on one page, as on the log's page.
const PER_PAGE: u64 = 50;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditFilter {
    /// The beginning of an action's code: `call.` for every action on
    /// calls, `call.results` for one.
    #[serde(default)]
    #[param(pattern = "^[a-z0-9._]{0,64}$")]
    action: String,
    /// The id of the person who acted, or `system` for the platform's own
    /// entries.
    #[serde(default)]
    #[param(pattern = "^([0-9]{1,9}|system)?$")]
    person: String,
    /// The first day (YYYY-MM-DD, in the city's time zone).
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// The last day, included (YYYY-MM-DD, in the city's time zone).
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    /// The page, from 1.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1000000)]
    page: Option<String>,
}

/// One entry of the log.
#[derive(Serialize, ToSchema)]
pub struct AuditEntry {
    /// Its position in the city's log.
    seq: i64,
    at: DateTime<Utc>,
    /// Who acted; none for the platform (an operator, a deadline).
    #[schema(value_type = Option<i32>)]
    actor_id: Option<PersonId>,
    /// Who acted, by name.
    actor: String,
    /// The action's code (`call.close_early`).
    action: String,
    /// What happened, as a sentence in the request's language.
    sentence: String,
    /// What the entry is about: `call`, `proposal`, `person`, `project`…
    subject_type: String,
    subject_id: i32,
    /// The subject's state before, as recorded.
    #[schema(value_type = Value)]
    before: Value,
    /// The subject's state after, as recorded.
    #[schema(value_type = Value)]
    after: Value,
}

/// A page of the log.
#[derive(Serialize, ToSchema)]
pub struct AuditPage {
    page: u64,
    per_page: u64,
    /// The next page, when there is one.
    next_page: Option<u64>,
    /// Newest first.
    entries: Vec<AuditEntry>,
}

/// The city's audit log, newest first, 50 entries a page.
#[utoipa::path(
    get,
    path = "/audit",
    operation_id = "list_audit",
    tag = "audit",
    security(("bearer" = [])),
    params(AuditFilter),
    responses(
        (status = 200, description = "A page of the log", body = AuditPage),
        (status = 400, description = "A filter is malformed: an action code, a person id, a date or a page the log cannot have", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotSignedIn,
        responses::NotAnAdmin,
        responses::TooManyRequests,
    )
)]
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(filter): Query<AuditFilter>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ReadAudit)?;
    let site = ctx.site()?.clone();
    // A parameter given is read, even empty: an empty page or date is
    // not one.
    let page = service::page_number(filter.page.as_deref())?;
    let selection = Selection::parse(
        site.timezone,
        &filter.person,
        &filter.action,
        filter.from.as_deref(),
        filter.to.as_deref(),
    )?;
    let mut entries = service::entries(
        &app.db,
        site.id,
        &selection,
        (page - 1) * PER_PAGE,
        PER_PAGE + 1,
    )
    .await?;
    let more = entries.len() as u64 > PER_PAGE;
    entries.truncate(usize::try_from(PER_PAGE).unwrap_or(usize::MAX));
    let subjects = service::subjects(&app.db, site.id, &entries, ctx.l10n.lang()).await?;
    let entries = entries
        .iter()
        .map(|e| {
            let said = say(&ctx.l10n, e, &subjects, &site.timezone);
            AuditEntry {
                seq: e.seq,
                at: e.at,
                actor_id: e.actor_id,
                actor: said.actor,
                action: e.action.clone(),
                sentence: said.sentence,
                subject_type: e.subject_type.clone(),
                subject_id: e.subject_id,
                before: serde_json::from_str(&e.before).unwrap_or(Value::Null),
                after: serde_json::from_str(&e.after).unwrap_or(Value::Null),
            }
        })
        .collect();
    Ok(Json(AuditPage {
        page,
        per_page: PER_PAGE,
        next_page: more.then_some(page + 1),
        entries,
    })
    .into_response())
}
