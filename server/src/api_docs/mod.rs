//! The JSON API described as an OpenAPI 3.1 document, generated from the
//! handlers' and types' own annotations: served as JSON for tools
//! (`/api/v1/openapi.json`) and as a page for people (`/api/v1/docs`).

pub mod openapi;
pub mod page;
pub mod responses;
mod schemas;
