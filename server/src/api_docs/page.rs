//! The API's page: the OpenAPI document rendered on the server, for
//! people (no script needed). Headings and labels are in the reader's
//! language; the document's own descriptions are English and say so.

use super::responses;
use askama::Template;
use axum::response::Response;
use serde_json::Value;

use super::openapi::described;
use crate::{
    error::AppError,
    web::API_BASE as BASE,
    web::{PageContext, render},
};

/// A type as the page names it, linked to its schema when it has one.
struct TypeName {
    text: String,
    link: Option<String>,
}

struct Parameter {
    name: String,
    location: String,
    type_name: TypeName,
    required: bool,
    description: String,
}

struct Reply {
    status: String,
    description: String,
    content_type: String,
    type_name: Option<TypeName>,
}

struct Operation {
    anchor: String,
    method: String,
    path: String,
    summary: String,
    description: String,
    /// A token (or session) is required; otherwise optional.
    needs_token: bool,
    parameters: Vec<Parameter>,
    body: Option<(String, TypeName)>,
    replies: Vec<Reply>,
}

struct Field {
    name: String,
    type_name: TypeName,
    required: bool,
    description: String,
}

/// One shape of a schema: an object's fields (several shapes for a
/// schema that is one of them), or the values of an enumeration.
struct Shape {
    fields: Vec<Field>,
    values: Vec<String>,
}

struct SchemaDoc {
    name: String,
    description: String,
    shapes: Vec<Shape>,
}

#[derive(Template)]
#[template(path = "api_docs/templates/docs.html")]
struct DocsPage {
    ctx: PageContext,
    server: String,
    document_link: String,
    operations: Vec<Operation>,
    schemas: Vec<SchemaDoc>,
}

const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];

fn text(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// How the page writes a JSON schema's type: `integer (int32)`,
/// `array<CallFacts>`, `string | null`, `string: draft, open`.
fn type_name(schema: &Value) -> TypeName {
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        let name = target.rsplit('/').next().unwrap_or(target).to_owned();
        return TypeName {
            link: Some(format!("#schema-{name}")),
            text: name,
        };
    }
    if let Some(variants) = schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_array)
    {
        let names: Vec<TypeName> = variants.iter().map(type_name).collect();
        return TypeName {
            text: names
                .iter()
                .map(|n| n.text.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
            link: names.into_iter().find_map(|n| n.link),
        };
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(one)) => vec![one.as_str()],
        Some(Value::Array(many)) => many.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if types.contains(&"array") {
        let items = type_name(schema.get("items").unwrap_or(&Value::Null));
        let nullable = if types.contains(&"null") {
            " | null"
        } else {
            ""
        };
        return TypeName {
            text: format!("array<{}>{nullable}", items.text),
            link: items.link,
        };
    }
    let mut text = if types.is_empty() {
        "any".to_owned()
    } else {
        types.join(" | ")
    };
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        text.push_str(&format!(" ({format})"));
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let values: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
        text.push_str(&format!(": {}", values.join(", ")));
    }
    TypeName { text, link: None }
}

fn parameters(operation: &Value, ctx: &PageContext) -> Vec<Parameter> {
    operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| Parameter {
            name: text(p, "name"),
            location: ctx.l10n.t(&format!("api-docs-in-{}", text(p, "in"))),
            type_name: type_name(p.get("schema").unwrap_or(&Value::Null)),
            required: p.get("required").and_then(Value::as_bool) == Some(true),
            description: text(p, "description"),
        })
        .collect()
}

/// The first content type of a body or response, with its schema.
fn content(of: &Value) -> Option<(String, Option<TypeName>)> {
    let (content_type, media) = of.get("content")?.as_object()?.iter().next()?;
    Some((content_type.clone(), media.get("schema").map(type_name)))
}

fn operation(path: &str, method: &str, op: &Value, ctx: &PageContext) -> Operation {
    let id = text(op, "operationId").replace('_', "-");
    // Public operations list an empty requirement: a token is optional.
    let needs_token = op
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|all| {
            all.iter()
                .all(|s| s.as_object().is_some_and(|o| !o.is_empty()))
        });
    let body = op.get("requestBody").and_then(content).map(|(t, name)| {
        (
            t,
            name.unwrap_or(TypeName {
                text: "any".into(),
                link: None,
            }),
        )
    });
    let replies = op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(status, reply)| {
            let (content_type, type_name) = content(reply).unwrap_or_default();
            Reply {
                status: status.clone(),
                description: text(reply, "description"),
                content_type,
                type_name,
            }
        })
        .collect();
    Operation {
        anchor: format!("op-{id}"),
        method: method.to_uppercase(),
        path: path.to_owned(),
        summary: ctx.l10n.t(&format!("api-docs-op-{id}")),
        description: text(op, "description"),
        needs_token,
        parameters: parameters(op, ctx),
        body,
        replies,
    }
}

fn shape(schema: &Value) -> Shape {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let fields = schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, property)| Field {
            name: name.clone(),
            type_name: type_name(property),
            required: required.contains(&name.as_str()),
            description: text(property, "description"),
        })
        .collect();
    let values = schema
        .get("enum")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    Shape { fields, values }
}

fn schema_doc(name: &str, schema: &Value) -> SchemaDoc {
    let shapes = match schema.get("oneOf").and_then(Value::as_array) {
        Some(variants) => variants.iter().map(shape).collect(),
        None => vec![shape(schema)],
    };
    SchemaDoc {
        name: name.to_owned(),
        description: text(schema, "description"),
        shapes,
    }
}

/// This page: the API's operations and schemas, readable without script.
#[utoipa::path(
    get,
    path = "/docs",
    operation_id = "get_docs",
    tag = "documentation",
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The API's documentation as a page", body = String, content_type = "text/html"),
        responses::TokenRevoked,
        responses::TooManyRequests,
    )
)]
pub async fn page(ctx: PageContext) -> Result<Response, AppError> {
    let document = serde_json::to_value(described(&ctx))
        .map_err(|e| AppError::Internal(format!("OpenAPI document: {e}")))?;
    let mut operations = Vec::new();
    for (path, item) in document
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for method in METHODS {
            if let Some(op) = item.get(method) {
                operations.push(operation(path, method, op, &ctx));
            }
        }
    }
    let schemas = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, schema)| schema_doc(name, schema))
        .collect();
    let server = format!("{}{}{BASE}", ctx.origin, ctx.base);
    render(&DocsPage {
        document_link: ctx.link(&format!("{BASE}/openapi.json")),
        server,
        ctx,
        operations,
        schemas,
    })
}
