//! The long-lived plumbing every handler and service can reach: the
//! database, the shared store, the languages, the cities' directory, the
//! server key and the clock. Features keep their own long-lived parts (the
//! OpenID Connect clients, the viewer cache, the mailer, the attachment
//! store, the network cache) and the router hands them to handlers as
//! sub-states (`axum::extract::FromRef`), so this module names no feature.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::{
    clock::Clock,
    i18n::{LocaleError, Locales},
    metrics::Metrics,
    secrets::SecretKey,
    store::{REDIS_TIMEOUT, Store},
    tenancy::TenantDirectory,
};

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub redis: Option<redis::aio::ConnectionManager>,
    /// Sessions, sign-in handshakes and counters: Redis when configured.
    pub store: Store,
    pub locales: Arc<Locales>,
    pub tenants: Arc<TenantDirectory>,
    pub secrets: SecretKey,
    pub demo: bool,
    /// Cookies carry the Secure flag (the site is served over https).
    pub secure_cookies: bool,
    /// Decides deadlines; fixed in tests.
    pub clock: Clock,
    /// Request and task figures for `/metrics`.
    pub metrics: Arc<Metrics>,
}

/// The plumbing's settings.
#[derive(Clone, Debug)]
pub struct Plumbing {
    pub demo: bool,
    pub secret_key: SecretKey,
    pub secure_cookies: bool,
    pub clock: Clock,
    /// Prefix of every key and channel in Redis (several installations may
    /// share a Redis).
    pub cache_prefix: String,
}

impl AppState {
    pub fn new(
        mut db: DatabaseConnection,
        redis: Option<redis::aio::ConnectionManager>,
        plumbing: Plumbing,
    ) -> Result<Self, LocaleError> {
        let metrics = Arc::new(Metrics::default());
        let counted = metrics.clone();
        db.set_metric_callback(move |_| counted.statement_ran());
        Ok(Self {
            store: match &redis {
                Some(connection) => {
                    Store::redis(connection.clone(), REDIS_TIMEOUT, &plumbing.cache_prefix)
                }
                None => Store::in_memory(),
            },
            db,
            redis,
            locales: Arc::new(Locales::load()?),
            tenants: Arc::new(TenantDirectory::default()),
            secrets: plumbing.secret_key,
            demo: plumbing.demo,
            secure_cookies: plumbing.secure_cookies,
            clock: plumbing.clock,
            metrics,
        })
    }
}
