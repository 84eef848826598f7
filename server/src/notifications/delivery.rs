//! The delivery worker: every few seconds, on every instance, it claims
//! the emails that are due (by compare-and-set, so that of several
//! instances exactly one holds each), sends them, and records what became
//! of them. A person's held emails go out together as their digest. Pages
//! only write rows; they never wait for a mail server.

use std::{
    collections::{BTreeMap, HashMap},
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};
use lettre::message::Mailbox;
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, Order, QueryFilter, QueryOrder,
    sea_query::{Expr, Query},
};

use super::{
    Kind,
    mail::{self, Item, Letter, Mailer, Refusal},
    outbox::{self, Column},
    service::{person_of, render_text},
    unsubscribe,
};
use crate::{i18n::Lang, ids::PersonId, people::user, state::AppState, tenancy::TenantId, tenants};

/// How the worker sends: the platform's mail server, if any, and where the
/// platform is reached from outside (links in emails).
#[derive(Clone, Debug)]
pub struct Delivery {
    /// `INNOVATO_SMTP_URL`: used for every city without a mail server of
    /// its own.
    pub platform: Option<Mailer>,
    /// `INNOVATO_PUBLIC_URL`: `scheme://host[:port]` of the platform.
    pub public_url: String,
    /// How often the worker looks for due emails.
    pub every: Duration,
}

/// Where a person chooses which emails they get, and how often.
pub const CHOICES_PATH: &str = "/account/email";

/// Rows one round claims at most.
const BATCH: u64 = 50;
/// How long a claim holds: a claimed row whose instance died is taken up
/// by another after it.
const LEASE: Duration = Duration::from_secs(300);
/// Tries before a transiently refused email is given up as `failed`.
pub const MAX_ATTEMPTS: i32 = 6;

/// The wait before try number `attempts + 1`: 1 minute, doubled each time.
fn backoff(attempts: i32) -> chrono::Duration {
    chrono::Duration::minutes(1 << attempts.clamp(0, 10))
}

/// Runs the worker for as long as the process lives.
pub async fn run(app: AppState, delivery: Delivery) {
    let mut ticks = tokio::time::interval(delivery.every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let result = deliver(&app, &delivery).await;
        app.metrics.task_ran("mail", result.is_ok());
        if let Err(error) = result {
            tracing::warn!(%error, "emails could not be delivered; trying again");
        }
    }
}

/// One round: claims what is due now, sends it and records the outcome;
/// the number of rows it handled.
pub async fn deliver(app: &AppState, delivery: &Delivery) -> Result<usize, DbErr> {
    let now = app.clock.now();
    let claim = uuid::Uuid::new_v4().to_string();
    let started = Instant::now();
    let rows = claim_due(&app.db, &claim, now).await?;
    let handled = rows.len();
    let mut by_city: BTreeMap<i32, Vec<outbox::Model>> = BTreeMap::new();
    for row in rows {
        by_city.entry(row.tenant_id).or_default().push(row);
    }
    for (tenant_id, rows) in by_city {
        let Some(city) = tenants::find_by_id(&app.db, tenant_id).await? else {
            continue;
        };
        let sender = Sender::of(app, delivery, &city).await?;
        let round = Round {
            app,
            scope: TenantId::of(&city),
            claim: &claim,
            now,
        };
        for letter in letters(rows) {
            // A claim is kept only while it holds: what is left when it
            // nears its end goes back to the queue for the next round.
            if started.elapsed() + 2 * mail::SMTP_TIMEOUT > LEASE {
                round.release(&letter).await?;
                continue;
            }
            round.send(&sender, &city, letter).await?;
        }
    }
    Ok(handled)
}

/// Claims up to `BATCH` due rows for `claim` (queued ones whose time has
/// come, held ones whose digest is due) and reads back those it holds.
#[allow(
    clippy::disallowed_methods,
    reason = "the delivery worker serves every city; each row keeps its tenant"
)]
async fn claim_due(
    db: &DatabaseConnection,
    claim: &str,
    now: DateTime<Utc>,
) -> Result<Vec<outbox::Model>, DbErr> {
    let waiting = [outbox::QUEUED, outbox::HELD];
    let free = Condition::any()
        .add(Column::ClaimedUntil.is_null())
        .add(Column::ClaimedUntil.lt(now));
    let due = Query::select()
        .column(Column::Id)
        .from(outbox::Entity)
        .and_where(Column::Status.is_in(waiting))
        .and_where(Column::NextAttemptAt.lte(now))
        .cond_where(free.clone())
        .order_by(Column::Id, Order::Asc)
        .limit(BATCH)
        .to_owned();
    let until = now + chrono::Duration::from_std(LEASE).unwrap_or_default();
    // The conditions are checked again on each row as it is written: of two
    // instances claiming at once, the second finds the row taken.
    outbox::Entity::update_many()
        .col_expr(Column::ClaimedBy, Expr::value(claim))
        .col_expr(Column::ClaimedUntil, Expr::value(until))
        .filter(Column::Id.in_subquery(due))
        .filter(Column::Status.is_in(waiting))
        .filter(free)
        .exec(db)
        .await?;
    outbox::Entity::find()
        .filter(Column::ClaimedBy.eq(claim))
        .filter(Column::Status.is_in(waiting))
        .order_by_asc(Column::Id)
        .all(db)
        .await
}

