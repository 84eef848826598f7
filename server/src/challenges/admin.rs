//! The admin's challenges of a co-creation call: the list with divisions,
//! proposer and status; selecting, declining or merging a duplicate (each
//! final, asked first, audited); and translations of title and problem.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, QueryFilter};
use serde::Deserialize;

use super::{
    Status,
    pages::{Card, card},
    service::{self, Decision},
};
use crate::auth::Viewing;
use crate::ids::{CallId, ChallengeId, PersonId};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    calls,
    error::AppError,
    i18n::{L10n, Lang},
    people::user,
    state::AppState,
    web::{
        FieldError, PageContext,
        confirm::{self, Ask},
        field_errors, render,
    },
};

struct TranslationRow {
    lang: Lang,
    title: String,
    problem: String,
}

struct Line {
    id: ChallengeId,
    card: Card,
    /// The Fluent id of its status.
    status: &'static str,
    proposer: String,
    /// Where it was merged into: the kept one's title.
    merged_into: Option<String>,
    /// What the admin may still decide.
    open: bool,
    mergeable: bool,
    /// The other challenges it may merge into: (id, title).
    targets: Vec<(ChallengeId, String)>,
    translations: Vec<TranslationRow>,
    confirm_select: String,
    confirm_decline: String,
    confirm_merge: String,
}

#[derive(Template)]
#[template(path = "challenges/templates/admin_challenges.html")]
struct AdminPage {
    ctx: PageContext,
    call_id: CallId,
    call_title: String,
    lines: Vec<Line>,
    errors: Vec<FieldError>,
}

fn status_message(status: Status) -> &'static str {
    match status {
        Status::Proposed => "challenge-status-proposed",
        Status::Selected => "challenge-status-selected",
        Status::Declined => "challenge-status-declined",
        Status::Merged => "challenge-status-merged",
    }
}

/// The question and consequences of a decision, for the page and dialog.
fn question(l: &L10n, decision: &str, title: &str, into: Option<&str>) -> (String, Vec<String>) {
    let title_arg = [("challenge", title.to_owned().into())];
    match decision {
        "select" => (
            l.args("challenge-confirm-select", &title_arg),
            vec![l.t("challenge-confirm-select-consequence")],
        ),
        "decline" => (
            l.args("challenge-confirm-decline", &title_arg),
            vec![l.t("challenge-confirm-final")],
        ),
        _ => (
            l.args("challenge-confirm-merge", &title_arg),
            vec![
                l.args(
                    "challenge-confirm-merge-consequence",
                    &[("kept", into.unwrap_or("—").to_owned().into())],
                ),
                l.t("challenge-confirm-final"),
            ],
        ),
    }
}

