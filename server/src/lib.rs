//! Innovato: calls for ideas for city administrations, one tenant per city.
//!
//! Shared plumbing (configuration, errors, tenancy, languages, HTTP) sits
//! apart from the product's nouns (tenants, people, organisation, calls,
//! proposals), each of which owns its entities, rules, handlers and templates.

pub mod api_docs;
pub mod attachments;
pub mod audit;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod error;
pub mod http;
pub mod i18n;
pub mod ids;
pub mod metrics;
pub mod secrets;
pub mod state;
pub mod store;
pub mod tenancy;
pub mod web;

pub mod calls;
pub mod challenges;
pub mod comments;
pub mod console;
pub mod demo;
pub mod library;
pub mod mailings;
pub mod network;
pub mod notifications;
pub mod organisation;
pub mod people;
pub mod platform;
pub mod projects;
pub mod proposals;
pub mod review;
pub mod similar;
pub mod teams;
pub mod tenants;
