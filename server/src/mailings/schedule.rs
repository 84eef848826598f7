//! The scheduled mailings, sent by a task every minute on every instance:
//! what is due is read from stored dates and from the mailings already
//! sent, and each mailing's unique occasion lets exactly one instance send
//! it, so nothing is sent twice and a restart misses nothing still due.
//!
//! Who gets what, and when (README, "Mailings"):
//! - a call open → its eligible people, once (`call-opened`);
//! - 7 days and 1 day before the deadline → eligible people who have not
//!   submitted, and every accepted member of a draft (`deadline-7`,
//!   `deadline-1`; a reminder whose window passed unsent is not sent late);
//! - 2 days before the deadline → each draft's accepted members
//!   (`draft-2`);
//! - [`REVIEW_DUE_DAYS`] before the results date, while scoring is open →
//!   jurors with a review not complete (`review-due`);
//! - a milestone not done, due within [`MILESTONE_DUE_DAYS`] (city's
//!   calendar) of an active project → its team and mentor
//!   (`milestone-{id}`);
//! - in a co-creation call's Cocreation stage, a selected challenge whose
//!   team lacks a division it concerns → the eligible employees of that
//!   division not on the team (`division-{challenge}-{division}`).

use std::collections::BTreeSet;
use std::time::Duration as Every;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use sea_orm::{ColumnTrait, DbErr, QueryFilter, TransactionTrait};
use serde_json::json;

use super::service::{self, Sending};
use crate::i18n::Lang;
use crate::ids::{CallId, PersonId};
use crate::notifications::{self, Kind};
use crate::{
    calls::{Phase, Stage, entity as calls, service as call_service},
    error::AppError,
    people::user,
    projects::{self, milestone},
    proposals, review,
    state::AppState,
    teams,
    tenancy::TenantId,
    tenants::{self, TenantStatus},
};

/// How often the task looks for mailings due.
const EVERY: Every = Every::from_secs(60);
/// Jurors are reminded of unfinished reviews this many days before the
/// call's results date.
pub const REVIEW_DUE_DAYS: i64 = 3;
/// A project's team and mentor are told of a milestone due within this many
/// days.
pub const MILESTONE_DUE_DAYS: i64 = 7;

/// Sends every scheduled mailing due at `now`, in every active city; how
/// many mailings this caller sent.
pub async fn send_due(app: &AppState, now: DateTime<Utc>) -> Result<usize, AppError> {
    let mut sent = 0;
    for tenant in tenants::list(&app.db).await? {
        if tenant.status == TenantStatus::Suspended {
            continue;
        }
        let scope = TenantId::of(&tenant);
        let lang: Lang = tenant.default_locale.parse().unwrap_or(Lang::En);
        let tz: Tz = tenant.timezone.parse().unwrap_or(Tz::UTC);
        let live = scope
            .find::<calls::Entity>()
            .filter(calls::Column::Phase.is_in([Phase::Open, Phase::Review]))
            .all(&app.db)
            .await?;
        for call in live {
            sent += for_call(app, scope, lang, &call, now).await?;
        }
        sent += milestones_due(app, scope, tz, now).await?;
    }
    Ok(sent)
}

