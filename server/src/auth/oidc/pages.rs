//! The SSO sign-in's handlers: off to the city's provider, and back from
//! it; and the URLs an admin registers with the provider.

use axum::{
    extract::{Query, State},
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use std::sync::Arc;

use super::protocol::{self, Callback, City, OidcClients, OidcError};
use super::{provision::provision, settings::provider_of};
use crate::auth::{
    Principal, Realm, cookie, cookie_path,
    pages::{SignInProblem, begin_session, sign_in_page},
    set_cookie,
    viewer_cache::ViewerCache,
};
use crate::{error::AppError, state::AppState, tenancy::TenantContext, web::PageContext};

/// The cookie that ties a handshake to the browser that started it.
const BINDING_COOKIE: &str = "innovato_oidc";

/// The callback the provider sends people back to after sign-in: the
/// admin registers it with the provider.
pub fn redirect_uri(ctx: &PageContext) -> String {
    format!("{}{}/auth/callback", ctx.origin, ctx.base)
}

/// Where the provider sends people after signing them out (the city's
/// home): the admin registers it too, or the provider refuses it.
pub fn post_logout_redirect_uri(ctx: &PageContext) -> String {
    format!("{}{}/", ctx.origin, ctx.base)
}

/// The provider's sign-out page for an SSO session, when it has one.
pub async fn end_session_url(
    app: &AppState,
    oidc: &OidcClients,
    ctx: &PageContext,
    id_token: &str,
) -> Option<String> {
    let tenant = ctx.tenant.as_deref()?;
    let config = provider_of(&app.db, tenant.id).await.ok()??;
    protocol::end_session_url(oidc, &config, id_token, &post_logout_redirect_uri(ctx)).await
}

#[derive(Deserialize)]
pub struct Start {
    #[serde(rename = "return")]
    return_to: Option<String>,
}

/// `GET /auth/sso`: off to the city's provider.
pub async fn start(
    State(app): State<AppState>,
    State(oidc): State<Arc<OidcClients>>,
    ctx: PageContext,
    Query(query): Query<Start>,
) -> Result<Response, AppError> {
    let tenant = ctx.site()?;
    match begin(&app, &oidc, &ctx, tenant, query.return_to.clone()).await {
        Ok(response) => Ok(response),
        Err(error) => {
            tracing::warn!(%error, tenant = %tenant.slug, "SSO sign-in could not start");
            sign_in_page(
                &app,
                &ctx,
                query.return_to.as_deref(),
                Some(SignInProblem::Sso(error.message())),
                "",
            )
            .await
        }
    }
}

async fn begin(
    app: &AppState,
    oidc: &OidcClients,
    ctx: &PageContext,
    tenant: &TenantContext,
    return_to: Option<String>,
) -> Result<Response, OidcError> {
    let config = provider_of(&app.db, tenant.id)
        .await?
        .ok_or(OidcError::NotConfigured)?;
    let city = City {
        tenant: tenant.id,
        config: &config,
        secrets: &app.secrets,
        redirect_uri: redirect_uri(ctx),
    };
    let started = protocol::authorize(oidc, &app.store, &city, return_to).await?;
    let mut response = Redirect::to(&started.url).into_response();
    if let Some(cookie) = set_cookie(
        BINDING_COOKIE,
        &started.binding,
        &cookie_path(ctx),
        Some(protocol::HANDSHAKE_TTL.as_secs()),
        ctx.secure,
    ) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

/// `GET /auth/callback`: back from the provider.
pub async fn callback(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    State(oidc): State<Arc<OidcClients>>,
    ctx: PageContext,
    headers: axum::http::HeaderMap,
    Query(query): Query<Callback>,
) -> Result<Response, AppError> {
    let tenant = ctx.site()?;
    let binding = cookie(&headers, BINDING_COOKIE).map(str::to_owned);
    match finish(&app, &oidc, &ctx, tenant, binding, query).await {
        Ok((user_id, id_token, return_to)) => {
            let mut response = begin_session(
                &app,
                &viewers,
                &ctx,
                Realm::Tenant(tenant.id.get()),
                Principal::User(user_id),
                Some(id_token),
                return_to.as_deref(),
            )
            .await?;
            if let Some(clear) =
                set_cookie(BINDING_COOKIE, "", &cookie_path(&ctx), Some(0), ctx.secure)
            {
                response.headers_mut().append(header::SET_COOKIE, clear);
            }
            Ok(response)
        }
        Err(error) => {
            tracing::warn!(%error, tenant = %tenant.slug, "SSO sign-in refused");
            sign_in_page(
                &app,
                &ctx,
                None,
                Some(SignInProblem::Sso(error.message())),
                "",
            )
            .await
        }
    }
}

/// The provider's answer checked, and the person provisioned: who signed
/// in, their ID token, and where they were going.
async fn finish(
    app: &AppState,
    oidc: &OidcClients,
    ctx: &PageContext,
    tenant: &TenantContext,
    binding: Option<String>,
    query: Callback,
) -> Result<(crate::ids::PersonId, String, Option<String>), OidcError> {
    let handshake = protocol::take_handshake(&app.store, tenant.id, binding, &query).await?;
    let config = provider_of(&app.db, tenant.id)
        .await?
        .ok_or(OidcError::NotConfigured)?;
    let city = City {
        tenant: tenant.id,
        config: &config,
        secrets: &app.secrets,
        redirect_uri: redirect_uri(ctx),
    };
    let finished = protocol::finish(oidc, &city, handshake, query).await?;
    let user_id = provision(&app.db, tenant.id, finished.profile).await?;
    Ok((user_id, finished.id_token, finished.return_to))
}
