//! The data the load runs on: the network of `innovato generate` (made
//! once into its own database, copied afresh for each run), and per run the
//! pieces the generator has no use for: an open call with drafts to save and submit,
//! a call in review with a jury, and an open call for the surge.

use innovato::{db, demo::scale::Scale};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement, Value};

/// The city whose employees browse, save and submit.
pub const CITY: &str = "scale-001";
/// The city whose employees make the deadline surge.
pub const SURGE_CITY: &str = "scale-002";

/// Signed-in clients of the read and draft measurements.
pub const CLIENTS: i64 = 64;
/// Employees of the surge city who take part.
pub const SURGE_EMPLOYEES: i64 = 10_000;
/// Proposals of the call in review; each gets three of the clients as jurors.
const IN_REVIEW: i64 = 640;

pub async fn exec(db: &DatabaseConnection, sql: &str, values: Vec<Value>) {
    db.execute_raw(Statement::from_sql_and_values(
        DatabaseBackend::Postgres,
        sql,
        values,
    ))
    .await
    .unwrap_or_else(|e| panic!("{e}: {sql}"));
}

pub async fn number(db: &DatabaseConnection, sql: &str, values: Vec<Value>) -> i64 {
    db.query_one_raw(Statement::from_sql_and_values(
        DatabaseBackend::Postgres,
        sql,
        values,
    ))
    .await
    .unwrap_or_else(|e| panic!("{e}: {sql}"))
    .and_then(|row| row.try_get_by_index::<i64>(0).ok())
    .unwrap_or_else(|| panic!("no number from {sql}"))
}

/// A copy of the generated network in `url` (made there the first time)
/// for this run, with its URL: every run starts from the same data instead
/// of the calls, drafts and submissions of the runs before it.
pub async fn open(url: &str, scale: Scale) -> (DatabaseConnection, String) {
    let (server, name) = url
        .rsplit_once('/')
        .expect("INNOVATO_BENCH_DATABASE ends in a database name");
    let admin = db::connect(&format!("{server}/postgres"), None)
        .await
        .expect("PostgreSQL");
    let generated = super::generated::network(url, scale).await;
    // A template must have no other connection while it is copied.
    generated.close().await.expect("closed");
    let copy = format!("{name}_run");
    let started = std::time::Instant::now();
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{copy}\""))
        .await
        .expect("last run's copy dropped");
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{copy}\" TEMPLATE \"{name}\""))
        .await
        .expect("this run's copy");
    println!(
        "copied the network for this run in {:.0?}",
        started.elapsed()
    );
    let copy_url = format!("{server}/{copy}");
    let db = db::connect(&copy_url, None)
        .await
        .expect("this run's database");
    (db, copy_url)
}

/// Ids of this run's calls and people.
pub struct Fixture {
    pub city: i32,
    pub surge_city: i32,
    /// The first employee of each city (employees have consecutive ids).
    pub first: i64,
    pub surge_first: i64,
    pub open_call: i32,
    pub review_call: i32,
    pub surge_call: i32,
    pub category: i64,
    pub surge_category: i64,
    /// One complete draft per client, in the open call (client order).
    pub drafts: Vec<i32>,
    /// Complete drafts of other employees, to submit: (lead, proposal).
    pub to_submit: Vec<(i64, i32)>,
}

async fn tenant(db: &DatabaseConnection, slug: &str) -> i64 {
    number(
        db,
        "SELECT id::bigint FROM tenants WHERE slug = $1",
        vec![slug.into()],
    )
    .await
}

