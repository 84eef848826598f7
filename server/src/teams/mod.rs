//! Cross-division teams of co-creation calls. A team is a proposal of the
//! call tied to a selected challenge (its members, draft, submission and
//! review are the proposal's); around it: offers to join, external
//! stakeholders, workshops and notes.

pub mod api;
pub mod facilitator_pages;
pub mod facilitators;
pub mod note;
pub mod offer;
pub mod pages;
pub mod service;
pub mod stakeholder;
pub mod workshop;
pub mod workspace;
pub mod workspace_api;
pub mod workspace_pages;
