//! The JSON API of one person of the city, for its administrators: their
//! record and attributes (and which of these the city's sign-in owns),
//! setting division and grade, granting and revoking city-wide roles. The
//! same services and refusals as the people pages; the API asks no
//! confirmation (the token's holder acts at once).

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::api_docs::responses;
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::{CallId, PersonId};
use axum::{
    Json,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use sea_orm::{ActiveEnum, ColumnTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::{
    Role, role,
    service::{self, Caches},
    user,
};
use crate::{
    auth::{
        Action,
        csrf::{JsonBody, JsonObject},
        require,
    },
    error::{AppError, FieldIssue, ProblemDocument},
    organisation,
    state::AppState,
    web::PageContext,
};

/// A role held, city-wide or (a juror's) for one call.
#[derive(Serialize, ToSchema)]
pub struct Grant {
    #[schema(value_type = Role)]
    role: String,
    /// The call a juror's seat is for; none for a city-wide role.
    #[schema(value_type = Option<i32>)]
    call_id: Option<CallId>,
}

/// The claims of the city's sign-in that set an attribute at each
/// sign-in: the admin cannot change an attribute that has one.
#[derive(Serialize, ToSchema)]
pub struct SsoClaims {
    /// The claim that sets the division.
    division: Option<String>,
    /// The claim that sets the grade.
    grade: Option<String>,
}

/// A person of the city with their attributes and roles.
#[derive(Serialize, ToSchema)]
pub struct PersonView {
    #[schema(value_type = i32)]
    id: PersonId,
    name: String,
    email: String,
    /// Deactivated people cannot sign in.
    active: bool,
    /// An outside expert, signing in with a password rather than the
    /// city's sign-in.
    local_account: bool,
    /// The person asked to be erased.
    erasure_requested: bool,
    /// The id of their division.
    division_id: Option<i32>,
    division_name: Option<String>,
    /// Their grade as the city names it.
    grade: Option<String>,
    /// Further attributes the city's sign-in sends (claim and value).
    #[schema(value_type = Object)]
    claims: BTreeMap<String, Value>,
    /// Which attributes the city's sign-in owns, and through which claim.
    sso_owned: SsoClaims,
    roles: Vec<Grant>,
}

async fn view(
    app: &AppState,
    ctx: &PageContext,
    person: user::Model,
) -> Result<PersonView, AppError> {
    let scope = ctx.site()?.id;
    let owned = service::sso_owned(&app.db, scope, &person).await?;
    let division_name = match person.division_id {
        Some(id) => organisation::service::divisions(&app.db, scope)
            .await?
            .into_iter()
            .find(|d| d.id == id)
            .map(|d| d.name),
        None => None,
    };
    let roles = scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.eq(person.id))
        .order_by_asc(role::Column::Id)
        .all(&app.db)
        .await?
        .into_iter()
        .map(|g| Grant {
            role: g.role.to_value(),
            call_id: g.call_id,
        })
        .collect();
    let claims = match serde_json::from_str::<Value>(&person.attributes) {
        Ok(Value::Object(map)) => map.into_iter().collect(),
        _ => BTreeMap::new(),
    };
    Ok(PersonView {
        name: person.name(&ctx.l10n),
        id: person.id,
        email: person.email,
        active: person.active,
        local_account: person.issuer == crate::auth::local::LOCAL_ISSUER,
        erasure_requested: person.erasure_requested_at.is_some(),
        division_id: person.division_id,
        division_name,
        grade: person.grade,
        claims,
        sso_owned: SsoClaims {
            division: owned.division,
            grade: owned.grade,
        },
        roles,
    })
}

/// A person of the city who was not erased, or 404.
async fn find(app: &AppState, ctx: &PageContext, id: PersonId) -> Result<user::Model, AppError> {
    Some(service::person(&app.db, ctx.site()?.id, id).await?)
        .filter(|p| !p.is_erased())
        .ok_or(AppError::NotFound)
}

/// One person of the city: record, attributes, the claims the city's
/// sign-in owns, and roles.
#[utoipa::path(
    get,
    path = "/people/{id}",
    operation_id = "get_person",
    tag = "people",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The person", body = PersonView),
        responses::BadId,
        responses::NotSignedIn,
        responses::NotAnAdmin,
        responses::NoPerson,
        responses::TooManyRequests,
    )
)]
pub async fn get(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<PersonId>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManagePeople)?;
    let person = find(&app, &ctx, id).await?;
    Ok(Json(view(&app, &ctx, person).await?).into_response())
}

/// Reads a field that is present, even as `null`: `Some(None)`; a field
/// left out stays `None` (by `#[serde(default)]`).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// A person's division and grade: a field left out stays as it is.
#[derive(Deserialize, ToSchema)]
pub struct AttributesBody {
    /// A division's id, or `null` for none.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>)]
    division_id: Option<Option<i32>>,
    /// At most 80 characters on one line; empty or `null` for none.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 80)]
    grade: Option<Option<String>>,
}

