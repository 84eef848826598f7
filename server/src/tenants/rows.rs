//! The tenant rows: creating a tenant, with every setting checked before
//! anything is written; listing, finding, saving and locking one. Nothing
//! here is audited, so that the audit log can lock a tenant through this
//! file without a cycle; the audited writes are in `service.rs`.

use chrono::Utc;
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, TransactionSession, TransactionTrait,
};

use crate::{
    i18n::Lang,
    tenancy::{
        TenantId, host,
        tenant::{ActiveModel, Column, Entity, Model, TenantStatus},
    },
};

/// Slugs that would shadow platform paths or confuse people.
const RESERVED_SLUGS: [&str; 8] = [
    "admin", "api", "static", "healthz", "readyz", "metrics", "network", "t",
];

/// The settings of a city to be created.
#[derive(Clone, Debug)]
pub struct NewTenant {
    pub slug: String,
    pub name: String,
    pub hosts: Vec<String>,
    pub locales: Vec<Lang>,
    pub default_locale: Lang,
    pub timezone: String,
    pub headcount: i32,
    pub primary_color: String,
    pub is_demo: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum TenantError {
    #[error(
        "slug {0:?} must be 2 to 40 lower-case letters, digits or dashes, starting with a letter"
    )]
    BadSlug(String),
    #[error("slug {0:?} is reserved by the platform")]
    ReservedSlug(String),
    #[error("a city with slug {0:?} exists already")]
    DuplicateSlug(String),
    #[error("name must be 1 to 120 characters")]
    BadName,
    #[error("{0:?} is not a valid host name (letters, digits, dashes and dots, no port)")]
    BadHost(String),
    #[error("host {0:?} already belongs to a city")]
    DuplicateHost(String),
    #[error("at least one language must be enabled")]
    NoLocales,
    #[error("the default language {0} must be one of the enabled languages")]
    DefaultNotEnabled(Lang),
    #[error("{0:?} is not an IANA time zone such as Europe/Rome")]
    BadTimezone(String),
    #[error("headcount must be between 0 and 10,000,000")]
    BadHeadcount,
    #[error("colour {0:?} must be written #rrggbb")]
    BadColour(String),
    #[error(transparent)]
    Database(#[from] DbErr),
}

fn valid_slug(slug: &str) -> bool {
    (2..=40).contains(&slug.len())
        && slug.starts_with(|c: char| c.is_ascii_lowercase())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A DNS name: labels of letters, digits and inner dashes.
fn valid_host(host: &str) -> bool {
    host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
}

fn valid_colour(colour: &str) -> bool {
    colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].chars().all(|c| c.is_ascii_hexdigit())
}

impl NewTenant {
    /// Checks every field; the first problem found is returned.
    pub fn validate(&mut self) -> Result<(), TenantError> {
        self.slug = self.slug.trim().to_owned();
        self.name = self.name.trim().to_owned();
        self.primary_color = self.primary_color.trim().to_ascii_lowercase();
        for host in &mut self.hosts {
            *host = host.trim().trim_end_matches('.').to_ascii_lowercase();
        }
        if !valid_slug(&self.slug) {
            return Err(TenantError::BadSlug(self.slug.clone()));
        }
        if RESERVED_SLUGS.contains(&self.slug.as_str()) {
            return Err(TenantError::ReservedSlug(self.slug.clone()));
        }
        if self.name.is_empty() || self.name.chars().count() > 120 {
            return Err(TenantError::BadName);
        }
        if let Some(bad) = self.hosts.iter().find(|h| !valid_host(h)) {
            return Err(TenantError::BadHost(bad.clone()));
        }
        if self.locales.is_empty() {
            return Err(TenantError::NoLocales);
        }
        if !self.locales.contains(&self.default_locale) {
            return Err(TenantError::DefaultNotEnabled(self.default_locale));
        }
        if self.timezone.parse::<Tz>().is_err() {
            return Err(TenantError::BadTimezone(self.timezone.clone()));
        }
        if !(0..=10_000_000).contains(&self.headcount) {
            return Err(TenantError::BadHeadcount);
        }
        if !valid_colour(&self.primary_color) {
            return Err(TenantError::BadColour(self.primary_color.clone()));
        }
        Ok(())
    }
}

