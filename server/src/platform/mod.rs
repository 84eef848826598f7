//! The platform's own pages: every city on it (`pages`), and the operators'
//! console (`operator`), whose reads are in `service` and whose writes go
//! through the tenants' service.

pub mod operator;
pub mod pages;
pub mod service;
