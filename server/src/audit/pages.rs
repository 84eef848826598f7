//! The tenant admin's view of the audit log: each entry as a sentence in
//! the viewer's language with its raw details one click away, filters by
//! who, what and when, paging, and a CSV export of what the filters pick.

use std::collections::HashMap;

use askama::Template;
use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use fluent_bundle::FluentValue;
use serde::Deserialize;
use serde_json::{Value, json};

use super::service::{self, Selection, Subjects};
use super::{Checkpoint, Model, verified_head};
use crate::i18n::L10n;
use crate::ids::PersonId;
use crate::{
    auth::{Action, require},
    error::AppError,
    people::user,
    state::AppState,
    web::{PageContext, csv_download, render},
};

/// Entries on one page.
const PAGE: u64 = 50;
/// Most entries an export holds.
const EXPORT_LIMIT: u64 = 10_000;

/// Every action code the platform writes to a city's log; each has a
/// sentence `audit-do-…` in every language (see `message_id`).
pub const ACTIONS: &[&str] = &[
    "api_token.create",
    "api_token.revoke",
    "call.close_early",
    "call.create",
    "call.extend",
    "call.phase",
    "call.proposals_export",
    "call.publish",
    "call.results",
    "call.update",
    "category.create",
    "category.update",
    "city.divisions",
    "city.logo",
    "city.mail",
    "city.resume",
    "city.settings",
    "city.sign_in",
    "city.stalled_after_days",
    "city.suspend",
    "identities.open",
    "identities.open_request",
    "invitation.accept",
    "invitation.revoke",
    "invitation.send",
    "jury.add",
    "jury.remove",
    "person.attributes",
    "person.deactivate",
    "person.erase",
    "person.export",
    "person.reactivate",
    "practice.adopt",
    "practice.publish",
    "project.budget",
    "project.mentor",
    "project.milestone",
    "project.milestone_done",
    "project.outcome",
    "project.status",
    "project.update",
    "proposal.decision",
    "proposal.redact",
    "review.assign",
    "review.close",
    "review.conflict",
    "review.reassign",
    "review.score",
    "review.start",
    "role.grant",
    "role.revoke",
];

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

/// The sentence's message id for an action code: `call.close_early` →
/// `audit-do-call-close-early`.
pub fn message_id(code: &str) -> String {
    format!("audit-do-{}", code.replace(['.', '_'], "-"))
}

/// Every variable a sentence may use, with a value for each, so that a
/// test can format every sentence of every language.
pub fn sample_args() -> Vec<(&'static str, FluentValue<'static>)> {
    vec![
        ("actor", "Giulia Rossi".into()),
        ("call", "Innova.TO 2026".into()),
        ("proposal", "Orti sui tetti".into()),
        ("project", "Orti sui tetti".into()),
        ("person", "Marco Bianchi".into()),
        ("name", "Bilancio".into()),
        ("role", "Juror".into()),
        ("from", "Open".into()),
        ("to", "Review".into()),
        ("status", "Awarded".into()),
        ("days", 3.into()),
        ("hours", 5.into()),
        ("count", 2.into()),
        ("total", 7.into()),
        ("added", 4.into()),
        ("renamed", 1.into()),
        ("deadline", "1 March 2026, 12:00".into()),
        ("operator", "ops@network.example".into()),
        ("reason", "Audit".into()),
        ("code", "call.unknown".into()),
        ("subject", "call 3".into()),
    ]
}

fn parse(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap_or(Value::Null)
}

