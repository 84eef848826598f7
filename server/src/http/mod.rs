//! The HTTP server: the router's state, routing to the platform or to a city's
//! site, request logging and health endpoints.

pub mod api;
mod bench;
mod connections;
mod health;
mod logging;
pub mod metrics;
pub mod rate_limit;
mod security_headers;
mod state;

pub use state::{ServerState, Settings, StateError};

use std::{net::SocketAddr, sync::Arc};

use axum::{
    Router,
    extract::{Request, State},
    http::{HeaderValue, Uri, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use tokio::net::TcpListener;
use tower::ServiceExt;

use crate::{
    attachments, audit,
    auth::{self, SessionState, csrf},
    calls, challenges, comments, console,
    error::AppError,
    i18n::{LANG_COOKIE, Lang, negotiate},
    library, mailings, network, notifications, organisation, people, platform, projects, proposals,
    review, similar, teams,
    tenancy::Target,
    tenants,
    web::{self, PageContext, client_addr},
};

/// Routes that exist only in demo mode: outside it they are not mounted at
/// all, so nothing can reach them.
fn demo_routes(demo: bool) -> Router<ServerState> {
    if demo {
        Router::new().route(
            "/auth/demo",
            get(auth::demo::page).post(auth::demo::sign_in),
        )
    } else {
        Router::new()
    }
}

/// The platform's own pages, reached on any host that is not a city's.
fn platform_routes(demo: bool, bench_routes: bool) -> Router<ServerState> {
    Router::new()
        .route("/", get(platform::pages::home))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::endpoint))
        .route("/static/app.css", get(web::stylesheet))
        .route("/static/autosave.js", get(web::autosave_script))
        .route("/static/confirm.js", get(web::confirm::script))
        .route("/static/similar.js", get(similar::pages::script))
        .route(
            "/signin",
            get(auth::pages::sign_in).post(auth::pages::platform_sign_in),
        )
        .route("/signout", post(auth::pages::sign_out))
        .route("/account", get(auth::pages::account))
        .route(
            "/account/setup/{token}",
            get(auth::platform_pages::setup_form).post(auth::platform_pages::setup),
        )
        .route("/library", get(library::pages::list))
        .route("/library/{id}", get(library::pages::show))
        .route("/network", get(network::pages::dashboard))
        .route("/operator", get(platform::operator::console))
        .route("/operator/tenants", post(platform::operator::create))
        .route("/operator/tenants/new", get(platform::operator::new_form))
        .route(
            "/operator/tenants/{slug}/suspend",
            post(platform::operator::suspend),
        )
        .route(
            "/operator/tenants/{slug}/resume",
            post(platform::operator::resume),
        )
        .route(
            "/operator/tenants/{slug}/check-sso",
            post(platform::operator::check_sso),
        )
        .merge(demo_routes(demo))
        .merge(bench::routes(bench_routes))
}

