//! The API's page: the OpenAPI document rendered on the server, for
//! people (no script needed), wholly in the reader's language. Every text
//! the page takes from the document (an operation's title and description,
//! a parameter's, a body's, an answer's, a data shape's and its fields')
//! is shown from Fluent, under a message id derived from where the text
//! stands in the document ([`texts`] lists them all, for the locale test);
//! the document itself (`openapi.json`) stays in English.

use askama::Template;
use axum::response::Response;
use serde_json::Value;

use super::{openapi, responses};
use crate::{
    error::AppError,
    i18n::L10n,
    web::API_BASE as BASE,
    web::{PageContext, render},
};

/// One text of the document as the page needs it: the message id it is
/// shown under, and the document's own (English) words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub id: String,
    pub english: String,
    /// The English message says exactly the document's words. Operation
    /// titles (`api-docs-op-<operationId>`) are written for the page
    /// instead, so theirs may differ.
    pub verbatim: bool,
}

/// A text in the reader's language, its `code` spans (the document's
/// backticks) apart; `lang` is set when a language lacks the message and
/// the document's English is shown instead.
#[derive(Default)]
struct Prose {
    parts: Vec<(bool, String)>,
    lang: Option<&'static str>,
}

impl Prose {
    fn of(words: &str, lang: Option<&'static str>) -> Self {
        let parts = words
            .split('`')
            .enumerate()
            .filter(|(_, part)| !part.is_empty())
            .map(|(i, part)| (i % 2 == 1, part.to_owned()))
            .collect();
        Prose { parts, lang }
    }
}

/// Turns a document text into what the page shows (or, for the test,
/// takes note of it).
type Say<'a> = dyn FnMut(Text) -> Prose + 'a;

