//! The network's KPIs (DOMAIN.md's table), computed in the database with a
//! handful of grouped queries over the cities asked for, per call and per
//! city and year; and the privacy rule for readers outside a city.

use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, Statement, Value};

use crate::{organisation::category::NetworkCategory, proposals::Status, tenancy::TenantId};

/// Statuses that count as submitted (not withdrawn), as SQL literals.
fn status_list(statuses: &[Status]) -> String {
    statuses
        .iter()
        .map(|s| format!("'{}'", sea_orm::ActiveEnum::to_value(s)))
        .collect::<Vec<_>>()
        .join(",")
}

/// `?` placeholders for the cities (PostgreSQL numbers them).
fn placeholders(backend: DatabaseBackend, from: usize, n: usize) -> String {
    (0..n)
        .map(|i| match backend {
            DatabaseBackend::Postgres => format!("${}", from + i),
            _ => "?".to_owned(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The year of a timestamp column, in each engine's words.
fn year_of(backend: DatabaseBackend, column: &str) -> String {
    match backend {
        DatabaseBackend::Postgres => format!("CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"),
        _ => format!("CAST(strftime('%Y', {column}) AS INTEGER)"),
    }
}

/// One edition: a call of a city, with its figures.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Figures {
    pub eligible: i64,
    pub submitted: i64,
    pub participants: i64,
    /// Submitted proposals by number of authors.
    pub team_sizes: BTreeMap<i64, i64>,
    /// Submitted proposals by network category (`""`: no category).
    pub categories: BTreeMap<String, i64>,
    pub awarded: i64,
    pub implemented: i64,
    /// Days from award to implementation, one per implemented project.
    pub implementation_days: Vec<f64>,
    pub allocated_cents: i64,
    pub spent_cents: i64,
}

impl Figures {
    pub fn participation_rate(&self) -> Option<f64> {
        (self.eligible > 0).then(|| self.participants as f64 / self.eligible as f64)
    }

    pub fn per_thousand(&self) -> Option<f64> {
        (self.eligible > 0).then(|| self.submitted as f64 * 1000.0 / self.eligible as f64)
    }

    pub fn award_rate(&self) -> Option<f64> {
        (self.submitted > 0).then(|| self.awarded as f64 / self.submitted as f64)
    }

    pub fn implementation_rate(&self) -> Option<f64> {
        (self.awarded > 0).then(|| self.implemented as f64 / self.awarded as f64)
    }

    /// The median of the days from award to implementation.
    pub fn median_days(&self) -> Option<f64> {
        median(&self.implementation_days)
    }

    fn absorb(&mut self, other: &Figures) {
        self.eligible += other.eligible;
        self.submitted += other.submitted;
        for (k, v) in &other.team_sizes {
            *self.team_sizes.entry(*k).or_default() += v;
        }
        for (k, v) in &other.categories {
            *self.categories.entry(k.clone()).or_default() += v;
        }
        self.awarded += other.awarded;
        self.implemented += other.implemented;
        self.implementation_days
            .extend_from_slice(&other.implementation_days);
        self.allocated_cents += other.allocated_cents;
        self.spent_cents += other.spent_cents;
    }
}

pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}

/// A call of the network: its city, id and year (of its deadline).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Edition {
    pub tenant_id: i32,
    pub call_id: i32,
    pub year: i32,
}

/// Every KPI of every published call of `cities`, and each city's figures
/// per year (participants counted once across a year's calls).
#[derive(Clone, Debug, Default)]
pub struct Network {
    pub calls: BTreeMap<Edition, Figures>,
    pub years: BTreeMap<(i32, i32), Figures>,
}

fn figures_of<'a>(
    network: &'a mut Network,
    editions: &BTreeMap<i32, Edition>,
    call_id: i32,
) -> Option<&'a mut Figures> {
    editions
        .get(&call_id)
        .and_then(|e| network.calls.get_mut(e))
}

async fn rows(
    db: &impl ConnectionTrait,
    sql: String,
    cities: &[TenantId],
) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
    let values: Vec<Value> = cities.iter().map(|c| Value::from(c.get())).collect();
    db.query_all_raw(Statement::from_sql_and_values(
        db.get_database_backend(),
        sql,
        values,
    ))
    .await
}

