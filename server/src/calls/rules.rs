//! A call's evaluation criteria and awards, stored as JSON on the call.

use serde::{Deserialize, Serialize};

/// A criterion jurors score on a scale of 1 to `scale`; `weight` is its
/// share in the weighted score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Criterion {
    pub name: String,
    pub weight: u32,
    pub scale: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Award {
    pub name: String,
    pub sponsor: String,
    pub prize: String,
}

/// Reads a stored JSON list; an unreadable one is empty (and logged).
pub fn parse_list<T: serde::de::DeserializeOwned>(stored: &str) -> Vec<T> {
    serde_json::from_str(stored).unwrap_or_else(|error| {
        tracing::error!(%error, "unreadable list on a call");
        Vec::new()
    })
}

pub fn to_stored<T: Serialize>(list: &[T]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}
