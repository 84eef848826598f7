//! Calls move through their phases by themselves at their dates: a
//! scheduled draft opens at `opens_at`, an open call goes to review at its
//! deadline; and a call in results or implementation whose projects are
//! all done or stopped is archived (the platform as actor). Each move is a conditional update, so that of several
//! instances running this at once exactly one makes (and logs) it; and it
//! reads only stored dates, so a restart misses nothing.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, TransactionTrait,
    sea_query::{Expr, Query},
};
use serde_json::json;

use super::{Column, Entity, Phase};
use crate::ids::{CallId, PersonId};
use crate::{
    audit, notifications, projects, proposals, state::AppState, tenancy::TenantId, tenants,
};

/// How often the task looks for calls to move.
const EVERY: Duration = Duration::from_secs(30);

/// Calls (of any tenant) due to move now, as (tenant, call, from, to).
#[allow(
    clippy::disallowed_methods,
    reason = "the platform's scheduler looks at every tenant"
)]
async fn due(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<Vec<(i32, CallId, Phase, Phase)>, DbErr> {
    let rows = Entity::find()
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(Column::Phase.eq(Phase::Draft))
                        .add(Column::Scheduled.eq(true))
                        .add(Column::OpensAt.lte(now)),
                )
                .add(
                    Condition::all()
                        .add(Column::Phase.eq(Phase::Open))
                        .add(Column::SubmissionsCloseAt.lte(now)),
                )
                .add(
                    // Results out, projects made, and none still running.
                    Condition::all()
                        .add(Column::Phase.is_in([Phase::Results, Phase::Implementation]))
                        .add(Column::Id.in_subquery(projects_of_calls(false)))
                        .add(Column::Id.not_in_subquery(projects_of_calls(true))),
                ),
        )
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|c| {
            let to = match c.phase {
                Phase::Draft => Phase::Open,
                Phase::Open => Phase::Review,
                _ => Phase::Archived,
            };
            (c.tenant_id, c.id, c.phase, to)
        })
        .collect())
}

/// The calls that have projects (every city's), only those with a project
/// neither done nor stopped when `running`.
fn projects_of_calls(running: bool) -> sea_orm::sea_query::SelectStatement {
    let mut select = Query::select();
    select
        .column(projects::entity::Column::CallId)
        .from(projects::Entity)
        .and_where(projects::entity::Column::CallId.is_not_null());
    if running {
        select.and_where(
            projects::entity::Column::Status
                .is_not_in([projects::Status::Done, projects::Status::Stopped]),
        );
    }
    select.to_owned()
}

/// Moves one call from `from` to `to` unless someone else already did;
/// whether this caller made the move.
pub async fn transition(
    app: &AppState,
    scope: TenantId,
    call_id: CallId,
    from: Phase,
    to: Phase,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = app.db.begin().await?;
    let mut update = scope
        .update_many::<Entity>()
        .col_expr(Column::Phase, Expr::value(to));
    if to == Phase::Archived {
        update = update.col_expr(Column::ArchivedAt, Expr::value(now));
    }
    let moved = update
        .filter(Column::Id.eq(call_id))
        .filter(Column::Phase.eq(from))
        .exec(&txn)
        .await?;
    if moved.rows_affected != 1 {
        return Ok(false);
    }
    if to == Phase::Review {
        // Submitted proposals go to the jury with their call, and their
        // teams are told.
        let going = scope
            .find::<proposals::Entity>()
            .filter(proposals::Column::CallId.eq(call_id))
            .filter(proposals::Column::Status.eq(proposals::Status::Submitted))
            .all(&txn)
            .await?;
        for proposal in &going {
            let team: Vec<PersonId> = proposals::team_of(&txn, scope, proposal.id)
                .await?
                .into_iter()
                .filter(|m| m.status == proposals::member::MemberStatus::Accepted)
                .filter_map(|m| m.person(&app.secrets))
                .collect();
            notifications::notify(
                &txn,
                scope,
                &team,
                "notification-in-review",
                json!({ "title": proposal.title }),
                &format!("/proposals/{}", proposal.id),
                now,
            )
            .await?;
        }
        scope
            .update_many::<proposals::Entity>()
            .col_expr(
                proposals::Column::Status,
                Expr::value(proposals::Status::InReview),
            )
            .filter(proposals::Column::CallId.eq(call_id))
            .filter(proposals::Column::Status.eq(proposals::Status::Submitted))
            .exec(&txn)
            .await?;
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "call.phase",
            subject_type: "call",
            subject_id: call_id.get(),
            before: json!({ "phase": from.token() }),
            after: json!({ "phase": to.token(), "by": if actor.is_some() { "admin" } else { "platform" } }),
        },
    )
    .await?;
    txn.commit().await?;
    crate::network::cache::touch(&app.store, scope).await;
    Ok(true)
}

/// Moves every call that is due; how many this caller moved.
pub async fn advance(app: &AppState, now: DateTime<Utc>) -> Result<usize, DbErr> {
    let mut moved = 0;
    for (tenant_id, call_id, from, to) in due(&app.db, now).await? {
        let Some(tenant) = tenants::find_by_id(&app.db, tenant_id).await? else {
            continue;
        };
        if transition(app, TenantId::of(&tenant), call_id, from, to, None, now).await? {
            moved += 1;
        }
    }
    Ok(moved)
}

/// The background task: advances calls every 30 seconds, forever.
pub async fn run(app: AppState) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        let result = advance(&app, app.clock.now()).await;
        app.metrics.task_ran("phases", result.is_ok());
        match result {
            Ok(0) => {}
            Ok(moved) => tracing::info!(moved, "calls moved to their next phase"),
            Err(error) => tracing::warn!(%error, "calls could not be advanced; trying again"),
        }
    }
}
