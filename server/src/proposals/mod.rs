//! Proposals written by employees in answer to a call, and their teams.

pub mod entity;
pub mod member;

pub use entity::{ActiveModel, Column, Entity, Model, Status};
