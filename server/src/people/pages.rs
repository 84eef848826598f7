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
    organisation,
    state::AppState,
    web::{
        PageContext,
        confirm::{self, Ask},
        encode_query, render,
    },
};

use super::role::CITY_ROLES;

struct PersonLine {
    id: PersonId,
    erasure_requested: bool,
    erased: bool,
    name: String,
    email: String,
    active: bool,
    local: bool,
    division: Option<String>,
    grade: Option<String>,
    /// Badges of the roles held: (role code, shown name).
    held: Vec<(String, String)>,
    /// City-wide roles a button changes: (role code, role name, held).
    roles: Vec<(String, String, bool)>,
}

/// A link to one page of the list, or the current page (no link).
struct PageLink {
    number: u64,
    href: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "people/templates/people.html")]
struct PeoplePage {
    ctx: PageContext,
    query: ListQuery,
    people: Vec<PersonLine>,
    /// How many people pass the filters, in the reader's words.
    found: String,
    /// (code, name)
    role_choices: Vec<(String, String)>,
    /// (id, name)
    divisions: Vec<(String, String)>,
    grades: Vec<String>,
    /// (code, name)
    statuses: Vec<(String, String)>,
    pages: Vec<PageLink>,
    previous: Option<String>,
    next: Option<String>,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Search {
    /// Part of a name or an email.
    #[serde(default)]
    q: String,
}

/// The people list's filters, as its address carries them (values it does
/// not know narrow nothing).
#[derive(Clone, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    division: String,
    #[serde(default)]
    grade: String,
    #[serde(default)]
    status: String,
    /// From 1.
    #[serde(default)]
    page: String,
}

const STATUSES: [(&str, service::Status, &str); 3] = [
    ("active", service::Status::Active, "people-active"),
    (
        "deactivated",
        service::Status::Deactivated,
        "people-inactive",
    ),
    (
        "erasure",
        service::Status::ErasureRequested,
        "people-erasure-requested",
    ),
];

impl ListQuery {
    fn filter(&self) -> service::Filter {
        service::Filter {
            q: self.q.clone(),
            role: CITY_ROLES.into_iter().find(|r| r.to_value() == self.role),
            division: self.division.parse().ok(),
            grade: Some(self.grade.trim().to_owned()).filter(|g| !g.is_empty()),
            status: STATUSES
                .iter()
                .find(|(code, _, _)| *code == self.status)
                .map(|(_, s, _)| *s),
        }
    }

    /// The list's address with these filters, on page `page` (from 1).
    fn href(&self, ctx: &PageContext, page: u64) -> String {
        let mut pairs: Vec<(&str, String)> = [
            ("q", &self.q),
            ("role", &self.role),
            ("division", &self.division),
            ("grade", &self.grade),
            ("status", &self.status),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k, v.clone()))
        .collect();
        if page > 1 {
            pairs.push(("page", page.to_string()));
        }
        let query = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode_query(v)))
            .collect::<Vec<_>>()
            .join("&");
        let base = ctx.link("/admin/people");
        if query.is_empty() {
            base
        } else {
            format!("{base}?{query}")
        }
    }
}

/// `GET /admin/people?q=&role=&division=&grade=&status=&page=`
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManagePeople)?;
    let scope = ctx.site()?.id;
    let filter = query.filter();
    let page = query.page.parse::<u64>().unwrap_or(1).max(1);
    let (found, total) = service::list(&app.db, scope, &filter, page - 1).await?;
    let divisions: Vec<(String, String)> = organisation::service::divisions(&app.db, scope)
        .await?
        .into_iter()
        .map(|d| (d.id.to_string(), d.name))
        .collect();
    let division_name = |id: Option<i32>| {
        id.and_then(|id| {
            divisions
                .iter()
                .find(|(d, _)| *d == id.to_string())
                .map(|(_, name)| name.clone())
        })
    };
    let people = found
        .into_iter()
        .map(|(p, grants)| {
            let city_wide: Vec<Role> = grants
                .iter()
                .filter(|g| g.call_id.is_none())
                .map(|g| g.role)
                .collect();
            let mut held: Vec<(String, String)> = Vec::new();
            for grant in &grants {
                let label = if grant.call_id.is_some() {
                    ctx.l10n.t("people-juror-of-call")
                } else {
                    ctx.l10n.t(grant.role.message_id())
                };
                if !held.iter().any(|(_, l)| *l == label) {
                    held.push((grant.role.to_value(), label));
                }
            }
            PersonLine {
                roles: CITY_ROLES
                    .iter()
                    .map(|r| {
                        (
                            r.to_value(),
                            ctx.l10n.t(r.message_id()),
                            city_wide.contains(r),
                        )
                    })
                    .collect(),
                held,
                local: p.issuer == crate::auth::local::LOCAL_ISSUER,
                erasure_requested: p.erasure_requested_at.is_some() && !p.is_erased(),
                erased: p.is_erased(),
                id: p.id,
                name: p.name(&ctx.l10n),
                email: p.email,
                active: p.active,
                division: division_name(p.division_id),
                grade: p.grade,
            }
        })
        .collect();
    let last = total.div_ceil(service::PER_PAGE).max(1);
    let page = page.min(last);
    let pages = (1..=last)
        .filter(|n| *n == 1 || *n == last || n.abs_diff(page) <= 2)
        .map(|n| PageLink {
            number: n,
            href: query.href(&ctx, n),
            current: n == page,
        })
        .collect();
    let previous = (page > 1).then(|| query.href(&ctx, page - 1));
    let next = (page < last).then(|| query.href(&ctx, page + 1));
    let found = ctx.l10n.args(
        "people-found",
        &[("count", i64::try_from(total).unwrap_or(i64::MAX).into())],
    );
    let role_choices = CITY_ROLES
        .iter()
        .map(|r| (r.to_value(), ctx.l10n.t(r.message_id())))
        .collect();
    let statuses = STATUSES
        .iter()
        .map(|(code, _, id)| ((*code).to_owned(), ctx.l10n.t(id)))
        .collect();
    let grades = service::grades(&app.db, scope).await?;
    render(&PeoplePage {
        ctx,
        query,
        people,
        found,
        role_choices,
        divisions,
        grades,
        statuses,
        pages,
        previous,
        next,
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