/// A call of the city with an English title, offering every category.
async fn call(db: &DatabaseConnection, tenant: i64, phase: &str, title: &str, open: bool) -> i64 {
    let (opens, closes) = if open {
        ("now() - interval '20 days'", "now() + interval '1 day'")
    } else {
        ("now() - interval '40 days'", "now() - interval '10 days'")
    };
    let id = number(
        db,
        &format!(
            "INSERT INTO calls (tenant_id, phase, opens_at, submissions_close_at, results_at, max_team_size, \
             eligibility, reviews_per_proposal, budget_cents, authors_public_after_results, eligible_headcount, \
             awards_planned, created_at, criteria, awards, scheduled, seal_identities, review_started_at) \
             SELECT $1, $2, {opens}, {closes}, now() + interval '60 days', 3, eligibility, 3, 4000000, false, \
             100000, 10, now() - interval '30 days', \
             '[{{\"name\":\"Impact\",\"weight\":60,\"scale\":5}},{{\"name\":\"Feasibility\",\"weight\":40,\"scale\":5}}]', \
             '[]', true, false, CASE WHEN $2 = 'review' THEN now() END \
             FROM calls WHERE tenant_id = $1 LIMIT 1 RETURNING id::bigint"
        ),
        vec![tenant.into(), phase.into()],
    )
    .await;
    exec(
        db,
        "INSERT INTO call_texts (tenant_id, call_id, locale, title, description) \
         VALUES ($1, $2, 'en', $3, 'Ideas that make the city''s services simpler, measured by the load benchmark.')",
        vec![tenant.into(), id.into(), title.into()],
    )
    .await;
    exec(
        db,
        "INSERT INTO call_categories (tenant_id, call_id, category_id) \
         SELECT $1, $2, id FROM categories WHERE tenant_id = $1",
        vec![tenant.into(), id.into()],
    )
    .await;
    // The run's calls count as announced and reminded already: their last
    // day would otherwise start a deadline reminder to the city's 100,000
    // employees during the lines measured, a write of its own that none of
    // them is about.
    exec(
        db,
        "INSERT INTO mailings (tenant_id, call_id, kind, occasion, created_at, audience) \
         SELECT $1, $2, k, o, now(), 0 FROM (VALUES ('call-opened', 'call-opened'), \
         ('deadline', 'deadline-7'), ('deadline', 'deadline-1'), ('draft', 'draft-2'), \
         ('review', 'review-due')) AS m(k, o)",
        vec![tenant.into(), id.into()],
    )
    .await;
    id
}

/// Complete proposals, one per employee `first + offset + k` (k < count),
/// led by them; their ids in employee order.
async fn proposals(
    db: &DatabaseConnection,
    tenant: i64,
    call: i64,
    status: &str,
    employees: (i64, i64),
    run: &str,
) -> Vec<(i64, i32)> {
    let (from, count) = employees;
    let prefix = format!("load-{run}-{call}");
    exec(
        db,
        "INSERT INTO proposals (tenant_id, call_id, category_id, locale, title, summary, problem, solution, \
         benefits, resources, status, submitted_at, created_at, updated_at, idempotency_key) \
         SELECT $1, $2, (SELECT min(id) FROM categories WHERE tenant_id = $1), 'en', \
         'Shared car pool for site visits ' || g, 'Book the city''s cars from one calendar.', \
         'Inspectors lose an hour a day looking for a car.', 'One booking page for every department''s cars.', \
         'Fewer hired cars.', 'Two weeks of a developer.', $3, \
         CASE WHEN $3 = 'draft' THEN NULL ELSE now() END, now(), now(), $4 || '-' || g \
         FROM generate_series($5::bigint, $5::bigint + $6 - 1) g",
        vec![
            tenant.into(),
            call.into(),
            status.into(),
            prefix.clone().into(),
            from.into(),
            count.into(),
        ],
    )
    .await;
    exec(
        db,
        "INSERT INTO proposal_members (tenant_id, proposal_id, user_id, role, status, publish_consent) \
         SELECT p.tenant_id, p.id, split_part(p.idempotency_key, '-', 4)::int, 'lead', 'accepted', false \
         FROM proposals p WHERE p.tenant_id = $1 AND p.call_id = $2 AND p.idempotency_key LIKE $3 || '-%'",
        vec![tenant.into(), call.into(), prefix.clone().into()],
    )
    .await;
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT m.user_id::bigint AS lead, p.id FROM proposals p \
             JOIN proposal_members m ON m.proposal_id = p.id \
             WHERE p.tenant_id = $1 AND p.call_id = $2 AND p.idempotency_key LIKE $3 || '-%' \
             ORDER BY m.user_id",
            vec![tenant.into(), call.into(), prefix.into()],
        ))
        .await
        .expect("proposals");
    rows.iter()
        .map(|r| {
            (
                r.try_get::<i64>("", "lead").expect("lead"),
                r.try_get::<i32>("", "id").expect("id"),
            )
        })
        .collect()
}

