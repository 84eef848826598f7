//! Notifications written, read and forgotten: telling people something,
//! a notification's text, a person's latest ones, and an erased person's
//! name taken out of them.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    sea_query::{Expr, ExprTrait, Query},
};

use super::entity::{ActiveModel, Column, Entity, Model};
use super::{Cadence, Kind, mailing, outbox};
use crate::ids::{CallId, PersonId};
use crate::{i18n::L10n, people::user, tenancy::TenantId};

/// Tells each of `people` something, linking to `link` (a path in the site),
/// in the app and, queued in the same transaction, by email.
pub async fn notify<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    people: &[PersonId],
    message: &str,
    args: serde_json::Value,
    link: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    tell(db, scope, people, message, &args, link, at, None).await
}

/// `notify`, for a mailing: the queued emails count towards its reach.
#[allow(clippy::too_many_arguments)]
pub async fn notify_mailing<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    mailing: &mailing::Model,
    people: &[PersonId],
    message: &str,
    args: serde_json::Value,
    link: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    tell(db, scope, people, message, &args, link, at, Some(mailing)).await
}

#[allow(clippy::too_many_arguments)]
async fn tell<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    people: &[PersonId],
    message: &str,
    args: &serde_json::Value,
    link: &str,
    at: DateTime<Utc>,
    mailing: Option<&mailing::Model>,
) -> Result<(), DbErr> {
    if people.is_empty() {
        return Ok(());
    }
    // Every message has a kind (the unit test below); one without would
    // still be sent, under the proposal's choice.
    let kind = Kind::of_message(message).unwrap_or(Kind::Proposal);
    for people in people.chunks(CHUNK) {
        scope
            .insert_many(
                people.iter().map(|person| ActiveModel {
                    user_id: Set(*person),
                    message: Set(message.to_owned()),
                    args: Set(args.to_string()),
                    link: Set(link.to_owned()),
                    created_at: Set(at),
                    read_at: Set(None),
                    ..Default::default()
                }),
                db,
            )
            .await?;
        let email = Email {
            kind,
            message,
            args: args.to_string(),
            link,
            mailing,
            at,
        };
        let held = enqueue(db, scope, people, &email).await?;
        if !held.is_empty() {
            hold_for_digest(db, scope, kind, &held, at).await?;
        }
    }
    Ok(())
}

/// People told at once are written in chunks of this many, so that a
/// mailing to a whole city stays under the databases' bound parameters.
const CHUNK: usize = 500;

/// One email to queue for several people.
struct Email<'a> {
    kind: Kind,
    message: &'a str,
    args: String,
    link: &'a str,
    mailing: Option<&'a mailing::Model>,
    at: DateTime<Utc>,
}

/// The cadence a person (the row `person` of the enclosing statement) chose
/// for emails of `kind`, or the kind's default: an SQL expression of
/// constants only (`Kind`'s and `Cadence`'s own tokens, never input). A
/// kind the person must read cannot be turned off: "never" is then the
/// default too.
fn chosen_cadence(kind: Kind, tenant: &str, person: &str) -> String {
    let allowed: Vec<String> = Cadence::ALL
        .into_iter()
        .filter(|c| !(kind.required() && *c == Cadence::Never))
        .map(|c| format!("'{}'", c.token()))
        .collect();
    format!(
        "COALESCE((SELECT p.cadence FROM mail_preferences p WHERE p.tenant_id = {tenant} \
         AND p.user_id = {person} AND p.kind = '{}' AND p.cadence IN ({})), '{}')",
        kind.token(),
        allowed.join(", "),
        kind.default_cadence().token()
    )
}

