//! Finding a request's tenant: by its own host name, or by the `/t/<slug>`
//! prefix on the shared host.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use chrono_tz::Tz;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use super::{
    TenantId,
    tenant::{Column, Entity, Model, TenantStatus},
};
use crate::i18n::Lang;

/// A tenant as requests see it: its settings, parsed once.
#[derive(Clone, Debug)]
pub struct TenantContext {
    pub id: TenantId,
    pub slug: String,
    pub name: String,
    /// The city's name per language, where it has one.
    pub names: HashMap<Lang, String>,
    pub primary_color: String,
    pub locales: Vec<Lang>,
    pub default_locale: Lang,
    pub timezone: Tz,
    pub headcount: i32,
    pub suspended: bool,
    pub is_demo: bool,
    pub has_logo: bool,
}

impl TenantContext {
    pub fn from_model(tenant: &Model) -> Self {
        let default_locale = tenant.default_locale.parse().unwrap_or(Lang::En);
        let mut locales = Lang::parse_list(&tenant.locales).unwrap_or_default();
        if !locales.contains(&default_locale) {
            locales.insert(0, default_locale);
        }
        let timezone = tenant.timezone.parse().unwrap_or_else(|_| {
            tracing::error!(tenant = %tenant.slug, timezone = %tenant.timezone, "unknown time zone, using UTC");
            Tz::UTC
        });
        Self {
            id: TenantId::of(tenant),
            slug: tenant.slug.clone(),
            name: tenant.name.clone(),
            names: Lang::ALL
                .into_iter()
                .map(|l| (l, tenant.name_in(l.code())))
                .filter(|(_, n)| *n != tenant.name)
                .collect(),
            primary_color: tenant.primary_color.clone(),
            locales,
            default_locale,
            timezone,
            headcount: tenant.headcount,
            suspended: tenant.status == TenantStatus::Suspended,
            is_demo: tenant.is_demo,
            has_logo: tenant.logo_key.is_some(),
        }
    }
}

/// Where a request goes.
#[derive(Debug)]
pub enum Target {
    /// The platform's own pages (tenant list, health).
    Platform,
    /// A city's site; `path` is the path inside the site, `base` the prefix
    /// its links need.
    Tenant {
        tenant: Arc<TenantContext>,
        path: String,
        base: String,
    },
    /// `/t/<slug>` without the trailing slash.
    AddSlash(String),
    /// `/t/<slug>/…` for a slug no city has.
    UnknownTenant,
}

/// How long a looked-up tenant is reused before the database is asked again.
const TTL: Duration = Duration::from_secs(5);

type Cache = Mutex<HashMap<String, (Instant, Option<Arc<TenantContext>>)>>;

/// Tenants by host and by slug, cached briefly: every request needs its
/// tenant, and tenants change rarely.
#[derive(Debug, Default)]
pub struct TenantDirectory {
    by_host: Cache,
    by_slug: Cache,
}

/// Paths that belong to the platform on every host.
const PLATFORM_PATHS: [&str; 3] = ["/healthz", "/readyz", "/static/"];

impl TenantDirectory {
    /// Forgets every cached tenant, after a tenant or its hosts changed.
    pub fn clear(&self) {
        for cache in [&self.by_host, &self.by_slug] {
            if let Ok(mut map) = cache.lock() {
                map.clear();
            }
        }
    }

    pub async fn resolve(
        &self,
        db: &DatabaseConnection,
        host: Option<&str>,
        path: &str,
    ) -> Result<Target, DbErr> {
        if PLATFORM_PATHS.iter().any(|p| path.starts_with(p)) {
            return Ok(Target::Platform);
        }
        if let Some(host) = host
            && let Some(tenant) = self.by_host(db, host).await?
        {
            return Ok(Target::Tenant {
                tenant,
                path: path.to_owned(),
                base: String::new(),
            });
        }
        let Some(rest) = path.strip_prefix("/t/") else {
            return Ok(Target::Platform);
        };
        let (slug, inner) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => return Ok(Target::AddSlash(format!("{path}/"))),
        };
        match self.by_slug(db, slug).await? {
            Some(tenant) => Ok(Target::Tenant {
                base: format!("/t/{}", tenant.slug),
                tenant,
                path: inner.to_owned(),
            }),
            None => Ok(Target::UnknownTenant),
        }
    }

    async fn by_host(
        &self,
        db: &DatabaseConnection,
        host: &str,
    ) -> Result<Option<Arc<TenantContext>>, DbErr> {
        let key = host.to_ascii_lowercase();
        if let Some(hit) = cached(&self.by_host, &key) {
            return Ok(hit);
        }
        let found = find_by_host(db, &key).await?;
        Ok(store(&self.by_host, key, found))
    }

    async fn by_slug(
        &self,
        db: &DatabaseConnection,
        slug: &str,
    ) -> Result<Option<Arc<TenantContext>>, DbErr> {
        if let Some(hit) = cached(&self.by_slug, slug) {
            return Ok(hit);
        }
        let found = find_by_slug(db, slug).await?;
        Ok(store(&self.by_slug, slug.to_owned(), found))
    }
}

fn cached(cache: &Cache, key: &str) -> Option<Option<Arc<TenantContext>>> {
    let map = cache.lock().ok()?;
    let (at, value) = map.get(key)?;
    (at.elapsed() < TTL).then(|| value.clone())
}

fn store(cache: &Cache, key: String, found: Option<Model>) -> Option<Arc<TenantContext>> {
    let value = found.map(|t| Arc::new(TenantContext::from_model(&t)));
    if let Ok(mut map) = cache.lock() {
        // Bounded: host names come from requests, and requests are untrusted.
        if map.len() > 10_000 {
            map.clear();
        }
        map.insert(key, (Instant::now(), value.clone()));
    }
    value
}

/// The active or suspended tenant reached by this slug.
#[allow(
    clippy::disallowed_methods,
    reason = "tenants are the platform's own table"
)]
pub async fn find_by_slug(db: &impl ConnectionTrait, slug: &str) -> Result<Option<Model>, DbErr> {
    Entity::find().filter(Column::Slug.eq(slug)).one(db).await
}

/// The tenant reached by this host name (lower-case, without port).
#[allow(
    clippy::disallowed_methods,
    reason = "resolving a host is how a tenant is found"
)]
pub async fn find_by_host(db: &impl ConnectionTrait, name: &str) -> Result<Option<Model>, DbErr> {
    let Some(row) = super::host::Entity::find()
        .filter(super::host::Column::Host.eq(name))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Entity::find_by_id(row.tenant_id).one(db).await
}
