//! Figures an edition published itself, kept as published: Turin 2014's
//! "111 employees involved" is more than the 82 people named on its 71
//! proposals' teams, so it is shown beside what the platform counts,
//! marked as published, and never recomputed (DOMAIN.md).

use sea_orm::{ConnectionTrait, DbErr, Statement, Value};

use super::kpis::{placeholders, year_of};
use crate::tenancy::TenantId;

/// The KPI a published count of people involved stands beside.
pub const PARTICIPANTS: &str = "participants";

/// Records `value` as the published `kpi` of the city's call whose
/// deadline falls in `year` (the first such call); whether there was one.
pub async fn record(
    db: &impl ConnectionTrait,
    city: TenantId,
    year: i32,
    kpi: &str,
    value: i64,
) -> Result<bool, DbErr> {
    let backend = db.get_database_backend();
    let Some(row) = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "SELECT id FROM calls WHERE tenant_id = {} AND {} = {} ORDER BY id",
                placeholders(backend, 1, 1),
                year_of(backend, "submissions_close_at"),
                placeholders(backend, 2, 1),
            ),
            vec![Value::from(city.get()), Value::from(year)],
        ))
        .await?
    else {
        return Ok(false);
    };
    let call: i32 = row.try_get("", "id")?;
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "INSERT INTO published_figures (tenant_id, call_id, kpi, value) VALUES ({}) \
             ON CONFLICT DO NOTHING",
            placeholders(backend, 1, 4)
        ),
        vec![
            Value::from(city.get()),
            Value::from(call),
            Value::from(kpi.to_owned()),
            Value::from(value),
        ],
    ))
    .await?;
    Ok(true)
}