/// A city's site, mounted at its host's root or under `/t/<slug>`.
fn tenant_routes(demo: bool, upload_limit: axum::extract::DefaultBodyLimit) -> Router<ServerState> {
    let mut router = Router::new();
    for (path, handlers) in api::routes() {
        router = router.route(&format!("{}{path}", api::BASE), handlers);
    }
    router
        .route(
            "/proposals/{id}/attachments",
            post(attachments::pages::upload).layer(upload_limit),
        )
        .route(
            "/proposals/{id}/attachments/{file}",
            get(attachments::pages::download),
        )
        .route(
            "/proposals/{id}/attachments/{file}/delete",
            post(attachments::pages::delete),
        )
        .route("/", get(calls::pages::tenant_home))
        .route("/brand.css", get(web::brand_stylesheet))
        .route("/calls/{id}", get(calls::pages::call_page))
        .route("/auth/signin", get(auth::pages::sign_in))
        .route("/auth/local", post(auth::pages::local_sign_in))
        .route("/auth/sso", get(auth::oidc::pages::start))
        .route("/auth/callback", get(auth::oidc::pages::callback))
        .route("/auth/signout", post(auth::pages::sign_out))
        .route(
            "/invitations/{token}",
            get(auth::invitation_pages::accept_form).post(auth::invitation_pages::accept),
        )
        .route("/account", get(auth::pages::account))
        .route("/account/preferences", post(people::own::preferences))
        .route("/account/export", get(people::own::export))
        .route("/account/erasure", post(people::own::request_erasure))
        .route("/admin", get(console::pages::home))
        .route("/admin/people", get(people::pages::list))
        .route("/admin/people/{id}", get(people::attributes::show))
        .route(
            "/admin/people/{id}/attributes",
            post(people::attributes::save),
        )
        .route("/admin/people/{id}/erase", post(people::own::erase))
        .route("/admin/people/{id}/roles", post(people::pages::set_role))
        .route("/admin/people/{id}/active", post(people::pages::set_active))
        .route(
            "/admin/invitations",
            get(auth::invitation_pages::list).post(auth::invitation_pages::create),
        )
        .route(
            "/admin/invitations/{id}/revoke",
            post(auth::invitation_pages::revoke),
        )
        .route(
            "/admin/sign-in",
            get(auth::sso_settings::page).post(auth::sso_settings::save),
        )
        .route(
            "/admin/sign-in/test",
            post(auth::sso_settings::test_connection),
        )
        .route("/notifications", get(notifications::pages::page))
        .route(
            "/account/email",
            get(notifications::pages::choices_form).post(notifications::pages::save_choices),
        )
        .route(
            "/unsubscribe/{person}/{kinds}/{signature}",
            get(notifications::pages::unsubscribe_form).post(notifications::pages::unsubscribe_now),
        )
        .route("/admin/mail", get(notifications::admin::page))
        .route("/admin/mail/{id}/retry", post(notifications::admin::retry))
        .route("/admin/audit", get(audit::pages::page))
        .route("/admin/audit.csv", get(audit::pages::csv))
        .route("/admin/audit/checkpoint", get(audit::pages::checkpoint))
        .route(
            "/admin/settings",
            get(tenants::settings::show).post(tenants::settings::save),
        )
        .route(
            "/admin/settings/logo",
            post(tenants::settings::upload_logo)
                .layer(axum::extract::DefaultBodyLimit::max(600 * 1024)),
        )
        .route("/admin/settings/mail", post(tenants::settings::save_mail))
        .route("/logo", get(tenants::settings::logo))
        .route(
            "/admin/categories",
            get(organisation::categories::list).post(organisation::categories::create),
        )
        .route(
            "/admin/categories/{id}",
            post(organisation::categories::update),
        )
        .route(
            "/admin/divisions",
            get(organisation::pages::list).post(organisation::pages::import),
        )
        .route(
            "/admin/calls",
            get(calls::admin::list).post(calls::admin::create),
        )
        .route("/admin/calls/new", get(calls::admin::new_form))
        .route(
            "/admin/calls/{id}",
            get(calls::admin::edit_form).post(calls::admin::update),
        )
        .route("/admin/calls/{id}/publish", post(calls::admin::publish))
        .route("/admin/calls/{id}/close", post(calls::admin::close_early))
        .route("/admin/calls/{id}/deadline", post(calls::admin::extend))
        .route("/admin/calls/{id}/archive", post(calls::admin::archive))
        .route(
            "/admin/calls/{id}/template",
            post(calls::admin::offer_template),
        )
        .route(
            "/admin/calls/{id}/template/withdraw",
            post(calls::admin::withdraw_template),
        )
        .route("/admin/calls/copy", post(calls::admin::copy))
        .route(
            "/admin/calls/{id}/mailings",
            get(mailings::admin::list).post(mailings::admin::announce),
        )
        .route("/admin/calls/{id}/proposals", get(proposals::admin::list))
        .route("/admin/calls/{id}/duplicates", get(similar::admin::page))
        .route(
            "/admin/calls/{id}/duplicates/link",
            post(similar::admin::link),
        )
        .route("/similar", get(similar::pages::fragment))
        .route("/admin/calls/{id}/challenges", get(challenges::admin::list))
        .route(
            "/admin/challenges/{id}/decision",
            post(challenges::admin::decide),
        )
        .route(
            "/admin/challenges/{id}/texts",
            post(challenges::admin::translate),
        )
        .route("/admin/proposals/{id}", get(proposals::admin::show))
        .route("/admin/calls/{id}/review", get(review::admin::page))
        .route("/admin/calls/{id}/jury", post(review::admin::add_juror))
        .route(
            "/admin/calls/{id}/jury/{user}/remove",
            post(review::admin::remove_juror),
        )
        .route(
            "/admin/calls/{id}/review/assign",
            post(review::admin::assign),
        )
        .route("/admin/calls/{id}/review/close", post(review::admin::close))
        .route(
            "/admin/calls/{id}/ranking",
            get(review::admin::ranking_page),
        )
        .route(
            "/admin/calls/{id}/decisions/{proposal}",
            post(review::admin::decide),
        )
        .route("/admin/calls/{id}/results", post(review::admin::publish))
        .route(
            "/admin/calls/{id}/identities/request",
            post(review::admin::request_opening),
        )
        .route(
            "/admin/calls/{id}/identities/confirm",
            post(review::admin::confirm_opening),
        )
        .route("/admin/calls/{id}/redactions", post(review::admin::redact))
        .route(
            "/admin/calls/{id}/facilitators",
            get(teams::facilitator_pages::list).post(teams::facilitator_pages::add),
        )
        .route(
            "/admin/calls/{id}/facilitators/{user}/remove",
            post(teams::facilitator_pages::remove),
        )
        .route("/teams/{id}", get(teams::workspace_pages::show))
        .route(
            "/teams/{id}/workshops",
            post(teams::workspace_pages::add_workshop),
        )
        .route("/teams/{id}/notes", post(teams::workspace_pages::add_note))
        .route("/calls/{id}/colleagues", get(comments::pages::list))
        .route("/proposals/{id}/colleagues", get(comments::pages::show))
        .route("/proposals/{id}/support", post(comments::pages::support))
        .route(
            "/proposals/{id}/comments",
            post(comments::pages::add_comment),
        )
        .route("/admin/calls/{id}/comments", get(comments::admin::list))
        .route("/admin/comments/{id}/hide", post(comments::admin::hide))
        .route("/admin/projects", get(projects::pages::board))
        .route(
            "/admin/projects/settings",
            post(projects::pages::set_stall_days),
        )
        .route("/projects", get(projects::pages::mine))
        .route("/projects/{id}", get(projects::pages::show))
        .route("/projects/{id}/budget", post(projects::pages::budget))
        .route("/projects/{id}/mentor", post(projects::pages::mentor))
        .route("/projects/{id}/status", post(projects::pages::status))
        .route("/projects/{id}/updates", post(projects::pages::add_update))
        .route(
            "/projects/{id}/milestones",
            post(projects::pages::add_milestone),
        )
        .route(
            "/projects/{id}/milestones/{milestone}/done",
            post(projects::pages::complete_milestone),
        )
        .route(
            "/projects/{id}/outcomes",
            post(projects::pages::add_outcome),
        )
        .route("/showcase", get(projects::pages::showcase))
        .route("/admin/network", get(network::pages::city))
        .route("/library", get(library::pages::list))
        .route("/library/{id}", get(library::pages::show))
        .route("/library/{id}/adopt", post(library::pages::adopt))
        .route(
            "/admin/proposals/{id}/publish",
            get(library::pages::publish_form).post(library::pages::publish),
        )
        .route("/proposals/{id}/consent", post(library::pages::consent))
        .route("/review", get(review::juror::calls_page))
        .route("/review/calls/{id}", get(review::juror::call_page))
        .route(
            "/review/{id}",
            get(review::juror::show).post(review::juror::save),
        )
        .route("/review/{id}/conflict", post(review::juror::conflict))
        .route("/review/{id}/files/{n}", get(review::juror::file))
        .route("/calls/{id}/proposals", post(proposals::pages::create))
        .route(
            "/calls/{id}/challenges",
            get(challenges::pages::list).post(challenges::pages::propose),
        )
        .route("/proposals", get(proposals::pages::mine))
        .route(
            "/proposals/{id}",
            get(proposals::pages::edit_form).post(proposals::pages::save),
        )
        .route("/proposals/{id}/submit", post(proposals::pages::submit))
        .route(
            "/proposals/{id}/submitted",
            get(proposals::pages::submitted),
        )
        .route("/proposals/{id}/withdraw", post(proposals::pages::withdraw))
        .route("/proposals/{id}/team", post(proposals::team::invite))
        .route("/proposals/{id}/team/answer", post(proposals::team::answer))
        .route("/calls/{id}/teams", get(teams::pages::finder))
        .route("/challenges/{id}/team", post(teams::pages::start))
        .route("/challenges/{id}/offer", post(teams::pages::offer))
        .route(
            "/challenges/{id}/offer/withdraw",
            post(teams::pages::withdraw_offer),
        )
        .route("/offers/{id}/invite", post(teams::pages::invite))
        .route(
            "/proposals/{id}/stakeholders",
            get(teams::pages::team).post(teams::pages::add_stakeholder),
        )
        .route(
            "/proposals/{id}/stakeholders/{stakeholder}/remove",
            post(teams::pages::remove_stakeholder),
        )
        .route(
            "/admin/api-tokens",
            get(auth::api_token_pages::list).post(auth::api_token_pages::create),
        )
        .route(
            "/admin/api-tokens/{id}/revoke",
            post(auth::api_token_pages::revoke),
        )
        .merge(demo_routes(demo))
}

