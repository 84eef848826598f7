use sea_orm::entity::prelude::*;

/// A city. Not tenant-owned itself: it is the tenant.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tenants")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub status: TenantStatus,
    pub default_locale: String,
    /// Enabled languages, comma-separated codes (`it,en`).
    pub locales: String,
    /// IANA time zone in which the city's call dates are given.
    pub timezone: String,
    pub headcount: i32,
    /// `#rrggbb`, validated on the way in.
    pub primary_color: String,
    pub is_demo: bool,
    pub created_at: DateTimeUtc,
    /// The city's name per language (JSON object); `name` where absent.
    pub names: String,
    pub logo_key: Option<String>,
    pub logo_type: Option<String>,
    /// The city's own SMTP URL, sealed with the server's key.
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    /// Days without an update after which a project counts as stalled.
    pub stalled_after_days: i32,
}

impl Model {
    /// The city's name in `lang`, else its default name.
    pub fn name_in(&self, lang: &str) -> String {
        serde_json::from_str::<std::collections::HashMap<String, String>>(&self.names)
            .ok()
            .and_then(|names| names.get(lang).cloned())
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| self.name.clone())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TenantStatus {
    #[sea_orm(string_value = "active")]
    Active,
    #[sea_orm(string_value = "suspended")]
    Suspended,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
