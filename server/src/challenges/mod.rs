//! Challenges of co-creation calls: proposed by divisions in the call's
//! first stage, selected (or merged, declined) by the admin, shown to every
//! eligible employee in the city's languages.

pub mod division_link;
pub mod entity;
pub mod text;

pub use entity::{ActiveModel, Column, Entity, Model, Status};
