//! What needs a city admin's attention now: calls closing soon, reviews
//! behind, stalled projects, and identity openings waiting for a second
//! admin. Read-only queries over the other features' entities.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter};

use crate::ids::{CallId, PersonId};
use crate::{
    calls::{self, Phase},
    error::AppError,
    projects::{self, Status, service::stall_of},
    review,
    tenancy::TenantId,
};

/// Calls whose submissions close within this many days count as closing.
pub const CLOSING_WITHIN_DAYS: i64 = 14;

/// A call whose submissions close soon.
#[derive(Clone, Debug)]
pub struct Closing {
    pub call: CallId,
    pub title: String,
    /// Whole days left, rounded up (0 on the last hours of the last day
    /// does not happen: at least 1 while still open).
    pub days_left: i64,
}

/// A call whose scoring is running with reviews not done.
#[derive(Clone, Debug)]
pub struct Behind {
    pub call: CallId,
    pub title: String,
    pub done: usize,
    pub expected: usize,
    /// Jurors with reviews assigned who have completed none.
    pub idle_jurors: usize,
}

/// A sealed call where one admin asked to open the identities.
#[derive(Clone, Debug)]
pub struct Opening {
    pub call: CallId,
    pub title: String,
    pub requested_by: PersonId,
}

/// Everything the console's home lists.
#[derive(Clone, Debug, Default)]
pub struct Attention {
    pub closing: Vec<Closing>,
    pub behind: Vec<Behind>,
    pub stalled: usize,
    pub openings: Vec<Opening>,
}

impl Attention {
    pub fn is_empty(&self) -> bool {
        self.closing.is_empty()
            && self.behind.is_empty()
            && self.stalled == 0
            && self.openings.is_empty()
    }
}

/// A call's title in `lang`, else in the city's default language, else any.
fn title_of(texts: &[calls::text::Model], lang: &str, fallback: &str) -> String {
    texts
        .iter()
        .find(|t| t.locale == lang)
        .or_else(|| texts.iter().find(|t| t.locale == fallback))
        .or(texts.first())
        .map_or_else(String::new, |t| t.title.clone())
}

/// What needs attention in the city `scope` at `now`, titles in `lang`
/// (or the city's `default_lang`).
pub async fn attention(
    db: &impl ConnectionTrait,
    scope: TenantId,
    now: DateTime<Utc>,
    tz: Tz,
    stalled_after_days: i32,
    lang: &str,
    default_lang: &str,
) -> Result<Attention, AppError> {
    let all = calls::service::all_with_texts(db, scope).await?;
    let mut out = Attention::default();
    let horizon = now + Duration::days(CLOSING_WITHIN_DAYS);
    for (call, texts) in &all {
        let title = || title_of(texts, lang, default_lang);
        if call.phase == Phase::Open
            && call.submissions_close_at > now
            && call.submissions_close_at <= horizon
        {
            let left = call.submissions_close_at - now;
            let days_left = (left.num_seconds() + 86_399) / 86_400;
            out.closing.push(Closing {
                call: call.id,
                title: title(),
                days_left: days_left.max(1),
            });
        }
        if call.scoring_open() {
            let reviews = scope
                .find::<review::Entity>()
                .filter(review::entity::Column::CallId.eq(call.id))
                .filter(review::entity::Column::State.eq(review::State::Assigned))
                .all(db)
                .await?;
            let expected = reviews.len();
            let done = reviews.iter().filter(|r| r.complete).count();
            if done < expected {
                let mut per_juror: HashMap<PersonId, usize> = HashMap::new();
                for r in &reviews {
                    *per_juror.entry(r.juror_id).or_default() += usize::from(r.complete);
                }
                out.behind.push(Behind {
                    call: call.id,
                    title: title(),
                    done,
                    expected,
                    idle_jurors: per_juror.values().filter(|n| **n == 0).count(),
                });
            }
        }
        if let Some(requested_by) = call.opening_requested_by
            && call.identities_sealed()
        {
            out.openings.push(Opening {
                call: call.id,
                title: title(),
                requested_by,
            });
        }
    }
    out.closing.sort_by_key(|c| c.days_left);
    let active = scope
        .find::<projects::Entity>()
        .filter(projects::entity::Column::Status.is_in([
            Status::Planned,
            Status::InProgress,
            Status::Blocked,
        ]))
        .all(db)
        .await?;
    let milestones =
        projects::service::milestones_of(db, scope, active.iter().map(|p| p.id).collect()).await?;
    out.stalled = active
        .iter()
        .filter(|p| {
            let mine: Vec<projects::milestone::Model> = milestones
                .iter()
                .filter(|m| m.project_id == p.id)
                .cloned()
                .collect();
            stall_of(p, &mine, stalled_after_days, now, tz).is_some()
        })
        .count();
    Ok(out)
}
