//! The network's KPIs (DOMAIN.md's table), computed in the database with a
//! handful of grouped queries over the cities asked for, per call and per
//! city and year; and the privacy rule for readers outside a city.

use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, Statement, Value};

use crate::ids::CallId;
use crate::notifications::{Kind, outbox::SENT};
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
pub(super) fn placeholders(backend: DatabaseBackend, from: usize, n: usize) -> String {
    (0..n)
        .map(|i| match backend {
            DatabaseBackend::Postgres => format!("${}", from + i),
            _ => "?".to_owned(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The year of a timestamp column, in each engine's words.
pub(super) fn year_of(backend: DatabaseBackend, column: &str) -> String {
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
    /// Projects recorded for the call's awards: with none, implementation
    /// and budgets are not recorded on the platform (unknown, not zero).
    #[serde(default)]
    pub projects: i64,
    /// The count of people involved that the edition published itself,
    /// shown beside `participants` and never recomputed.
    #[serde(default)]
    pub published_participants: Option<i64>,
    /// The participation funnel (README, "The participation funnel"), per
    /// call only (a city's year leaves both empty): distinct people on
    /// the accepted team of any of the call's proposals, drafts included.
    #[serde(default)]
    pub opened: i64,
    /// Distinct people with a `sent` email of the call's `call-opened` or
    /// `announcement` mailings; `None` when the call has no such mailing
    /// (not recorded, never zero).
    #[serde(default)]
    pub reached: Option<i64>,
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

    /// A step of the funnel as a share (0 to 1) of the eligible people;
    /// none over no eligible headcount or a step not recorded.
    pub fn share_of_eligible(&self, people: Option<i64>) -> Option<f64> {
        people
            .filter(|_| self.eligible > 0)
            .map(|n| n as f64 / self.eligible as f64)
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
        self.projects += other.projects;
        if let Some(published) = other.published_participants {
            self.published_participants =
                Some(self.published_participants.unwrap_or(0) + published);
        }
    }

    /// Whether the implementation of the awards is recorded here: some
    /// were awarded and projects carry them (else nothing says how many
    /// were implemented, which is not the same as none).
    pub fn implementation_recorded(&self) -> bool {
        self.projects > 0
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

/// A call of the network: its city, id and year (of its deadline, the
/// close of submissions).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Edition {
    pub tenant_id: i32,
    pub call_id: CallId,
    pub year: i32,
    /// The close of submissions.
    #[serde(default)]
    pub deadline: Option<chrono::DateTime<chrono::Utc>>,
}

/// Every KPI of every published call of `cities`, and each city's figures
/// per year (participants counted once across a year's calls), its
/// projects' progress, and its calls' titles.
#[derive(Clone, Debug, Default)]
pub struct Network {
    pub calls: BTreeMap<Edition, Figures>,
    pub years: BTreeMap<(i32, i32), Figures>,
    pub implementation: BTreeMap<i32, Implementation>,
    /// Each call's titles: (language, title), in the order written.
    pub titles: BTreeMap<CallId, Vec<(String, String)>>,
    /// The co-creation calls' own figures (they are not in `calls`).
    pub cocreation: BTreeMap<Edition, Cocreation>,
    /// Each city's co-creation figures per year, people counted once.
    pub cocreation_years: BTreeMap<(i32, i32), Cocreation>,
}

/// A challenge-led co-creation call's figures (README, "Network figures
/// for co-creation"): `members` and `facilitators` count people, so they
/// are the ones hidden under 5 outside the city; challenges, teams,
/// organisations and solutions are not people.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cocreation {
    /// Co-creation calls counted (1 for a call, more for a year).
    pub calls: i64,
    pub challenges_proposed: i64,
    pub challenges_selected: i64,
    /// Teams that submitted their plan.
    pub teams: i64,
    /// Submitted teams by number of distinct divisions of their members.
    pub divisions: BTreeMap<i64, i64>,
    /// Distinct people in the submitted teams.
    pub members: i64,
    /// Distinct people with the facilitator role for the call.
    pub facilitators: i64,
    /// Distinct external organisations attached to submitted teams.
    pub stakeholders: i64,
    /// Solutions piloted (the call's awarded teams).
    pub piloted: i64,
    /// Piloted solutions implemented.
    pub implemented: i64,
}

impl Cocreation {
    /// The mean number of distinct divisions per submitted team.
    pub fn mean_divisions(&self) -> Option<f64> {
        let teams: i64 = self.divisions.values().sum();
        (teams > 0)
            .then(|| self.divisions.iter().map(|(d, n)| d * n).sum::<i64>() as f64 / teams as f64)
    }

    /// Adds a call's figures to a year's (people are counted apart).
    fn absorb(&mut self, other: &Cocreation) {
        self.calls += other.calls;
        self.challenges_proposed += other.challenges_proposed;
        self.challenges_selected += other.challenges_selected;
        self.teams += other.teams;
        for (k, v) in &other.divisions {
            *self.divisions.entry(*k).or_default() += v;
        }
        self.stakeholders += other.stakeholders;
        self.piloted += other.piloted;
        self.implemented += other.implemented;
    }
}

impl Network {
    /// A call's title in `lang`, else in the first language it has.
    pub fn title(&self, call: CallId, lang: crate::i18n::Lang) -> Option<&str> {
        let titles = self.titles.get(&call)?;
        titles
            .iter()
            .find(|(locale, _)| locale == lang.code())
            .or_else(|| titles.first())
            .map(|(_, title)| title.as_str())
    }
}

fn figures_of<'a>(
    network: &'a mut Network,
    editions: &BTreeMap<CallId, Edition>,
    call_id: CallId,
) -> Option<&'a mut Figures> {
    editions
        .get(&call_id)
        .and_then(|e| network.calls.get_mut(e))
}

async fn rows(
    db: &impl ConnectionTrait,
    sql: String,
    values: Vec<Value>,
) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
    db.query_all_raw(Statement::from_sql_and_values(
        db.get_database_backend(),
        sql,
        values,
    ))
    .await
}

/// The cities, then more values, as statement parameters.
fn params(cities: &[TenantId], more: &[CallId]) -> Vec<Value> {
    cities
        .iter()
        .map(|c| Value::from(c.get()))
        .chain(more.iter().map(|v| Value::from(v.get())))
        .collect()
}

/// Whether a stored phase is past the deadline (`Phase::is_past_deadline`):
/// then nothing of the call's proposals' teams, categories or count
/// changes, so its figures are stored once.
fn closed(phase: &str) -> bool {
    <crate::calls::Phase as sea_orm::ActiveEnum>::try_from_value(&phase.to_owned())
        .is_ok_and(crate::calls::Phase::is_past_deadline)
}

/// The submission figures of `calls` (submitted, teams, categories,
/// participants), counted from their proposals.
async fn count_submissions(
    db: &impl ConnectionTrait,
    cities: &[TenantId],
    calls: &[CallId],
) -> Result<BTreeMap<CallId, Figures>, DbErr> {
    let mut out: BTreeMap<CallId, Figures> =
        calls.iter().map(|c| (*c, Figures::default())).collect();
    if calls.is_empty() {
        return Ok(out);
    }
    let backend = db.get_database_backend();
    let ids = placeholders(backend, 1, cities.len());
    let call_ids = placeholders(backend, cities.len() + 1, calls.len());
    let submitted = status_list(&Status::SUBMITTED);
    let scope = format!(
        "p.tenant_id IN ({ids}) AND p.call_id IN ({call_ids}) AND p.status IN ({submitted})"
    );
    for row in rows(
        db,
        format!(
            "SELECT p.call_id, c.network_category, COUNT(*) AS n FROM proposals p \
             LEFT JOIN categories c ON c.tenant_id = p.tenant_id AND c.id = p.category_id \
             WHERE {scope} GROUP BY p.call_id, c.network_category"
        ),
        params(cities, calls),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        let category: Option<String> = row.try_get("", "network_category")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = out.get_mut(&call_id) {
            f.submitted += n;
            *f.categories
                .entry(category.unwrap_or_default())
                .or_default() += n;
        }
    }
    for row in rows(
        db,
        format!(
            "SELECT t.call_id, t.size, COUNT(*) AS n FROM ( \
               SELECT p.call_id, p.id, COUNT(*) AS size FROM proposals p \
               JOIN proposal_members m ON m.tenant_id = p.tenant_id AND m.proposal_id = p.id \
               WHERE {scope} AND m.status = 'accepted' GROUP BY p.call_id, p.id) t \
             GROUP BY t.call_id, t.size"
        ),
        params(cities, calls),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        let size: i64 = row.try_get("", "size")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = out.get_mut(&call_id) {
            f.team_sizes.insert(size, n);
        }
    }
    for row in rows(
        db,
        format!(
            "SELECT p.call_id, COUNT(DISTINCT {PERSON}) AS n FROM proposals p \
             JOIN proposal_members m ON m.tenant_id = p.tenant_id AND m.proposal_id = p.id \
             WHERE {scope} AND m.status = 'accepted' GROUP BY p.call_id"
        ),
        params(cities, calls),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = out.get_mut(&call_id) {
            f.participants = n;
        }
    }
    // The funnel's "opened": everyone on a team, whatever the proposal's
    // status (drafts and withdrawn ones too).
    for row in rows(
        db,
        format!(
            "SELECT p.call_id, COUNT(DISTINCT {PERSON}) AS n FROM proposals p \
             JOIN proposal_members m ON m.tenant_id = p.tenant_id AND m.proposal_id = p.id \
             WHERE p.tenant_id IN ({ids}) AND p.call_id IN ({call_ids}) \
             AND m.status = 'accepted' GROUP BY p.call_id"
        ),
        params(cities, calls),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = out.get_mut(&call_id) {
            f.opened = n;
        }
    }
    Ok(out)
}

/// A team member as one person: sealed members count by fingerprint.
const PERSON: &str = "COALESCE(CAST(m.user_id AS TEXT), m.member_key)";

/// Computes the network's figures for these cities: stored submission
/// figures of closed editions, counted ones of the others (and stored when
/// closed), and what still moves after a deadline (awards, implementation,
/// budgets) counted every time.
pub async fn compute(db: &impl ConnectionTrait, cities: &[TenantId]) -> Result<Network, DbErr> {
    let mut network = Network::default();
    if cities.is_empty() {
        return Ok(network);
    }
    let backend = db.get_database_backend();
    let ids = placeholders(backend, 1, cities.len());
    let awarded = status_list(&Status::AWARDED);

    let mut editions: BTreeMap<CallId, Edition> = BTreeMap::new();
    let mut is_closed: BTreeMap<CallId, bool> = BTreeMap::new();
    let mut co_editions: BTreeMap<CallId, Edition> = BTreeMap::new();
    for row in rows(
        db,
        format!(
            "SELECT tenant_id, id, kind, phase, eligible_headcount, submissions_close_at, {} AS year \
             FROM calls WHERE tenant_id IN ({ids}) AND phase <> 'draft'",
            year_of(backend, "submissions_close_at")
        ),
        params(cities, &[]),
    )
    .await?
    {
        let edition = Edition {
            tenant_id: row.try_get("", "tenant_id")?,
            call_id: row.try_get("", "id")?,
            year: row.try_get("", "year")?,
            deadline: Some(row.try_get("", "submissions_close_at")?),
        };
        let eligible: i32 = row.try_get("", "eligible_headcount")?;
        let phase: String = row.try_get("", "phase")?;
        // Open-call KPIs count open calls only; co-creation calls have
        // their own figures.
        let kind: String = row.try_get("", "kind")?;
        if kind == "cocreation" {
            network.cocreation.insert(
                edition.clone(),
                Cocreation {
                    calls: 1,
                    ..Default::default()
                },
            );
            co_editions.insert(edition.call_id, edition);
            continue;
        }
        is_closed.insert(edition.call_id, closed(&phase));
        network.calls.insert(
            edition.clone(),
            Figures {
                eligible: i64::from(eligible),
                ..Default::default()
            },
        );
        editions.insert(edition.call_id, edition);
    }

    // Stored figures of closed editions; the rest are counted.
    let mut stored: BTreeMap<CallId, Figures> = BTreeMap::new();
    for row in rows(
        db,
        format!(
            "SELECT call_id, submitted, participants, opened, team_sizes, categories \
             FROM edition_figures WHERE tenant_id IN ({ids})"
        ),
        params(cities, &[]),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        let team_sizes: String = row.try_get("", "team_sizes")?;
        let categories: String = row.try_get("", "categories")?;
        stored.insert(
            call_id,
            Figures {
                submitted: row.try_get("", "submitted")?,
                participants: row.try_get("", "participants")?,
                opened: row.try_get("", "opened")?,
                team_sizes: serde_json::from_str(&team_sizes).unwrap_or_default(),
                categories: serde_json::from_str(&categories).unwrap_or_default(),
                ..Default::default()
            },
        );
    }
    let to_count: Vec<CallId> = editions
        .keys()
        .filter(|id| !(is_closed.get(id).copied().unwrap_or(false) && stored.contains_key(id)))
        .copied()
        .collect();
    let counted = count_submissions(db, cities, &to_count).await?;
    for (call_id, f) in &counted {
        if is_closed.get(call_id).copied().unwrap_or(false)
            && let Some(edition) = editions.get(call_id)
        {
            store_edition(db, edition.tenant_id, *call_id, f).await?;
        }
    }
    for (call_id, f) in stored.into_iter().chain(counted) {
        if let Some(target) = figures_of(&mut network, &editions, call_id) {
            target.submitted = f.submitted;
            target.participants = f.participants;
            target.opened = f.opened;
            target.team_sizes = f.team_sizes;
            target.categories = f.categories;
        }
    }

    // Awards and implementation move after the deadline: counted each time
    // (a few per cent of the proposals).
    for row in rows(
        db,
        format!(
            "SELECT p.call_id, p.status, COUNT(*) AS n FROM proposals p \
             WHERE p.tenant_id IN ({ids}) AND p.status IN ({awarded}) \
             GROUP BY p.call_id, p.status"
        ),
        params(cities, &[]),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        let status: String = row.try_get("", "status")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = figures_of(&mut network, &editions, call_id) {
            f.awarded += n;
            if status == "implemented" {
                f.implemented += n;
            }
        } else if let Some(c) = cocreation_of(&mut network, &co_editions, call_id) {
            c.piloted += n;
            if status == "implemented" {
                c.implemented += n;
            }
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
        params(cities, &[]),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        let allocated: i64 = row.try_get("", "allocated_cents")?;
        let spent: i64 = row.try_get("", "spent_cents")?;
        let created: chrono::DateTime<chrono::Utc> = row.try_get("", "created_at")?;
        let done: Option<chrono::DateTime<chrono::Utc>> = row.try_get("", "done_at")?;
        let status: String = row.try_get("", "status")?;
        if let Some(f) = figures_of(&mut network, &editions, call_id) {
            f.allocated_cents += allocated;
            f.spent_cents += spent;
            f.projects += 1;
            if let (Some(done), "done") = (done, status.as_str()) {
                f.implementation_days
                    .push((done - created).num_seconds() as f64 / 86_400.0);
            }
        }
    }

    // Figures the editions published themselves.
    for row in rows(
        db,
        format!("SELECT call_id, kpi, value FROM published_figures WHERE tenant_id IN ({ids})"),
        params(cities, &[]),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        let kpi: String = row.try_get("", "kpi")?;
        let value: i64 = row.try_get("", "value")?;
        if let (Some(f), super::published::PARTICIPANTS) =
            (figures_of(&mut network, &editions, call_id), kpi.as_str())
        {
            f.published_participants = Some(value);
        }
    }

    reached(db, cities, &editions, &mut network).await?;

    // A city's year: the sum of its calls, participants counted once.
    for (edition, f) in &network.calls {
        network
            .years
            .entry((edition.tenant_id, edition.year))
            .or_default()
            .absorb(f);
    }
    year_participants(db, cities, &editions, &is_closed, &mut network).await?;
    network.implementation = implementation(db, cities).await?;
    cocreation(db, cities, &co_editions, &mut network).await?;
    let titled: Vec<CallId> = editions.keys().chain(co_editions.keys()).copied().collect();
    network.titles = call_texts(db, cities, &titled).await?;
    Ok(network)
}

/// The funnel's "reached" of every call of `cities`, one grouped query:
/// distinct people with a `sent` email of the call's announcement
/// mailings. A call listed here has such a mailing, so its count is
/// recorded (zero included); the others stay not recorded. Counted every
/// time: a queued email may still go out after the deadline.
async fn reached(
    db: &impl ConnectionTrait,
    cities: &[TenantId],
    editions: &BTreeMap<CallId, Edition>,
    network: &mut Network,
) -> Result<(), DbErr> {
    let ids = placeholders(db.get_database_backend(), 1, cities.len());
    for row in rows(
        db,
        format!(
            "SELECT g.call_id, COUNT(DISTINCT CASE WHEN o.status = '{SENT}' THEN o.user_id END) AS n \
             FROM mailings g LEFT JOIN mail_outbox o \
               ON o.tenant_id = g.tenant_id AND o.mailing_id = g.id \
             WHERE g.tenant_id IN ({ids}) AND g.call_id IS NOT NULL AND g.kind IN ({kinds}) \
             GROUP BY g.call_id",
            kinds = ANNOUNCING
                .iter()
                .map(|k| format!("'{}'", k.token()))
                .collect::<Vec<_>>()
                .join(","),
        ),
        params(cities, &[]),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = figures_of(network, editions, call_id) {
            f.reached = Some(n);
        }
    }
    Ok(())
}

/// The mailings that announce a call to its eligible people.
const ANNOUNCING: [Kind; 2] = [Kind::CallOpened, Kind::Announcement];

fn cocreation_of<'a>(
    network: &'a mut Network,
    calls: &BTreeMap<CallId, Edition>,
    call_id: CallId,
) -> Option<&'a mut Cocreation> {
    calls
        .get(&call_id)
        .and_then(|e| network.cocreation.get_mut(e))
}

