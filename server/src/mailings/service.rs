//! Mailings written and counted: who a call's mailing is meant for (the
//! call's eligibility rule over the city's employees), sending one at most
//! once per occasion, an admin's announcement, and each mailing's reach as
//! its queued emails stand.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    QueryFilter, QueryOrder, QuerySelect, SqlErr, TransactionTrait, sea_query::Query,
};
use serde_json::json;

use crate::i18n::Lang;
use crate::ids::{CallId, PersonId};
use crate::notifications::{self, Kind, mailing, outbox};
use crate::{
    audit,
    calls::{Eligibility, Phase, entity as calls, service as call_service},
    error::{AppError, FieldIssue},
    organisation::division,
    people::{Role, role, user},
    proposals,
    tenancy::TenantId,
};

/// Longest announcement subject, in characters.
pub const SUBJECT_MAX: usize = 200;
/// Longest announcement text, in characters.
pub const BODY_MAX: usize = 5_000;

/// The city's active employees whom the call's eligibility rule admits, by
/// id: whom a call's mailings are meant for.
pub async fn eligible_people(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: &calls::Model,
) -> Result<Vec<PersonId>, DbErr> {
    let rule = Eligibility::parse(&call.eligibility);
    let employees = Query::select()
        .column(role::Column::UserId)
        .from(role::Entity)
        .and_where(role::Column::TenantId.eq(scope.get()))
        .and_where(role::Column::Role.eq(Role::Employee))
        .to_owned();
    let people = scope
        .find::<user::Entity>()
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Id.in_subquery(employees))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    // Division codes are read once, and only for a rule about divisions.
    let codes: HashMap<i32, String> = if rule.attribute() == Some("division") {
        scope
            .find::<division::Entity>()
            .all(db)
            .await?
            .into_iter()
            .map(|d| (d.id, d.code))
            .collect()
    } else {
        HashMap::new()
    };
    Ok(people
        .iter()
        .filter(|person| {
            let code = person.division_id.and_then(|d| codes.get(&d));
            proposals::admits(&rule, person, code.map(String::as_str)).is_ok()
        })
        .map(|person| person.id)
        .collect())
}

/// What one mailing says, to whom it is about and what makes it once.
pub struct Sending {
    pub call: Option<CallId>,
    pub kind: Kind,
    /// Unique per city and call: a second sending of it is skipped.
    pub occasion: String,
    /// The notification's Fluent id, its arguments and its link.
    pub message: &'static str,
    pub args: serde_json::Value,
    pub link: String,
    /// An admin's announcement: subject, text, their language, who.
    pub written: Option<Written>,
}

/// An announcement as its admin wrote it.
pub struct Written {
    pub subject: String,
    pub body: String,
    pub lang: Lang,
    pub by: PersonId,
}

/// Writes the mailing in `txn`, meant for `audience` people; `None`, with
/// nothing written, when the occasion was already sent (by this instance
/// or another: the unique key decides). The caller tells the people.
pub async fn record(
    txn: &DatabaseTransaction,
    scope: TenantId,
    sending: &Sending,
    audience: usize,
    now: DateTime<Utc>,
) -> Result<Option<mailing::Model>, DbErr> {
    let written = sending.written.as_ref();
    let inserted = scope
        .insert(
            mailing::ActiveModel {
                call_id: Set(sending.call),
                kind: Set(sending.kind.token().to_owned()),
                occasion: Set(sending.occasion.clone()),
                subject: Set(written.map(|w| w.subject.clone())),
                body: Set(written.map(|w| w.body.clone())),
                locale: Set(written.map(|w| w.lang.code().to_owned())),
                created_by: Set(written.map(|w| w.by)),
                created_at: Set(now),
                audience: Set(i32::try_from(audience).unwrap_or(i32::MAX)),
                ..Default::default()
            },
            txn,
        )
        .await;
    match inserted {
        Ok(mailing) => Ok(Some(mailing)),
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

/// Writes the mailing and tells `people` in `txn` (see [`record`]); the
/// caller commits.
pub async fn send_in(
    txn: &DatabaseTransaction,
    scope: TenantId,
    sending: Sending,
    people: &[PersonId],
    now: DateTime<Utc>,
) -> Result<Option<mailing::Model>, DbErr> {
    let Some(mailing) = record(txn, scope, &sending, people.len(), now).await? else {
        return Ok(None);
    };
    notifications::notify_mailing(
        txn,
        scope,
        &mailing,
        people,
        sending.message,
        sending.args,
        &sending.link,
        now,
    )
    .await?;
    Ok(Some(mailing))
}

/// `send_in`, in a transaction of its own.
pub async fn send(
    db: &DatabaseConnection,
    scope: TenantId,
    sending: Sending,
    people: &[PersonId],
    now: DateTime<Utc>,
) -> Result<Option<mailing::Model>, DbErr> {
    let txn = db.begin().await?;
    let sent = send_in(&txn, scope, sending, people, now).await?;
    if sent.is_some() {
        txn.commit().await?;
    }
    Ok(sent)
}

/// The occasions of a call already sent.
pub async fn occasions_sent(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: Option<CallId>,
) -> Result<Vec<String>, DbErr> {
    let query = scope.find::<mailing::Entity>();
    let query = match call {
        Some(call) => query.filter(mailing::Column::CallId.eq(call)),
        None => query.filter(mailing::Column::CallId.is_null()),
    };
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.occasion)
        .collect())
}

/// The states of a queued email, in the order the reach table shows them.
pub const STATES: [&str; 6] = [
    outbox::QUEUED,
    outbox::HELD,
    outbox::SENT,
    outbox::SKIPPED,
    outbox::FAILED,
    outbox::BOUNCED,
];

