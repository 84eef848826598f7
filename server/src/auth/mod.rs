//! Who is asking, and what they may do: sessions, sign-in (each city's own
//! OpenID Connect provider, local passwords for invited outside experts,
//! platform accounts for operators and coordinators, and a demo sign-in in
//! demo mode only), CSRF protection and the permission check.

pub mod api_token;
pub mod api_token_pages;
pub mod api_tokens;
pub mod csrf;
pub mod demo;
pub mod invitation;
pub mod invitation_pages;
pub mod invitations;
pub mod local;
pub mod local_account;
pub mod oidc;
pub mod pages;
pub mod password;
pub mod permissions;
pub mod platform;
pub mod platform_account;
pub mod platform_pages;
pub mod return_path;
pub mod session;
pub mod sso_settings;
mod throttle;
pub mod viewer_cache;

pub use permissions::Action;
pub use session::{Principal, Realm, Session};

use axum::http::{HeaderMap, HeaderValue, header};
use sea_orm::{ColumnTrait, DatabaseConnection, JoinType, QueryFilter, QuerySelect};

use crate::ids::PersonId;
use crate::{
    error::AppError,
    people::{Role, role, user},
    store::Store,
    tenancy::TenantContext,
    web::{HeaderLinks, PageContext, SignedIn},
};

/// The person behind a request's session.
#[derive(Clone, Debug)]
pub struct Viewer {
    pub session_id: String,
    /// Authenticated by an API token rather than a browser session: no
    /// cookie, so no CSRF token is needed.
    pub by_token: bool,
    pub session: Session,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
    /// The city user, for a city session.
    pub user: Option<user::Model>,
    /// Signed in with a local password (an invited outside expert).
    pub local: bool,
}