/// The co-creation calls' figures, a few grouped queries for all of them:
/// challenges, submitted teams and their divisions, people, facilitators
/// and organisations; then each city's year (people counted once across
/// its calls).
async fn cocreation(
    db: &impl ConnectionTrait,
    cities: &[TenantId],
    calls: &BTreeMap<CallId, Edition>,
    network: &mut Network,
) -> Result<(), DbErr> {
    if calls.is_empty() {
        return Ok(());
    }
    let call_list: Vec<CallId> = calls.keys().copied().collect();
    let backend = db.get_database_backend();
    let ids = placeholders(backend, 1, cities.len());
    let call_ids = placeholders(backend, cities.len() + 1, call_list.len());
    let submitted = status_list(&Status::SUBMITTED);
    let teams = format!(
        "p.tenant_id IN ({ids}) AND p.call_id IN ({call_ids}) \
         AND p.challenge_id IS NOT NULL AND p.status IN ({submitted})"
    );
    for row in rows(
        db,
        format!(
            "SELECT call_id, status, COUNT(*) AS n FROM challenges \
             WHERE tenant_id IN ({ids}) AND call_id IN ({call_ids}) GROUP BY call_id, status"
        ),
        params(cities, &call_list),
    )
    .await?
    {
        let status: String = row.try_get("", "status")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(c) = cocreation_of(network, calls, row.try_get("", "call_id")?) {
            c.challenges_proposed += n;
            if status == "selected" {
                c.challenges_selected += n;
            }
        }
    }
    for row in rows(
        db,
        format!(
            "SELECT t.call_id, t.d, COUNT(*) AS n FROM ( \
               SELECT p.call_id, p.id, COUNT(DISTINCT u.division_id) AS d FROM proposals p \
               LEFT JOIN proposal_members m ON m.tenant_id = p.tenant_id \
                 AND m.proposal_id = p.id AND m.status = 'accepted' \
               LEFT JOIN users u ON u.tenant_id = m.tenant_id AND u.id = m.user_id \
               WHERE {teams} GROUP BY p.call_id, p.id) t \
             GROUP BY t.call_id, t.d"
        ),
        params(cities, &call_list),
    )
    .await?
    {
        let d: i64 = row.try_get("", "d")?;
        let n: i64 = row.try_get("", "n")?;
        if let Some(c) = cocreation_of(network, calls, row.try_get("", "call_id")?) {
            c.teams += n;
            c.divisions.insert(d, n);
        }
    }
    for row in rows(
        db,
        format!(
            "SELECT p.call_id, COUNT(DISTINCT {PERSON}) AS n FROM proposals p \
             JOIN proposal_members m ON m.tenant_id = p.tenant_id AND m.proposal_id = p.id \
             WHERE {teams} AND m.status = 'accepted' GROUP BY p.call_id"
        ),
        params(cities, &call_list),
    )
    .await?
    {
        let n: i64 = row.try_get("", "n")?;
        if let Some(c) = cocreation_of(network, calls, row.try_get("", "call_id")?) {
            c.members = n;
        }
    }
    for row in rows(
        db,
        format!(
            "SELECT p.call_id, COUNT(DISTINCT LOWER(s.organisation)) AS n FROM proposals p \
             JOIN team_stakeholders s ON s.tenant_id = p.tenant_id AND s.proposal_id = p.id \
             WHERE {teams} GROUP BY p.call_id"
        ),
        params(cities, &call_list),
    )
    .await?
    {
        let n: i64 = row.try_get("", "n")?;
        if let Some(c) = cocreation_of(network, calls, row.try_get("", "call_id")?) {
            c.stakeholders = n;
        }
    }
    let facilitators =
        format!("r.tenant_id IN ({ids}) AND r.call_id IN ({call_ids}) AND r.role = 'facilitator'");
    for row in rows(
        db,
        format!(
            "SELECT r.call_id, COUNT(DISTINCT r.user_id) AS n FROM role_memberships r \
             WHERE {facilitators} GROUP BY r.call_id"
        ),
        params(cities, &call_list),
    )
    .await?
    {
        let n: i64 = row.try_get("", "n")?;
        if let Some(c) = cocreation_of(network, calls, row.try_get("", "call_id")?) {
            c.facilitators = n;
        }
    }

    // A city's year: the sum of its calls, people counted once.
    for (edition, c) in &network.cocreation {
        network
            .cocreation_years
            .entry((edition.tenant_id, edition.year))
            .or_default()
            .absorb(c);
    }
    let year = year_of(backend, "c.submissions_close_at");
    for (sql, members) in [
        (
            format!(
                "SELECT p.tenant_id, {year} AS year, COUNT(DISTINCT {PERSON}) AS n FROM proposals p \
                 JOIN calls c ON c.tenant_id = p.tenant_id AND c.id = p.call_id \
                 JOIN proposal_members m ON m.tenant_id = p.tenant_id AND m.proposal_id = p.id \
                 WHERE {teams} AND m.status = 'accepted' GROUP BY p.tenant_id, {year}"
            ),
            true,
        ),
        (
            format!(
                "SELECT r.tenant_id, {year} AS year, COUNT(DISTINCT r.user_id) AS n \
                 FROM role_memberships r \
                 JOIN calls c ON c.tenant_id = r.tenant_id AND c.id = r.call_id \
                 WHERE {facilitators} GROUP BY r.tenant_id, {year}"
            ),
            false,
        ),
    ] {
        for row in rows(db, sql, params(cities, &call_list)).await? {
            let key: (i32, i32) = (row.try_get("", "tenant_id")?, row.try_get("", "year")?);
            let n: i64 = row.try_get("", "n")?;
            if let Some(c) = network.cocreation_years.get_mut(&key) {
                if members {
                    c.members = n;
                } else {
                    c.facilitators = n;
                }
            }
        }
    }
    Ok(())
}

