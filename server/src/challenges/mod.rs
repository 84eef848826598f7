//! Challenges of co-creation calls: proposed by divisions in the call's
//! first stage, selected (or merged, declined) by the admin, shown to every
//! eligible employee in the city's languages. This file re-exports
//! entities and services only; the router names handlers by their file.

pub mod admin;
pub mod api;
pub mod division_link;
pub mod entity;
pub mod pages;
pub mod service;
pub mod text;

pub use entity::{ActiveModel, Column, Entity, Model, Status};
