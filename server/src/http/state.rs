//! The router's state: the plumbing every handler reaches, and the
//! features' own long-lived parts, each handed to the handlers that ask for
//! it as a sub-state.

use std::sync::Arc;

use axum::extract::FromRef;
use sea_orm::DatabaseConnection;

use super::connections;
use crate::{
    attachments::Attachments,
    auth::{oidc::OidcClients, viewer_cache::ViewerCache},
    clock::Clock,
    network,
    notifications::{delivery::Delivery, mail::Mailer},
    secrets::SecretKey,
    state::{AppState, Plumbing},
    store::Store,
    web::client_addr,
};

/// The router's state: the plumbing every handler reaches, the features'
/// own long-lived parts (handed to handlers as sub-states through
/// [`FromRef`]), and what only the edge uses.
#[derive(Clone, Debug)]
pub struct ServerState {
    pub app: AppState,
    pub oidc: Arc<OidcClients>,
    /// Who is behind recent sessions, remembered for a few seconds.
    pub viewers: Arc<ViewerCache>,
    pub attachments: Attachments,
    /// How the email worker sends: the platform's mail server, the
    /// platform's address for links, the worker's pace.
    pub delivery: Delivery,
    /// This instance's side of the network figures' cache.
    pub network_cache: Arc<network::cache::Local>,
    /// Bearer token `/metrics` asks for, when set.
    pub metrics_token: Option<String>,
    /// Proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: client_addr::TrustedProxies,
    /// This instance's own rate-limit counters, for when the shared store
    /// cannot be reached.
    pub local_limits: Store,
    /// Requests in progress per client address.
    pub requests_in_progress: Arc<connections::PerAddress>,
    /// When (Unix seconds) the shared store last failed a rate-limit count;
    /// 0 while limits are shared.
    pub limits_degraded: Arc<std::sync::atomic::AtomicU64>,
    /// Every rate limit is multiplied by this (1 in production; load tests
    /// raise it so that they measure pages, not 429s).
    pub rate_limit_factor: u64,
    /// The load benchmark's ceiling routes (`/bench/…`) are mounted.
    pub bench_routes: bool,
}

/// The edge reads the plumbing's fields directly (`server.db`).
impl std::ops::Deref for ServerState {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.app
    }
}

/// Each sub-state a handler may ask for with `State<…>`.
macro_rules! sub_states {
    ($($field:ident: $type:ty),+ $(,)?) => {
        $(impl FromRef<ServerState> for $type {
            fn from_ref(server: &ServerState) -> Self {
                server.$field.clone()
            }
        })+
    };
}

sub_states!(
    app: AppState,
    oidc: Arc<OidcClients>,
    viewers: Arc<ViewerCache>,
    attachments: Attachments,
    network_cache: Arc<network::cache::Local>,
);

/// Settings the state is built from.
#[derive(Clone, Debug)]
pub struct Settings {
    pub demo: bool,
    pub secret_key: SecretKey,
    /// Identity providers at loopback or private addresses: demo and tests.
    pub allow_private_issuers: bool,
    pub secure_cookies: bool,
    pub clock: Clock,
    pub attachments: Attachments,
    /// Email for notifications, when SMTP is configured.
    pub mailer: Option<Mailer>,
    /// `scheme://host[:port]` the platform is reached at from outside,
    /// for links in emails.
    pub public_url: String,
    /// How often the email worker looks for due emails.
    pub mail_every: std::time::Duration,
    /// Prefix of every key and channel in Redis (several installations may
    /// share a Redis).
    pub cache_prefix: String,
    /// Bearer token `/metrics` asks for, when set.
    pub metrics_token: Option<String>,
    /// Proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: client_addr::TrustedProxies,
    /// Multiplies every rate limit: 1 but for load tests.
    pub rate_limit_factor: u64,
    /// Mounts the load benchmark's ceiling routes; never in production.
    pub bench_routes: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error(transparent)]
    Locales(#[from] crate::i18n::LocaleError),
    #[error("cannot build the HTTP client for identity providers: {0}")]
    HttpClient(#[from] reqwest::Error),
}

impl ServerState {
    pub fn new(
        db: DatabaseConnection,
        redis: Option<redis::aio::ConnectionManager>,
        settings: Settings,
    ) -> Result<Self, StateError> {
        let shared = redis.is_some();
        let app = AppState::new(
            db,
            redis,
            Plumbing {
                demo: settings.demo,
                secret_key: settings.secret_key,
                secure_cookies: settings.secure_cookies,
                clock: settings.clock,
                cache_prefix: settings.cache_prefix,
            },
        )?;
        Ok(Self {
            app,
            oidc: Arc::new(OidcClients::new(settings.allow_private_issuers)?),
            viewers: Arc::new(ViewerCache::new(shared)),
            attachments: settings.attachments,
            delivery: Delivery {
                platform: settings.mailer,
                public_url: settings.public_url,
                every: settings.mail_every,
            },
            network_cache: Arc::default(),
            metrics_token: settings.metrics_token,
            trusted_proxies: settings.trusted_proxies,
            local_limits: Store::in_memory(),
            requests_in_progress: Arc::default(),
            limits_degraded: Arc::default(),
            rate_limit_factor: settings.rate_limit_factor.max(1),
            bench_routes: settings.bench_routes,
        })
    }
}