async fn admin_page(
    app: &AppState,
    ctx: PageContext,
    id: CallId,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    require(&ctx, Action::DecideChallenges)?;
    let site = ctx.site()?.clone();
    let call = calls::service::find(&app.db, site.id, id).await?;
    if call.kind != calls::Kind::Cocreation {
        return Err(AppError::NotFound);
    }
    let l = &ctx.l10n;
    let all = service::all(&app.db, site.id, id).await?;
    let people: Vec<PersonId> = all.iter().filter_map(|c| c.row.proposed_by).collect();
    let names: std::collections::HashMap<PersonId, String> = site
        .id
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(people))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name(l)))
        .collect();
    let live = |s: Status| matches!(s, Status::Proposed | Status::Selected);
    let call_open = call.phase == calls::Phase::Open;
    let lines = all
        .iter()
        .map(|c| {
            let shown = card(l, c);
            let targets: Vec<(ChallengeId, String)> = all
                .iter()
                .filter(|o| o.row.id != c.row.id && live(o.row.status))
                .map(|o| (o.row.id, o.shown(l.lang()).title))
                .collect();
            let ask = |d: &str| {
                let (q, consequences) = question(l, d, &shown.title, None);
                confirm::dialog_text(&q, &consequences)
            };
            Line {
                id: c.row.id,
                status: status_message(c.row.status),
                proposer: c
                    .row
                    .proposed_by
                    .and_then(|p| names.get(&p).cloned())
                    .unwrap_or_else(|| "—".to_owned()),
                merged_into: c.row.merged_into.and_then(|into| {
                    all.iter()
                        .find(|o| o.row.id == into)
                        .map(|o| o.shown(l.lang()).title)
                }),
                open: call_open && c.row.status == Status::Proposed,
                mergeable: call_open && live(c.row.status) && !targets.is_empty(),
                targets,
                translations: site
                    .locales
                    .iter()
                    .filter(|lang| lang.code() != c.row.locale)
                    .map(|lang| {
                        let t = c.translations.iter().find(|t| t.locale == lang.code());
                        TranslationRow {
                            lang: *lang,
                            title: t.map(|t| t.title.clone()).unwrap_or_default(),
                            problem: t.map(|t| t.problem.clone()).unwrap_or_default(),
                        }
                    })
                    .collect(),
                confirm_select: ask("select"),
                confirm_decline: ask("decline"),
                confirm_merge: ask("merge"),
                card: shown,
            }
        })
        .collect();
    let call_title = calls::service::title(&app.db, site.id, id, l.lang()).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(&AdminPage {
        call_id: id,
        call_title,
        lines,
        errors,
        ctx,
    })?;
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /admin/calls/{id}/challenges`
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    admin_page(&app, ctx, id, Vec::new()).await
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    /// The challenge a duplicate is merged into.
    #[serde(default)]
    into: String,
    #[serde(default)]
    confirm: String,
}

fn viewer_id(ctx: &PageContext) -> Option<PersonId> {
    ctx.viewer().and_then(|v| v.user.as_ref()).map(|u| u.id)
}

/// `POST /admin/challenges/{id}/decision`: select, decline or merge; asks
/// first, since each is final.
pub async fn decide(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ChallengeId>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response, AppError> {
    require(&ctx, Action::DecideChallenges)?;
    let scope = ctx.site()?.id;
    let challenge = service::find(&app.db, scope, id).await?;
    let call_id = challenge.row.call_id;
    let into = form.into.trim().parse::<i32>().ok().map(ChallengeId);
    let decision = match (form.decision.as_str(), into) {
        ("select", _) => Decision::Select,
        ("decline", _) => Decision::Decline,
        ("merge", Some(into)) => Decision::MergeInto(into),
        ("merge", None) => {
            let errors = field_errors(
                &ctx.l10n,
                &[crate::error::FieldIssue::new(
                    "into",
                    "challenge-error-merge-target",
                )],
            );
            return admin_page(&app, ctx, call_id, errors).await;
        }
        _ => return Err(AppError::BadRequest),
    };
    if form.confirm != "yes" {
        let l = &ctx.l10n;
        let title = challenge.shown(l.lang()).title;
        let kept = match decision {
            Decision::MergeInto(target) => service::find(&app.db, scope, target)
                .await
                .ok()
                .map(|k| k.shown(l.lang()).title),
            _ => None,
        };
        let (title, consequences) = question(l, &form.decision, &title, kept.as_deref());
        let ask = Ask {
            title,
            consequences,
            confirm_label: l.t(match decision {
                Decision::Select => "challenge-select",
                Decision::Decline => "challenge-decline",
                Decision::MergeInto(_) => "challenge-merge",
            }),
            action: ctx.link(&format!("/admin/challenges/{id}/decision")),
            fields: vec![
                ("decision".to_owned(), form.decision.clone()),
                ("into".to_owned(), form.into.clone()),
            ],
            cancel: ctx.link(&format!("/admin/calls/{call_id}/challenges")),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    match service::decide(
        &app.db,
        scope,
        id,
        decision,
        viewer_id(&ctx),
        app.clock.now(),
    )
    .await
    {
        Ok(()) => Ok(
            Redirect::to(&ctx.link(&format!("/admin/calls/{call_id}/challenges"))).into_response(),
        ),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            admin_page(&app, ctx, call_id, errors).await
        }
        Err(error) => Err(error),
    }
}

#[derive(Deserialize)]
pub struct TranslationForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    problem: String,
}

/// `POST /admin/challenges/{id}/texts`: a translation of title and problem
/// into one of the city's languages (both empty: removed).
pub async fn translate(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ChallengeId>,
    CsrfForm(form): CsrfForm<TranslationForm>,
) -> Result<Response, AppError> {
    require(&ctx, Action::DecideChallenges)?;
    let site = ctx.site()?.clone();
    let lang = form
        .lang
        .parse::<Lang>()
        .ok()
        .filter(|l| site.locales.contains(l))
        .ok_or(AppError::BadRequest)?;
    let challenge = service::find(&app.db, site.id, id).await?;
    let call_id = challenge.row.call_id;
    match service::translate(
        &app.db,
        site.id,
        id,
        lang,
        &form.title,
        &form.problem,
        viewer_id(&ctx),
        app.clock.now(),
    )
    .await
    {
        Ok(()) => Ok(
            Redirect::to(&ctx.link(&format!("/admin/calls/{call_id}/challenges"))).into_response(),
        ),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            admin_page(&app, ctx, call_id, errors).await
        }
        Err(error) => Err(error),
    }
}
