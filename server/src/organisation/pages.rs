//! The city admin's divisions: the list, and an import from CSV
//! (`code,name` per line) shown first as a preview with each row's
//! problem, then applied in one transaction.

use askama::Template;
use axum::{extract::State, http::StatusCode, response::Response};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder, TransactionTrait,
};
use serde::Deserialize;
use serde_json::json;

use super::division;
use crate::{
    audit,
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    state::AppState,
    web::{PageContext, render},
};

/// Most rows one import takes.
const MAX_ROWS: usize = 2_000;

/// One line of an import, read and checked.
pub struct Row {
    pub line: usize,
    pub code: String,
    pub name: String,
    /// The problem with this row, in the reader's words.
    pub problem: Option<String>,
}

/// Splits one CSV line into fields (commas or semicolons; double quotes
/// around fields that contain them).
fn fields(line: &str) -> Vec<String> {
    // Whichever of comma and semicolon comes first separates the fields
    // (spreadsheets in comma-decimal locales write semicolons).
    let separator = match (line.find(','), line.find(';')) {
        (Some(comma), Some(semicolon)) if semicolon < comma => ';',
        (None, Some(_)) => ';',
        _ => ',',
    };
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == separator && !quoted => out.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    out.push(field);
    out.into_iter().map(|f| f.trim().to_owned()).collect()
}

/// Reads a CSV of `code,name`; a header line naming the columns is skipped.
pub fn read(ctx: &PageContext, csv: &str) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for (i, line) in csv.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parts = fields(line);
        if i == 0
            && parts
                .first()
                .is_some_and(|p| p.eq_ignore_ascii_case("code"))
        {
            continue;
        }
        let code = parts.first().cloned().unwrap_or_default();
        let name = parts.get(1).cloned().unwrap_or_default();
        let problem = if parts.len() != 2 {
            Some("divisions-error-columns")
        } else if code.is_empty()
            || code.chars().count() > 40
            || !code
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            Some("divisions-error-code")
        } else if name.is_empty() || name.chars().count() > 200 {
            Some("divisions-error-name")
        } else if rows.iter().any(|r| r.code.eq_ignore_ascii_case(&code)) {
            Some("divisions-error-duplicate")
        } else {
            None
        };
        rows.push(Row {
            line: i + 1,
            code,
            name,
            problem: problem.map(|id| ctx.l10n.t(id)),
        });
        if rows.len() > MAX_ROWS {
            break;
        }
    }
    rows
}

#[derive(Template)]
#[template(path = "organisation/templates/divisions.html")]
struct DivisionsPage {
    ctx: PageContext,
    divisions: Vec<division::Model>,
    csv: String,
    preview: Vec<Row>,
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
    let divisions = ctx
        .site()?
        .id
        .find::<division::Entity>()
        .order_by_asc(division::Column::Code)
        .all(&app.db)
        .await?;
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
    let rows = read(&ctx, &form.csv);
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
    let txn = app.db.begin().await?;
    let (mut added, mut renamed) = (0, 0);
    for row in &rows {
        let existing = scope
            .find::<division::Entity>()
            .filter(division::Column::Code.eq(row.code.as_str()))
            .one(&txn)
            .await?;
        match existing {
            Some(d) if d.name == row.name => {}
            Some(d) => {
                let mut active = d.into_active_model();
                active.name = Set(row.name.clone());
                scope.update(active, &txn).await?;
                renamed += 1;
            }
            None => {
                scope
                    .insert(
                        division::ActiveModel {
                            code: Set(row.code.clone()),
                            name: Set(row.name.clone()),
                            ..Default::default()
                        },
                        &txn,
                    )
                    .await?;
                added += 1;
            }
        }
    }
    audit::record(
        &txn,
        scope,
        app.clock.now(),
        audit::Event {
            actor,
            action: "city.divisions",
            subject_type: "city",
            subject_id: scope.get(),
            before: json!({}),
            after: json!({ "added": added, "renamed": renamed }),
        },
    )
    .await?;
    txn.commit().await?;
    let imported = ctx.l10n.args(
        "divisions-imported",
        &[
            ("added", i64::from(added).into()),
            ("renamed", i64::from(renamed).into()),
        ],
    );
    divisions_page(&app, ctx, String::new(), Vec::new(), None, Some(imported)).await
}

#[cfg(test)]
mod tests {
    use super::fields;

    #[test]
    fn csv_lines_split_like_spreadsheets_write_them() {
        assert_eq!(fields("AMB,Ambiente"), ["AMB", "Ambiente"]);
        assert_eq!(fields("AMB;Ambiente, Verde"), ["AMB", "Ambiente, Verde"]);
        assert_eq!(
            fields("\"INF\",\"Sistemi \"\"informativi\"\"\""),
            ["INF", "Sistemi \"informativi\""]
        );
        assert_eq!(fields("X,\"a, b\",c"), ["X", "a, b", "c"]);
    }
}
