//! The JSON API's routes, listed once: a city's router mounts them, and a
//! test holds their paths against the OpenAPI document.

use axum::routing::{MethodRouter, get, post};

use super::state::ServerState;
use crate::{api_docs, auth, calls, people, proposals};

/// Where the API lives inside a city's site.
pub use crate::web::API_BASE as BASE;

/// Every route of the API: its path under [`BASE`], and its handlers.
pub fn routes() -> Vec<(&'static str, MethodRouter<ServerState>)> {
    vec![
        ("/openapi.json", get(api_docs::openapi::document)),
        ("/docs", get(api_docs::page::page)),
        ("/calls", get(calls::api::list)),
        ("/calls/{id}", get(calls::api::get)),
        (
            "/calls/{id}/proposals",
            get(calls::api::proposals).post(proposals::api::create),
        ),
        ("/proposals", get(proposals::api::mine)),
        (
            "/proposals/{id}",
            get(proposals::api::get).put(proposals::api::put),
        ),
        ("/proposals/{id}/submit", post(proposals::api::submit)),
        ("/proposals/{id}/withdraw", post(proposals::api::withdraw)),
        ("/me", get(auth::pages::me)),
        ("/people", get(people::pages::api_list)),
    ]
}

/// The paths of [`routes`], as a city's site serves them.
pub fn paths() -> Vec<String> {
    routes()
        .into_iter()
        .map(|(path, _)| format!("{BASE}{path}"))
        .collect()
}