impl Viewer {
    pub fn can(&self, action: Action) -> bool {
        action.allowed_for(&self.roles)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// The signed-in person behind a page's request.
pub trait Viewing {
    fn viewer(&self) -> Option<&Viewer>;
}

impl Viewing for PageContext {
    fn viewer(&self) -> Option<&Viewer> {
        self.identity.as_deref()?.downcast_ref::<Viewer>()
    }
}

impl Viewer {
    /// What the header shows of this person.
    pub fn signed_in(&self) -> SignedIn {
        let manages = self.can(Action::ManageCalls);
        SignedIn {
            name: self.name.clone(),
            links: HeaderLinks {
                proposals: self.can(Action::WriteProposals),
                projects: self.has_role(Role::Mentor) || self.has_role(Role::Employee),
                project_board: manages,
                network: self.can(Action::CompareCities),
                city_network: manages,
                library: self.can(Action::BrowseLibrary),
                review: self.has_role(Role::Juror),
                admin_calls: manages,
                console: manages,
                operator: self.can(Action::OperatePlatform),
            },
        }
    }
}

/// The viewer if signed in and allowed to act; otherwise the error that
/// sends them to sign in, or tells them they may not.
pub fn require(ctx: &PageContext, action: Action) -> Result<&Viewer, AppError> {
    let viewer = ctx.viewer().ok_or(AppError::SignInRequired)?;
    if viewer.can(action) {
        Ok(viewer)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Reads one cookie's value from the request headers.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Secure over https.
pub fn set_cookie(
    name: &str,
    value: &str,
    path: &str,
    max_age: Option<u64>,
    secure: bool,
) -> Option<HeaderValue> {
    let mut cookie = format!("{name}={value}; Path={path}; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).ok()
}

/// The path a realm's cookies are scoped to.
pub fn cookie_path(ctx: &PageContext) -> String {
    format!("{}/", ctx.base)
}

/// What dispatch learns about the session of a request.
pub enum SessionState {
    SignedIn(Box<Viewer>),
    Anonymous,
    /// The cookie named a session the store could not be asked about.
    Unavailable,
}

/// An active person of the city, with the roles they hold now.
async fn active_person(
    db: &DatabaseConnection,
    scope: crate::tenancy::TenantId,
    user_id: PersonId,
) -> Result<Option<(user::Model, Vec<Role>)>, AppError> {
    // One statement for the person and their roles: it runs on every
    // signed-in request.
    let rows: Vec<(user::Model, Option<role::Model>)> = scope
        .find_by_id::<user::Entity>(user_id)
        .filter(user::Column::Active.eq(true))
        .join(
            JoinType::LeftJoin,
            scope.join::<user::Entity, role::Entity>(user::Column::Id, role::Column::UserId),
        )
        .select_also(role::Entity)
        .all(db)
        .await?;
    let roles = rows
        .iter()
        .filter_map(|(_, r)| r.as_ref().map(|r| r.role))
        .collect();
    Ok(rows.into_iter().next().map(|(person, _)| (person, roles)))
}

/// The token of an `Authorization: Bearer` header.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// The person an API token acts as, with their current roles.
async fn token_viewer(
    db: &DatabaseConnection,
    tenant: &TenantContext,
    token: &str,
) -> Result<SessionState, AppError> {
    let scope = tenant.id;
    let Some(user_id) = api_tokens::holder(db, scope, token).await? else {
        return Err(AppError::BadToken);
    };
    let Some((person, roles)) = active_person(db, scope, user_id).await? else {
        return Err(AppError::BadToken);
    };
    Ok(SessionState::SignedIn(Box::new(Viewer {
        session_id: String::new(),
        by_token: true,
        session: Session {
            realm: Realm::Tenant(scope.get()),
            principal: Principal::User(user_id),
            csrf: String::new(),
            id_token: None,
        },
        name: person.display_name.clone(),
        email: person.email.clone(),
        local: false,
        roles,
        user: Some(person),
    })))
}

/// Loads the request's session and the person behind it.
pub async fn load_viewer(
    db: &DatabaseConnection,
    store: &Store,
    viewers: &viewer_cache::ViewerCache,
    headers: &HeaderMap,
    tenant: Option<&TenantContext>,
) -> Result<SessionState, AppError> {
    let realm = match tenant {
        Some(t) => Realm::Tenant(t.id.get()),
        None => Realm::Platform,
    };
    if let (Some(tenant), Some(token)) = (tenant, bearer(headers)) {
        return token_viewer(db, tenant, token).await;
    }
    let Some(id) = cookie(headers, realm.cookie_name()) else {
        return Ok(SessionState::Anonymous);
    };
    if let Some(viewer) = viewers.get(realm, id) {
        return Ok(SessionState::SignedIn(Box::new(viewer)));
    }
    let session = match session::load(store, id, realm).await {
        Ok(Some(session)) => session,
        Ok(None) => return Ok(SessionState::Anonymous),
        Err(error) => {
            tracing::warn!(%error, "session store unavailable");
            return Ok(SessionState::Unavailable);
        }
    };
    let viewer = match (session.principal, tenant) {
        (Principal::User(user_id), Some(tenant)) => {
            let Some((person, roles)) = active_person(db, tenant.id, user_id).await? else {
                return Ok(SessionState::Anonymous);
            };
            Viewer {
                session_id: id.to_owned(),
                by_token: false,
                name: person.display_name.clone(),
                email: person.email.clone(),
                local: person.issuer == local::LOCAL_ISSUER,
                roles,
                user: Some(person),
                session,
            }
        }
        (Principal::PlatformAccount(account_id), None) => {
            let Some(account) = platform::find_active(db, account_id).await? else {
                return Ok(SessionState::Anonymous);
            };
            Viewer {
                session_id: id.to_owned(),
                by_token: false,
                name: account.display_name.clone(),
                email: account.email.clone(),
                roles: vec![account.role],
                user: None,
                local: true,
                session,
            }
        }
        _ => return Ok(SessionState::Anonymous),
    };
    viewers.put(&viewer);
    Ok(SessionState::SignedIn(Box::new(viewer)))
}
