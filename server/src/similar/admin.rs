//! The admin's likely duplicates of a call: pairs of submitted proposals
//! about the same thing, which the admin may link as related (each keeps
//! its team; nothing is merged).

use askama::Template;
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::service;
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    calls::text as call_text,
    error::AppError,
    state::AppState,
    web::{
        PageContext,
        confirm::{self, Ask},
        render,
    },
};

struct PairLine {
    first: (ProposalId, String),
    second: (ProposalId, String),
    share: String,
    linked: bool,
    /// The question the link's dialog asks.
    confirm: String,
}

#[derive(Template)]
#[template(path = "similar/templates/duplicates.html")]
struct DuplicatesPage {
    ctx: PageContext,
    call_id: CallId,
    call_title: String,
    pairs: Vec<PairLine>,
}

/// The question before linking, and what it does.
fn link_question(ctx: &PageContext, first: &str, second: &str) -> (String, Vec<String>) {
    let l = &ctx.l10n;
    (
        l.t("similar-link-question"),
        vec![
            l.args(
                "similar-link-consequence",
                &[("first", first.into()), ("second", second.into())],
            ),
            l.t("similar-link-authors"),
        ],
    )
}

/// `GET /admin/calls/{id}/duplicates`
pub async fn page(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(call_id): Path<CallId>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let scope = ctx.site()?.id;
    let (_, texts) = service::call(&app.db, scope, call_id).await?;
    let pairs = service::likely_duplicates(&app.db, scope, call_id).await?;
    let pairs = pairs
        .into_iter()
        .map(|pair| {
            let (question, consequences) = link_question(&ctx, &pair.first.1, &pair.second.1);
            PairLine {
                share: ctx
                    .l10n
                    .args("similar-share", &[("percent", pair.percent.into())]),
                linked: pair.linked,
                confirm: confirm::dialog_text(&question, &consequences),
                first: pair.first,
                second: pair.second,
            }
        })
        .collect();
    render(&DuplicatesPage {
        call_id,
        call_title: call_text::title_in(&texts, ctx.l10n.lang()),
        pairs,
        ctx,
    })
}

#[derive(Deserialize)]
pub struct LinkForm {
    first: i32,
    second: i32,
    #[serde(default)]
    confirm: String,
}

/// `POST /admin/calls/{id}/duplicates/link`: links a pair as related,
/// after asking.
pub async fn link(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(call_id): Path<CallId>,
    CsrfForm(form): CsrfForm<LinkForm>,
) -> Result<Response, AppError> {
    let actor: PersonId = require(&ctx, Action::ManageCalls)?
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let scope = ctx.site()?.id;
    let pair = (ProposalId(form.first), ProposalId(form.second));
    if form.confirm != "yes" {
        let titles = service::linked_titles(&app.db, scope, call_id, pair).await?;
        let (title, consequences) = link_question(&ctx, &titles.0, &titles.1);
        let ask = Ask {
            title,
            consequences,
            confirm_label: ctx.l10n.t("similar-link"),
            action: ctx.link(&format!("/admin/calls/{call_id}/duplicates/link")),
            fields: vec![
                ("first".into(), form.first.to_string()),
                ("second".into(), form.second.to_string()),
            ],
            cancel: ctx.link(&format!("/admin/calls/{call_id}/duplicates")),
            irreversible: false,
        };
        return confirm::ask(ctx, ask);
    }
    service::link(&app.db, app.clock.now(), scope, call_id, pair, actor).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{call_id}/duplicates"))).into_response())
}
