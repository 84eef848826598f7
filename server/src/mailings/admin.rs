//! The admin's page of a call's mailings (`/admin/calls/{id}/mailings`):
//! each mailing's kind, date, audience and where its emails stand, and a
//! manual announcement to the call's eligible people, which shows its
//! reach and asks before it is sent.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::service::{self, Reach, STATES};
use crate::ids::{CallId, PersonId};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    calls::{entity as calls, service as call_service},
    error::AppError,
    state::AppState,
    web::{
        FieldError, PageContext,
        confirm::{self, Ask},
        field_errors, render,
    },
};

/// One mailing as the table shows it.
struct Line {
    what: String,
    when: String,
    audience: String,
    /// Emails per state, in the order of [`STATES`].
    emails: Vec<String>,
}

#[derive(Template)]
#[template(path = "mailings/templates/mailings.html")]
struct MailingsPage {
    ctx: PageContext,
    call_id: CallId,
    title: String,
    lines: Vec<Line>,
    /// The state names, as the table's headings.
    states: Vec<String>,
    /// How many eligible people an announcement would reach now.
    reach: String,
    /// Announcements can be sent (the call is published, not archived).
    open: bool,
    form: AnnouncementForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
    sent: bool,
}

fn admin_id(ctx: &PageContext) -> Result<PersonId, AppError> {
    require(ctx, Action::ManageCalls)?
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)
}

/// What a mailing is, in the reader's words, from its kind and occasion.
fn describe(ctx: &PageContext, reach: &Reach) -> String {
    let l = &ctx.l10n;
    let m = &reach.mailing;
    match m.occasion.as_str() {
        "call-opened" => l.t("mailings-what-call-opened"),
        "deadline-7" => l.args("mailings-what-deadline", &[("days", 7.into())]),
        "deadline-1" => l.args("mailings-what-deadline", &[("days", 1.into())]),
        "draft-2" => l.t("mailings-what-draft"),
        "review-due" => l.t("mailings-what-review-due"),
        occasion if occasion.starts_with("milestone-") => l.t("mailings-what-milestone"),
        occasion if occasion.starts_with("division-") => l.t("mailings-what-division"),
        _ => l.args(
            "mailings-what-announcement",
            &[("subject", m.subject.clone().unwrap_or_default().into())],
        ),
    }
}

#[allow(clippy::too_many_arguments)]
async fn page(
    app: &AppState,
    ctx: PageContext,
    call: &calls::Model,
    form: AnnouncementForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
    sent: bool,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let tz = ctx.site()?.timezone;
    let title = call_service::title(&app.db, scope, call.id, ctx.l10n.lang()).await?;
    let lines = service::reach(&app.db, scope, call.id)
        .await?
        .iter()
        .map(|reach| Line {
            what: describe(&ctx, reach),
            when: ctx
                .l10n
                .date_time(&reach.mailing.created_at.with_timezone(&tz)),
            audience: ctx.l10n.count(
                "mailings-people",
                "count",
                i64::from(reach.mailing.audience),
            ),
            emails: STATES
                .iter()
                .map(|state| ctx.l10n.number(reach.count(state)))
                .collect(),
        })
        .collect();
    let eligible = service::eligible_people(&app.db, scope, call).await?.len();
    let reach = ctx.l10n.count(
        "mailings-reach",
        "count",
        i64::try_from(eligible).unwrap_or(i64::MAX),
    );
    let states = STATES
        .iter()
        .map(|state| ctx.l10n.t(&format!("mailings-state-{state}")))
        .collect();
    let status = if errors.is_empty() && notice.is_none() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = if form.token.is_empty() {
        AnnouncementForm {
            token: service::new_token(),
            ..form
        }
    } else {
        form
    };
    let page = MailingsPage {
        call_id: call.id,
        title,
        lines,
        states,
        reach,
        open: call.phase.is_published() && call.phase != calls::Phase::Archived,
        form,
        errors,
        notice,
        sent,
        ctx,
    };
    Ok((status, render(&page)?).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct Shown {
    /// Set after an announcement went out, to say so.
    #[serde(default)]
    sent: Option<String>,
}

/// `GET /admin/calls/{id}/mailings`
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    Query(shown): Query<Shown>,
) -> Result<Response, AppError> {
    admin_id(&ctx)?;
    let call = service::call_of(&app.db, ctx.site()?.id, id).await?;
    let sent = shown.sent.is_some();
    page(
        &app,
        ctx,
        &call,
        AnnouncementForm::default(),
        Vec::new(),
        None,
        sent,
    )
    .await
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct AnnouncementForm {
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
    /// Makes a repeated click one sending.
    #[serde(default)]
    token: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /admin/calls/{id}/mailings`: checks the announcement, asks first
/// (naming its reach), then sends it.
pub async fn announce(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<AnnouncementForm>,
) -> Result<Response, AppError> {
    let me = admin_id(&ctx)?;
    let scope = ctx.site()?.id;
    let call = service::call_of(&app.db, scope, id).await?;
    let refused = |error: AppError, ctx: &PageContext| match error {
        AppError::Invalid(issues) => Ok((field_errors(&ctx.l10n, &issues), None)),
        AppError::Refused(message) => Ok((Vec::new(), Some(ctx.l10n.t(message)))),
        other => Err(other),
    };
    if let Err(error) = service::check(&form.subject, &form.body) {
        let (errors, notice) = refused(error, &ctx)?;
        return page(&app, ctx, &call, form, errors, notice, false).await;
    }
    if form.confirm != "yes" {
        let eligible = service::eligible_people(&app.db, scope, &call).await?.len();
        let l = &ctx.l10n;
        let ask = Ask {
            title: l.args(
                "mailings-confirm-title",
                &[("subject", form.subject.trim().into())],
            ),
            consequences: vec![
                l.count(
                    "mailings-confirm-reach",
                    "count",
                    i64::try_from(eligible).unwrap_or(i64::MAX),
                ),
                l.t("mailings-confirm-final"),
            ],
            confirm_label: l.t("mailings-send"),
            action: ctx.link(&format!("/admin/calls/{id}/mailings")),
            fields: vec![
                ("subject".into(), form.subject.clone()),
                ("body".into(), form.body.clone()),
                ("token".into(), form.token.clone()),
            ],
            cancel: ctx.link(&format!("/admin/calls/{id}/mailings")),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    let announced = service::announce(
        &app.db,
        scope,
        &call,
        me,
        ctx.l10n.lang(),
        &form.subject,
        &form.body,
        &form.token,
        app.clock.now(),
    )
    .await;
    match announced {
        Ok(_) => Ok(
            Redirect::to(&ctx.link(&format!("/admin/calls/{id}/mailings?sent=1"))).into_response(),
        ),
        Err(error) => {
            let (errors, notice) = refused(error, &ctx)?;
            page(&app, ctx, &call, form, errors, notice, false).await
        }
    }
}
