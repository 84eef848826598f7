//! The tenant admin's view of the audit log: filters by who, what and
//! when, and a CSV export of what is shown.

use std::collections::HashMap;

use askama::Template;
use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use chrono::{Duration, NaiveDate, TimeZone};
use serde::Deserialize;

use super::service::{self, Selection};
use super::{Checkpoint, verified_head};
use crate::ids::PersonId;
use crate::{
    auth::{Action, require},
    error::AppError,
    state::AppState,
    web::{PageContext, csv_download, render},
};

/// Most entries a page or an export shows.
const LIMIT: u64 = 1_000;

struct Line {
    seq: i64,
    at: String,
    actor: String,
    action: String,
    subject: String,
    before: String,
    after: String,
}

#[derive(Template)]
#[template(path = "audit/templates/audit.html")]
struct AuditPage {
    ctx: PageContext,
    lines: Vec<Line>,
    filter: Filter,
    actors: Vec<(PersonId, String)>,
    csv_link: String,
}

#[derive(Clone, Deserialize, Default)]
pub struct Filter {
    /// The actor's person id, or `system`.
    #[serde(default)]
    who: String,
    /// The beginning of an action's name (`call.`, `call.phase`).
    #[serde(default)]
    action: String,
    /// Dates (YYYY-MM-DD) in the city's time zone, both included.
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    format: String,
}

/// `GET /admin/audit[?who=&action=&from=&to=&format=csv]`: newest first.
pub async fn page(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ReadAudit)?;
    let site = ctx.site()?.clone();
    let actor = match filter.who.trim() {
        "" => None,
        "system" => Some(None),
        id => Some(Some(
            id.parse().map(PersonId).map_err(|_| AppError::BadRequest)?,
        )),
    };
    let action = filter.action.trim();
    if action.len() > 64
        || !action
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_'))
    {
        return Err(AppError::BadRequest);
    }
    let day = |value: &str| -> Result<Option<chrono::DateTime<chrono::Utc>>, AppError> {
        if value.trim().is_empty() {
            return Ok(None);
        }
        let date = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::BadRequest)?;
        let midnight = date.and_hms_opt(0, 0, 0).ok_or(AppError::BadRequest)?;
        Ok(site
            .timezone
            .from_local_datetime(&midnight)
            .earliest()
            .map(|at| at.with_timezone(&chrono::Utc)))
    };
    let selection = Selection {
        actor,
        action,
        from: day(&filter.from)?,
        until: day(&filter.to)?.map(|to| to + Duration::days(1)),
    };
    let entries = service::entries(&app.db, site.id, &selection, LIMIT).await?;
    let names: HashMap<PersonId, String> = service::actors(&app.db, site.id)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name(&ctx.l10n)))
        .collect();
    let system = ctx.l10n.t("audit-system");
    let lines: Vec<Line> = entries
        .into_iter()
        .map(|e| Line {
            seq: e.seq,
            at: ctx.l10n.date_time(&e.at.with_timezone(&site.timezone)),
            actor: e
                .actor_id
                .and_then(|id| names.get(&id).cloned())
                .unwrap_or_else(|| system.clone()),
            subject: format!("{} {}", e.subject_type, e.subject_id),
            action: e.action,
            before: e.before,
            after: e.after,
        })
        .collect();
    if filter.format == "csv" {
        let l = &ctx.l10n;
        let header: Vec<String> = [
            "audit-seq",
            "audit-when",
            "audit-who",
            "audit-what",
            "audit-subject",
            "audit-before",
            "audit-after",
        ]
        .iter()
        .map(|h| l.t(h))
        .collect();
        let rows = lines.into_iter().map(|line| {
            vec![
                line.seq.to_string(),
                line.at,
                line.actor,
                line.action,
                line.subject,
                line.before,
                line.after,
            ]
        });
        return csv_download("audit.csv", &header, rows);
    }
    let mut actors: Vec<(PersonId, String)> = names.into_iter().collect();
    actors.sort_by(|a, b| a.1.cmp(&b.1));
    let csv_link = format!(
        "{}?who={}&action={}&from={}&to={}&format=csv",
        ctx.link("/admin/audit"),
        crate::web::encode_query(&filter.who),
        crate::web::encode_query(&filter.action),
        crate::web::encode_query(&filter.from),
        crate::web::encode_query(&filter.to),
    );
    render(&AuditPage {
        ctx,
        lines,
        filter,
        actors,
        csv_link,
    })
}

/// `GET /admin/audit/checkpoint`: the log's head, signed with the server's
/// key, for the city to keep outside the platform and have checked with
/// `innovato audit verify --checkpoint FILE`. A log that does not verify
/// gets no signature.
pub async fn checkpoint(
    State(app): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    require(&ctx, Action::ReadAudit)?;
    let site = ctx.site()?;
    let head = verified_head(&app.db, site.id)
        .await?
        .map_err(|_| AppError::Refused("audit-broken"))?;
    let checkpoint = Checkpoint::sign_for(
        site.id.get(),
        &site.slug,
        head,
        app.clock.now(),
        &app.secrets,
    );
    let disposition = format!(
        "attachment; filename=\"audit-checkpoint-{}-{}.json\"",
        site.slug, checkpoint.seq
    );
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&disposition).map_err(|_| AppError::BadRequest)?,
        )],
        Json(checkpoint),
    )
        .into_response())
}