/// The whole application, with request logging and request ids.
pub fn app(state: ServerState) -> Router {
    let platform = platform_routes(state.demo, state.bench_routes)
        .route_layer(axum::middleware::from_fn(metrics::label))
        .fallback(|| async { AppError::NotFound })
        .with_state(state.clone());
    let tenant = tenant_routes(state.demo, state.attachments.body_limit())
        .route_layer(axum::middleware::from_fn(metrics::label_city))
        .fallback(|| async { AppError::NotFound })
        .with_state(state.clone());
    let router = Router::new()
        .fallback(move |State(app): State<ServerState>, request: Request| {
            let (platform, tenant) = (platform.clone(), tenant.clone());
            async move {
                let started = std::time::Instant::now();
                let method = request.method().as_str().to_owned();
                let response = dispatch(app.clone(), platform, tenant, request).await;
                // A city's routes are labelled as such; unmatched paths are
                // one label, so that no visitor can grow the series.
                let route = response
                    .extensions()
                    .get::<metrics::RouteLabel>()
                    .map_or("unmatched", |r| r.0.as_str());
                app.metrics.observe(
                    route,
                    &method,
                    response.status().as_u16(),
                    started.elapsed().as_secs_f64(),
                );
                response
            }
        })
        .with_state(state)
        .layer(axum::middleware::map_response(security_headers::add));
    logging::layer(router)
}

