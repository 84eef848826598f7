//! What the platform tells a person: a list in the app, and an email when
//! the server has SMTP configured.

pub mod mail;

use std::collections::HashMap;

use askama::Template;
use axum::{extract::State, response::Response};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder, QuerySelect,
    entity::prelude::*,
};

use crate::ids::PersonId;
use crate::{
    auth::{Action, require},
    error::AppError,
    i18n::L10n,
    people::user,
    state::AppState,
    tenancy::TenantId,
    web::{PageContext, render},
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub user_id: PersonId,
    /// Fluent id of the message, rendered in the reader's language.
    pub message: String,
    /// JSON object of the message's text variables. A person is named by
    /// id (`"person"`), never by a copy of their name: the name is read
    /// when shown, so an erasure reaches it.
    pub args: String,
    pub link: String,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

/// Tells each of `people` something, linking to `link` (a path in the site).
pub async fn notify<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    people: &[PersonId],
    message: &str,
    args: serde_json::Value,
    link: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .insert_many(
            people.iter().map(|person| ActiveModel {
                user_id: Set(*person),
                message: Set(message.to_owned()),
                args: Set(args.to_string()),
                link: Set(link.to_owned()),
                created_at: Set(at),
                read_at: Set(None),
                ..Default::default()
            }),
            db,
        )
        .await
}

/// A notification's text in one language.
pub fn render_text(l: &L10n, message: &str, args: &serde_json::Value) -> String {
    let empty = serde_json::Map::new();
    let pairs: Vec<(&str, fluent_bundle::FluentValue)> = args
        .as_object()
        .unwrap_or(&empty)
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or_default().to_owned().into()))
        .collect();
    l.args(message, &pairs)
}

/// The person a notification's text names, if any.
fn person_of(args: &serde_json::Value) -> Option<PersonId> {
    args.get(PERSON)
        .and_then(serde_json::Value::as_i64)
        .and_then(|id| i32::try_from(id).ok())
        .map(PersonId)
}

/// The key under which a notification names a person by id.
pub const PERSON: &str = "person";

fn text(l: &L10n, n: &Model, people: &HashMap<PersonId, user::Model>) -> String {
    let mut args: serde_json::Value = serde_json::from_str(&n.args).unwrap_or_default();
    if let (Some(person), Some(fields)) = (person_of(&args), args.as_object_mut()) {
        let name = people
            .get(&person)
            .map_or_else(|| user::shown_name(l, person, ""), |p| p.name(l));
        fields.insert("name".into(), name.into());
    }
    render_text(l, &n.message, &args)
}

/// An erased person's name, copied into notifications before they named
/// people by id, becomes a reference to them, rendered as the placeholder.
pub async fn forget_name<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
    name: &str,
) -> Result<(), DbErr> {
    let Ok(quoted) = serde_json::to_string(name) else {
        return Ok(());
    };
    if name.is_empty() {
        return Ok(());
    }
    let naming = scope
        .find::<Entity>()
        .filter(Column::Args.contains(quoted.as_str()))
        .all(db)
        .await?;
    for notice in naming {
        let mut args: serde_json::Value = serde_json::from_str(&notice.args).unwrap_or_default();
        let Some(fields) = args.as_object_mut() else {
            continue;
        };
        fields.retain(|_, value| value.as_str() != Some(name));
        fields.insert(PERSON.into(), person.get().into());
        scope
            .update_many::<Entity>()
            .col_expr(Column::Args, Expr::value(args.to_string()))
            .filter(Column::Id.eq(notice.id))
            .exec(db)
            .await?;
    }
    Ok(())
}

struct Line {
    text: String,
    link: String,
    at: String,
    unread: bool,
}

#[derive(Template)]
#[template(path = "notifications/templates/notifications.html")]
struct NotificationsPage {
    ctx: PageContext,
    lines: Vec<Line>,
}

/// `GET /notifications`: the latest 100, newest first; seeing them marks
/// them read.
pub async fn page(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    let site = ctx.site()?;
    let user_id = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let items = site
        .id
        .find::<Entity>()
        .filter(Column::UserId.eq(user_id))
        .order_by_desc(Column::Id)
        .limit(100)
        .all(&app.db)
        .await?;
    let named: Vec<PersonId> = items
        .iter()
        .filter_map(|n| person_of(&serde_json::from_str(&n.args).unwrap_or_default()))
        .collect();
    let people: HashMap<PersonId, user::Model> = if named.is_empty() {
        HashMap::new()
    } else {
        site.id
            .find::<user::Entity>()
            .filter(user::Column::Id.is_in(named))
            .all(&app.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect()
    };
    let lines = items
        .iter()
        .map(|n| Line {
            text: text(&ctx.l10n, n, &people),
            link: ctx.link(&n.link),
            at: ctx
                .l10n
                .date_time(&n.created_at.with_timezone(&site.timezone)),
            unread: n.read_at.is_none(),
        })
        .collect();
    site.id
        .update_many::<Entity>()
        .col_expr(Column::ReadAt, Expr::value(app.clock.now()))
        .filter(Column::UserId.eq(user_id))
        .filter(Column::ReadAt.is_null())
        .exec(&app.db)
        .await?;
    render(&NotificationsPage { ctx, lines })
}
