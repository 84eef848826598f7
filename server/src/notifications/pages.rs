//! The notifications page: a person's latest notifications, in their
//! language.

use std::collections::HashMap;

use askama::Template;
use axum::{extract::State, response::Response};

use super::{
    entity::Model,
    service::{self, person_of, render_text},
};
use crate::ids::PersonId;
use crate::{
    auth::{Action, require},
    error::AppError,
    i18n::L10n,
    people::user,
    state::AppState,
    web::{PageContext, render},
};

/// A notification's text, naming the person it names as they are now.
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
    let (items, people) = service::latest(&app.db, site.id, user_id, 100).await?;
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
    service::mark_read(&app.db, site.id, user_id, app.clock.now()).await?;
    render(&NotificationsPage { ctx, lines })
}