/// Routes a request to the platform or to its city, in its language, with
/// the person behind its session, and gives error responses their
/// localized body.
async fn dispatch(
    app: ServerState,
    platform: Router,
    tenant: Router,
    mut request: Request,
) -> Response {
    // Behind a trusted proxy, the client is who the proxy says it is.
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let address = peer.map(|peer| app.trusted_proxies.client(peer, request.headers()));
    if let Some(address) = address {
        tracing::Span::current().record("client", tracing::field::display(address));
        request
            .extensions_mut()
            .insert(client_addr::ClientAddr(address));
    }
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
    // The scheme a proxy reports counts only from a trusted proxy.
    let secure = app.secure_cookies
        || (peer.is_some_and(|peer| app.trusted_proxies.trusts(peer.to_canonical()))
            && request
                .headers()
                .get("x-forwarded-proto")
                .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https")));
    let origin = format!(
        "{}://{}",
        if secure { "https" } else { "http" },
        request
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost")
    );
    let page = |l10n, languages, tenant, base| PageContext {
        l10n,
        languages,
        tenant,
        base,
        path: path.clone(),
        demo: app.demo,
        signed_in: None,
        identity: None,
        csrf: String::new(),
        secure,
        origin: origin.clone(),
        session_unavailable: false,
    };

    let (mut ctx, router) = match target {
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
            let languages = site.locales.clone();
            (
                page(app.locales.for_lang(lang), languages, Some(site), base),
                tenant,
            )
        }
        Ok(Target::AddSlash(to)) => return Redirect::permanent(&to).into_response(),
        other => {
            let lang = negotiate(chosen.explicit, accept.as_deref(), &Lang::ALL, Lang::En);
            let ctx = page(
                app.locales.for_lang(lang),
                Lang::ALL.to_vec(),
                None,
                String::new(),
            );
            match other {
                Ok(Target::Platform) => (ctx, platform),
                Ok(_) => {
                    let response = AppError::UnknownTenant.into_response();
                    return web::error_page::render(
                        response,
                        &ctx,
                        web::wants_json(request.uri().path(), request.headers()),
                    );
                }
                Err(e) => {
                    return web::error_page::render(
                        e.into_response(),
                        &ctx,
                        web::wants_json(request.uri().path(), request.headers()),
                    );
                }
            }
        }
    };

    let json = web::wants_json(request.uri().path(), request.headers());
    // Held until this request is answered: a client with too many requests
    // in progress (bodies it trickles, say) is refused at once.
    let _in_progress = match address {
        Some(address) => match app.requests_in_progress.take(
            address,
            connections::REQUESTS_PER_CLIENT.saturating_mul(app.rate_limit_factor),
        ) {
            Some(slot) => Some(slot),
            None => {
                return web::error_page::render(AppError::RateLimited.into_response(), &ctx, json);
            }
        },
        None => None,
    };
    // A body longer than any route takes is refused before it is read.
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > app.attachments.largest_request_body()) {
        return web::error_page::render(AppError::TooLarge.into_response(), &ctx, json);
    }
    let mut new_csrf_cookie = None;
    let mut person = None;
    match auth::load_viewer(
        &app.db,
        &app.store,
        &app.viewers,
        request.headers(),
        ctx.tenant.as_deref(),
    )
    .await
    {
        Ok(SessionState::SignedIn(viewer)) => {
            ctx.csrf = viewer.session.csrf.clone();
            // A person's saved language is their explicit choice, unless
            // they just chose another on this page or this browser.
            if chosen.explicit.is_none()
                && let Some(saved) = viewer
                    .user
                    .as_ref()
                    .and_then(|u| u.locale.as_deref())
                    .and_then(|l| l.parse::<Lang>().ok())
                    .filter(|l| ctx.languages.contains(l))
            {
                ctx.l10n = app.locales.for_lang(saved);
            }
            person = viewer.user.as_ref().map(|u| u.id);
            ctx.signed_in = Some(viewer.signed_in());
            ctx.identity = Some(Arc::new(*viewer));
        }
        Ok(state) => {
            ctx.session_unavailable = matches!(state, SessionState::Unavailable);
            match auth::cookie(request.headers(), csrf::COOKIE).filter(|t| t.len() == 43) {
                Some(token) => ctx.csrf = token.to_owned(),
                None => {
                    ctx.csrf = auth::session::random_token();
                    new_csrf_cookie = Some(ctx.csrf.clone());
                }
            }
        }
        Err(e) => return web::error_page::render(e.into_response(), &ctx, json),
    }
    // Sign-in (a city's and the platform's), submissions and the API have
    // rate limits per person and per address.
    if let Some(class) = rate_limit::Class::of(request.method(), request.uri().path()) {
        let realm = ctx.tenant.as_ref().map_or(auth::Realm::Platform, |site| {
            auth::Realm::Tenant(site.id.get())
        });
        if let Err(retry) = rate_limit::check(&app, realm, class, person, address).await {
            let mut response =
                web::error_page::render(AppError::RateLimited.into_response(), &ctx, json);
            if let Ok(value) = HeaderValue::from_str(&retry.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return response;
        }
    }
    // A suspended city accepts no changes (signing in and out aside).
    if !request.method().is_safe()
        && ctx.is_suspended()
        && !request.uri().path().starts_with("/auth/")
    {
        return web::error_page::render(AppError::Suspended.into_response(), &ctx, json);
    }
    // Defence in depth for state changes: a browser that says where the
    // request comes from must say it comes from this site. `null` (a
    // sandboxed frame, a page of another site whose policy hides its
    // origin) is not this site.
    if !request.method().is_safe() {
        let foreign = request
            .headers()
            .get(header::ORIGIN)
            .is_some_and(|o| o.as_bytes() != ctx.origin.as_bytes());
        if foreign {
            return web::error_page::render(AppError::CsrfRejected.into_response(), &ctx, json);
        }
    }

    request.extensions_mut().insert(ctx.clone());
    let changes = !request.method().is_safe();
    let response = match router.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    // A change accepted on a city's site may change its figures: the
    // network's cached ones for the city are recomputed on next reading.
    // One accepted on the platform (a city added or suspended, say) may
    // change the network's list of cities.
    if changes && (response.status().is_success() || response.status().is_redirection()) {
        match &ctx.tenant {
            Some(site) => crate::network::cache::touch(&app.store, site.id).await,
            None => crate::network::cache::touch_network(&app.store).await,
        }
    }
    let mut response = web::error_page::render(response, &ctx, json);
    if chosen.from_query && chosen.explicit == Some(ctx.l10n.lang()) {
        remember_language(&mut response, ctx.l10n.lang());
    }
    if let Some(token) = new_csrf_cookie
        && let Some(cookie) = auth::set_cookie(csrf::COOKIE, &token, "/", None, ctx.secure)
    {
        response.headers_mut().append(header::SET_COOKIE, cookie);
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

/// Serves `app` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    state: ServerState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (trusted, factor) = (state.trusted_proxies.clone(), state.rate_limit_factor);
    connections::serve(listener, app(state), trusted, factor, shutdown).await
}