/// Queues `email` for each of `people` of the city, in one statement that
/// reads each person's choice as it writes: at once → queued, daily or
/// weekly → held (for now due at once: the caller sets the digest's time),
/// never, inactive, or email turned off → skipped. The ids of the held
/// rows.
async fn enqueue<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    people: &[PersonId],
    email: &Email<'_>,
) -> Result<Vec<i32>, DbErr> {
    let cadence = chosen_cadence(email.kind, "users.tenant_id", "users.id");
    let status = format!(
        "CASE WHEN users.active AND users.notify_by_email THEN \
         CASE {cadence} WHEN '{now}' THEN '{queued}' WHEN '{never}' THEN '{skipped}' ELSE '{held}' END \
         ELSE '{skipped}' END",
        now = Cadence::Now.token(),
        never = Cadence::Never.token(),
        queued = outbox::QUEUED,
        held = outbox::HELD,
        skipped = outbox::SKIPPED,
    );
    let rows = scope
        .find::<user::Entity>()
        .select_only()
        .column(user::Column::TenantId)
        .column(user::Column::Id)
        .expr(Expr::val(email.kind.token()))
        .expr(Expr::val(email.message))
        .expr(Expr::val(email.args.as_str()))
        .expr(Expr::val(email.link))
        .expr(Expr::val(email.mailing.map(|m| m.id)))
        .expr(Expr::val(
            email.mailing.and_then(|m| m.call_id).map(CallId::get),
        ))
        .expr(Expr::cust(status))
        .expr(Expr::val(0))
        .expr(Expr::val(email.at))
        .expr(Expr::val(email.at))
        .filter(user::Column::Id.is_in(people.to_vec()))
        .into_query();
    let insert = Query::insert()
        .into_table(outbox::Entity)
        .columns([
            outbox::Column::TenantId,
            outbox::Column::UserId,
            outbox::Column::Kind,
            outbox::Column::Message,
            outbox::Column::Args,
            outbox::Column::Link,
            outbox::Column::MailingId,
            outbox::Column::CallId,
            outbox::Column::Status,
            outbox::Column::Attempts,
            outbox::Column::NextAttemptAt,
            outbox::Column::CreatedAt,
        ])
        .select_from(rows)
        .map_err(|e| DbErr::Custom(e.to_string()))?
        .returning(Query::returning().columns([outbox::Column::Id, outbox::Column::Status]))
        .to_owned();
    let written = db
        .query_all_raw(db.get_database_backend().build(&insert))
        .await?;
    let mut held = Vec::new();
    for row in written {
        let status: String = row.try_get("", "status")?;
        if status == outbox::HELD {
            held.push(row.try_get("", "id")?);
        }
    }
    Ok(held)
}

