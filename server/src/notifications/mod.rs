//! What the platform tells a person: a list in the app, and an email when
//! the server has SMTP configured.

pub mod mail;

use askama::Template;
use axum::{extract::State, response::Response};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder, QuerySelect,
    entity::prelude::*,
};

use crate::{
    auth::{Action, require},
    error::AppError,
    http::AppState,
    i18n::L10n,
    tenancy::TenantId,
    web::{PageContext, render},
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub user_id: i32,
    /// Fluent id of the message, rendered in the reader's language.
    pub message: String,
    /// JSON object of the message's text variables.
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
    people: &[i32],
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

fn text(l: &L10n, n: &Model) -> String {
    let args: serde_json::Value = serde_json::from_str(&n.args).unwrap_or_default();
    render_text(l, &n.message, &args)
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
    let lines = items
        .iter()
        .map(|n| Line {
            text: text(&ctx.l10n, n),
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
