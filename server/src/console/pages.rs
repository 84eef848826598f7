//! `GET /admin`: the city admin's home — what needs attention now, each
//! line a link to the page where it is handled.

use askama::Template;
use axum::{extract::State, response::Response};

use super::service::{self, Attention};
use crate::{
    auth::{Action, require},
    error::AppError,
    state::AppState,
    web::{PageContext, render},
};

/// One line of the attention list: a link and what it is about.
struct Line {
    href: String,
    link: String,
    text: String,
}

#[derive(Template)]
#[template(path = "console/templates/home.html")]
struct HomePage {
    ctx: PageContext,
    closing: Vec<Line>,
    behind: Vec<Line>,
    stalled: Vec<Line>,
    openings: Vec<Line>,
    nothing: bool,
}

/// `GET /admin`
pub async fn home(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let tenant = crate::tenants::find_by_id(&app.db, site.id.get())
        .await?
        .ok_or(AppError::UnknownTenant)?;
    let attention: Attention = service::attention(
        &app.db,
        site.id,
        app.clock.now(),
        site.timezone,
        tenant.stalled_after_days,
        ctx.l10n.lang().code(),
        site.default_locale.code(),
    )
    .await?;
    let l = &ctx.l10n;
    let call_link =
        |id: crate::ids::CallId, tail: &str| ctx.link(&format!("/admin/calls/{id}{tail}"));
    let closing = attention
        .closing
        .iter()
        .map(|c| Line {
            href: call_link(c.call, ""),
            link: c.title.clone(),
            text: l.args("console-closing", &[("days", c.days_left.into())]),
        })
        .collect();
    let behind = attention
        .behind
        .iter()
        .map(|b| Line {
            href: call_link(b.call, "/review"),
            link: b.title.clone(),
            text: l.args(
                "console-reviews",
                &[
                    ("done", (b.done as i64).into()),
                    ("expected", (b.expected as i64).into()),
                    ("idle", (b.idle_jurors as i64).into()),
                ],
            ),
        })
        .collect();
    let stalled = if attention.stalled > 0 {
        vec![Line {
            href: ctx.link("/admin/projects"),
            link: l.args(
                "console-stalled",
                &[("count", (attention.stalled as i64).into())],
            ),
            text: String::new(),
        }]
    } else {
        Vec::new()
    };
    let openings = attention
        .openings
        .iter()
        .map(|o| Line {
            href: call_link(o.call, "/review"),
            link: o.title.clone(),
            text: l.t("console-opening"),
        })
        .collect();
    let nothing = attention.is_empty();
    render(&HomePage {
        ctx,
        closing,
        behind,
        stalled,
        openings,
        nothing,
    })
}