/// One call's mailings due at `now`.
async fn for_call(
    app: &AppState,
    scope: TenantId,
    lang: Lang,
    call: &calls::Model,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let done: BTreeSet<String> = service::occasions_sent(&app.db, scope, Some(call.id))
        .await?
        .into_iter()
        .collect();
    let mut due: Vec<&'static str> = Vec::new();
    let left = call.submissions_close_at - now;
    if call.phase == Phase::Open && left > Duration::zero() {
        // Told when it opens; a call open for longer than a day when the
        // schedule first sees it (opened before the upgrade, or while the
        // server was down) is not announced late, as reminders are not.
        if now - call.opens_at <= Duration::days(1) {
            due.push("call-opened");
        }
        if left <= Duration::days(1) {
            due.push("deadline-1");
        } else if left <= Duration::days(7) {
            due.push("deadline-7");
        }
        if left <= Duration::days(2) {
            due.push("draft-2");
        }
    }
    let review_left = call.results_at - now;
    if call.scoring_open()
        && review_left > Duration::zero()
        && review_left <= Duration::days(REVIEW_DUE_DAYS)
    {
        due.push("review-due");
    }
    due.retain(|occasion| !done.contains(*occasion));
    let cocreating = call.stage(now) == Some(Stage::Cocreation);
    if due.is_empty() && !cocreating {
        return Ok(0);
    }
    let title = call_service::title(&app.db, scope, call.id, lang).await?;
    let mut eligible: Option<Vec<PersonId>> = None;
    let mut sent = 0;
    for occasion in due {
        let (kind, message, args, link, people) = match occasion {
            "call-opened" => (
                Kind::CallOpened,
                "notification-call-opened",
                json!({ "title": title }),
                format!("/calls/{}", call.id),
                eligible_of(app, scope, call, &mut eligible).await?,
            ),
            "deadline-7" | "deadline-1" => {
                let days = if occasion == "deadline-1" { 1 } else { 7 };
                let people = reminded(app, scope, call, &mut eligible).await?;
                (
                    Kind::Deadline,
                    "notification-deadline-near",
                    json!({ "title": title, "days": days }),
                    format!("/calls/{}", call.id),
                    people,
                )
            }
            "draft-2" => {
                sent += drafts_due(app, scope, call, now).await?;
                continue;
            }
            _ => (
                Kind::Review,
                "notification-review-due",
                json!({ "title": title, "days": REVIEW_DUE_DAYS }),
                format!("/review/calls/{}", call.id),
                jurors_behind(app, scope, call.id).await?,
            ),
        };
        let sending = Sending {
            call: Some(call.id),
            kind,
            occasion: occasion.to_owned(),
            message,
            args,
            link,
            written: None,
        };
        if service::send(&app.db, scope, sending, &people, now)
            .await?
            .is_some()
        {
            sent += 1;
        }
    }
    if cocreating {
        sent += divisions_wanted(app, scope, call, &done, &mut eligible, now).await?;
    }
    Ok(sent)
}

/// The call's eligible people, read once per call and pass.
async fn eligible_of(
    app: &AppState,
    scope: TenantId,
    call: &calls::Model,
    eligible: &mut Option<Vec<PersonId>>,
) -> Result<Vec<PersonId>, DbErr> {
    if eligible.is_none() {
        *eligible = Some(service::eligible_people(&app.db, scope, call).await?);
    }
    Ok(eligible.clone().unwrap_or_default())
}

/// The call's live proposals of these statuses, with their accepted
/// members.
async fn teams_in(
    app: &AppState,
    scope: TenantId,
    call: CallId,
    statuses: &[proposals::Status],
) -> Result<Vec<(proposals::Model, Vec<PersonId>)>, DbErr> {
    let found = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call))
        .filter(proposals::Column::Status.is_in(statuses.iter().copied()))
        .all(&app.db)
        .await?;
    let mut teams = review::service::teams_of(
        &app.db,
        &app.secrets,
        scope,
        found.iter().map(|p| p.id).collect(),
    )
    .await?;
    Ok(found
        .into_iter()
        .map(|p| {
            let team = teams.remove(&p.id).unwrap_or_default();
            (p, team)
        })
        .collect())
}

/// Whom a deadline reminder goes to: the eligible people who are on no
/// submitted proposal's team, and every accepted member of a draft.
async fn reminded(
    app: &AppState,
    scope: TenantId,
    call: &calls::Model,
    eligible: &mut Option<Vec<PersonId>>,
) -> Result<Vec<PersonId>, DbErr> {
    let submitted: BTreeSet<PersonId> =
        teams_in(app, scope, call.id, &[proposals::Status::Submitted])
            .await?
            .into_iter()
            .flat_map(|(_, team)| team)
            .collect();
    let mut people: BTreeSet<PersonId> = eligible_of(app, scope, call, eligible)
        .await?
        .into_iter()
        .filter(|p| !submitted.contains(p))
        .collect();
    for (_, team) in teams_in(app, scope, call.id, &[proposals::Status::Draft]).await? {
        people.extend(team);
    }
    Ok(people.into_iter().collect())
}

