//! The deadline surge: every employee of one city starts a proposal, saves
//! it and submits it during the call's last minutes (compressed in time),
//! arriving more and more often toward the deadline and some after it.
//! Clients give up on an answer after a timeout and try again, as a browser
//! user would; every retry is safe (creation carries an idempotency key,
//! a repeated save writes the same, a repeated submission changes
//! nothing). Afterwards the rows are counted and must agree exactly with
//! what the clients were told.

use std::{
    collections::HashSet,
    sync::Arc,
    time::{Duration, Instant},
};

use reqwest::{StatusCode, header};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use tokio::sync::Semaphore;

use crate::dataset::{exec, number};

/// A client gives up waiting after this long, then tries again.
pub const CLIENT_TIMEOUT: Duration = Duration::from_secs(3);
const ATTEMPTS: u32 = 8;
/// Arrivals continue this share of the window past the deadline.
pub const LATE_SHARE: f64 = 0.05;
/// Sockets open at once: the machine's file limits, not the server, bound it.
const IN_FLIGHT: usize = 512;

pub struct Employee {
    pub id: i64,
    pub session: String,
    pub csrf: String,
}

pub struct Surge {
    pub db: DatabaseConnection,
    pub base: String,
    pub slug: &'static str,
    pub tenant: i32,
    pub call: i32,
    pub category: i64,
    pub run: String,
    pub window: Duration,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Accepted,
    Late,
    /// No answer after every attempt, or an answer no client expects.
    Failed,
}

pub struct Report {
    pub employees: usize,
    pub accepted: usize,
    pub refused_late: usize,
    pub failed: usize,
    pub retries: u64,
    pub db_accepted: i64,
    pub db_drafts: i64,
    pub db_proposals: i64,
    pub duplicates: i64,
    /// Told accepted, not submitted in the database.
    pub lost: usize,
    /// Submitted in the database, told refused.
    pub phantom: usize,
    pub elapsed: Duration,
}

struct Client {
    http: reqwest::Client,
    retries: std::sync::atomic::AtomicU64,
}

impl Client {
    /// Sends until an answer comes (timeouts, refused connections and 503
    /// are retried with a growing pause); `None` when none came.
    async fn send(
        &self,
        build: impl Fn() -> reqwest::RequestBuilder,
    ) -> Option<(StatusCode, String)> {
        for attempt in 0..ATTEMPTS {
            if attempt > 0 {
                self.retries
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(100 * u64::from(attempt))).await;
            }
            match build().timeout(CLIENT_TIMEOUT).send().await {
                Ok(r) if r.status() == StatusCode::SERVICE_UNAVAILABLE => {}
                Ok(r) => {
                    let status = r.status();
                    let location = r
                        .headers()
                        .get(header::LOCATION)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_owned();
                    return Some((status, location));
                }
                Err(_) => {}
            }
        }
        None
    }
}

impl Surge {
    fn form(&self, employee: &Employee, fields: &[(&str, String)]) -> String {
        let mut pairs = vec![("csrf", employee.csrf.clone())];
        pairs.extend(fields.iter().map(|(k, v)| (*k, v.clone())));
        serde_html_form::to_string(&pairs).expect("form")
    }

    async fn employee(&self, client: &Client, employee: &Employee) -> Outcome {
        let site = format!("{}/t/{}", self.base, self.slug);
        let cookie = format!("innovato_session={}", employee.session);
        let post = |path: String, body: String, json: bool| {
            let client = &client.http;
            let cookie = cookie.clone();
            move || {
                client
                    .post(&path)
                    .header(header::COOKIE, &cookie)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(
                        header::ACCEPT,
                        if json {
                            "application/json"
                        } else {
                            "text/html"
                        },
                    )
                    .body(body.clone())
            }
        };
        // A refusal past the deadline is 409 at any step.
        let created = self.form(
            employee,
            &[(
                "idempotency_key",
                format!("surge-{}-{}", self.run, employee.id),
            )],
        );
        let id = match client
            .send(post(
                format!("{site}/calls/{}/proposals", self.call),
                created,
                false,
            ))
            .await
        {
            Some((StatusCode::SEE_OTHER, location)) => {
                match location
                    .rsplit('/')
                    .next()
                    .and_then(|id| id.parse::<i32>().ok())
                {
                    Some(id) => id,
                    None => return Outcome::Failed,
                }
            }
            Some((StatusCode::CONFLICT, _)) => return Outcome::Late,
            _ => return Outcome::Failed,
        };
        let draft = self.form(
            employee,
            &[
                ("title", format!("Paperless leave requests {}", employee.id)),
                ("summary", "Leave requested and approved online.".into()),
                (
                    "problem",
                    "Paper forms travel for days between offices.".into(),
                ),
                (
                    "solution",
                    "A form on the intranet with the approval in one click.".into(),
                ),
                ("benefits", "Days saved for every request.".into()),
                ("resources", "The intranet team, one month.".into()),
                ("category", self.category.to_string()),
                ("locale", "en".into()),
            ],
        );
        match client
            .send(post(format!("{site}/proposals/{id}"), draft, true))
            .await
        {
            Some((StatusCode::OK, _)) => {}
            Some((StatusCode::CONFLICT, _)) => return Outcome::Late,
            _ => return Outcome::Failed,
        }
        match client
            .send(post(
                format!("{site}/proposals/{id}/submit"),
                self.form(employee, &[]),
                false,
            ))
            .await
        {
            Some((StatusCode::SEE_OTHER, _)) => Outcome::Accepted,
            Some((StatusCode::CONFLICT, _)) => Outcome::Late,
            _ => Outcome::Failed,
        }
    }

