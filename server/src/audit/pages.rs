//! The tenant admin's view of the audit log.

use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Query, State},
    response::Response,
};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;

use super::{Column, Entity};
use crate::{
    auth::{Action, require},
    error::AppError,
    http::AppState,
    people::user,
    web::{PageContext, render},
};

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
    action: String,
}

#[derive(Deserialize)]
pub struct Filter {
    #[serde(default)]
    action: String,
}

/// `GET /admin/audit?action=`: the latest 200 entries, newest first.
pub async fn page(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ReadAudit)?;
    let site = ctx.site()?;
    let mut select = site
        .id
        .find::<Entity>()
        .order_by_desc(Column::Seq)
        .limit(200);
    if !filter.action.trim().is_empty() {
        select = select.filter(Column::Action.starts_with(filter.action.trim()));
    }
    let entries = select.all(&app.db).await?;
    let actor_ids: Vec<i32> = entries.iter().filter_map(|e| e.actor_id).collect();
    let names: HashMap<i32, String> = site
        .id
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(actor_ids))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let system = ctx.l10n.t("audit-system");
    let lines = entries
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
    render(&AuditPage {
        ctx,
        lines,
        action: filter.action,
    })
}
