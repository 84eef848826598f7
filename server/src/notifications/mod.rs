//! What the platform tells a person: a list in the app, and an email
//! through the queue (`outbox`, sent by `delivery`) as the person chose
//! (`choices`), with an unsubscribe link (`unsubscribe`); the admin's view
//! of the queue (`queue`, `admin`).

pub mod admin;
pub mod choices;
pub mod delivery;
pub mod entity;
pub mod kind;
pub mod mail;
pub mod mailing;
pub mod outbox;
pub mod pages;
pub mod preference;
pub mod queue;
pub mod service;
pub mod unsubscribe;

pub use entity::{ActiveModel, Column, Entity, Model};
pub use kind::{Cadence, Kind};
pub use service::{PERSON, forget_name, notify, notify_mailing};