    pub async fn run(self, employees: Vec<Employee>) -> Report {
        let count = employees.len();
        // The deadline is the end of the window from now; arrivals have a
        // density growing linearly toward it (most come last), and go on a
        // little past it.
        let started = Instant::now();
        let deadline =
            chrono::Utc::now() + chrono::Duration::from_std(self.window).expect("window");
        exec(
            &self.db,
            "UPDATE calls SET submissions_close_at = $1 WHERE tenant_id = $2 AND id = $3",
            vec![deadline.into(), self.tenant.into(), self.call.into()],
        )
        .await;
        let span = self.window.as_secs_f64() * (1.0 + LATE_SHARE);
        let client = Arc::new(Client {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .pool_max_idle_per_host(IN_FLIGHT)
                .build()
                .expect("client"),
            retries: Default::default(),
        });
        let gate = Arc::new(Semaphore::new(IN_FLIGHT));
        let surge = Arc::new(self);
        let mut tasks = tokio::task::JoinSet::new();
        for (k, employee) in employees.into_iter().enumerate() {
            let at = span * ((k as f64 + 0.5) / count as f64).sqrt();
            let (client, gate, surge) = (client.clone(), gate.clone(), surge.clone());
            tasks.spawn(async move {
                tokio::time::sleep_until((started + Duration::from_secs_f64(at)).into()).await;
                let _permit = gate.acquire_owned().await.expect("gate");
                (employee.id, surge.employee(&client, &employee).await)
            });
        }
        let mut outcomes = Vec::with_capacity(count);
        while let Some(done) = tasks.join_next().await {
            outcomes.push(done.expect("employee task"));
        }
        let elapsed = started.elapsed();
        let (db, tenant, call) = (&surge.db, surge.tenant, surge.call);
        let count_of = |status: &'static str| {
            number(
                db,
                "SELECT count(*) FROM proposals WHERE tenant_id = $1 AND call_id = $2 AND status = ANY($3::text[])",
                vec![tenant.into(), call.into(), status.into()],
            )
        };
        let db_accepted = count_of("{submitted,in_review}").await;
        let db_drafts = count_of("{draft}").await;
        let db_proposals = number(
            db,
            "SELECT count(*) FROM proposals WHERE tenant_id = $1 AND call_id = $2",
            vec![tenant.into(), call.into()],
        )
        .await;
        let leads = number(
            db,
            "SELECT count(DISTINCT m.user_id) FROM proposals p JOIN proposal_members m \
             ON m.proposal_id = p.id AND m.role = 'lead' WHERE p.tenant_id = $1 AND p.call_id = $2",
            vec![tenant.into(), call.into()],
        )
        .await;
        let accepted_rows: HashSet<i64> = db
            .query_all_raw(sea_orm::Statement::from_sql_and_values(
                sea_orm::DatabaseBackend::Postgres,
                "SELECT m.user_id::bigint AS lead FROM proposals p JOIN proposal_members m \
                 ON m.proposal_id = p.id AND m.role = 'lead' WHERE p.tenant_id = $1 AND p.call_id = $2 \
                 AND p.status IN ('submitted', 'in_review')",
                vec![tenant.into(), call.into()],
            ))
            .await
            .expect("accepted rows")
            .iter()
            .map(|r| r.try_get::<i64>("", "lead").expect("lead"))
            .collect();
        let told = |o: Outcome| outcomes.iter().filter(|(_, x)| *x == o).count();
        Report {
            employees: count,
            accepted: told(Outcome::Accepted),
            refused_late: told(Outcome::Late),
            failed: told(Outcome::Failed),
            retries: client.retries.load(std::sync::atomic::Ordering::Relaxed),
            db_accepted,
            db_drafts,
            db_proposals,
            duplicates: db_proposals - leads,
            lost: outcomes
                .iter()
                .filter(|(id, o)| *o == Outcome::Accepted && !accepted_rows.contains(id))
                .count(),
            phantom: outcomes
                .iter()
                .filter(|(id, o)| *o != Outcome::Accepted && accepted_rows.contains(id))
                .count(),
            elapsed,
        }
    }
}