/// Stores a closed edition's submission figures (a concurrent reader may
/// have stored the same already).
async fn store_edition(
    db: &impl ConnectionTrait,
    city: i32,
    call_id: CallId,
    f: &Figures,
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let at = placeholders(backend, 1, 8);
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "INSERT INTO edition_figures (tenant_id, call_id, submitted, participants, opened, \
             team_sizes, categories, computed_at) VALUES ({at}) ON CONFLICT DO NOTHING"
        ),
        vec![
            Value::from(city),
            Value::from(call_id),
            Value::from(f.submitted),
            Value::from(f.participants),
            Value::from(f.opened),
            Value::from(serde_json::to_string(&f.team_sizes).unwrap_or_default()),
            Value::from(serde_json::to_string(&f.categories).unwrap_or_default()),
            Value::from(chrono::Utc::now()),
        ],
    ))
    .await?;
    Ok(())
}

/// Submitted proposals of one city's calls that are past their deadline
/// (open and draft calls are left out): the stored figure, else counted and
/// stored, so that the city's pages show the network's figure without
/// counting the call's proposals at every view.
pub async fn closed_submitted(
    db: &impl ConnectionTrait,
    city: TenantId,
    calls: &[&crate::calls::Model],
) -> Result<BTreeMap<CallId, i64>, DbErr> {
    let closed_calls: Vec<CallId> = calls
        .iter()
        .filter(|c| c.phase.is_past_deadline())
        .map(|c| c.id)
        .collect();
    let mut out = BTreeMap::new();
    if closed_calls.is_empty() {
        return Ok(out);
    }
    let backend = db.get_database_backend();
    let call_ids = placeholders(backend, 2, closed_calls.len());
    let city_id = placeholders(backend, 1, 1);
    for row in rows(
        db,
        format!(
            "SELECT call_id, submitted FROM edition_figures \
             WHERE tenant_id = {city_id} AND call_id IN ({call_ids})"
        ),
        params(&[city], &closed_calls),
    )
    .await?
    {
        out.insert(row.try_get("", "call_id")?, row.try_get("", "submitted")?);
    }
    let missing: Vec<CallId> = closed_calls
        .into_iter()
        .filter(|c| !out.contains_key(c))
        .collect();
    for (call_id, f) in count_submissions(db, &[city], &missing).await? {
        store_edition(db, city.get(), call_id, &f).await?;
        out.insert(call_id, f.submitted);
    }
    Ok(out)
}

