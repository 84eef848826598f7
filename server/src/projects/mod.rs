//! Implementation: awarded proposals become projects with a mentor, a
//! budget within the call's, milestones, progress updates, a status (with
//! the barrier that blocked or stopped it) and measured outcomes; the
//! admin's board flags stalled ones, and implemented ones are shown on the
//! city's public showcase.

pub mod api;
pub mod entity;
pub mod milestone;
pub mod pages;
pub mod service;
pub mod update;

pub use entity::{Barrier, Entity, Model, Outcome, Status};
