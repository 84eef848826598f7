//! The city admin's divisions: the list, and an import from CSV
//! (`code,name` per line) shown first as a preview with each row's
//! problem, then applied in one transaction.

use askama::Template;
use axum::{extract::State, http::StatusCode, response::Response};
use serde::Deserialize;

use super::{
    division,
    service::{self, MAX_ROWS, Row},
};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    state::AppState,
    web::{PageContext, render},
};

/// A line of the import's preview, its problem in the reader's words.
struct PreviewRow {
    line: usize,
    code: String,
    name: String,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "organisation/templates/divisions.html")]
struct DivisionsPage {
    ctx: PageContext,
    divisions: Vec<division::Model>,
    csv: String,
    preview: Vec<PreviewRow>,
    problem: Option<String>,
    imported: Option<String>,
}

async fn divisions_page(
    app: &AppState,
    ctx: PageContext,
    csv: String,
    preview: Vec<Row>,
    problem: Option<String>,
    imported: Option<String>,
) -> Result<Response, AppError> {
    let preview = preview
        .into_iter()
        .map(|row| PreviewRow {
            problem: row.problem.map(|id| ctx.l10n.t(id)),
            line: row.line,
            code: row.code,
            name: row.name,
        })
        .collect();
    let divisions = service::divisions(&app.db, ctx.site()?.id).await?;
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut response = render(&DivisionsPage {
        ctx,
        divisions,
        csv,
        preview,
        problem,
        imported,
    })?;
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /admin/divisions`
pub async fn list(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ConfigureCity)?;
    divisions_page(&app, ctx, String::new(), Vec::new(), None, None).await
}

#[derive(Deserialize)]
pub struct ImportForm {
    #[serde(default)]
    csv: String,
    /// `preview` first, then `import`.
    #[serde(default)]
    step: String,
}

/// `POST /admin/divisions`: previews the CSV, or imports it when every row
/// is right: new codes are added, known codes renamed, nothing deleted.
pub async fn import(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<ImportForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ConfigureCity)?;
    let actor = viewer.user.as_ref().map(|u| u.id);
    if form.csv.len() > 256 * 1024 {
        return Err(AppError::TooLarge);
    }
    let rows = service::read(&form.csv);
    if rows.is_empty() {
        let problem = ctx.l10n.t("divisions-error-empty");
        return divisions_page(&app, ctx, form.csv, rows, Some(problem), None).await;
    }
    if rows.len() > MAX_ROWS {
        let problem = ctx.l10n.t("divisions-error-too-many");
        return divisions_page(&app, ctx, form.csv, Vec::new(), Some(problem), None).await;
    }
    let bad = rows.iter().filter(|r| r.problem.is_some()).count();
    if bad > 0 || form.step != "import" {
        let problem =
            (bad > 0).then(|| ctx.l10n.count("divisions-rows-wrong", "count", bad as i64));
        return divisions_page(&app, ctx, form.csv, rows, problem, None).await;
    }
    let scope = ctx.site()?.id;
    let (added, renamed) =
        service::import_divisions(&app.db, scope, &rows, actor, app.clock.now()).await?;
    let imported = ctx.l10n.args(
        "divisions-imported",
        &[
            ("added", i64::from(added).into()),
            ("renamed", i64::from(renamed).into()),
        ],
    );
    divisions_page(&app, ctx, String::new(), Vec::new(), None, Some(imported)).await
}
