//! The tenant admin's people page: search, roles, deactivation.

use crate::api_docs::responses;
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::PersonId;
use std::collections::HashMap;
use std::sync::Arc;

use askama::Template;
use axum::{
    Json,
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, Condition, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use serde::Deserialize;
use serde_json::json;

use super::{Role, role, user};
use crate::{
    audit,
    auth::{Action, Principal, Realm, csrf::CsrfForm, require, session, viewer_cache},
    error::{AppError, ProblemDocument},
    state::AppState,
    tenancy::TenantId,
    web::{PageContext, render},
};

/// Roles a tenant admin gives; platform roles are the operators' business.
const CITY_ROLES: [Role; 4] = [Role::Employee, Role::Juror, Role::Mentor, Role::TenantAdmin];
const PAGE_SIZE: u64 = 100;

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

/// People matching a search on name or email, with their roles.
async fn search(
    app: &AppState,
    scope: TenantId,
    q: &str,
) -> Result<Vec<(user::Model, Vec<Role>)>, AppError> {
    let mut select = scope
        .find::<user::Entity>()
        .order_by_asc(user::Column::DisplayName);
    let q = q.trim();
    if !q.is_empty() {
        let pattern = format!("%{}%", q.replace(['\\', '%', '_'], ""));
        select = select.filter(
            Condition::any()
                .add(user::Column::DisplayName.like(pattern.clone()))
                .add(user::Column::Email.like(pattern)),
        );
    }
    let people = select.limit(PAGE_SIZE).all(&app.db).await?;
    let ids: Vec<PersonId> = people.iter().map(|p| p.id).collect();
    let mut roles: HashMap<PersonId, Vec<Role>> = HashMap::new();
    for grant in scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.is_in(ids))
        .all(&app.db)
        .await?
    {
        roles.entry(grant.user_id).or_default().push(grant.role);
    }
    Ok(people
        .into_iter()
        .map(|p| {
            let held = roles.remove(&p.id).unwrap_or_default();
            (p, held)
        })
        .collect())
}

/// `GET /admin/people?q=`
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<Search>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManagePeople)?;
    let scope = ctx.site()?.id;
    let people = search(&app, scope, &query.q)
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
    let people = search(&app, ctx.site()?.id, &query.q.replace('\0', ""))
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
    let person = scope
        .find_by_id::<user::Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    // An admin cannot take away their own admin role: a city never loses
    // its last way in by a slip of the mouse.
    let own = viewer.user.as_ref().is_some_and(|u| u.id == person.id);
    let held = scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.eq(person.id))
        .filter(role::Column::Role.eq(role))
        .filter(role::Column::CallId.is_null())
        .one(&app.db)
        .await?;
    let txn = app.db.begin().await?;
    let changed = match (form.change.as_str(), held) {
        ("grant", None) => {
            // An admin sees every proposal of a call: no one holds both
            // that and a seat on a jury still to judge (see `add_juror`).
            if role == Role::TenantAdmin
                && crate::review::service::seated_before_results(&app.db, scope, person.id).await?
            {
                return Err(AppError::Refused("people-error-admin-on-jury"));
            }
            scope
                .insert(
                    role::ActiveModel {
                        user_id: Set(person.id),
                        role: Set(role),
                        call_id: Set(None),
                        created_at: Set(Utc::now()),
                        ..Default::default()
                    },
                    &txn,
                )
                .await?;
            Some("role.grant")
        }
        ("revoke", Some(_)) if own && role == Role::TenantAdmin => return Err(AppError::Forbidden),
        ("revoke", Some(grant)) => {
            scope
                .delete_many::<role::Entity>()
                .filter(role::Column::Id.eq(grant.id))
                .exec(&txn)
                .await?;
            Some("role.revoke")
        }
        ("grant" | "revoke", _) => None,
        _ => return Err(AppError::BadRequest),
    };
    if let Some(action) = changed {
        audit::record(
            &txn,
            scope,
            app.clock.now(),
            audit::Event {
                actor: viewer.user.as_ref().map(|u| u.id),
                action,
                subject_type: "person",
                subject_id: person.id.get(),
                before: json!({}),
                after: json!({ "role": role.to_value() }),
            },
        )
        .await?;
    }
    txn.commit().await?;
    viewer_cache::changed(
        &viewers,
        &app.store,
        Realm::Tenant(scope.get()),
        Principal::User(person.id),
    )
    .await;
    Ok(Redirect::to(&ctx.link("/admin/people")).into_response())
}

#[derive(Deserialize)]
pub struct ActiveChange {
    active: bool,
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
    let person = scope
        .find_by_id::<user::Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if !form.active && viewer.user.as_ref().is_some_and(|u| u.id == person.id) {
        return Err(AppError::Forbidden);
    }
    let before = json!({ "active": person.active });
    let mut row = person.into_active_model();
    row.active = Set(form.active);
    let txn = app.db.begin().await?;
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        app.clock.now(),
        audit::Event {
            actor: viewer.user.as_ref().map(|u| u.id),
            action: if form.active {
                "person.reactivate"
            } else {
                "person.deactivate"
            },
            subject_type: "person",
            subject_id: id.get(),
            before,
            after: json!({ "active": form.active }),
        },
    )
    .await?;
    txn.commit().await?;
    if !form.active {
        session::end_all(&app.store, Realm::Tenant(scope.get()), Principal::User(id)).await?;
    }
    viewer_cache::changed(
        &viewers,
        &app.store,
        Realm::Tenant(scope.get()),
        Principal::User(id),
    )
    .await;
    Ok(Redirect::to(&ctx.link("/admin/people")).into_response())
}
