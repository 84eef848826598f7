//! `/admin/mail`: the city's email queue as its admin sees it — how many
//! emails stand in each state, the failed and bounced ones (to whom, of
//! which kind, when, and the mail server's words), and "try again" for a
//! failed one, after asking.

use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use serde_json::json;

use super::{Kind, queue};
use crate::ids::PersonId;
use crate::{
    audit,
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    people::user,
    state::AppState,
    web::{
        PageContext,
        confirm::{self, Ask, Confirm},
        render,
    },
};
use sea_orm::{ColumnTrait, QueryFilter, TransactionTrait};

struct Failure {
    id: i32,
    person: String,
    kind: String,
    at: String,
    state: String,
    error: String,
    retry: bool,
}

#[derive(Template)]
#[template(path = "notifications/templates/mail_queue.html")]
struct QueuePage {
    ctx: PageContext,
    counts: Vec<(String, String)>,
    failures: Vec<Failure>,
    retry_confirm: String,
}

fn admin(ctx: &PageContext) -> Result<Option<PersonId>, AppError> {
    Ok(require(ctx, Action::ConfigureCity)?
        .user
        .as_ref()
        .map(|u| u.id))
}

/// `GET /admin/mail`
pub async fn page(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    admin(&ctx)?;
    let site = ctx.site()?;
    let counts = queue::counts(&app.db, site.id).await?;
    let rows = queue::failures(&app.db, site.id).await?;
    let people: HashMap<PersonId, user::Model> = site
        .id
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(queue::recipients(&rows)))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let l = &ctx.l10n;
    let counts = counts
        .into_iter()
        .map(|(state, n)| (l.t(&format!("mail-state-{state}")), l.number(n)))
        .collect();
    let failures = rows
        .into_iter()
        .map(|row| Failure {
            id: row.id,
            person: people.get(&row.user_id).map_or_else(
                || user::shown_name(l, row.user_id, ""),
                |p| format!("{} <{}>", p.name(l), p.email),
            ),
            kind: Kind::parse(&row.kind).map_or(row.kind.clone(), |k| l.t(&k.label())),
            at: l.date_time(&row.created_at.with_timezone(&site.timezone)),
            state: l.t(&format!("mail-state-{}", row.status)),
            error: row.last_error.unwrap_or_default(),
            retry: row.status == super::outbox::FAILED,
        })
        .collect();
    let retry_confirm = l.t("mail-retry-consequence");
    render(&QueuePage {
        ctx,
        counts,
        failures,
        retry_confirm,
    })
}

/// `POST /admin/mail/{id}/retry`: asks first, then puts the failed email
/// back in the queue.
pub async fn retry(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let actor = admin(&ctx)?;
    let scope = ctx.site()?.id;
    let failed = queue::failed(&app.db, scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !form.yes() {
        let l = &ctx.l10n;
        let ask = Ask {
            title: l.t("mail-retry-title"),
            consequences: vec![l.t("mail-retry-consequence")],
            confirm_label: l.t("mail-retry"),
            action: ctx.link(&format!("/admin/mail/{id}/retry")),
            fields: Vec::new(),
            cancel: ctx.link("/admin/mail"),
            irreversible: false,
        };
        return confirm::ask(ctx, ask);
    }
    let now = app.clock.now();
    let txn = app.db.begin().await?;
    if queue::retry(&txn, scope, id, now).await? {
        audit::record(
            &txn,
            scope,
            now,
            audit::Event {
                actor,
                action: "mail.retry",
                subject_type: "person",
                subject_id: failed.user_id.get(),
                before: json!({ "email": id, "status": failed.status, "error": failed.last_error }),
                after: json!({ "email": id, "status": super::outbox::QUEUED }),
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(Redirect::to(&ctx.link("/admin/mail")).into_response())
}
