//! Error answers several operations share, each described once: an
//! operation lists them by name in its `responses(...)`.

use utoipa::{IntoResponses, openapi::RefOr};

use crate::error::ProblemDocument;

#[derive(IntoResponses)]
#[response(
    status = 429,
    description = "Too many requests: see `Retry-After`",
    content_type = "application/problem+json"
)]
pub struct TooManyRequests(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 401,
    description = "Not signed in, or the API token is unknown or revoked",
    content_type = "application/problem+json"
)]
pub struct NotSignedIn(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 401,
    description = "The API token is unknown or revoked",
    content_type = "application/problem+json"
)]
pub struct TokenRevoked(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 415,
    description = "The body is not `application/json`",
    content_type = "application/problem+json"
)]
pub struct NotJson(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 404,
    description = "No proposal of the caller's has this id",
    content_type = "application/problem+json"
)]
pub struct NotYourProposal(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 409,
    description = "Too late: the proposal's status or its call's deadline no longer allows it",
    content_type = "application/problem+json"
)]
pub struct TooLate(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 403,
    description = "The role may not write proposals, the city is suspended, or a session's write lacks its `X-CSRF-Token`",
    content_type = "application/problem+json"
)]
pub struct MayNotWrite(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 403,
    description = "The role may not write proposals",
    content_type = "application/problem+json"
)]
pub struct MayNotWriteProposals(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 404,
    description = "No published call of this city has this id",
    content_type = "application/problem+json"
)]
pub struct NoSuchCall(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 400,
    description = "The id is not a number, or the body is not JSON of this shape",
    content_type = "application/problem+json"
)]
pub struct BadIdOrBody(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 400,
    description = "The id is not a number",
    content_type = "application/problem+json"
)]
pub struct BadId(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 403,
    description = "Only the city's administrators may do this",
    content_type = "application/problem+json"
)]
pub struct NotAnAdmin(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 403,
    description = "Only the city's administrators may do this, or a session's write lacks its `X-CSRF-Token`",
    content_type = "application/problem+json"
)]
pub struct NotAnAdminWriting(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 404,
    description = "The city has no call with this id",
    content_type = "application/problem+json"
)]
pub struct NoCall(pub ProblemDocument);

#[derive(IntoResponses)]
#[response(
    status = 404,
    description = "The city has no person with this id",
    content_type = "application/problem+json"
)]
pub struct NoPerson(pub ProblemDocument);

/// A shared answer as the document gives it: its name here, its status
/// and its description. The page shows it under one message id,
/// `api-docs-reply-<Name>`, wherever an operation lists it.
pub struct Shared {
    pub name: &'static str,
    pub status: String,
    pub description: String,
}

fn shared_one<R: IntoResponses>(name: &'static str) -> impl Iterator<Item = Shared> {
    R::responses()
        .into_iter()
        .filter_map(move |(status, reply)| match reply {
            RefOr::T(reply) => Some(Shared {
                name,
                status,
                description: reply.description.trim().to_owned(),
            }),
            RefOr::Ref(_) => None,
        })
}

macro_rules! shared {
    ($($name:ident),* $(,)?) => {
        /// Every answer of this file (a new one is added here too, else
        /// each operation listing it needs its own message).
        pub fn shared() -> Vec<Shared> {
            let mut all = Vec::new();
            $(all.extend(shared_one::<$name>(stringify!($name)));)*
            all
        }
    };
}

shared![
    TooManyRequests,
    NotSignedIn,
    TokenRevoked,
    NotJson,
    NotYourProposal,
    TooLate,
    MayNotWrite,
    MayNotWriteProposals,
    NoSuchCall,
    BadIdOrBody,
    BadId,
    NotAnAdmin,
    NotAnAdminWriting,
    NoCall,
    NoPerson,
];
