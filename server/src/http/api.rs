//! The JSON API's routes, listed once: a city's router mounts them, and a
//! test holds their paths against the OpenAPI document.

use axum::routing::{MethodRouter, delete, get, post, put};

use super::state::ServerState;
use crate::{
    api_docs, audit, auth, calls, challenges, comments, mailings, people, projects, proposals,
    review, teams,
};

/// Where the API lives inside a city's site.
pub use crate::web::API_BASE as BASE;

/// Every route of the API: its path under [`BASE`], and its handlers.
pub fn routes() -> Vec<(&'static str, MethodRouter<ServerState>)> {
    vec![
        ("/openapi.json", get(api_docs::openapi::document)),
        ("/docs", get(api_docs::page::page)),
        ("/calls", get(calls::api::list).post(calls::api::create)),
        ("/calls/{id}", get(calls::api::get).put(calls::api::update)),
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
        ("/calls/{id}/close", post(calls::api::close)),
        (
            "/calls/{id}/challenges",
            get(challenges::api::list).post(challenges::api::propose),
        ),
        ("/challenges/{id}/decision", put(challenges::api::decide)),
        ("/calls/{id}/mailings", get(mailings::api::list)),
        ("/calls/{id}/archive", post(calls::api::archive)),
        (
            "/calls/{id}/template",
            post(calls::api::offer_template).delete(calls::api::withdraw_template),
        ),
        ("/calls/{id}/copy", post(calls::api::copy)),
        ("/templates", get(calls::api::templates)),
        ("/calls/{id}/review/close", post(review::api::close_scoring)),
        ("/calls/{id}/results", post(review::api::publish)),
        ("/calls/{id}/ranking", get(review::api::ranking)),
        ("/calls/{id}/reviews", get(review::api::reviews)),
        (
            "/calls/{id}/decisions/{proposal_id}",
            put(review::api::decide),
        ),
        ("/projects", get(projects::api::board)),
        ("/projects/{id}", get(projects::api::get)),
        ("/people/{id}", get(people::api::get)),
        ("/people/{id}/attributes", put(people::api::set_attributes)),
        (
            "/people/{id}/roles/{role}",
            put(people::api::grant_role).delete(people::api::revoke_role),
        ),
        ("/audit", get(audit::api::list)),
        (
            "/calls/{id}/facilitators",
            get(teams::workspace_api::list_facilitators)
                .post(teams::workspace_api::add_facilitator),
        ),
        (
            "/calls/{id}/facilitators/{person_id}",
            delete(teams::workspace_api::remove_facilitator),
        ),
        (
            "/teams/{proposal_id}/workspace",
            get(teams::workspace_api::get_workspace),
        ),
        (
            "/teams/{proposal_id}/workshops",
            post(teams::workspace_api::add_workshop),
        ),
        (
            "/teams/{proposal_id}/notes",
            post(teams::workspace_api::add_note),
        ),
        ("/calls/{id}/teams", get(teams::api::list)),
        ("/proposals/{id}/comments", get(comments::api::get)),
        (
            "/challenges/{id}/offers",
            post(teams::api::offer).delete(teams::api::withdraw_offer),
        ),
        (
            "/proposals/{id}/stakeholders",
            post(teams::api::add_stakeholder),
        ),
        (
            "/proposals/{id}/stakeholders/{stakeholder_id}",
            delete(teams::api::remove_stakeholder),
        ),
    ]
}

/// The paths of [`routes`], as a city's site serves them.
pub fn paths() -> Vec<String> {
    routes()
        .into_iter()
        .map(|(path, _)| format!("{BASE}{path}"))
        .collect()
}