/// Computes the network's figures for these cities.
pub async fn compute(db: &impl ConnectionTrait, cities: &[TenantId]) -> Result<Network, DbErr> {
    let mut network = Network::default();
    if cities.is_empty() {
        return Ok(network);
    }
    let backend = db.get_database_backend();
    let ids = placeholders(backend, 1, cities.len());
    let submitted = status_list(&Status::SUBMITTED);
    let awarded = status_list(&Status::AWARDED);

    let mut editions: BTreeMap<i32, Edition> = BTreeMap::new();
    for row in rows(
        db,
        format!(
            "SELECT tenant_id, id, eligible_headcount, {} AS year FROM calls \
             WHERE tenant_id IN ({ids}) AND phase <> 'draft'",
            year_of(backend, "submissions_close_at")
        ),
        cities,
    )
    .await?
    {
        let edition = Edition {
            tenant_id: row.try_get("", "tenant_id")?,
            call_id: row.try_get("", "id")?,
            year: row.try_get("", "year")?,
        };
        let eligible: i32 = row.try_get("", "eligible_headcount")?;
        network.calls.insert(
            edition.clone(),
            Figures {
                eligible: i64::from(eligible),
                ..Default::default()
            },
        );
        editions.insert(edition.call_id, edition);
    }

    // Proposals by call, status and network category.
    for row in rows(
        db,
        format!(
            "SELECT p.call_id, p.status, c.network_category, COUNT(*) AS n FROM proposals p \
             LEFT JOIN categories c ON c.tenant_id = p.tenant_id AND c.id = p.category_id \
             WHERE p.tenant_id IN ({ids}) AND p.status IN ({submitted}) \
             GROUP BY p.call_id, p.status, c.network_category"
        ),
        cities,
    )
    .await?
    {
        let call_id: i32 = row.try_get("", "call_id")?;
        let status: String = row.try_get("", "status")?;
        let category: Option<String> = row.try_get("", "network_category")?;
        let n: i64 = row.try_get("", "n")?;
        let Some(f) = figures_of(&mut network, &editions, call_id) else {
            continue;
        };
        f.submitted += n;
        *f.categories
            .entry(category.unwrap_or_default())
            .or_default() += n;
        if awarded.contains(&format!("'{status}'")) {
            f.awarded += n;
        }
        if status == "implemented" {
            f.implemented += n;
        }
    }

    // Submitted proposals by team size (accepted members).
    for row in rows(
        db,
        format!(
            "SELECT t.call_id, t.size, COUNT(*) AS n FROM ( \
               SELECT p.call_id, p.id, COUNT(*) AS size FROM proposals p \
               JOIN proposal_members m ON m.tenant_id = p.tenant_id AND m.proposal_id = p.id \
               WHERE p.tenant_id IN ({ids}) AND p.status IN ({submitted}) AND m.status = 'accepted' \
               GROUP BY p.call_id, p.id) t \
             GROUP BY t.call_id, t.size"
        ),
        cities,
    )
    .await?
    {
        let call_id: i32 = row.try_get("", "call_id")?;
        let size: i64 = row.try_get("", "size")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = figures_of(&mut network, &editions, call_id) {
            f.team_sizes.insert(size, n);
        }
    }

    // Distinct participants per call; sealed members count by fingerprint.
    let person = "COALESCE(CAST(m.user_id AS TEXT), m.member_key)";
    for row in rows(
        db,
        format!(
            "SELECT p.call_id, COUNT(DISTINCT {person}) AS n FROM proposals p \
             JOIN proposal_members m ON m.tenant_id = p.tenant_id AND m.proposal_id = p.id \
             WHERE p.tenant_id IN ({ids}) AND p.status IN ({submitted}) AND m.status = 'accepted' \
             GROUP BY p.call_id"
        ),
        cities,
    )
    .await?
    {
        let call_id: i32 = row.try_get("", "call_id")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = figures_of(&mut network, &editions, call_id) {
            f.participants = n;
        }
    }

    // Projects: money, and days from award (the project's creation, when
    // the results came out) to done.
    for row in rows(
        db,
        format!(
            "SELECT call_id, allocated_cents, spent_cents, created_at, done_at, status \
             FROM projects WHERE tenant_id IN ({ids}) AND call_id IS NOT NULL"
        ),
        cities,
    )
    .await?
    {
        let call_id: i32 = row.try_get("", "call_id")?;
        let allocated: i64 = row.try_get("", "allocated_cents")?;
        let spent: i64 = row.try_get("", "spent_cents")?;
        let created: chrono::DateTime<chrono::Utc> = row.try_get("", "created_at")?;
        let done: Option<chrono::DateTime<chrono::Utc>> = row.try_get("", "done_at")?;
        let status: String = row.try_get("", "status")?;
        if let Some(f) = figures_of(&mut network, &editions, call_id) {
            f.allocated_cents += allocated;
            f.spent_cents += spent;
            if let (Some(done), "done") = (done, status.as_str()) {
                f.implementation_days
                    .push((done - created).num_seconds() as f64 / 86_400.0);
            }
        }
    }

    // A city's year: the sum of its calls, participants counted once.
    for (edition, f) in &network.calls {
        network
            .years
            .entry((edition.tenant_id, edition.year))
            .or_default()
            .absorb(f);
    }
    for row in rows(
        db,
        format!(
            "SELECT p.tenant_id, {} AS year, COUNT(DISTINCT {person}) AS n FROM proposals p \
             JOIN calls c ON c.tenant_id = p.tenant_id AND c.id = p.call_id \
             JOIN proposal_members m ON m.tenant_id = p.tenant_id AND m.proposal_id = p.id \
             WHERE p.tenant_id IN ({ids}) AND p.status IN ({submitted}) AND m.status = 'accepted' \
             AND c.phase <> 'draft' \
             GROUP BY p.tenant_id, {}",
            year_of(backend, "c.submissions_close_at"),
            year_of(backend, "c.submissions_close_at"),
        ),
        cities,
    )
    .await?
    {
        let tenant: i32 = row.try_get("", "tenant_id")?;
        let year: i32 = row.try_get("", "year")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = network.years.get_mut(&(tenant, year)) {
            f.participants = n;
        }
    }
    Ok(network)
}

