//! Cities on the platform: their settings, host names and creation rules.

mod entity;
pub mod host;
mod new;
pub mod settings;

pub use entity::{ActiveModel, Column, Entity, Model, TenantStatus};
pub use new::{
    NewTenant, TenantError, create, find_by_host, find_by_id, find_by_slug, list, lock, save,
};
