//! A network at scale, for benchmarks: many cities (`scale-001`, …), each
//! with its employees, five yearly calls, proposals spread over them with
//! teams of one to three, and projects for the awarded ones. PostgreSQL
//! only: the rows are made by the database (`generate_series`), which is
//! what makes millions of them take minutes rather than hours.

use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, Statement, Value};

use crate::{
    calls::Eligibility,
    i18n::Lang,
    tenants::{self, NewTenant},
};

#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub tenants: u32,
    pub employees: u32,
    pub proposals: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum ScaleError {
    #[error("the scale generator needs PostgreSQL (it uses generate_series)")]
    NotPostgres,
    #[error("a generated network is already there (city scale-001)")]
    AlreadyThere,
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error(transparent)]
    Tenant(#[from] tenants::TenantError),
}

/// Calls per city: one a year, 2022–2026.
const YEARS: [i32; 5] = [2022, 2023, 2024, 2025, 2026];

async fn exec(db: &DatabaseConnection, sql: &str, values: Vec<Value>) -> Result<(), DbErr> {
    db.execute_raw(Statement::from_sql_and_values(
        DatabaseBackend::Postgres,
        sql,
        values,
    ))
    .await?;
    Ok(())
}

/// Generates the network; the number of cities made.
pub async fn generate(db: &DatabaseConnection, scale: Scale) -> Result<u32, ScaleError> {
    if db.get_database_backend() != DatabaseBackend::Postgres {
        return Err(ScaleError::NotPostgres);
    }
    if tenants::find_by_slug(db, "scale-001").await?.is_some() {
        return Err(ScaleError::AlreadyThere);
    }
    let per_call = (scale.proposals / (scale.tenants.max(1) * YEARS.len() as u32)).max(1);
    // The same pseudo-random network every time.
    exec(db, "SELECT setseed(0.2026)", vec![]).await?;
    for n in 1..=scale.tenants {
        let tenant = tenants::create(
            db,
            NewTenant {
                slug: format!("scale-{n:03}"),
                name: format!("Scale city {n}"),
                hosts: Vec::new(),
                locales: vec![Lang::En],
                default_locale: Lang::En,
                timezone: "Europe/Brussels".into(),
                headcount: i32::try_from(scale.employees).unwrap_or(i32::MAX),
                primary_color: "#1f4e8c".into(),
                is_demo: false,
            },
        )
        .await?;
        let t = Value::from(tenant.id);
        exec(
            db,
            "INSERT INTO categories (tenant_id, name, network_category) \
             SELECT $1, c, c FROM unnest(ARRAY['service_quality','new_services','environment',\
             'organisational_development','employee_welfare','informatics','operative_efficiency']) c",
            vec![t.clone()],
        )
        .await?;
        // One statement per city: its employees get consecutive ids.
        exec(
            db,
            "INSERT INTO users (tenant_id, issuer, subject, email, display_name, division_id, grade, \
             locale, active, created_at, attributes, notify_by_email, erasure_requested_at, last_sign_in_at) \
             SELECT $1, 'https://sso.scale.example', 'u' || g, 'u' || g || '@city' || $1 || '.example', \
             'Employee ' || g, NULL, 'employee', NULL, true, now(), '{}', false, NULL, NULL \
             FROM generate_series(1, $2) g",
            vec![t.clone(), Value::from(i64::from(scale.employees))],
        )
        .await?;
        exec(
            db,
            "INSERT INTO calls (tenant_id, phase, opens_at, submissions_close_at, results_at, max_team_size, \
             eligibility, reviews_per_proposal, budget_cents, authors_public_after_results, eligible_headcount, \
             awards_planned, created_at, criteria, awards, scheduled, seal_identities) \
             SELECT $1, 'results', make_timestamptz(y, 3, 1, 9, 0, 0, 'UTC'), \
             make_timestamptz(y, 5, 31, 22, 0, 0, 'UTC'), make_timestamptz(y, 7, 15, 9, 0, 0, 'UTC'), 3, \
             $2, 3, 4000000, false, $3, 10, make_timestamptz(y, 2, 1, 9, 0, 0, 'UTC'), '[]', '[]', true, false \
             FROM unnest($4::int[]) y",
            vec![
                t.clone(),
                Value::from(Eligibility::Everyone.to_stored()),
                Value::from(i64::from(scale.employees)),
                Value::from(format!(
                    "{{{}}}",
                    YEARS.map(|y| y.to_string()).join(",")
                )),
            ],
        )
        .await?;
        // Proposals: most not selected, some awarded, implemented or withdrawn.
        exec(
            db,
            "INSERT INTO proposals (tenant_id, call_id, category_id, locale, title, summary, problem, solution, \
             benefits, resources, status, submitted_at, created_at, updated_at, idempotency_key, award_index) \
             SELECT c.tenant_id, c.id, \
             (SELECT min(id) FROM categories WHERE tenant_id = c.tenant_id) + floor(random() * 7)::int, \
             'en', 'Idea ' || g, 'A summary', 'A problem', 'A solution', '', '', \
             CASE WHEN r < 0.02 THEN 'withdrawn' WHEN r < 0.05 THEN 'awarded' \
                  WHEN r < 0.07 THEN 'implemented' WHEN r < 0.08 THEN 'stopped' ELSE 'not_selected' END, \
             c.submissions_close_at - interval '3 days', c.opens_at, c.submissions_close_at, NULL, NULL \
             FROM calls c, generate_series(1, $2) g, LATERAL (SELECT random() + g * 0 AS r) rnd \
             WHERE c.tenant_id = $1",
            vec![t.clone(), Value::from(i64::from(per_call))],
        )
        .await?;
        // Teams: a lead each, a second author for a fifth, a third for a
        // tenth; an author drawn twice for one team is kept once.
        for (role, share) in [("lead", 1.0_f64), ("co_author", 0.2), ("co_author", 0.1)] {
            exec(
                db,
                "INSERT INTO proposal_members (tenant_id, proposal_id, user_id, role, status, publish_consent) \
                 SELECT p.tenant_id, p.id, u.first + floor(random() * $3)::int, $2, 'accepted', false \
                 FROM proposals p, (SELECT min(id) AS first FROM users WHERE tenant_id = $1) u \
                 WHERE p.tenant_id = $1 AND random() < $4 \
                 ON CONFLICT DO NOTHING",
                vec![
                    t.clone(),
                    Value::from(role),
                    Value::from(i64::from(scale.employees)),
                    Value::from(share),
                ],
            )
            .await?;
        }
        exec(
            db,
            "INSERT INTO projects (tenant_id, call_id, proposal_id, title, summary, status, status_reason, barrier, \
             allocated_cents, committed_cents, spent_cents, outcomes, created_at, done_at) \
             SELECT p.tenant_id, p.call_id, p.id, p.title, p.summary, \
             CASE p.status WHEN 'implemented' THEN 'done' WHEN 'stopped' THEN 'stopped' ELSE 'in_progress' END, \
             CASE p.status WHEN 'stopped' THEN 'No budget left' ELSE '' END, \
             CASE p.status WHEN 'stopped' THEN 'budget' END, \
             100000, 50000, 20000, '[]', c.results_at, \
             CASE p.status WHEN 'implemented' THEN c.results_at + (floor(random() * 300) || ' days')::interval END \
             FROM proposals p JOIN calls c ON c.tenant_id = p.tenant_id AND c.id = p.call_id \
             WHERE p.tenant_id = $1 AND p.status IN ('awarded', 'implemented', 'stopped')",
            vec![t],
        )
        .await?;
    }
    exec(db, "ANALYZE", vec![]).await?;
    Ok(scale.tenants)
}
