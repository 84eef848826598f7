//! The sign-in page, password sign-in (invited experts, platform
//! accounts), starting and ending sessions, and a person's own account
//! page. `begin_session` and `sign_in_page` serve auth's other handlers.

use crate::api_docs::responses;
use crate::auth::Viewing;
use crate::auth::oidc::OidcClients;
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::PersonId;
use askama::Template;
use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::ActiveEnum;
use serde::Deserialize;
use std::sync::Arc;

use super::{
    Action, Principal, Realm, cookie_path,
    csrf::CsrfForm,
    local, oidc,
    password::{self, SignInOutcome},
    platform, require,
    return_path::safe_return,
    session, set_cookie, viewer_cache,
};
use crate::{
    error::AppError,
    organisation::division,
    state::AppState,
    web::client_addr::ClientAddr,
    web::{PageContext, render},
};

/// Why the sign-in page is shown again.
#[derive(Clone, Copy, Debug)]
pub enum SignInProblem {
    Failed,
    Throttled,
    /// An SSO sign-in that did not complete; the Fluent id says why.
    Sso(&'static str),
}

#[derive(Template)]
#[template(path = "auth/templates/signin.html")]
struct SignInPage {
    ctx: PageContext,
    sso_link: Option<String>,
    local_action: String,
    return_to: String,
    email: String,
    problem: Option<String>,
    demo_link: Option<String>,
}

#[derive(Deserialize)]
pub struct ReturnTo {
    #[serde(rename = "return")]
    return_to: Option<String>,
}

/// `GET /auth/signin` (a city) and `GET /signin` (the platform).
pub async fn sign_in(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<ReturnTo>,
) -> Result<Response, AppError> {
    sign_in_page(&app, &ctx, query.return_to.as_deref(), None, "").await
}

/// Renders the sign-in page, with a problem to report if there is one.
pub async fn sign_in_page(
    app: &AppState,
    ctx: &PageContext,
    return_to: Option<&str>,
    problem: Option<SignInProblem>,
    email: &str,
) -> Result<Response, AppError> {
    let return_to = safe_return(&ctx.base, return_to);
    let sso_link = match &ctx.tenant {
        Some(tenant) => oidc::provider_of(&app.db, tenant.id).await?.map(|_| {
            format!(
                "{}/auth/sso?return={}",
                ctx.base,
                crate::web::encode_query(&return_to)
            )
        }),
        None => None,
    };
    let local_action = match &ctx.tenant {
        Some(_) => ctx.link("/auth/local"),
        None => "/signin".to_owned(),
    };
    let demo_link = app.demo.then(|| match &ctx.tenant {
        Some(_) => ctx.link("/auth/demo"),
        None => "/auth/demo".to_owned(),
    });
    let (status, message) = match problem {
        None => (StatusCode::OK, None),
        Some(SignInProblem::Failed) => (StatusCode::UNAUTHORIZED, Some("signin-failed")),
        Some(SignInProblem::Throttled) => (StatusCode::TOO_MANY_REQUESTS, Some("signin-throttled")),
        Some(SignInProblem::Sso(id)) => (StatusCode::BAD_REQUEST, Some(id)),
    };
    let page = SignInPage {
        problem: message.map(|id| ctx.l10n.t(id)),
        ctx: ctx.clone(),
        sso_link,
        local_action,
        return_to,
        email: email.to_owned(),
        demo_link,
    };
    let mut response = render(&page)?;
    *response.status_mut() = status;
    if matches!(problem, Some(SignInProblem::Throttled)) {
        let retry = super::throttle::WINDOW.as_secs().to_string();
        if let Ok(value) = HeaderValue::from_str(&retry) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
    }
    Ok(response)
}

/// Starts a session for someone who just proved who they are: a new id
/// (the old session, if any, ends), the cookie, and back where they were.
pub async fn begin_session(
    app: &AppState,
    viewers: &ViewerCache,
    ctx: &PageContext,
    realm: Realm,
    principal: Principal,
    id_token: Option<String>,
    return_to: Option<&str>,
) -> Result<Response, AppError> {
    if let Some(previous) = ctx.viewer() {
        session::end(&app.store, &previous.session_id).await?;
        // As at sign-out: no instance may keep serving the old session
        // from its memory of recent viewers.
        viewer_cache::changed(
            viewers,
            &app.store,
            previous.session.realm,
            previous.session.principal,
        )
        .await;
    }
    let (id, _) = session::start(&app.store, realm, principal, id_token).await?;
    if let (Realm::Tenant(_), Principal::User(user_id), Some(site)) =
        (realm, principal, &ctx.tenant)
    {
        session::record_sign_in(&app.db, site.id, user_id, app.clock.now()).await?;
    }
    let mut response = Redirect::to(&safe_return(&ctx.base, return_to)).into_response();
    if let Some(cookie) = set_cookie(
        realm.cookie_name(),
        &id,
        &cookie_path(ctx),
        None,
        ctx.secure,
    ) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

/// The sign-in form of a password account.
#[derive(Deserialize)]
pub struct PasswordSignIn {
    email: String,
    password: String,
    #[serde(rename = "return")]
    return_to: Option<String>,
}

impl PasswordSignIn {
    /// The email as accounts store it.
    fn email(&self) -> String {
        self.email.trim().to_lowercase()
    }
}

/// `POST /auth/local`: email and password of an invited expert.
pub async fn local_sign_in(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ClientAddr(address): ClientAddr,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<PasswordSignIn>,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let account = local::account(&app.db, scope, &form.email()).await?;
    password_sign_in(
        &app,
        &viewers,
        &ctx,
        address,
        form,
        Realm::Tenant(scope.get()),
        account,
    )
    .await
}

/// `POST /signin`: an operator or coordinator signs in.
pub async fn platform_sign_in(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ClientAddr(address): ClientAddr,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<PasswordSignIn>,
) -> Result<Response, AppError> {
    let account = platform::sign_in_account(&app.db, &form.email()).await?;
    password_sign_in(
        &app,
        &viewers,
        &ctx,
        address,
        form,
        Realm::Platform,
        account,
    )
    .await
}

/// Signs in with a password: a session when it matched, the sign-in page
/// again (saying why) when not.
async fn password_sign_in(
    app: &AppState,
    viewers: &ViewerCache,
    ctx: &PageContext,
    address: std::net::IpAddr,
    form: PasswordSignIn,
    realm: Realm,
    account: Option<(Principal, String)>,
) -> Result<Response, AppError> {
    let email = form.email();
    let return_to = form.return_to.as_deref();
    let outcome =
        password::check(&app.store, realm, &email, &form.password, address, account).await?;
    match outcome {
        SignInOutcome::SignedIn(principal) => {
            begin_session(app, viewers, ctx, realm, principal, None, return_to).await
        }
        SignInOutcome::Throttled => {
            sign_in_page(app, ctx, return_to, Some(SignInProblem::Throttled), &email).await
        }
        SignInOutcome::Wrong => {
            sign_in_page(app, ctx, return_to, Some(SignInProblem::Failed), &email).await
        }
    }
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /auth/signout` and `POST /signout`: ends every session of the
/// person, and their session at the city's provider where it has one.
pub async fn sign_out(
    State(app): State<AppState>,
    State(oidc): State<Arc<OidcClients>>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let Some(viewer) = ctx.viewer() else {
        return Ok(Redirect::to(&format!("{}/", ctx.base)).into_response());
    };
    session::end_all(&app.store, viewer.session.realm, viewer.session.principal).await?;
    viewer_cache::changed(
        &viewers,
        &app.store,
        viewer.session.realm,
        viewer.session.principal,
    )
    .await;
    let provider_logout = match &viewer.session.id_token {
        Some(id_token) => oidc::pages::end_session_url(&app, &oidc, &ctx, id_token).await,
        None => None,
    };
    let target = provider_logout.unwrap_or_else(|| format!("{}/", ctx.base));
    let mut response = Redirect::to(&target).into_response();
    if let Some(clear) = set_cookie(
        viewer.session.realm.cookie_name(),
        "",
        &cookie_path(&ctx),
        Some(0),
        ctx.secure,
    ) {
        response.headers_mut().append(header::SET_COOKIE, clear);
    }
    Ok(response)
}

/// The Fluent message naming a role.
#[derive(Template)]
#[template(path = "auth/templates/account.html")]
struct AccountPage {
    ctx: PageContext,
    name: String,
    email: String,
    roles: Vec<String>,
    division: Option<String>,
    grade: Option<String>,
    /// A city person's own settings (platform accounts have none here).
    person: Option<crate::people::user::Model>,
}

/// `GET /account`: what the platform knows about the signed-in person.
pub async fn account(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    let division = match (&viewer.user, &ctx.tenant) {
        (Some(user), Some(tenant)) => match user.division_id {
            Some(id) => tenant
                .id
                .find_by_id::<division::Entity>(id)
                .one(&app.db)
                .await?
                .map(|d| d.name),
            None => None,
        },
        _ => None,
    };
    let page = AccountPage {
        name: viewer.name.clone(),
        email: viewer.email.clone(),
        roles: viewer
            .roles
            .iter()
            .map(|r| ctx.l10n.t(r.message_id()))
            .collect(),
        grade: viewer.user.as_ref().and_then(|u| u.grade.clone()),
        person: viewer.user.clone(),
        division,
        ctx: ctx.clone(),
    };
    render(&page)
}

/// The person the request acts as: the session's, or the API token's
/// holder.
#[utoipa::path(
    get,
    path = "/me",
    operation_id = "get_me",
    tag = "people",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The signed-in person", body = Me),
        responses::NotSignedIn,
        responses::TooManyRequests,
    )
)]
pub async fn me(ctx: PageContext) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    Ok(Json(Me {
        id: viewer.user.as_ref().map(|u| u.id),
        name: viewer.name.clone(),
        email: viewer.email.clone(),
        roles: viewer.roles.iter().map(|r| r.to_value()).collect(),
    })
    .into_response())
}

/// The person the request acts as.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Me {
    /// The person's id in the city.
    #[schema(value_type = Option<i32>)]
    id: Option<PersonId>,
    name: String,
    email: String,
    /// The roles they hold now.
    #[schema(value_type = Vec<crate::people::Role>)]
    roles: Vec<String>,
}