/// Distinct participants of each city's year: stored for years whose calls
/// are all closed, counted (and then stored) otherwise.
async fn year_participants(
    db: &impl ConnectionTrait,
    cities: &[TenantId],
    editions: &BTreeMap<CallId, Edition>,
    is_closed: &BTreeMap<CallId, bool>,
    network: &mut Network,
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let ids = placeholders(backend, 1, cities.len());
    let mut known: BTreeMap<(i32, i32), i64> = BTreeMap::new();
    for row in rows(
        db,
        format!(
            "SELECT tenant_id, year, participants FROM year_participants WHERE tenant_id IN ({ids})"
        ),
        params(cities, &[]),
    )
    .await?
    {
        known.insert(
            (row.try_get("", "tenant_id")?, row.try_get("", "year")?),
            row.try_get("", "participants")?,
        );
    }
    let year_closed = |key: &(i32, i32)| {
        editions
            .values()
            .filter(|e| (e.tenant_id, e.year) == *key)
            .all(|e| is_closed.get(&e.call_id).copied().unwrap_or(false))
    };
    let mut to_count: Vec<CallId> = Vec::new();
    for key in network.years.keys() {
        match known.get(key) {
            Some(_) if year_closed(key) => {}
            _ => to_count.extend(
                editions
                    .values()
                    .filter(|e| (e.tenant_id, e.year) == *key)
                    .map(|e| e.call_id),
            ),
        }
    }
    for (key, n) in &known {
        if year_closed(key)
            && let Some(f) = network.years.get_mut(key)
        {
            f.participants = *n;
        }
    }
    if to_count.is_empty() {
        return Ok(());
    }
    let call_ids = placeholders(backend, cities.len() + 1, to_count.len());
    let submitted = status_list(&Status::SUBMITTED);
    for row in rows(
        db,
        format!(
            "SELECT p.tenant_id, {year} AS year, COUNT(DISTINCT {PERSON}) AS n FROM proposals p \
             JOIN calls c ON c.tenant_id = p.tenant_id AND c.id = p.call_id \
             JOIN proposal_members m ON m.tenant_id = p.tenant_id AND m.proposal_id = p.id \
             WHERE p.tenant_id IN ({ids}) AND p.call_id IN ({call_ids}) AND p.status IN ({submitted}) \
             AND m.status = 'accepted' GROUP BY p.tenant_id, {year}",
            year = year_of(backend, "c.submissions_close_at"),
        ),
        params(cities, &to_count),
    )
    .await?
    {
        let key: (i32, i32) = (row.try_get("", "tenant_id")?, row.try_get("", "year")?);
        let n: i64 = row.try_get("", "n")?;
        if let Some(f) = network.years.get_mut(&key) {
            f.participants = n;
        }
        if year_closed(&key) {
            let at = placeholders(backend, 1, 4);
            db.execute_raw(Statement::from_sql_and_values(
                backend,
                format!(
                    "INSERT INTO year_participants (tenant_id, year, participants, computed_at) \
                     VALUES ({at}) ON CONFLICT DO NOTHING"
                ),
                vec![
                    Value::from(key.0),
                    Value::from(key.1),
                    Value::from(n),
                    Value::from(chrono::Utc::now()),
                ],
            ))
            .await?;
        }
    }
    Ok(())
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
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Implementation {
    pub by_status: BTreeMap<String, i64>,
    pub barriers: BTreeMap<String, i64>,
}

async fn implementation(
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
        params(cities, &[]),
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

/// The titles of these calls, each in every language it is written in.
async fn call_texts(
    db: &impl ConnectionTrait,
    cities: &[TenantId],
    calls: &[CallId],
) -> Result<BTreeMap<CallId, Vec<(String, String)>>, DbErr> {
    let mut titles: BTreeMap<CallId, Vec<(String, String)>> = BTreeMap::new();
    if cities.is_empty() || calls.is_empty() {
        return Ok(titles);
    }
    let backend = db.get_database_backend();
    let ids = placeholders(backend, 1, cities.len());
    let call_ids = placeholders(backend, cities.len() + 1, calls.len());
    for row in rows(
        db,
        format!(
            "SELECT call_id, locale, title FROM call_texts \
             WHERE tenant_id IN ({ids}) AND call_id IN ({call_ids}) ORDER BY id"
        ),
        params(cities, calls),
    )
    .await?
    {
        let call_id: CallId = row.try_get("", "call_id")?;
        titles
            .entry(call_id)
            .or_default()
            .push((row.try_get("", "locale")?, row.try_get("", "title")?));
    }
    Ok(titles)
}