/// Creates a tenant and its host names in one transaction.
#[allow(
    clippy::disallowed_methods,
    reason = "tenants are the platform's own table"
)]
pub async fn create<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    mut new: NewTenant,
) -> Result<Model, TenantError> {
    new.validate()?;
    let txn = db.begin().await?;
    if Entity::find()
        .filter(Column::Slug.eq(&new.slug))
        .one(&txn)
        .await?
        .is_some()
    {
        return Err(TenantError::DuplicateSlug(new.slug));
    }
    for name in &new.hosts {
        if host::Entity::find()
            .filter(host::Column::Host.eq(name))
            .one(&txn)
            .await?
            .is_some()
        {
            return Err(TenantError::DuplicateHost(name.clone()));
        }
    }
    let tenant = ActiveModel {
        slug: Set(new.slug),
        name: Set(new.name),
        status: Set(TenantStatus::Active),
        default_locale: Set(new.default_locale.code().to_owned()),
        locales: Set(Lang::join(&new.locales)),
        timezone: Set(new.timezone),
        headcount: Set(new.headcount),
        primary_color: Set(new.primary_color),
        is_demo: Set(new.is_demo),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let scope = TenantId::of(&tenant);
    scope
        .insert_many(
            new.hosts.into_iter().map(|name| host::ActiveModel {
                host: Set(name),
                ..Default::default()
            }),
            &txn,
        )
        .await?;
    txn.commit().await?;
    Ok(tenant)
}

/// Every tenant, for the platform's home page.
#[allow(
    clippy::disallowed_methods,
    reason = "listing tenants is the platform's job"
)]
pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<Model>, DbErr> {
    use sea_orm::QueryOrder;
    Entity::find().order_by_asc(Column::Name).all(db).await
}

/// Locks the tenant's row until the transaction ends (PostgreSQL; SQLite
/// serialises writers by itself), so that per-tenant sequences such as the
/// audit chain are written one at a time.
#[allow(clippy::disallowed_methods, reason = "the tenant row itself")]
pub async fn lock(db: &impl ConnectionTrait, scope: TenantId) -> Result<(), DbErr> {
    use sea_orm::QuerySelect;
    Entity::find_by_id(scope.get())
        .lock_exclusive()
        .one(db)
        .await?;
    Ok(())
}

/// Saves a changed tenant row (status, settings).
#[allow(
    clippy::disallowed_methods,
    reason = "tenants are the platform's own table"
)]
pub async fn save(db: &impl ConnectionTrait, row: ActiveModel) -> Result<Model, DbErr> {
    row.update(db).await
}

/// A tenant by id, for platform tasks that start from a tenant-owned row.
#[allow(
    clippy::disallowed_methods,
    reason = "tenants are the platform's own table"
)]
pub async fn find_by_id(db: &impl ConnectionTrait, id: i32) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(db).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_hosts() {
        assert!(valid_slug("turin"));
        assert!(valid_slug("cluj-napoca"));
        assert!(!valid_slug("Turin"));
        assert!(!valid_slug("9lives"));
        assert!(!valid_slug("a"));
        assert!(valid_host("turin.example.org"));
        assert!(valid_host("localhost"));
        assert!(!valid_host("turin.example.org:8080"));
        assert!(!valid_host("-bad.example.org"));
        assert!(!valid_host("a..b"));
        assert!(!valid_host("évora.pt"));
    }

    #[test]
    fn colours() {
        assert!(valid_colour("#1f4e8c"));
        assert!(!valid_colour("1f4e8c"));
        assert!(!valid_colour("#1f4e8"));
        assert!(!valid_colour("red;}"));
    }
}