/// "Your draft is not submitted": one mailing, each draft's team told of
/// its own draft by title.
async fn drafts_due(
    app: &AppState,
    scope: TenantId,
    call: &calls::Model,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let drafts = teams_in(app, scope, call.id, &[proposals::Status::Draft]).await?;
    let everyone: BTreeSet<PersonId> = drafts.iter().flat_map(|(_, t)| t.clone()).collect();
    let txn = app.db.begin().await?;
    // One occasion and one reach for the call; each team is told of its
    // own draft by title.
    let sending = Sending {
        call: Some(call.id),
        kind: Kind::Draft,
        occasion: "draft-2".into(),
        message: "notification-draft-unsubmitted",
        args: json!({}),
        link: format!("/calls/{}", call.id),
        written: None,
    };
    let Some(mailing) = service::record(&txn, scope, &sending, everyone.len(), now).await? else {
        return Ok(0);
    };
    for (draft, team) in &drafts {
        notifications::notify_mailing(
            &txn,
            scope,
            &mailing,
            team,
            sending.message,
            json!({ "title": draft.title, "days": 2 }),
            &format!("/proposals/{}", draft.id),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(1)
}

/// Jurors of the call with a review assigned and not complete.
async fn jurors_behind(
    app: &AppState,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<PersonId>, DbErr> {
    let open: BTreeSet<PersonId> = scope
        .find::<review::entity::Entity>()
        .filter(review::entity::Column::CallId.eq(call))
        .filter(review::entity::Column::State.eq(review::entity::State::Assigned))
        .filter(review::entity::Column::Complete.eq(false))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|r| r.juror_id)
        .collect();
    Ok(open.into_iter().collect())
}

/// In the Cocreation stage: per selected challenge and division its team
/// lacks, the eligible employees of that division not on the team.
async fn divisions_wanted(
    app: &AppState,
    scope: TenantId,
    call: &calls::Model,
    done: &BTreeSet<String>,
    eligible: &mut Option<Vec<PersonId>>,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let finder = teams::service::finder(&app.db, &app.secrets, scope, call.id, now).await?;
    let mut sent = 0;
    for team in &finder.teams {
        for (division, name) in team.lacking_ids.iter().zip(&team.lacking) {
            let occasion = format!("division-{}-{division}", team.challenge.id);
            if done.contains(&occasion) {
                continue;
            }
            let eligible = eligible_of(app, scope, call, eligible).await?;
            let of_division: Vec<PersonId> = scope
                .find::<user::Entity>()
                .filter(user::Column::DivisionId.eq(*division))
                .filter(user::Column::Id.is_in(eligible))
                .all(&app.db)
                .await?
                .into_iter()
                .map(|u| u.id)
                .filter(|id| !team.has(*id))
                .collect();
            let sending = Sending {
                call: Some(call.id),
                kind: Kind::Cocreation,
                occasion,
                message: "notification-division-wanted",
                args: json!({ "title": team.challenge.title, "division": name }),
                link: format!("/calls/{}/teams", call.id),
                written: None,
            };
            if service::send(&app.db, scope, sending, &of_division, now)
                .await?
                .is_some()
            {
                sent += 1;
            }
        }
    }
    Ok(sent)
}

/// Milestones not done of the city's active projects, due from today to
/// [`MILESTONE_DUE_DAYS`] ahead in the city's calendar: the team and the
/// mentor, once per milestone.
async fn milestones_due(
    app: &AppState,
    scope: TenantId,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let today = now.with_timezone(&tz).date_naive();
    let until = today + Duration::days(MILESTONE_DUE_DAYS);
    let due = scope
        .find::<milestone::Entity>()
        .filter(milestone::Column::DoneOn.is_null())
        .filter(milestone::Column::DueOn.gte(today))
        .filter(milestone::Column::DueOn.lte(until))
        .all(&app.db)
        .await?;
    let mut sent = 0;
    for step in due {
        let Some(project) = scope
            .find_by_id::<projects::Entity>(step.project_id)
            .one(&app.db)
            .await?
            .filter(|p| p.status.is_active())
        else {
            continue;
        };
        let occasion = format!("milestone-{}", step.id);
        if service::occasions_sent(&app.db, scope, project.call_id)
            .await?
            .contains(&occasion)
        {
            continue;
        }
        let mut people = projects::service::team_of(&app.db, &app.secrets, scope, &project).await?;
        people.extend(project.mentor_id);
        people.sort();
        people.dedup();
        let days = (step.due_on - today).num_days();
        let sending = Sending {
            call: project.call_id,
            kind: Kind::Project,
            occasion,
            message: "notification-milestone-due",
            args: json!({ "title": project.title, "milestone": step.title, "days": days }),
            link: format!("/projects/{}", project.id),
            written: None,
        };
        if service::send(&app.db, scope, sending, &people, now)
            .await?
            .is_some()
        {
            sent += 1;
        }
    }
    Ok(sent)
}

/// The background task: sends the mailings due every minute, forever.
pub async fn run(app: AppState) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        let result = send_due(&app, app.clock.now()).await;
        app.metrics.task_ran("mailings", result.is_ok());
        match result {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "scheduled mailings sent"),
            Err(error) => {
                tracing::warn!(%error, "scheduled mailings could not be sent; trying again")
            }
        }
    }
}
