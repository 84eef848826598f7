//! What the platform tells a person: a list in the app, and an email when
//! the server has SMTP configured.

pub mod entity;
pub mod mail;
pub mod pages;
pub mod service;

pub use entity::{ActiveModel, Column, Entity, Model};
pub use service::{PERSON, forget_name, notify};
