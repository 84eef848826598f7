//! The OpenAPI 3.1 document of a city's JSON API, gathered from the
//! annotations of the handlers it lists, and the handler serving it.

use axum::{
    Json,
    response::{IntoResponse, Response},
};
use utoipa::{
    Modify, OpenApi,
    openapi::{
        self,
        security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
    },
};

use super::{page, responses};
use crate::{
    audit, auth, calls, challenges, comments,
    error::{AppError, ProblemDocument},
    mailings, people, projects, proposals, review, teams,
    web::API_BASE as BASE,
    web::PageContext,
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Innovato API",
        description = "A city's calls for ideas and proposals, as JSON. Authenticate with `Authorization: Bearer inv_…`, an API token a city's administrator creates at `/admin/api-tokens`; it acts as that administrator. Errors are RFC 9457 problem documents whose `title` and `detail` follow `Accept-Language`."
    ),
    paths(
        document,
        page::page,
        calls::api::list,
        calls::api::get,
        calls::api::create,
        calls::api::update,
        calls::api::proposals,
        proposals::api::create,
        proposals::api::mine,
        proposals::api::get,
        proposals::api::put,
        proposals::api::submit,
        proposals::api::withdraw,
        auth::pages::me,
        people::pages::api_list,
        calls::api::close,
        challenges::api::list,
        challenges::api::propose,
        challenges::api::decide,
        mailings::api::list,
        calls::api::archive,
        calls::api::offer_template,
        calls::api::withdraw_template,
        calls::api::templates,
        calls::api::copy,
        review::api::close_scoring,
        review::api::publish,
        review::api::ranking,
        review::api::reviews,
        review::api::decide,
        projects::api::board,
        projects::api::get,
        people::api::get,
        people::api::set_attributes,
        people::api::grant_role,
        people::api::revoke_role,
        audit::api::list,
        teams::workspace_api::list_facilitators,
        teams::workspace_api::add_facilitator,
        teams::workspace_api::remove_facilitator,
        teams::workspace_api::get_workspace,
        teams::workspace_api::add_workshop,
        teams::workspace_api::add_note,
        teams::api::list,
        teams::api::offer,
        teams::api::withdraw_offer,
        teams::api::add_stakeholder,
        teams::api::remove_stakeholder,
        comments::api::get,
    ),
    components(schemas(ProblemDocument)),
    modifiers(&BearerToken),
    tags(
        (name = "calls", description = "The city's calls for ideas"),
        (name = "challenges", description = "The challenges of co-creation calls"),
        (name = "proposals", description = "The caller's proposals"),
        (name = "people", description = "The caller, and the city's people"),
        (name = "review", description = "A call's jury, ranking and decisions, for the city's administrators"),
        (name = "projects", description = "Implementation: the city's projects"),
        (name = "audit", description = "The city's audit log, for its administrators"),
        (name = "teams", description = "Co-creation calls' cross-division teams: the team finder, offers to join, external stakeholders, a call's facilitators, a team's workspace, workshops and notes"),
        (name = "documentation", description = "This description of the API"),
    )
)]
struct ApiDoc;

/// The `bearer` scheme the operations name: a city's API token.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, doc: &mut openapi::OpenApi) {
        doc.components
            .get_or_insert_with(Default::default)
            .add_security_scheme(
                "bearer",
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .description(Some(
                            "An API token (`inv_…`) of this city, created by one of its administrators at `/admin/api-tokens`",
                        ))
                        .build(),
                ),
            );
    }
}

/// The document, without a server: the same for every city.
pub fn plain() -> openapi::OpenApi {
    ApiDoc::openapi()
}

/// The document for the city of `ctx`, whose server is that city's API.
/// Its texts are English whatever the reader's language: it is the
/// contract tools read (and diff); the page (`/docs`) translates them.
pub fn described(ctx: &PageContext) -> openapi::OpenApi {
    let mut doc = plain();
    doc.servers = Some(vec![openapi::Server::new(format!(
        "{}{}{BASE}",
        ctx.origin, ctx.base
    ))]);
    doc
}

/// This document: the city's API as OpenAPI 3.1.
#[utoipa::path(
    get,
    path = "/openapi.json",
    operation_id = "get_openapi",
    tag = "documentation",
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The OpenAPI document", body = Object, content_type = "application/json"),
        responses::TokenRevoked,
        responses::TooManyRequests,
    )
)]
pub async fn document(ctx: PageContext) -> Result<Response, AppError> {
    Ok(Json(described(&ctx)).into_response())
}
