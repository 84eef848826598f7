//! How the city is organised, read and written: its categories (each
//! mapped onto the network's taxonomy), its divisions (imported from CSV)
//! and its headcount by grade. Each write is audited in its transaction; a refused category
//! names its fields with Fluent ids.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    IntoActiveModel, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use super::{NetworkCategory, category, division, headcount};
use crate::{
    audit,
    error::{AppError, FieldIssue},
    ids::PersonId,
    tenancy::TenantId,
};

/// The city's categories, by name.
pub async fn categories(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Vec<category::Model>, DbErr> {
    scope
        .find::<category::Entity>()
        .order_by_asc(category::Column::Name)
        .all(db)
        .await
}

/// The city's divisions, by code.
pub async fn divisions(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Vec<division::Model>, DbErr> {
    scope
        .find::<division::Entity>()
        .order_by_asc(division::Column::Code)
        .all(db)
        .await
}

/// The city's headcount by grade, by grade.
pub async fn headcounts(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Vec<headcount::Model>, DbErr> {
    scope
        .find::<headcount::Entity>()
        .order_by_asc(headcount::Column::Grade)
        .all(db)
        .await
}

/// Checks a category's name (1–120 characters, not another category's)
/// and its network mapping (a token of the taxonomy).
async fn check(
    db: &DatabaseConnection,
    scope: TenantId,
    name: &str,
    network: &str,
    except: Option<i32>,
) -> Result<(String, NetworkCategory), AppError> {
    let mut errors = Vec::new();
    let name = name.trim().to_owned();
    let taken = scope
        .find::<category::Entity>()
        .all(db)
        .await?
        .iter()
        .any(|c| Some(c.id) != except && c.name.to_lowercase() == name.to_lowercase());
    if name.is_empty() || name.chars().count() > 120 {
        errors.push(FieldIssue::new("name", "category-error-name"));
    } else if taken {
        errors.push(FieldIssue::new("name", "category-error-taken"));
    }
    let network = NetworkCategory::try_from_value(&network.to_owned()).ok();
    if network.is_none() {
        errors.push(FieldIssue::new("network", "category-error-network"));
    }
    match network {
        Some(network) if errors.is_empty() => Ok((name, network)),
        _ => Err(AppError::Invalid(errors)),
    }
}

/// A new category of the city.
pub async fn create_category(
    db: &DatabaseConnection,
    scope: TenantId,
    name: &str,
    network: &str,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let (name, network) = check(db, scope, name, network, None).await?;
    let txn = db.begin().await?;
    let created = scope
        .insert(
            category::ActiveModel {
                name: Set(name),
                network_category: Set(network),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "category.create",
            subject_type: "category",
            subject_id: created.id,
            before: json!({}),
            after: json!({ "name": created.name, "network": network.to_value() }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Renames a category or maps it again.
pub async fn update_category(
    db: &DatabaseConnection,
    scope: TenantId,
    id: i32,
    name: &str,
    network: &str,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let current = scope
        .find_by_id::<category::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (name, network) = check(db, scope, name, network, Some(id)).await?;
    let before = json!({ "name": current.name, "network": current.network_category.to_value() });
    let txn = db.begin().await?;
    let mut row = current.into_active_model();
    row.name = Set(name.clone());
    row.network_category = Set(network);
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "category.update",
            subject_type: "category",
            subject_id: id,
            before,
            after: json!({ "name": name, "network": network.to_value() }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Most rows one import takes.
pub const MAX_ROWS: usize = 2_000;

/// One line of a divisions import, read and checked.
pub struct Row {
    pub line: usize,
    pub code: String,
    pub name: String,
    /// The problem with this row, as a Fluent id.
    pub problem: Option<&'static str>,
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
/// Stops one row past [`MAX_ROWS`], so that the caller sees there were too
/// many.
pub fn read(csv: &str) -> Vec<Row> {
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
            problem,
        });
        if rows.len() > MAX_ROWS {
            break;
        }
    }
    rows
}

/// Imports checked rows in one transaction: new codes are added, known
/// codes renamed, nothing deleted. How many were (added, renamed).
pub async fn import_divisions(
    db: &DatabaseConnection,
    scope: TenantId,
    rows: &[Row],
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(i32, i32), AppError> {
    let txn = db.begin().await?;
    let (mut added, mut renamed) = (0, 0);
    for row in rows {
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
        now,
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
    Ok((added, renamed))
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