/// Sets the held rows `held` due at their digest: the next one of the
/// city's days (daily) or Mondays (weekly) after `at`.
async fn hold_for_digest<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    kind: Kind,
    held: &[i32],
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    let timezone = crate::tenants::find_by_id(db, scope.get())
        .await?
        .and_then(|city| city.timezone.parse().ok())
        .unwrap_or(Tz::UTC);
    let cadence = chosen_cadence(kind, "mail_outbox.tenant_id", "mail_outbox.user_id");
    let due = Expr::case(
        Expr::cust(cadence).eq(Cadence::Weekly.token()),
        digest_due(at, timezone, Cadence::Weekly),
    )
    .finally(digest_due(at, timezone, Cadence::Daily));
    scope
        .update_many::<outbox::Entity>()
        .col_expr(outbox::Column::NextAttemptAt, due.into())
        .filter(outbox::Column::Id.is_in(held.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// The local hour of the city at which digests go out.
pub const DIGEST_HOUR: u32 = 7;

/// When a digest holding something told at `at` goes out: the next
/// `DIGEST_HOUR` o'clock of the city after it (daily), or the next Monday's
/// (weekly).
pub fn digest_due(at: DateTime<Utc>, timezone: Tz, cadence: Cadence) -> DateTime<Utc> {
    let local = at.with_timezone(&timezone);
    let mut day = local.date_naive();
    loop {
        let monday = day.weekday() == chrono::Weekday::Mon;
        if cadence != Cadence::Weekly || monday {
            let naive = day.and_hms_opt(DIGEST_HOUR, 0, 0).unwrap_or_default();
            // A digest hour that a clock change skips comes an hour later.
            let moment = timezone
                .from_local_datetime(&naive)
                .earliest()
                .unwrap_or_else(|| timezone.from_utc_datetime(&naive))
                .with_timezone(&Utc);
            if moment > at {
                return moment;
            }
        }
        day = day.succ_opt().unwrap_or(day);
    }
}

/// A notification's text in one language. Text arguments are given as
/// text and numbers as numbers; an award told without its name (the
/// proposal won none of the call's named awards) reads as an award won,
/// without a colon followed by nothing.
pub fn render_text(l: &L10n, message: &str, args: &serde_json::Value) -> String {
    let empty = serde_json::Map::new();
    let fields = args.as_object().unwrap_or(&empty);
    let pairs: Vec<(&str, fluent_bundle::FluentValue)> = fields
        .iter()
        .filter_map(|(k, v)| {
            let value = match v {
                serde_json::Value::String(text) => text.clone().into(),
                serde_json::Value::Number(n) => n.as_f64()?.into(),
                _ => return None,
            };
            Some((k.as_str(), value))
        })
        .collect();
    let unnamed_award = message == AWARDED
        && fields
            .get("award")
            .and_then(serde_json::Value::as_str)
            .is_none_or(|award| award.trim().is_empty());
    let message = if unnamed_award {
        AWARDED_PLAIN
    } else {
        message
    };
    l.args(message, &pairs)
}

/// An award won, named (`award`), and one without a name.
const AWARDED: &str = "notification-awarded";
const AWARDED_PLAIN: &str = "notification-awarded-plain";

/// The person a notification's text names, if any.
pub fn person_of(args: &serde_json::Value) -> Option<PersonId> {
    args.get(PERSON)
        .and_then(serde_json::Value::as_i64)
        .and_then(|id| i32::try_from(id).ok())
        .map(PersonId)
}

/// The key under which a notification names a person by id.
pub const PERSON: &str = "person";

/// An erased person's name, copied into notifications before they named
/// people by id, becomes a reference to them, rendered as the placeholder.
pub async fn forget_name<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
    name: &str,
) -> Result<(), DbErr> {
    let Ok(quoted) = serde_json::to_string(name) else {
        return Ok(());
    };
    if name.is_empty() {
        return Ok(());
    }
    let naming = scope
        .find::<Entity>()
        .filter(Column::Args.contains(quoted.as_str()))
        .all(db)
        .await?;
    for notice in naming {
        let mut args: serde_json::Value = serde_json::from_str(&notice.args).unwrap_or_default();
        let Some(fields) = args.as_object_mut() else {
            continue;
        };
        fields.retain(|_, value| value.as_str() != Some(name));
        fields.insert(PERSON.into(), person.get().into());
        scope
            .update_many::<Entity>()
            .col_expr(Column::Args, Expr::value(args.to_string()))
            .filter(Column::Id.eq(notice.id))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// The person's latest `limit` notifications, newest first, with the
/// people their texts name.
pub async fn latest<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
    limit: u64,
) -> Result<(Vec<Model>, HashMap<PersonId, user::Model>), DbErr> {
    let items = scope
        .find::<Entity>()
        .filter(Column::UserId.eq(person))
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let named: Vec<PersonId> = items
        .iter()
        .filter_map(|n| person_of(&serde_json::from_str(&n.args).unwrap_or_default()))
        .collect();
    let people = if named.is_empty() {
        HashMap::new()
    } else {
        scope
            .find::<user::Entity>()
            .filter(user::Column::Id.is_in(named))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect()
    };
    Ok((items, people))
}

/// Marks all of the person's notifications read at `now`.
pub async fn mark_read<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .update_many::<Entity>()
        .col_expr(Column::ReadAt, Expr::value(now))
        .filter(Column::UserId.eq(person))
        .filter(Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use serde_json::json;

    use super::render_text;
    use crate::i18n::{Lang, Locales};

    /// Every kind of notification, with arguments as the code stores them
    /// (the page adds `name` for the person stored by id).
    fn cases() -> Vec<(&'static str, serde_json::Value)> {
        let title = "Biciclette di servizio per i tecnici";
        let call = "Innova.TO 2026";
        vec![
            ("notification-submitted", json!({ "title": title })),
            (
                "notification-team-invitation",
                json!({ "person": 7, "name": "Marco Bianchi", "title": title }),
            ),
            ("notification-in-review", json!({ "title": title })),
            ("notification-mentor", json!({})),
            ("notification-stalled", json!({ "title": title })),
            ("notification-review-assigned", json!({})),
            (
                "notification-awarded",
                json!({ "title": title, "award": "Premio Innovazione" }),
            ),
            (
                "notification-awarded",
                json!({ "title": title, "award": "" }),
            ),
            ("notification-awarded-plain", json!({ "title": title })),
            ("notification-not-selected", json!({ "title": title })),
            ("notification-call-opened", json!({ "title": call })),
            (
                "notification-deadline-near",
                json!({ "title": call, "days": 7 }),
            ),
            (
                "notification-deadline-near",
                json!({ "title": call, "days": 1 }),
            ),
            (
                "notification-draft-unsubmitted",
                json!({ "title": title, "days": 2 }),
            ),
            (
                "notification-announcement",
                json!({ "title": call, "subject": "Incontro informativo", "body": "Giovedì alle 10 in Sala Rossa." }),
            ),
            (
                "notification-review-due",
                json!({ "title": call, "days": 3 }),
            ),
            (
                "notification-milestone-due",
                json!({ "title": title, "milestone": "Gara d'appalto", "days": 0 }),
            ),
            (
                "notification-milestone-due",
                json!({ "title": title, "milestone": "Gara d'appalto", "days": 1 }),
            ),
            (
                "notification-milestone-due",
                json!({ "title": title, "milestone": "Gara d'appalto", "days": 5 }),
            ),
            (
                "notification-division-wanted",
                json!({ "title": "Prevenire gli sfratti", "division": "Servizi sociali" }),
            ),
        ]
    }

    #[test]
    fn digests_go_out_at_seven_in_the_citys_time() {
        use super::{Cadence, digest_due};
        use chrono::{TimeZone, Utc};
        let rome: chrono_tz::Tz = "Europe/Rome".parse().expect("zone");
        let at = |d, h, m| {
            Utc.with_ymd_and_hms(2026, 3, d, h, m, 0)
                .single()
                .expect("time")
        };
        // Tuesday 3 March 2026, 10:00 in Rome (9:00 UTC).
        let tuesday = at(3, 9, 0);
        assert_eq!(digest_due(tuesday, rome, Cadence::Daily), at(4, 6, 0));
        assert_eq!(digest_due(at(3, 5, 0), rome, Cadence::Daily), at(3, 6, 0));
        assert_eq!(digest_due(at(3, 6, 0), rome, Cadence::Daily), at(4, 6, 0));
        // Weekly: the next Monday, 9 March.
        assert_eq!(digest_due(tuesday, rome, Cadence::Weekly), at(9, 6, 0));
        assert_eq!(digest_due(at(9, 5, 0), rome, Cadence::Weekly), at(9, 6, 0));
        assert_eq!(digest_due(at(9, 7, 0), rome, Cadence::Weekly), at(16, 6, 0));
    }

    #[test]
    fn every_notification_has_a_kind() {
        for id in Locales::message_ids(Lang::En) {
            if id.starts_with("notification-") && !id.contains('.') {
                assert!(
                    super::Kind::of_message(&id).is_some(),
                    "{id} has no kind in notifications/kind.rs"
                );
            }
        }
    }

    #[test]
    fn every_notification_reads_whole_in_every_language() {
        let locales = Arc::new(Locales::load().expect("locales load"));
        let cases = cases();
        // A new kind of notification is added here, with its arguments.
        for id in Locales::message_ids(Lang::En) {
            if id.starts_with("notification-") && !id.contains('.') {
                assert!(
                    cases.iter().any(|(kind, _)| *kind == id),
                    "{id} has no case in this test"
                );
            }
        }
        for lang in Lang::ALL {
            let l = locales.for_lang(lang);
            for (kind, args) in &cases {
                let text = render_text(&l, kind, args);
                let shown = format!("{lang} {kind} {args}: {text:?}");
                assert!(!text.trim().is_empty(), "empty: {shown}");
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "placeholder left: {shown}"
                );
                assert!(!text.contains(kind), "untranslated: {shown}");
                let end: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                assert!(!end.ends_with(":."), "nothing after the colon: {shown}");
                for empty in ["“”", "«»", "„”", "\"\"", "« »", "‘’"] {
                    assert!(!text.contains(empty), "empty quotation: {shown}");
                }
                if let Some(title) = args.get("title").and_then(|t| t.as_str()) {
                    assert!(text.contains(title), "title missing: {shown}");
                }
                if let Some(award) = args.get("award").and_then(|t| t.as_str()) {
                    assert!(text.contains(award), "award missing: {shown}");
                }
                for key in ["name", "subject", "body", "milestone", "division"] {
                    if let Some(value) = args.get(key).and_then(|t| t.as_str()) {
                        assert!(text.contains(value), "{key} missing: {shown}");
                    }
                }
            }
        }
    }
}
