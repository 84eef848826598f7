//! The people of a tenant and the roles they hold.

pub mod api;
pub mod attributes;
pub mod own;
pub mod pages;
pub mod role;
pub mod service;
pub mod user;

pub use role::Role;
