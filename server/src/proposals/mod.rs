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

pub use access::{eligibility_of, team_of};
pub use entity::{ActiveModel, Column, Entity, Model, Status};

/// Longest texts a proposal's fields accept, in characters.
pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 1_000;
pub const BODY_MAX: usize = 5_000;
/// Most divisions one proposal may name.
pub const DIVISIONS_MAX: usize = 20;
