//! The tenant admin's view of the audit log: each entry as a sentence in
//! the viewer's language with its raw details one click away, filters by
//! who, what and when, paging, and a CSV export of what the filters pick.

use askama::Template;
use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

pub use super::sentence::{ACTIONS, Said, message_id, sample_args, say};
use super::service::{self, Selection};
use super::{Checkpoint, verified_head};
use crate::ids::PersonId;
use crate::{
    auth::{Action, require},
    error::AppError,
    state::AppState,
    web::{PageContext, csv_download, render},
};

/// Entries on one page.
const PAGE: u64 = 50;
/// Most entries an export holds.
const EXPORT_LIMIT: u64 = 10_000;

/// The groups of actions the filter offers: a code's beginning and the
/// message naming the group.
const GROUPS: &[(&str, &str)] = &[
    ("call.", "audit-group-call"),
    ("review.", "audit-group-review"),
    ("jury.", "audit-group-jury"),
    ("proposal.", "audit-group-proposal"),
    ("identities.", "audit-group-identities"),
    ("project.", "audit-group-project"),
    ("practice.", "audit-group-practice"),
    ("person.", "audit-group-person"),
    ("role.", "audit-group-role"),
    ("invitation.", "audit-group-invitation"),
    ("api_token.", "audit-group-api-token"),
    ("city.", "audit-group-city"),
    ("category.", "audit-group-category"),
];

struct Line {
    seq: i64,
    at: String,
    /// ISO 8601, for `<time datetime>`.
    at_iso: String,
    sentence: String,
    details: String,
}

#[derive(Template)]
#[template(path = "audit/templates/audit.html")]
struct AuditPage {
    ctx: PageContext,
    lines: Vec<Line>,
    filter: Filter,
    actors: Vec<(PersonId, String)>,
    groups: Vec<(&'static str, String)>,
    csv_link: String,
    page_label: String,
    previous: Option<String>,
    next: Option<String>,
}

#[derive(Clone, Deserialize, Default)]
pub struct Filter {
    /// The actor's person id, or `system`.
    #[serde(default)]
    who: String,
    /// The beginning of an action's code (`call.`, `call.phase`).
    #[serde(default)]
    action: String,
    /// Dates (YYYY-MM-DD) in the city's time zone, both included.
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    format: String,
    /// The page, from 1.
    #[serde(default)]
    page: String,
}

impl Filter {
    /// The filters as a query string, on `page` if given.
    fn query(&self, page: Option<u64>) -> String {
        let mut q = format!(
            "who={}&action={}&from={}&to={}",
            crate::web::encode_query(&self.who),
            crate::web::encode_query(&self.action),
            crate::web::encode_query(&self.from),
            crate::web::encode_query(&self.to),
        );
        if let Some(p) = page {
            q.push_str(&format!("&page={p}"));
        }
        q
    }
}

/// `GET /admin/audit[?who=&action=&from=&to=&page=]`: newest first, as
/// sentences; `/admin/audit.csv` with the same filters exports them.
pub async fn page(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    show(app, ctx, filter, false).await
}

/// `GET /admin/audit.csv[?who=&action=&from=&to=]`: the filtered entries,
/// time in ISO 8601 UTC, actor, action code, sentence and raw details.
pub async fn csv(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    show(app, ctx, filter, true).await
}

/// A filter's field as typed: an empty one is one not given.
fn given(value: &str) -> Option<&str> {
    Some(value).filter(|v| !v.trim().is_empty())
}

async fn show(
    app: AppState,
    ctx: PageContext,
    filter: Filter,
    export: bool,
) -> Result<Response, AppError> {
    require(&ctx, Action::ReadAudit)?;
    let site = ctx.site()?.clone();
    let page = service::page_number(given(&filter.page))?;
    let selection = Selection::parse(
        site.timezone,
        &filter.who,
        &filter.action,
        given(&filter.from),
        given(&filter.to),
    )?;
    let export = export || filter.format == "csv";
    let (offset, limit) = if export {
        (0, EXPORT_LIMIT)
    } else {
        ((page - 1) * PAGE, PAGE + 1)
    };
    let mut entries = service::entries(&app.db, site.id, &selection, offset, limit).await?;
    let more = !export && entries.len() as u64 > PAGE;
    if !export {
        entries.truncate(usize::try_from(PAGE).unwrap_or(usize::MAX));
    }
    let subjects = service::subjects(&app.db, site.id, &entries, ctx.l10n.lang()).await?;
    let said: Vec<Said> = entries
        .iter()
        .map(|e| say(&ctx.l10n, e, &subjects, &site.timezone))
        .collect();
    if export {
        let l = &ctx.l10n;
        let header: Vec<String> = [
            "audit-when",
            "audit-who",
            "audit-code",
            "audit-sentence",
            "audit-details",
        ]
        .iter()
        .map(|h| l.t(h))
        .collect();
        let rows = said.into_iter().map(|s| {
            vec![
                s.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                s.actor,
                s.action,
                s.sentence,
                s.details,
            ]
        });
        return csv_download("audit.csv", &header, rows);
    }
    let lines: Vec<Line> = said
        .into_iter()
        .map(|s| Line {
            seq: s.seq,
            at: ctx.l10n.date_time(&s.at.with_timezone(&site.timezone)),
            at_iso: s.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            sentence: s.sentence,
            details: s.details,
        })
        .collect();
    let mut actors: Vec<(PersonId, String)> = service::actors(&app.db, site.id)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name(&ctx.l10n)))
        .collect();
    actors.sort_by(|a, b| a.1.cmp(&b.1));
    let base = ctx.link("/admin/audit");
    let csv_link = format!("{}?{}", ctx.link("/admin/audit.csv"), filter.query(None));
    let previous = (page > 1).then(|| format!("{base}?{}", filter.query(Some(page - 1))));
    let next = more.then(|| format!("{base}?{}", filter.query(Some(page + 1))));
    let groups = GROUPS
        .iter()
        .map(|(prefix, id)| (*prefix, ctx.l10n.t(id)))
        .collect();
    let page_label = ctx.l10n.count(
        "audit-page",
        "page",
        i64::try_from(page).unwrap_or_default(),
    );
    render(&AuditPage {
        ctx,
        lines,
        filter,
        actors,
        groups,
        page_label,
        csv_link,
        previous,
        next,
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
