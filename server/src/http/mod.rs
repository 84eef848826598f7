//! The HTTP server: shared state, routing to the platform or to a city's
//! site, request logging and health endpoints.

mod health;
mod logging;

use std::{net::SocketAddr, sync::Arc};

use axum::{
    Router,
    body::Body,
    extract::{Request, State},
    http::{HeaderValue, StatusCode, Uri, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tower::ServiceExt;

use crate::{
    calls,
    error::{self, AppError},
    i18n::{LANG_COOKIE, Lang, Locales, negotiate},
    platform,
    tenancy::{Target, TenantDirectory},
    web::{self, PageContext},
};

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub redis: Option<redis::aio::ConnectionManager>,
    pub locales: Arc<Locales>,
    pub tenants: Arc<TenantDirectory>,
    pub demo: bool,
}

/// The platform's own pages, reached on any host that is not a city's.
fn platform_routes() -> Router<AppState> {
    Router::new()
        .route("/", get(platform::home))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/static/app.css", get(web::stylesheet))
}

/// A city's site, mounted at its host's root or under `/t/<slug>`.
fn tenant_routes() -> Router<AppState> {
    Router::new()
        .route("/", get(calls::tenant_home))
        .route("/calls/{id}", get(calls::call_page))
}

/// The whole application, with request logging and request ids.
pub fn app(state: AppState) -> Router {
    let platform = platform_routes()
        .fallback(|| async { AppError::NotFound })
        .with_state(state.clone());
    let tenant = tenant_routes()
        .fallback(|| async { AppError::NotFound })
        .with_state(state.clone());
    let router = Router::new()
        .fallback(move |State(app): State<AppState>, request: Request| {
            let (platform, tenant) = (platform.clone(), tenant.clone());
            async move { dispatch(app, platform, tenant, request).await }
        })
        .with_state(state);
    logging::layer(router)
}

/// Routes a request to the platform or to its city, in its language, and
/// gives error responses their localized body.
async fn dispatch(
    app: AppState,
    platform: Router,
    tenant: Router,
    mut request: Request,
) -> Response {
    let host = host_of(&request);
    let path = request.uri().path().to_owned();
    let target = app
        .tenants
        .resolve(&app.db, host.as_deref(), &path)
        .await
        .map_err(AppError::from);
    let chosen = chosen_language(&request);
    let accept = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);

    let (ctx, router) = match target {
        Ok(Target::Tenant {
            tenant: site,
            path: inner,
            base,
        }) => {
            tracing::Span::current().record("tenant", site.slug.as_str());
            let lang = negotiate(
                chosen.explicit,
                accept.as_deref(),
                &site.locales,
                site.default_locale,
            );
            if let Some(uri) = rewrite(request.uri(), &inner) {
                *request.uri_mut() = uri;
            }
            let ctx = PageContext {
                l10n: app.locales.for_lang(lang),
                languages: site.locales.clone(),
                tenant: Some(site),
                base,
                path,
                demo: app.demo,
            };
            (ctx, Some(tenant))
        }
        Ok(Target::AddSlash(to)) => return Redirect::permanent(&to).into_response(),
        other => {
            let lang = negotiate(chosen.explicit, accept.as_deref(), &Lang::ALL, Lang::En);
            let ctx = PageContext {
                l10n: app.locales.for_lang(lang),
                languages: Lang::ALL.to_vec(),
                tenant: None,
                base: String::new(),
                path,
                demo: app.demo,
            };
            match other {
                Ok(Target::Platform) => (ctx, Some(platform)),
                Ok(_) => {
                    let response = AppError::UnknownTenant.into_response();
                    return error::render(response, &ctx, wants_json(&request));
                }
                Err(e) => return error::render(e.into_response(), &ctx, wants_json(&request)),
            }
        }
    };

    let json = wants_json(&request);
    request.extensions_mut().insert(ctx.clone());
    let response = match router {
        Some(router) => match router.oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        },
        None => StatusCode::NOT_FOUND.into_response(),
    };
    let mut response = error::render(response, &ctx, json);
    if chosen.from_query && chosen.explicit == Some(ctx.l10n.lang()) {
        remember_language(&mut response, ctx.l10n.lang());
    }
    response
}

/// The host name of the request, lower-case and without port.
fn host_of(request: &Request) -> Option<String> {
    let raw = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| request.uri().host())?;
    let name = match raw.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => raw,
    };
    Some(name.trim_end_matches('.').to_ascii_lowercase())
}

/// The same URI with the path inside the city's site.
fn rewrite(uri: &Uri, inner: &str) -> Option<Uri> {
    let path_and_query = match uri.query() {
        Some(query) => format!("{inner}?{query}"),
        None => inner.to_owned(),
    };
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = Some(path_and_query.parse().ok()?);
    Uri::from_parts(parts).ok()
}

struct ChosenLanguage {
    explicit: Option<Lang>,
    /// Chosen on this very request (`?lang=`), so it is to be remembered.
    from_query: bool,
}

/// The visitor's explicit choice: `?lang=` on this request, else the cookie.
fn chosen_language(request: &Request) -> ChosenLanguage {
    let from_query = request.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == "lang")
            .and_then(|(_, v)| v.parse::<Lang>().ok())
    });
    if from_query.is_some() {
        return ChosenLanguage {
            explicit: from_query,
            from_query: true,
        };
    }
    let from_cookie = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == LANG_COOKIE)
        .and_then(|(_, v)| v.parse().ok());
    ChosenLanguage {
        explicit: from_cookie,
        from_query: false,
    }
}

fn remember_language(response: &mut Response, lang: Lang) {
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        lang.code()
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// API clients get problem documents instead of pages.
fn wants_json(request: &Request<Body>) -> bool {
    request.uri().path().contains("/api/")
        || request
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| {
                accept.starts_with("application/json")
                    || accept.starts_with("application/problem+json")
            })
}

/// Serves `app` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
