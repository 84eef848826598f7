//! The tenant admin's people page: search, roles, deactivation.

use crate::api_docs::responses;
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::PersonId;
use std::sync::Arc;

use askama::Template;
use axum::{
    Json,
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::ActiveEnum;
use serde::Deserialize;

use super::Role;
use super::service::{self, Caches};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::{AppError, ProblemDocument},
    state::AppState,
    web::{
        PageContext,
        confirm::{self, Ask},
        render,
    },
};

/// Roles a tenant admin gives; platform roles are the operators' business.
const CITY_ROLES: [Role; 4] = [Role::Employee, Role::Juror, Role::Mentor, Role::TenantAdmin];

struct PersonLine {
    id: PersonId,
    erasure_requested: bool,
    name: String,
    email: String,
    active: bool,
    local: bool,
    /// (role code, role name, held)
    roles: Vec<(String, String, bool)>,
}

#[derive(Template)]
#[template(path = "people/templates/people.html")]
struct PeoplePage {
    ctx: PageContext,
    query: String,
    people: Vec<PersonLine>,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Search {
    /// Part of a name or an email.
    #[serde(default)]
    q: String,
}

/// `GET /admin/people?q=`
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<Search>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManagePeople)?;
    let scope = ctx.site()?.id;
    let people = service::search(&app.db, scope, &query.q)
        .await?
        .into_iter()
        .map(|(p, held)| PersonLine {
            roles: CITY_ROLES
                .iter()
                .map(|r| (r.to_value(), ctx.l10n.t(r.message_id()), held.contains(r)))
                .collect(),
            local: p.issuer == crate::auth::local::LOCAL_ISSUER,
            erasure_requested: p.erasure_requested_at.is_some() && !p.is_erased(),
            id: p.id,
            name: p.name(&ctx.l10n),
            email: p.email,
            active: p.active,
        })
        .collect();
    render(&PeoplePage {
        ctx,
        query: query.q,
        people,
    })
}

/// A person of the city, as the people page lists them.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct PersonEntry {
    #[schema(value_type = i32)]
    id: PersonId,
    name: String,
    email: String,
    /// Deactivated people cannot sign in.
    active: bool,
    #[schema(value_type = Vec<Role>)]
    roles: Vec<String>,
}

/// People of the city.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct PersonList {
    people: Vec<PersonEntry>,
}

/// The city's people whose name or email contains `q` (all when empty), by
/// name, for the city's administrators.
#[utoipa::path(
    get,
    path = "/people",
    operation_id = "list_people",
    tag = "people",
    security(("bearer" = [])),
    params(Search),
    responses(
        (status = 200, description = "The people found", body = PersonList),
        (status = 400, description = "The query string is malformed", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotSignedIn,
        (status = 403, description = "Only the city's administrators manage people", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn api_list(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<Search>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManagePeople)?;
    // No name or email holds a NUL (and PostgreSQL cannot compare one).
    let people = service::search(&app.db, ctx.site()?.id, &query.q.replace('\0', ""))
        .await?
        .into_iter()
        .map(|(p, held)| PersonEntry {
            id: p.id,
            name: p.name(&ctx.l10n),
            email: p.email,
            active: p.active,
            roles: held.iter().map(|r| r.to_value()).collect(),
        })
        .collect();
    Ok(Json(PersonList { people }).into_response())
}

#[derive(Deserialize)]
pub struct RoleChange {
    role: String,
    /// `grant` or `revoke`.
    change: String,
    /// `yes` once the admin confirmed.
    #[serde(default)]
    confirm: String,
}

/// `POST /admin/people/{id}/roles`
pub async fn set_role(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(id): Path<PersonId>,
    CsrfForm(form): CsrfForm<RoleChange>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManagePeople)?;
    let scope = ctx.site()?.id;
    let role = CITY_ROLES
        .into_iter()
        .find(|r| r.to_value() == form.role)
        .ok_or(AppError::BadRequest)?;
    let change = match form.change.as_str() {
        "grant" => service::RoleChange::Grant(role),
        "revoke" => service::RoleChange::Revoke(role),
        _ => return Err(AppError::BadRequest),
    };
    if form.confirm != "yes" {
        let person = service::person(&app.db, scope, id).await?;
        let l = &ctx.l10n;
        let args = [
            ("person", person.name(l).into()),
            ("role", l.t(role.message_id()).into()),
        ];
        let (title, consequence, button) = match change {
            service::RoleChange::Grant(_) => (
                "confirm-grant-title",
                "confirm-grant-consequence",
                "confirm-grant-button",
            ),
            service::RoleChange::Revoke(_) => (
                "confirm-revoke-role-title",
                "confirm-revoke-role-consequence",
                "confirm-revoke-role-button",
            ),
        };
        let ask = Ask {
            title: l.args(title, &args),
            consequences: vec![l.args(consequence, &args)],
            confirm_label: l.t(button),
            action: ctx.link(&format!("/admin/people/{id}/roles")),
            fields: vec![
                ("role".into(), form.role.clone()),
                ("change".into(), form.change.clone()),
            ],
            cancel: ctx.link("/admin/people"),
            irreversible: false,
        };
        return confirm::ask(ctx, ask);
    }
    service::set_role(
        &app.db,
        Caches {
            store: &app.store,
            viewers: &viewers,
        },
        scope,
        viewer.user.as_ref().map(|u| u.id),
        id,
        change,
        app.clock.now(),
    )
    .await?;
    Ok(Redirect::to(&ctx.link("/admin/people")).into_response())
}

#[derive(Deserialize)]
pub struct ActiveChange {
    active: bool,
    /// `yes` once the admin confirmed (asked only to deactivate).
    #[serde(default)]
    confirm: String,
}

/// `POST /admin/people/{id}/active`: deactivating ends every session of the
/// person at once.
pub async fn set_active(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(id): Path<PersonId>,
    CsrfForm(form): CsrfForm<ActiveChange>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManagePeople)?;
    let scope = ctx.site()?.id;
    if !form.active && form.confirm != "yes" {
        let person = service::person(&app.db, scope, id).await?;
        let l = &ctx.l10n;
        let args = [("person", person.name(l).into())];
        let ask = Ask {
            title: l.args("confirm-deactivate-title", &args),
            consequences: vec![l.args("confirm-deactivate-consequence", &args)],
            confirm_label: l.t("confirm-deactivate-button"),
            action: ctx.link(&format!("/admin/people/{id}/active")),
            fields: vec![("active".into(), "false".into())],
            cancel: ctx.link("/admin/people"),
            irreversible: false,
        };
        return confirm::ask(ctx, ask);
    }
    service::set_active(
        &app.db,
        Caches {
            store: &app.store,
            viewers: &viewers,
        },
        scope,
        viewer.user.as_ref().map(|u| u.id),
        id,
        form.active,
        app.clock.now(),
    )
    .await?;
    Ok(Redirect::to(&ctx.link("/admin/people")).into_response())
}
