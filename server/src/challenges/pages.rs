//! A co-creation call's challenges as employees see them: the selected
//! ones, in the reader's language where translated, and the form that
//! proposes one during the challenges stage.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};

use super::service::{self, Challenge, ChallengeForm};
use crate::ids::CallId;
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    calls,
    error::AppError,
    i18n::L10n,
    organisation,
    state::AppState,
    web::{FieldError, PageContext, field_errors, render},
};

/// A challenge as a card.
pub(crate) struct Card {
    pub title: String,
    pub problem: String,
    /// The language of title and problem when not the page's.
    pub lang: Option<String>,
    /// That language's own name.
    pub lang_name: String,
    /// The language the rest is written in (the original's).
    pub original: String,
    pub who_suffers: String,
    pub end_users: String,
    pub evidence: String,
    pub divisions: String,
    /// Duplicates merged into it: title, problem and their language.
    pub merged: Vec<(String, String, String)>,
}

pub(crate) fn card(l: &L10n, c: &Challenge) -> Card {
    let shown = c.shown(l.lang());
    Card {
        title: shown.title,
        problem: shown.problem,
        lang_name: shown
            .other_lang
            .as_deref()
            .and_then(|code| code.parse::<crate::i18n::Lang>().ok())
            .map_or_else(String::new, |lang| lang.autonym().to_owned()),
        lang: shown.other_lang,
        original: c.row.locale.clone(),
        who_suffers: c.row.who_suffers.clone(),
        end_users: c.row.end_users.clone(),
        evidence: c.row.evidence.clone(),
        divisions: c
            .divisions
            .iter()
            .map(|d| d.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
        merged: c
            .merged
            .iter()
            .map(|m| (m.title.clone(), m.problem.clone(), m.locale.clone()))
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "challenges/templates/call_challenges.html")]
struct ChallengesPage {
    ctx: PageContext,
    call_id: CallId,
    call_title: String,
    cards: Vec<Card>,
    /// Why the viewer may not propose now; `None`: the form is shown.
    refusal: Option<String>,
    form: ChallengeForm,
    /// (id, name, checked)
    divisions: Vec<(i32, String, bool)>,
    errors: Vec<FieldError>,
    proposed: bool,
}

async fn page(
    app: &AppState,
    ctx: PageContext,
    id: CallId,
    form: ChallengeForm,
    errors: Vec<FieldError>,
    proposed: bool,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ProposeChallenges)?;
    let person = viewer.user.as_ref().ok_or(AppError::Forbidden)?;
    let scope = ctx.site()?.id;
    let now = app.clock.now();
    let call = calls::service::find_published(&app.db, scope, id).await?;
    if !service::may_see(&app.db, scope, &call, person, now).await? {
        return Err(AppError::Forbidden);
    }
    let refusal = service::refusal(&app.db, scope, &call, person, now)
        .await?
        .map(|why| ctx.l10n.t(why));
    let l = &ctx.l10n;
    let cards = service::selected(&app.db, scope, id)
        .await?
        .iter()
        .map(|c| card(l, c))
        .collect();
    let divisions = organisation::service::divisions(&app.db, scope)
        .await?
        .into_iter()
        .map(|d| (d.id, d.name, form.division.contains(&d.id)))
        .collect();
    let call_title = calls::service::title(&app.db, scope, id, l.lang()).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(&ChallengesPage {
        call_id: id,
        call_title,
        cards,
        refusal,
        form,
        divisions,
        errors,
        proposed,
        ctx,
    })?;
    *response.status_mut() = status;
    Ok(response)
}

#[derive(serde::Deserialize)]
pub struct Shown {
    #[serde(default)]
    proposed: Option<String>,
}

/// `GET /calls/{id}/challenges`: the selected challenges, and the form to
/// propose one while the call collects them.
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    axum::extract::Query(shown): axum::extract::Query<Shown>,
) -> Result<Response, AppError> {
    page(
        &app,
        ctx,
        id,
        ChallengeForm::default(),
        Vec::new(),
        shown.proposed.is_some(),
    )
    .await
}

/// `POST /calls/{id}/challenges`: proposes a challenge; a refused form
/// comes back with everything typed.
pub async fn propose(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<ChallengeForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ProposeChallenges)?;
    let person = viewer.user.clone().ok_or(AppError::Forbidden)?;
    let scope = ctx.site()?.id;
    let call = calls::service::find_published(&app.db, scope, id).await?;
    let lang = ctx.l10n.lang();
    match service::propose(&app.db, scope, &call, &person, lang, &form, app.clock.now()).await {
        Ok(_) => Ok(
            Redirect::to(&ctx.link(&format!("/calls/{id}/challenges?proposed=1"))).into_response(),
        ),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            page(&app, ctx, id, form, errors, false).await
        }
        // The stage ended (or the call changed) while they wrote: what
        // they typed comes back with the reason, to keep.
        Err(AppError::Refused(why)) => {
            let errors = vec![FieldError {
                field: "title",
                message: ctx.l10n.t(why),
            }];
            page(&app, ctx, id, form, errors, false).await
        }
        Err(error) => Err(error),
    }
}
