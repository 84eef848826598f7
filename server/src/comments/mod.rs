//! Colleagues who help (issue 23, rule 4): where a call allows it,
//! colleagues of the city support and comment on its submitted proposals
//! while it is open; the city's admin hides a comment with a reason.

pub mod admin;
pub mod api;
pub mod comment;
pub mod pages;
pub mod service;
pub mod support;