/// A count as a reader may see it: outside the city, fewer than 5 is
/// "< 5" (`None`), so that no one can be picked out.
pub fn shown(count: i64, inside: bool) -> Option<i64> {
    (inside || count >= 5 || count == 0).then_some(count)
}

/// The categories of the network in its order, with their counts.
pub fn by_network_category(f: &Figures) -> Vec<(NetworkCategory, i64)> {
    use sea_orm::{ActiveEnum, Iterable};
    NetworkCategory::iter()
        .map(|c| {
            let n = f.categories.get(&c.to_value()).copied().unwrap_or(0);
            (c, n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_the_privacy_threshold() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(shown(4, false), None);
        assert_eq!(shown(4, true), Some(4));
        assert_eq!(shown(5, false), Some(5));
        assert_eq!(shown(0, false), Some(0), "nobody is nobody to pick out");
    }
}

/// A city's projects by status and the barriers its blocked or stopped
/// ones recorded.
#[derive(Clone, Debug, Default)]
pub struct Implementation {
    pub by_status: BTreeMap<String, i64>,
    pub barriers: BTreeMap<String, i64>,
}

pub async fn implementation(
    db: &impl ConnectionTrait,
    cities: &[TenantId],
) -> Result<BTreeMap<i32, Implementation>, DbErr> {
    let mut out: BTreeMap<i32, Implementation> = BTreeMap::new();
    if cities.is_empty() {
        return Ok(out);
    }
    let ids = placeholders(db.get_database_backend(), 1, cities.len());
    for row in rows(
        db,
        format!(
            "SELECT tenant_id, status, barrier, COUNT(*) AS n FROM projects \
             WHERE tenant_id IN ({ids}) GROUP BY tenant_id, status, barrier"
        ),
        cities,
    )
    .await?
    {
        let tenant: i32 = row.try_get("", "tenant_id")?;
        let status: String = row.try_get("", "status")?;
        let barrier: Option<String> = row.try_get("", "barrier")?;
        let n: i64 = row.try_get("", "n")?;
        let city = out.entry(tenant).or_default();
        *city.by_status.entry(status.clone()).or_default() += n;
        if let Some(barrier) = barrier.filter(|_| status == "blocked" || status == "stopped") {
            *city.barriers.entry(barrier).or_default() += n;
        }
    }
    Ok(out)
}