/// The emails to write: each queued row alone, a person's held rows
/// together (their digest).
fn letters(rows: Vec<outbox::Model>) -> Vec<Vec<outbox::Model>> {
    let mut letters = Vec::new();
    let mut digests: BTreeMap<PersonId, Vec<outbox::Model>> = BTreeMap::new();
    for row in rows {
        if row.status == outbox::HELD {
            digests.entry(row.user_id).or_default().push(row);
        } else {
            letters.push(vec![row]);
        }
    }
    letters.extend(digests.into_values());
    letters
}

/// Through what a city's emails go, and where its site is.
struct Sender {
    mailer: Option<Mailer>,
    site_url: String,
    /// The domain of the emails' Message-IDs.
    domain: String,
}

impl Sender {
    /// The city's own mail server when it has one, else the platform's.
    async fn of(app: &AppState, delivery: &Delivery, city: &tenants::Model) -> Result<Self, DbErr> {
        let own = match (&city.smtp_url, &city.mail_from) {
            (Some(sealed), Some(from)) => match app.secrets.open(sealed) {
                Ok(url) => Mailer::new(&url, from).ok(),
                Err(_) => None,
            },
            _ => None,
        };
        let host = TenantId::of(city)
            .find::<crate::tenancy::host::Entity>()
            .order_by_asc(crate::tenancy::host::Column::Id)
            .one(&app.db)
            .await?
            .map(|h| h.host);
        let site_url = site_url(&delivery.public_url, &city.slug, host.as_deref());
        let domain = authority(&delivery.public_url)
            .1
            .split(':')
            .next()
            .unwrap_or("localhost")
            .to_owned();
        Ok(Self {
            mailer: own.or_else(|| delivery.platform.clone()),
            site_url,
            domain,
        })
    }
}

/// `scheme` and `host[:port]` of a URL.
fn authority(url: &str) -> (&str, &str) {
    let (scheme, rest) = url.split_once("://").unwrap_or(("https", url));
    (scheme, rest.split('/').next().unwrap_or(rest))
}

/// The address of a city's site as seen from outside: its own host name
/// when it has one (with the platform's scheme and port), else its path
/// on the platform's.
pub fn site_url(public_url: &str, slug: &str, host: Option<&str>) -> String {
    match host {
        Some(host) => {
            let (scheme, authority) = authority(public_url);
            let port = authority
                .rsplit_once(':')
                .map(|(_, port)| port)
                .filter(|port| !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()));
            match port {
                Some(port) => format!("{scheme}://{host}:{port}"),
                None => format!("{scheme}://{host}"),
            }
        }
        None => format!("{}/t/{slug}", public_url.trim_end_matches('/')),
    }
}

/// One round's work in one city.
struct Round<'a> {
    app: &'a AppState,
    scope: TenantId,
    claim: &'a str,
    now: DateTime<Utc>,
}

