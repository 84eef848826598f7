//! Schemas of the domain's stored enums, listing the values the API
//! writes: taken from the enums themselves, so they cannot drift.

use std::borrow::Cow;

use sea_orm::{ActiveEnum, Iterable};
use utoipa::{
    PartialSchema, ToSchema,
    openapi::{ObjectBuilder, RefOr, Schema, Type},
};

use crate::{calls::Phase, people::Role, proposals::Status};

fn one_of(description: &str, values: impl Iterator<Item = String>) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
        .enum_values(Some(values))
        .into()
}

impl PartialSchema for Phase {
    fn schema() -> RefOr<Schema> {
        one_of(
            "Where a call is in its life",
            Phase::iter().map(|p| p.token().to_owned()),
        )
    }
}

impl ToSchema for Phase {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Phase")
    }
}

impl PartialSchema for Status {
    fn schema() -> RefOr<Schema> {
        one_of(
            "Where a proposal is in its life",
            Status::iter().map(|s| s.to_value()),
        )
    }
}

impl ToSchema for Status {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("ProposalStatus")
    }
}

impl PartialSchema for Role {
    fn schema() -> RefOr<Schema> {
        one_of("A role a person holds", Role::iter().map(|r| r.to_value()))
    }
}

impl ToSchema for Role {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Role")
    }
}
