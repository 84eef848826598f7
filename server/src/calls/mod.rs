//! Calls for ideas: a city's competitions, their phases and rules, and the
//! pages that present them. This file re-exports entities and services
//! only; the router names handlers by their file (`calls::pages::…`).

pub mod admin;
pub mod api;
pub mod category_link;
pub mod edition;
mod eligibility;
pub mod entity;
pub mod form;
pub mod pages;
pub mod phases;
pub mod rules;
pub mod service;
pub mod text;

pub use eligibility::{Eligibility, Ineligible};
pub use entity::{ActiveModel, Column, Entity, Kind, Model, Phase, Stage};
pub use rules::{Award, Criterion};