/// A mailing and where its emails stand: how many in each state.
pub struct Reach {
    pub mailing: mailing::Model,
    /// Emails by state (see [`STATES`]); a state without any is absent.
    pub emails: HashMap<String, i64>,
}

impl Reach {
    /// How many of the mailing's emails are in `state`.
    pub fn count(&self, state: &str) -> i64 {
        self.emails.get(state).copied().unwrap_or(0)
    }
}

/// The call's mailings, newest first, with their emails counted by state.
pub async fn reach(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<Reach>, DbErr> {
    let mailings = scope
        .find::<mailing::Entity>()
        .filter(mailing::Column::CallId.eq(call))
        .order_by_desc(mailing::Column::CreatedAt)
        .order_by_desc(mailing::Column::Id)
        .all(db)
        .await?;
    let counts: Vec<(Option<i32>, String, i64)> = scope
        .find::<outbox::Entity>()
        .select_only()
        .column(outbox::Column::MailingId)
        .column(outbox::Column::Status)
        .column_as(outbox::Column::Id.count(), "emails")
        .filter(outbox::Column::MailingId.is_in(mailings.iter().map(|m| m.id)))
        .group_by(outbox::Column::MailingId)
        .group_by(outbox::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_mailing: BTreeMap<i32, HashMap<String, i64>> = BTreeMap::new();
    for (mailing, state, emails) in counts {
        if let Some(mailing) = mailing {
            by_mailing.entry(mailing).or_default().insert(state, emails);
        }
    }
    Ok(mailings
        .into_iter()
        .map(|mailing| Reach {
            emails: by_mailing.remove(&mailing.id).unwrap_or_default(),
            mailing,
        })
        .collect())
}

/// Whether a call's eligible people can be sent an announcement: once
/// published (a draft is the admin's alone) and until archived (read-only).
fn announceable(call: &calls::Model) -> Result<(), AppError> {
    if !call.phase.is_published() {
        return Err(AppError::Refused("mailings-error-draft"));
    }
    if call.phase == Phase::Archived {
        return Err(AppError::Refused("mailings-error-archived"));
    }
    Ok(())
}

/// An announcement's subject and text, checked: both required, the
/// subject one line of at most [`SUBJECT_MAX`] characters, the text at
/// most [`BODY_MAX`]. Refusals name each field.
pub fn check(subject: &str, body: &str) -> Result<(), AppError> {
    let mut issues = Vec::new();
    let subject = subject.trim();
    if subject.is_empty() {
        issues.push(FieldIssue::new("subject", "mailings-error-required"));
    } else if subject.chars().count() > SUBJECT_MAX {
        issues.push(
            FieldIssue::new("subject", "mailings-error-too-long").with("max", SUBJECT_MAX as i64),
        );
    } else if subject.contains(['\n', '\r']) {
        issues.push(FieldIssue::new("subject", "mailings-error-one-line"));
    }
    let body = body.trim();
    if body.is_empty() {
        issues.push(FieldIssue::new("body", "mailings-error-required"));
    } else if body.chars().count() > BODY_MAX {
        issues
            .push(FieldIssue::new("body", "mailings-error-too-long").with("max", BODY_MAX as i64));
    }
    if issues.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(issues))
    }
}

/// Whether an announcement's token (what makes a repeated click one
/// sending) is well formed: 32 lower-case hexadecimal digits.
pub fn token_is_valid(token: &str) -> bool {
    token.len() == 32 && token.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f'))
}

/// A fresh announcement token.
pub fn new_token() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// What an announcement did: the mailing, and whether this request sent
/// it (`false`: the same token had already sent it).
pub struct Announced {
    pub mailing: mailing::Model,
    pub sent_now: bool,
}

/// The admin `by` sends an announcement to the call's eligible people, in
/// their language `lang`, audited as `call.announce`. The same `token`
/// sends once: a repeated request finds the first one's mailing.
#[allow(clippy::too_many_arguments)]
pub async fn announce(
    db: &DatabaseConnection,
    scope: TenantId,
    call: &calls::Model,
    by: PersonId,
    lang: Lang,
    subject: &str,
    body: &str,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Announced, AppError> {
    announceable(call)?;
    check(subject, body)?;
    if !token_is_valid(token) {
        return Err(AppError::Refused("mailings-error-token"));
    }
    let occasion = format!("announcement-{token}");
    let (subject, body) = (subject.trim().to_owned(), body.trim().to_owned());
    let title = call_service::title(db, scope, call.id, lang).await?;
    let people = eligible_people(db, scope, call).await?;
    let txn = db.begin().await?;
    let sending = Sending {
        call: Some(call.id),
        kind: Kind::Announcement,
        occasion: occasion.clone(),
        message: "notification-announcement",
        args: json!({ "title": title, "subject": subject, "body": body }),
        link: format!("/calls/{}", call.id),
        written: Some(Written {
            subject: subject.clone(),
            body,
            lang,
            by,
        }),
    };
    let Some(mailing) = send_in(&txn, scope, sending, &people, now).await? else {
        drop(txn);
        let mailing = scope
            .find::<mailing::Entity>()
            .filter(mailing::Column::CallId.eq(call.id))
            .filter(mailing::Column::Occasion.eq(occasion))
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        return Ok(Announced {
            mailing,
            sent_now: false,
        });
    };
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(by),
            action: "call.announce",
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!(null),
            after: json!({
                "mailing": mailing.id,
                "name": subject,
                "audience": mailing.audience,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Announced {
        mailing,
        sent_now: true,
    })
}

/// The city's call `id` whose mailings an admin reads or writes (any
/// phase; another city's call is not found).
pub async fn call_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<calls::Model, AppError> {
    call_service::find(db, scope, id).await
}