fn number(value: &Value) -> i64 {
    match value {
        Value::Number(n) => n.as_i64().unwrap_or_default(),
        Value::Array(items) => i64::try_from(items.len()).unwrap_or_default(),
        _ => 0,
    }
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A token (`tenant_admin`) as the message its family names
/// (`role-tenant-admin`), or the token itself when there is none.
fn named(l: &L10n, family: &str, token: &str) -> String {
    if token.is_empty() {
        return String::new();
    }
    let id = format!("{family}-{}", token.replace('_', "-"));
    let said = l.t(&id);
    if said == id { token.to_owned() } else { said }
}

/// What a page shows of one entry.
pub struct Said {
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub sentence: String,
    /// The subject, before and after, pretty-printed.
    pub details: String,
}

/// One entry as a sentence in `l`'s language.
pub fn say(l: &L10n, entry: &Model, subjects: &Subjects, tz: &chrono_tz::Tz) -> Said {
    let before = parse(&entry.before);
    let after = parse(&entry.after);
    let person_name = |id: i64| -> String {
        let id = PersonId(i32::try_from(id).unwrap_or_default());
        subjects
            .people
            .get(&id)
            .map_or_else(|| user::shown_name(l, id, ""), |u| u.name(l))
    };
    let actor = entry.actor_id.map_or_else(
        || l.t("audit-platform"),
        |id| person_name(i64::from(id.get())),
    );
    let subject = entry.subject_id;
    let untitled = |map: &HashMap<i32, String>| -> String {
        map.get(&subject)
            .filter(|t| !t.is_empty())
            .cloned()
            .unwrap_or_else(|| format!("#{subject}"))
    };
    let call = if entry.subject_type == "call" {
        untitled(&subjects.calls)
    } else {
        String::new()
    };
    let proposal = match entry.subject_type.as_str() {
        "proposal" => untitled(&subjects.proposals),
        "review" => subjects
            .reviews
            .get(&subject)
            .and_then(|p| subjects.proposals.get(p))
            .cloned()
            .unwrap_or_else(|| format!("#{subject}")),
        _ => String::new(),
    };
    let project = if entry.subject_type == "project" {
        untitled(&subjects.projects)
    } else {
        String::new()
    };
    let person = match entry.subject_type.as_str() {
        "person" => person_name(i64::from(subject)),
        _ => ["juror", "person"]
            .iter()
            .find_map(|key| after.get(key).or_else(|| before.get(key)))
            .map(|id| person_name(number(id)))
            .unwrap_or_default(),
    };
    let role = named(l, "role", &text(after.get("role").unwrap_or(&Value::Null)));
    let from = named(
        l,
        "call-phase",
        &text(before.get("phase").unwrap_or(&Value::Null)),
    );
    let to = named(
        l,
        "call-phase",
        &text(after.get("phase").unwrap_or(&Value::Null)),
    );
    let status = named(
        l,
        "status",
        &text(after.get("status").unwrap_or(&Value::Null)),
    );
    let deadline_of = |v: &Value| -> Option<DateTime<Utc>> {
        v.get("submissions_close_at")
            .and_then(Value::as_str)
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|d| d.with_timezone(&Utc))
    };
    // Closing early: how long before its deadline.
    let (mut days, mut hours) = (0_i64, 0_i64);
    if let Some(old) = deadline_of(&before) {
        let ahead = (old - entry.at).num_minutes().max(0);
        days = (ahead + 12 * 60) / (24 * 60);
        hours = (ahead + 30) / 60;
    }
    let deadline = deadline_of(&after)
        .map(|d| l.date_time(&d.with_timezone(tz)))
        .unwrap_or_default();
    let (count, total, name) = match entry.action.as_str() {
        "call.proposals_export" => (number(&after["proposals"]), 0, String::new()),
        "review.start" | "review.assign" | "review.reassign" => (
            number(&after["assigned"]),
            number(&after["short"]),
            String::new(),
        ),
        "call.results" => {
            let outcome = after["proposals"].as_array().cloned().unwrap_or_default();
            let awarded = outcome.iter().filter(|p| p["status"] == "awarded").count();
            (
                i64::try_from(awarded).unwrap_or_default(),
                i64::try_from(outcome.len()).unwrap_or_default(),
                String::new(),
            )
        }
        "city.stalled_after_days" => {
            days = number(&after["days"]);
            (0, 0, String::new())
        }
        _ => (0, 0, text(&after["name"])),
    };
    let operator = text(&after["operator"]);
    let reason = text(&after["reason"]);
    let args: Vec<(&str, FluentValue<'_>)> = vec![
        ("actor", actor.as_str().into()),
        ("call", call.as_str().into()),
        ("proposal", proposal.as_str().into()),
        ("project", project.as_str().into()),
        ("person", person.as_str().into()),
        ("name", name.as_str().into()),
        ("role", role.as_str().into()),
        ("from", from.as_str().into()),
        ("to", to.as_str().into()),
        ("status", status.as_str().into()),
        ("days", days.into()),
        ("hours", hours.into()),
        ("count", count.into()),
        ("total", total.into()),
        ("added", number(&after["added"]).into()),
        ("renamed", number(&after["renamed"]).into()),
        ("deadline", deadline.as_str().into()),
        ("operator", operator.as_str().into()),
        ("reason", reason.as_str().into()),
        ("code", entry.action.as_str().into()),
        (
            "subject",
            format!("{} {}", entry.subject_type, entry.subject_id).into(),
        ),
    ];
    let sentence = if ACTIONS.contains(&entry.action.as_str()) {
        l.args(&message_id(&entry.action), &args)
    } else {
        l.args("audit-do-unknown", &args)
    };
    let details = serde_json::to_string_pretty(&json!({
        "subject": { "type": entry.subject_type, "id": entry.subject_id },
        "before": before,
        "after": after,
    }))
    .unwrap_or_default();
    Said {
        seq: entry.seq,
        at: entry.at,
        actor,
        action: entry.action.clone(),
        sentence,
        details,
    }
}

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

async fn show(
    app: AppState,
    ctx: PageContext,
    filter: Filter,
    export: bool,
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
    let page: u64 = match filter.page.trim() {
        "" => 1,
        p => p
            .parse()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or(AppError::BadRequest)?,
    };
    let day = |value: &str| -> Result<Option<DateTime<Utc>>, AppError> {
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
            .map(|at| at.with_timezone(&Utc)))
    };
    let selection = Selection {
        actor,
        action,
        from: day(&filter.from)?,
        until: day(&filter.to)?.map(|to| to + Duration::days(1)),
    };
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
