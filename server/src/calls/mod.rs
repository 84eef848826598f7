//! Calls for ideas: a city's competitions, their phases and rules, and the
//! pages that present them.

pub mod admin;
pub mod api;
pub mod category_link;
mod eligibility;
pub mod entity;
mod pages;
pub mod phases;
pub mod rules;
pub mod service;
pub mod text;

pub use eligibility::{Eligibility, Ineligible};
pub use entity::{ActiveModel, Column, Entity, Model, Phase};
pub use pages::{call_page, tenant_home};
pub use rules::{Award, Criterion};
