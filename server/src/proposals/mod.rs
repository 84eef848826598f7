//! Proposals written by employees in answer to a call, and their teams.

mod access;
pub mod admin;
pub mod api;
pub mod division_link;
pub mod entity;
pub mod member;
pub mod naming;
pub mod pages;
pub mod redaction;
pub mod service;
mod shown;
pub mod team;

pub use access::{admits, eligibility_of, team_of};
pub use entity::{ActiveModel, Column, Entity, Model, Status};