/// A name of the document as part of a message id: every character
/// Fluent does not take in an identifier, and `_`, becomes `-`.
pub fn slug(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// A type as the page names it, linked to its schema when it has one.
struct TypeName {
    text: String,
    link: Option<String>,
}

struct Parameter {
    name: String,
    /// The message id of where it goes (path, query string, header).
    location: String,
    type_name: TypeName,
    required: bool,
    description: Option<Prose>,
}

struct Body {
    content_type: String,
    type_name: TypeName,
    description: Option<Prose>,
}

struct Reply {
    status: String,
    description: Option<Prose>,
    content_type: String,
    type_name: Option<TypeName>,
}

struct Operation {
    anchor: String,
    method: String,
    path: String,
    summary: Prose,
    description: Option<Prose>,
    /// A token (or session) is required; otherwise optional.
    needs_token: bool,
    parameters: Vec<Parameter>,
    body: Option<Body>,
    replies: Vec<Reply>,
}

struct Field {
    name: String,
    type_name: TypeName,
    required: bool,
    description: Option<Prose>,
}

/// One shape of a schema: an object's fields (several shapes for a
/// schema that is one of them), or the values of an enumeration.
struct Shape {
    fields: Vec<Field>,
    values: Vec<String>,
}

struct SchemaDoc {
    name: String,
    description: Option<Prose>,
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

/// A text of the document on one line: a doc comment's line breaks and
/// indents are one space, as the page (and a Fluent message) shows them.
fn text(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A description the document may leave out: none, or its text.
fn described(say: &mut Say, id: String, english: String) -> Option<Prose> {
    (!english.is_empty()).then(|| {
        say(Text {
            id,
            english,
            verbatim: true,
        })
    })
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

fn parameters(op_id: &str, operation: &Value, say: &mut Say) -> Vec<Parameter> {
    operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| {
            let name = text(p, "name");
            Parameter {
                description: described(
                    say,
                    format!("api-docs-param-{op_id}-{}", slug(&name)),
                    text(p, "description"),
                ),
                location: format!("api-docs-in-{}", text(p, "in")),
                type_name: type_name(p.get("schema").unwrap_or(&Value::Null)),
                required: p.get("required").and_then(Value::as_bool) == Some(true),
                name,
            }
        })
        .collect()
}

/// The first content type of a body or response, with its schema.
fn content(of: &Value) -> Option<(String, Option<TypeName>)> {
    let (content_type, media) = of.get("content")?.as_object()?.iter().next()?;
    Some((content_type.clone(), media.get("schema").map(type_name)))
}

/// The message id of an answer: the shared answer's own
/// (`api-docs-reply-<Name>`, see [`responses::shared`]) when the document
/// gives it, else the operation's (`api-docs-reply-<operationId>-<status>`).
fn reply_id(op_id: &str, status: &str, english: &str, shared: &[responses::Shared]) -> String {
    match shared
        .iter()
        .find(|s| s.status == status && s.description == english)
    {
        Some(s) => format!("api-docs-reply-{}", slug(s.name)),
        None => format!("api-docs-reply-{op_id}-{}", slug(status)),
    }
}

fn operation(
    path: &str,
    method: &str,
    op: &Value,
    shared: &[responses::Shared],
    say: &mut Say,
) -> Operation {
    let id = slug(&text(op, "operationId"));
    // Public operations list an empty requirement: a token is optional.
    let needs_token = op
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|all| {
            all.iter()
                .all(|s| s.as_object().is_some_and(|o| !o.is_empty()))
        });
    let summary = say(Text {
        id: format!("api-docs-op-{id}"),
        english: text(op, "summary"),
        verbatim: false,
    });
    let description = described(
        say,
        format!("api-docs-op-{id}-description"),
        text(op, "description"),
    );
    let parameters = parameters(&id, op, say);
    let body = op.get("requestBody").map(|body| {
        let (content_type, name) = content(body).unwrap_or_default();
        Body {
            content_type,
            type_name: name.unwrap_or(TypeName {
                text: "any".into(),
                link: None,
            }),
            description: described(
                say,
                format!("api-docs-body-{id}"),
                text(body, "description"),
            ),
        }
    });
    let mut replies = Vec::new();
    for (status, reply) in op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let (content_type, type_name) = content(reply).unwrap_or_default();
        let english = text(reply, "description");
        replies.push(Reply {
            status: status.clone(),
            description: described(say, reply_id(&id, status, &english, shared), english),
            content_type,
            type_name,
        });
    }
    Operation {
        anchor: format!("op-{id}"),
        method: method.to_uppercase(),
        path: path.to_owned(),
        summary,
        description,
        needs_token,
        parameters,
        body,
        replies,
    }
}

fn shape(schema_name: &str, schema: &Value, say: &mut Say) -> Shape {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let mut fields = Vec::new();
    for (name, property) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        fields.push(Field {
            name: name.clone(),
            type_name: type_name(property),
            required: required.contains(&name.as_str()),
            description: described(
                say,
                format!("api-docs-field-{}-{}", slug(schema_name), slug(name)),
                text(property, "description"),
            ),
        });
    }
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

fn schema_doc(name: &str, schema: &Value, say: &mut Say) -> SchemaDoc {
    let description = described(
        say,
        format!("api-docs-schema-{}", slug(name)),
        text(schema, "description"),
    );
    let shapes = match schema.get("oneOf").and_then(Value::as_array) {
        Some(variants) => variants.iter().map(|v| shape(name, v, say)).collect(),
        None => vec![shape(name, schema, say)],
    };
    SchemaDoc {
        name: name.to_owned(),
        description,
        shapes,
    }
}

/// The page's operations and data shapes, walking `document`.
fn walk(document: &Value, say: &mut Say) -> (Vec<Operation>, Vec<SchemaDoc>) {
    let shared = responses::shared();
    let mut operations = Vec::new();
    for (path, item) in document
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for method in METHODS {
            if let Some(op) = item.get(method) {
                operations.push(operation(path, method, op, &shared, say));
            }
        }
    }
    let mut schemas = Vec::new();
    for (name, schema) in document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        schemas.push(schema_doc(name, schema, say));
    }
    (operations, schemas)
}

/// Every text the page shows of the API's document, with its message id,
/// in the page's order (an id shared by several places, once per place).
pub fn texts() -> Vec<Text> {
    let document = serde_json::to_value(openapi::plain()).unwrap_or_default();
    let mut texts = Vec::new();
    walk(&document, &mut |text| {
        texts.push(text);
        Prose::default()
    });
    texts
}

/// A document text in the reader's language, or in the document's
/// English (marked as such) where the language lacks it.
fn translate(l10n: &L10n, text: Text) -> Prose {
    match l10n.lookup(&text.id) {
        Some(words) => Prose::of(&words, None),
        None => {
            tracing::warn!(id = %text.id, lang = %l10n.lang(), "API documentation text untranslated");
            Prose::of(&text.english, Some("en"))
        }
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
    let document = serde_json::to_value(openapi::described(&ctx))
        .map_err(|e| AppError::Internal(format!("OpenAPI document: {e}")))?;
    let (operations, schemas) = walk(&document, &mut |text| translate(&ctx.l10n, text));
    let server = format!("{}{}{BASE}", ctx.origin, ctx.base);
    render(&DocsPage {
        document_link: ctx.link(&format!("{BASE}/openapi.json")),
        server,
        ctx,
        operations,
        schemas,
    })
}