/// This run's calls, drafts and jury; `submissions` drafts to submit.
pub async fn prepare(db: &DatabaseConnection, run: &str, submissions: i64) -> Fixture {
    let city = tenant(db, CITY).await;
    let surge_city = tenant(db, SURGE_CITY).await;
    let first_of = |t: i64| {
        number_owned(
            db,
            "SELECT min(id)::bigint FROM users WHERE tenant_id = $1",
            t,
        )
    };
    let first = first_of(city).await;
    let surge_first = first_of(surge_city).await;
    let category_of = |t: i64| {
        number_owned(
            db,
            "SELECT min(id)::bigint FROM categories WHERE tenant_id = $1",
            t,
        )
    };
    let category = category_of(city).await;
    let surge_category = category_of(surge_city).await;

    // The generator's people have no roles; SSO's first sign-in would have
    // given those who take part the employee role.
    for (t, from, count) in [
        (city, first, CLIENTS),
        (city, first + 1_000, submissions),
        (surge_city, surge_first, SURGE_EMPLOYEES),
    ] {
        exec(
            db,
            "INSERT INTO role_memberships (tenant_id, user_id, role, call_id, created_at) \
             SELECT $1, g, 'employee', NULL, now() FROM generate_series($2::bigint, $2::bigint + $3 - 1) g \
             WHERE NOT EXISTS (SELECT 1 FROM role_memberships r \
             WHERE r.tenant_id = $1 AND r.user_id = g AND r.role = 'employee')",
            vec![t.into(), from.into(), count.into()],
        )
        .await;
    }
    let open_call = call(db, city, "open", "Simpler services 2027", true).await;
    let drafts = proposals(db, city, open_call, "draft", (first, CLIENTS), run).await;
    // Submitters are other employees than the clients, one draft each.
    let to_submit = proposals(
        db,
        city,
        open_call,
        "draft",
        (first + 1_000, submissions),
        &format!("{run}s"),
    )
    .await;

    let review_call = call(db, city, "review", "Simpler services 2026", false).await;
    let in_review = proposals(
        db,
        city,
        review_call,
        "in_review",
        (first + 100, IN_REVIEW),
        run,
    )
    .await;
    exec(
        db,
        "INSERT INTO jury_members (tenant_id, call_id, user_id, added_at) \
         SELECT $1, $2, g, now() FROM generate_series($3::bigint, $3::bigint + $4 - 1) g",
        vec![
            city.into(),
            review_call.into(),
            first.into(),
            CLIENTS.into(),
        ],
    )
    .await;
    let ids: Vec<i32> = in_review.iter().map(|(_, id)| *id).collect();
    exec(
        db,
        "INSERT INTO reviews (tenant_id, call_id, proposal_id, juror_id, state, scores, complete, updated_at) \
         SELECT $1, $2, p, $3::bigint + ((i * 3 + k) % $4), 'assigned', '[]', false, now() \
         FROM unnest($5::int[]) WITH ORDINALITY AS t(p, i), generate_series(0, 2) k",
        vec![
            city.into(),
            review_call.into(),
            first.into(),
            CLIENTS.into(),
            format!(
                "{{{}}}",
                ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
            )
            .into(),
        ],
    )
    .await;

    let surge_call = call(db, surge_city, "open", "Ideas before the deadline", true).await;
    exec(db, "ANALYZE", vec![]).await;
    Fixture {
        city: i32::try_from(city).expect("tenant id"),
        surge_city: i32::try_from(surge_city).expect("tenant id"),
        first,
        surge_first,
        open_call: i32::try_from(open_call).expect("call id"),
        review_call: i32::try_from(review_call).expect("call id"),
        surge_call: i32::try_from(surge_call).expect("call id"),
        category,
        surge_category,
        drafts: drafts.iter().map(|(_, id)| *id).collect(),
        to_submit,
    }
}

async fn number_owned(db: &DatabaseConnection, sql: &'static str, value: i64) -> i64 {
    number(db, sql, vec![value.into()]).await
}
