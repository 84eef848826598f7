//! Cities on the platform: their settings, host names and creation rules.

mod rows;
pub mod service;
pub mod settings;

pub use crate::tenancy::{
    find_by_host, find_by_slug, host,
    tenant::{ActiveModel, Column, Entity, Model, TenantStatus},
};
pub use rows::{NewTenant, TenantError, create, find_by_id, list, lock, save};