impl Round<'_> {
    /// Writes, sends and records one letter.
    async fn send(
        &self,
        sender: &Sender,
        city: &tenants::Model,
        rows: Vec<outbox::Model>,
    ) -> Result<(), DbErr> {
        let Some(mailer) = &sender.mailer else {
            return self.skip(&rows, "no mail server").await;
        };
        let Some(first) = rows.first() else {
            return Ok(());
        };
        let person = self
            .scope
            .find_by_id::<user::Entity>(first.user_id)
            .one(&self.app.db)
            .await?;
        let Some(person) = person.filter(|p| p.active && p.notify_by_email) else {
            return self.skip(&rows, "no email wanted").await;
        };
        let Ok(to) = person.email.parse::<Mailbox>() else {
            return self
                .record(&rows, Outcome::Bounced("not an email address".into()))
                .await;
        };
        let letter = self.write(sender, city, &person, &rows).await?;
        let message = match mail::compose(&letter, mailer.from(), to) {
            Ok(message) => message,
            Err(error) => return self.record(&rows, Outcome::Bounced(error)).await,
        };
        let outcome = match mailer.send(message).await {
            Ok(()) => Outcome::Sent,
            Err(Refusal::Permanent(error)) => Outcome::Bounced(error),
            Err(Refusal::Transient(error)) => Outcome::Retry(error),
        };
        self.record(&rows, outcome).await
    }

    /// The letter of `rows` to `person`, in their language, naming the
    /// people its texts name as they are now (an erasure reaches it).
    async fn write(
        &self,
        sender: &Sender,
        city: &tenants::Model,
        person: &user::Model,
        rows: &[outbox::Model],
    ) -> Result<Letter, DbErr> {
        let context = crate::tenancy::TenantContext::from_model(city);
        let lang = person
            .locale
            .as_deref()
            .and_then(|l| l.parse::<Lang>().ok())
            .filter(|l| context.locales.contains(l))
            .unwrap_or(context.default_locale);
        let l10n = self.app.locales.for_lang(lang);
        let city_name = city.name_in(lang.code());
        let args: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| serde_json::from_str(&r.args).unwrap_or_default())
            .collect();
        let named: Vec<PersonId> = args.iter().filter_map(person_of).collect();
        let people: HashMap<PersonId, user::Model> = if named.is_empty() {
            HashMap::new()
        } else {
            self.scope
                .find::<user::Entity>()
                .filter(user::Column::Id.is_in(named))
                .all(&self.app.db)
                .await?
                .into_iter()
                .map(|u| (u.id, u))
                .collect()
        };
        let items: Vec<Item> = rows
            .iter()
            .zip(args)
            .map(|(row, mut args)| {
                if let (Some(named), Some(fields)) = (person_of(&args), args.as_object_mut()) {
                    let name = people
                        .get(&named)
                        .map_or_else(|| user::shown_name(&l10n, named, ""), |p| p.name(&l10n));
                    fields.insert("name".into(), name.into());
                }
                Item {
                    text: render_text(&l10n, &row.message, &args),
                    url: format!("{}{}", sender.site_url, row.link),
                }
            })
            .collect();
        let mut kinds: Vec<Kind> = rows.iter().filter_map(|r| Kind::parse(&r.kind)).collect();
        kinds.sort_by_key(|k| Kind::ALL.iter().position(|x| x == k));
        kinds.dedup();
        let subject = match items.as_slice() {
            [one] => format!("{city_name} · {}", one.text),
            _ => l10n.args(
                "mail-digest-subject",
                &[
                    ("city", city_name.clone().into()),
                    ("count", (items.len() as f64).into()),
                ],
            ),
        };
        let first = rows.first().map_or(0, |r| r.id);
        Ok(Letter {
            subject,
            items,
            unsubscribe: format!(
                "{}{}",
                sender.site_url,
                unsubscribe::path(&self.app.secrets, self.scope, person.id, &kinds)
            ),
            choices: format!("{}{CHOICES_PATH}", sender.site_url),
            message_id: format!("<innovato.{}.{first}@{}>", self.scope.get(), sender.domain),
            colour: city.primary_color.clone(),
            city: city_name,
            l10n,
        })
    }

    async fn skip(&self, rows: &[outbox::Model], why: &str) -> Result<(), DbErr> {
        self.record(rows, Outcome::Skipped(why.to_owned())).await
    }

    /// Gives the rows back to the queue, untried.
    async fn release(&self, rows: &[outbox::Model]) -> Result<(), DbErr> {
        self.scope
            .update_many::<outbox::Entity>()
            .col_expr(
                Column::ClaimedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(Column::Id.is_in(rows.iter().map(|r| r.id)))
            .filter(Column::ClaimedBy.eq(self.claim))
            .exec(&self.app.db)
            .await?;
        Ok(())
    }

    /// Records what became of the rows, only where this round still holds
    /// them.
    async fn record(&self, rows: &[outbox::Model], outcome: Outcome) -> Result<(), DbErr> {
        let attempts = rows.iter().map(|r| r.attempts).max().unwrap_or(0) + 1;
        let mut update = self
            .scope
            .update_many::<outbox::Entity>()
            .col_expr(
                Column::ClaimedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .col_expr(Column::Attempts, Expr::value(attempts));
        let label = match &outcome {
            Outcome::Sent => {
                update = update
                    .col_expr(Column::Status, Expr::value(outbox::SENT))
                    .col_expr(Column::SentAt, Expr::value(self.now))
                    .col_expr(Column::LastError, Expr::value(Option::<String>::None));
                "sent"
            }
            Outcome::Retry(error) if attempts < MAX_ATTEMPTS => {
                update = update
                    .col_expr(
                        Column::NextAttemptAt,
                        Expr::value(self.now + backoff(attempts - 1)),
                    )
                    .col_expr(Column::LastError, Expr::value(error.clone()));
                "retried"
            }
            Outcome::Retry(error) => {
                update = update
                    .col_expr(Column::Status, Expr::value(outbox::FAILED))
                    .col_expr(Column::LastError, Expr::value(error.clone()));
                "failed"
            }
            Outcome::Bounced(error) => {
                update = update
                    .col_expr(Column::Status, Expr::value(outbox::BOUNCED))
                    .col_expr(Column::LastError, Expr::value(error.clone()));
                "bounced"
            }
            Outcome::Skipped(why) => {
                update = update
                    .col_expr(Column::Status, Expr::value(outbox::SKIPPED))
                    .col_expr(Column::LastError, Expr::value(why.clone()));
                "skipped"
            }
        };
        let kept = update
            .filter(Column::Id.is_in(rows.iter().map(|r| r.id)))
            .filter(Column::ClaimedBy.eq(self.claim))
            .exec(&self.app.db)
            .await?;
        if kept.rows_affected < rows.len() as u64 {
            tracing::warn!(
                claim = self.claim,
                "an email's claim ran out before its outcome was recorded"
            );
        }
        self.app.metrics.email(label);
        Ok(())
    }
}

/// What became of a letter.
enum Outcome {
    Sent,
    Retry(String),
    Bounced(String),
    Skipped(String),
}
