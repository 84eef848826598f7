//! Demo sign-in: pick a seeded person of any role, no password. The routes
//! exist only in a server started with `serve --demo` (see `http`), and the
//! handlers refuse again if they are ever reached otherwise.

use askama::Template;
use axum::{extract::State, response::Response};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{Principal, Realm, csrf::CsrfForm, local, pages::begin_session, platform};
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::PersonId;
use crate::{
    demo,
    error::AppError,
    organisation::division,
    people::{Role, role, user},
    state::AppState,
    web::{PageContext, render},
};
use std::sync::Arc;

struct DemoPerson {
    id: i32,
    name: String,
    role: String,
    /// An employee's division and grade, to choose a colleague by.
    detail: String,
}

/// How many employees the page offers, so that a visitor can form a team.
const EMPLOYEES_OFFERED: usize = 5;

#[derive(Template)]
#[template(path = "auth/templates/demo.html")]
struct DemoPage {
    ctx: PageContext,
    people: Vec<DemoPerson>,
    action: String,
}

/// The people a demo visitor can be: one of each role held in this realm
/// (several employees, to form a team with), among the people the demo
/// seeded who have no password of their own (a city created later, or
/// anyone invited since, is never offered), with an employee's division
/// and grade.
async fn demo_people(
    app: &AppState,
    ctx: &PageContext,
) -> Result<Vec<(i32, String, Role, String)>, AppError> {
    match &ctx.tenant {
        Some(tenant) if !tenant.is_demo => Ok(Vec::new()),
        Some(tenant) => {
            let mut seen = Vec::new();
            let mut people = Vec::new();
            let grants = tenant
                .id
                .find::<role::Entity>()
                .order_by_asc(role::Column::Id)
                .all(&app.db)
                .await?;
            let divisions = tenant.id.find::<division::Entity>().all(&app.db).await?;
            for grant in grants {
                let room = if grant.role == Role::Employee {
                    EMPLOYEES_OFFERED
                } else {
                    1
                };
                if seen.iter().filter(|r| **r == grant.role).count() >= room {
                    continue;
                }
                if let Some(person) = tenant
                    .id
                    .find_by_id::<user::Entity>(grant.user_id)
                    .filter(user::Column::Active.eq(true))
                    .one(&app.db)
                    .await?
                    .filter(|person| demo::is_seeded_person(&tenant.slug, person))
                {
                    let has_password = tenant
                        .id
                        .find::<local::Entity>()
                        .filter(local::Column::UserId.eq(person.id))
                        .one(&app.db)
                        .await?
                        .is_some();
                    if has_password {
                        continue;
                    }
                    if people.iter().any(|(id, _, _, _)| *id == person.id.get()) {
                        continue;
                    }
                    seen.push(grant.role);
                    let detail = if grant.role == Role::Employee {
                        let division = person
                            .division_id
                            .and_then(|id| divisions.iter().find(|d| d.id == id))
                            .map(|d| d.name.clone());
                        [division, person.grade.clone()]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" · ")
                    } else {
                        String::new()
                    };
                    people.push((person.id.get(), person.display_name, grant.role, detail));
                }
            }
            Ok(people)
        }
        None => Ok(platform_accounts(app).await?),
    }
}

#[allow(
    clippy::disallowed_methods,
    reason = "platform accounts belong to no tenant"
)]
async fn platform_accounts(app: &AppState) -> Result<Vec<(i32, String, Role, String)>, AppError> {
    Ok(platform::Entity::find()
        .filter(platform::Column::Active.eq(true))
        .order_by_asc(platform::Column::Id)
        .all(&app.db)
        .await?
        .into_iter()
        .filter(demo::is_seeded_platform_account)
        .map(|a| (a.id, a.display_name, a.role, String::new()))
        .collect())
}

/// `GET /auth/demo`
pub async fn page(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    if !app.demo {
        return Err(AppError::NotFound);
    }
    let people = demo_people(&app, &ctx)
        .await?
        .into_iter()
        .map(|(id, name, role, detail)| DemoPerson {
            id,
            name,
            role: ctx.l10n.t(role.message_id()),
            detail,
        })
        .collect();
    let action = match &ctx.tenant {
        Some(_) => ctx.link("/auth/demo"),
        None => "/auth/demo".to_owned(),
    };
    render(&DemoPage {
        ctx,
        people,
        action,
    })
}

#[derive(Deserialize)]
pub struct DemoChoice {
    /// A city person's id, or a platform account's on the platform.
    person: i32,
}

/// `POST /auth/demo`: becomes the chosen demo person.
pub async fn sign_in(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    CsrfForm(choice): CsrfForm<DemoChoice>,
) -> Result<Response, AppError> {
    if !app.demo {
        return Err(AppError::NotFound);
    }
    let offered = demo_people(&app, &ctx).await?;
    if !offered.iter().any(|(id, _, _, _)| *id == choice.person) {
        return Err(AppError::Forbidden);
    }
    let (realm, principal, home) = match &ctx.tenant {
        Some(tenant) => (
            Realm::Tenant(tenant.id.get()),
            Principal::User(PersonId(choice.person)),
            ctx.link("/account"),
        ),
        None => (
            Realm::Platform,
            Principal::PlatformAccount(choice.person),
            "/account".to_owned(),
        ),
    };
    begin_session(&app, &viewers, &ctx, realm, principal, None, Some(&home)).await
}