/// Sets a person's division and grade where the city's sign-in does not
/// own them. Audited as `person.attributes`.
#[utoipa::path(
    put,
    path = "/people/{id}/attributes",
    operation_id = "set_person_attributes",
    tag = "people",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The person's id")),
    request_body(content = AttributesBody, content_type = "application/json"),
    responses(
        (status = 200, description = "The person as saved", body = PersonView),
        responses::BadIdOrBody,
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        responses::NoPerson,
        responses::NotJson,
        (status = 422, description = "The division is not the city's, the grade is too long, or the city's sign-in owns the field: `errors` names it", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn set_attributes(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(id): Path<PersonId>,
    JsonObject(body): JsonObject<AttributesBody>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManagePeople)?;
    let scope = ctx.site()?.id;
    let attributes = service::Attributes {
        division: body
            .division_id
            .map(|d| d.map(|n| n.to_string()).unwrap_or_default()),
        grade: body.grade.map(Option::unwrap_or_default),
    };
    service::set_attributes(
        &app.db,
        Caches {
            store: &app.store,
            viewers: &viewers,
        },
        scope,
        viewer.user.as_ref().map(|u| u.id),
        id,
        &attributes,
        app.clock.now(),
    )
    .await
    .map_err(|error| match error {
        // `people-error-division` names the form's field: here it is
        // `division_id`.
        AppError::Invalid(issues) => AppError::Invalid(
            issues
                .into_iter()
                .map(|mut issue| {
                    if issue.field == "division" {
                        issue.field = "division_id";
                    }
                    issue
                })
                .collect(),
        ),
        other => other,
    })?;
    let person = find(&app, &ctx, id).await?;
    Ok(Json(view(&app, &ctx, person).await?).into_response())
}

/// A role the city's administrators give.
#[derive(Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CityRole {
    Employee,
    Juror,
    Mentor,
    TenantAdmin,
}

impl From<CityRole> for Role {
    fn from(role: CityRole) -> Self {
        match role {
            CityRole::Employee => Role::Employee,
            CityRole::Juror => Role::Juror,
            CityRole::Mentor => Role::Mentor,
            CityRole::TenantAdmin => Role::TenantAdmin,
        }
    }
}

async fn change_role(
    app: &AppState,
    viewers: &ViewerCache,
    ctx: &PageContext,
    id: PersonId,
    change: service::RoleChange,
) -> Result<Response, AppError> {
    let viewer = require(ctx, Action::ManagePeople)?;
    let scope = ctx.site()?.id;
    find(app, ctx, id).await?;
    service::set_role(
        &app.db,
        Caches {
            store: &app.store,
            viewers,
        },
        scope,
        viewer.user.as_ref().map(|u| u.id),
        id,
        change,
        app.clock.now(),
    )
    .await
    .map_err(|error| match error {
        // A refusal the admin can act on (the person sits on a jury).
        AppError::Refused(message) => AppError::Invalid(vec![FieldIssue::new("role", message)]),
        other => other,
    })?;
    let person = find(app, ctx, id).await?;
    Ok(Json(view(app, ctx, person).await?).into_response())
}

/// Grants a city-wide role; granting one held changes nothing. The
/// administrator role is refused to a person on the jury of a call whose
/// results are not out. Audited as `role.grant`.
#[utoipa::path(
    put,
    path = "/people/{id}/roles/{role}",
    operation_id = "grant_role",
    tag = "people",
    security(("bearer" = [])),
    params(
        ("id" = i32, Path, description = "The person's id"),
        ("role" = inline(CityRole), Path, description = "The role"),
    ),
    request_body(content = Option<Object>, description = "Nothing is read from it: an empty body or `{}`", content_type = "application/json"),
    responses(
        (status = 200, description = "The person with the role", body = PersonView),
        (status = 400, description = "The id is not a number, the role not one a city gives, or the body is not JSON", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotSignedIn,
        responses::NotAnAdminWriting,
        responses::NoPerson,
        responses::NotJson,
        (status = 422, description = "The person sits on a jury still to judge, which excludes the administrator role: `errors` says so", body = ProblemDocument, content_type = "application/problem+json"),
        responses::TooManyRequests,
    )
)]
pub async fn grant_role(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path((id, role)): Path<(PersonId, CityRole)>,
    JsonBody(_): JsonBody<Option<serde_json::Map<String, Value>>>,
) -> Result<Response, AppError> {
    change_role(
        &app,
        &viewers,
        &ctx,
        id,
        service::RoleChange::Grant(role.into()),
    )
    .await
}

/// Revokes a city-wide role; revoking one not held changes nothing. An
/// administrator cannot revoke their own administrator role. Audited as
/// `role.revoke`.
#[utoipa::path(
    delete,
    path = "/people/{id}/roles/{role}",
    operation_id = "revoke_role",
    tag = "people",
    security(("bearer" = [])),
    params(
        ("id" = i32, Path, description = "The person's id"),
        ("role" = inline(CityRole), Path, description = "The role"),
    ),
    responses(
        (status = 200, description = "The person without the role", body = PersonView),
        (status = 400, description = "The id is not a number, or the role not one a city gives", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NotSignedIn,
        (status = 403, description = "Only the city's administrators may do this, and not to their own administrator role; or a session's write lacks its `X-CSRF-Token`", body = ProblemDocument, content_type = "application/problem+json"),
        responses::NoPerson,
        responses::TooManyRequests,
    )
)]
pub async fn revoke_role(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path((id, role)): Path<(PersonId, CityRole)>,
    JsonBody(_): JsonBody<Option<serde_json::Map<String, Value>>>,
) -> Result<Response, AppError> {
    change_role(
        &app,
        &viewers,
        &ctx,
        id,
        service::RoleChange::Revoke(role.into()),
    )
    .await
}
