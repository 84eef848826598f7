//! A person's own data: their preferences, a download of everything the
//! platform holds about them, and the right to be erased (confirmed by an
//! admin; the person is anonymised, so counts for the network stay right).

use axum::{
    Json,
    extract::{Path, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::service::{self, Caches};
use super::user;
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::PersonId;
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    i18n::Lang,
    state::AppState,
    web::{
        PageContext,
        confirm::{self, Ask, Confirm},
    },
};
use std::sync::Arc;

fn me(ctx: &PageContext) -> Result<&user::Model, AppError> {
    require(ctx, Action::ViewOwnAccount)?
        .user
        .as_ref()
        .ok_or(AppError::Forbidden)
}

#[derive(Deserialize)]
pub struct Preferences {
    #[serde(default)]
    locale: String,
    #[serde(default)]
    notify_by_email: Option<String>,
}

/// `POST /account/preferences`: the interface language (one of the
/// city's) and whether notifications come by email.
pub async fn preferences(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<Preferences>,
) -> Result<Response, AppError> {
    let person = me(&ctx)?.clone();
    let site = ctx.site()?;
    let locale = match form.locale.as_str() {
        "" => None,
        code => Some(
            code.parse::<Lang>()
                .ok()
                .filter(|l| site.locales.contains(l))
                .ok_or(AppError::BadRequest)?,
        ),
    };
    service::set_preferences(
        &app.db,
        Caches {
            store: &app.store,
            viewers: &viewers,
        },
        site.id,
        person,
        locale,
        form.notify_by_email.is_some(),
    )
    .await?;
    Ok(Redirect::to(&ctx.link("/account")).into_response())
}

/// `GET /account/export`: a JSON file of everything held about the person.
pub async fn export(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let person = me(&ctx)?;
    let scope = ctx.site()?.id;
    let data = service::export(&app.db, &app.secrets, scope, person, app.clock.now()).await?;
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("attachment; filename=\"my-data.json\""),
        )],
        Json(data),
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /account/erasure`: asks to be erased; an admin confirms.
pub async fn request_erasure(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let person = me(&ctx)?.clone();
    let site = ctx.site()?;
    service::request_erasure(&app.db, site.id, person, app.clock.now()).await?;
    Ok(Redirect::to(&ctx.link("/account")).into_response())
}

/// `POST /admin/people/{id}/erase`: confirms a person's request
/// (`service::erase` says what goes).
pub async fn erase(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(id): Path<PersonId>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManagePeople)?;
    let site = ctx.site()?;
    if !form.yes() {
        let person = service::person(&app.db, site.id, id).await?;
        if person.erasure_requested_at.is_none() {
            return Err(AppError::NotFound);
        }
        let l = &ctx.l10n;
        let args = [("person", person.name(l).into())];
        let ask = Ask {
            title: l.args("confirm-erase-title", &args),
            consequences: vec![l.args("confirm-erase-consequence", &args)],
            confirm_label: l.t("confirm-erase-button"),
            action: ctx.link(&format!("/admin/people/{id}/erase")),
            fields: Vec::new(),
            cancel: ctx.link("/admin/people"),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    service::erase(
        &app.db,
        Caches {
            store: &app.store,
            viewers: &viewers,
        },
        site.id,
        viewer.user.as_ref().map(|u| u.id),
        id,
        app.clock.now(),
    )
    .await?;
    Ok(Redirect::to(&ctx.link("/admin/people")).into_response())
}
