//! The audit log in words: each entry as a sentence in the reader's
//! language, with its raw details, as the log's page, its export and the
//! API show it. Every action code has its sentence `audit-do-…` in every
//! language.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use fluent_bundle::FluentValue;
use serde_json::{Value, json};

use super::Model;
use super::service::Subjects;
use crate::i18n::L10n;
use crate::ids::PersonId;
use crate::people::user;

/// Every action code the platform writes to a city's log; each has a
/// sentence `audit-do-…` in every language (see `message_id`).
pub const ACTIONS: &[&str] = &[
    "api_token.create",
    "api_token.revoke",
    "call.announce",
    "call.close_early",
    "call.copy",
    "call.create",
    "call.extend",
    "call.phase",
    "call.proposals_export",
    "call.publish",
    "call.results",
    "call.template",
    "call.template_withdraw",
    "call.update",
    "challenge.decline",
    "challenge.merge",
    "challenge.propose",
    "challenge.select",
    "challenge.translate",
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
    "facilitator.add",
    "facilitator.remove",
    "identities.open",
    "identities.open_request",
    "invitation.accept",
    "invitation.revoke",
    "invitation.send",
    "jury.add",
    "jury.remove",
    "mail.retry",
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
    "proposal.comment_hide",
    "proposal.decision",
    "proposal.link",
    "proposal.redact",
    "review.assign",
    "review.close",
    "review.conflict",
    "review.reassign",
    "review.score",
    "review.start",
    "role.grant",
    "role.revoke",
    "team.workshop",
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
        ("challenge", "Prevenire gli sfratti".into()),
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
        _ => ["juror", "person", "facilitator"]
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
        "call.announce" => (number(&after["audience"]), 0, text(&after["name"])),
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
    let challenge = text(
        after
            .get("title")
            .or_else(|| before.get("title"))
            .unwrap_or(&Value::Null),
    );
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
        ("challenge", challenge.as_str().into()),
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
