//! The process's own figures: requests by route template, method and
//! status with their latencies, Redis errors and background task runs,
//! rendered in Prometheus' text format (served by `http::metrics`).

use std::{
    collections::BTreeMap,
    fmt::Write,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

/// Upper bounds of the latency buckets, in seconds.
const BOUNDS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

#[derive(Default)]
struct Series {
    count: u64,
    seconds: f64,
    /// Requests at or under each bound (cumulative, as Prometheus wants).
    buckets: [u64; BOUNDS.len()],
}

/// Redis calls that failed or timed out, since the process started.
pub static REDIS_ERRORS: AtomicU64 = AtomicU64::new(0);

/// The process's request figures and task runs.
#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), Series>>,
    tasks: Mutex<BTreeMap<(&'static str, bool), u64>>,
    /// Emails by what became of them (`sent`, `retried`, `failed`, …).
    emails: Mutex<BTreeMap<&'static str, u64>>,
    /// Database statements run (round trips), since the process started.
    statements: AtomicU64,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Metrics {
    pub fn observe(&self, route: &str, method: &str, status: u16, seconds: f64) {
        let mut requests = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        let series = requests
            .entry((route.to_owned(), method.to_owned(), status))
            .or_default();
        series.count += 1;
        series.seconds += seconds;
        for (bucket, bound) in series.buckets.iter_mut().zip(BOUNDS) {
            if seconds <= bound {
                *bucket += 1;
            }
        }
    }

    /// The database ran one statement for this process.
    pub fn statement_ran(&self) {
        self.statements.fetch_add(1, Ordering::Relaxed);
    }

    /// Database statements run since the process started: what a page
    /// costs in round trips is the difference across its request.
    pub fn statements(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    /// A background task ran, well or not.
    pub fn task_ran(&self, task: &'static str, ok: bool) {
        *self
            .tasks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry((task, ok))
            .or_default() += 1;
    }

    /// An email was handed to a mail server, or not, with this outcome.
    pub fn email(&self, outcome: &'static str) {
        *self
            .emails
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(outcome)
            .or_default() += 1;
    }

    /// The figures in Prometheus' text format, with the pool's when known.
    pub fn render(&self, pool: Option<(u32, usize)>) -> String {
        let mut out = String::new();
        let label = |v: &str| v.replace('\\', "\\\\").replace('"', "\\\"");
        out.push_str("# HELP innovato_http_requests_total Requests answered, by route template, method and status.\n");
        out.push_str("# TYPE innovato_http_requests_total counter\n");
        let requests = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        for ((route, method, status), s) in requests.iter() {
            let _ = writeln!(
                out,
                "innovato_http_requests_total{{route=\"{}\",method=\"{method}\",status=\"{status}\"}} {}",
                label(route),
                s.count
            );
        }
        out.push_str("# HELP innovato_http_request_duration_seconds Time to answer, by route template, method and status.\n");
        out.push_str("# TYPE innovato_http_request_duration_seconds histogram\n");
        for ((route, method, status), s) in requests.iter() {
            let labels = format!(
                "route=\"{}\",method=\"{method}\",status=\"{status}\"",
                label(route)
            );
            for (bound, n) in BOUNDS.iter().zip(s.buckets) {
                let _ = writeln!(
                    out,
                    "innovato_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {n}"
                );
            }
            let _ = writeln!(
                out,
                "innovato_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "innovato_http_request_duration_seconds_sum{{{labels}}} {}",
                s.seconds
            );
            let _ = writeln!(
                out,
                "innovato_http_request_duration_seconds_count{{{labels}}} {}",
                s.count
            );
        }
        drop(requests);
        out.push_str("# HELP innovato_db_statements_total Database statements run.\n");
        out.push_str("# TYPE innovato_db_statements_total counter\n");
        let _ = writeln!(out, "innovato_db_statements_total {}", self.statements());
        if let Some((size, idle)) = pool {
            out.push_str(
                "# HELP innovato_db_pool_connections Database connections open in the pool.\n",
            );
            out.push_str("# TYPE innovato_db_pool_connections gauge\n");
            let _ = writeln!(out, "innovato_db_pool_connections {size}");
            out.push_str("# HELP innovato_db_pool_idle Database connections open and idle.\n");
            out.push_str("# TYPE innovato_db_pool_idle gauge\n");
            let _ = writeln!(out, "innovato_db_pool_idle {idle}");
        }
        out.push_str("# HELP innovato_redis_errors_total Redis calls that failed or timed out.\n");
        out.push_str("# TYPE innovato_redis_errors_total counter\n");
        let _ = writeln!(
            out,
            "innovato_redis_errors_total {}",
            REDIS_ERRORS.load(Ordering::Relaxed)
        );
        out.push_str(
            "# HELP innovato_task_runs_total Background task runs, by task and outcome.\n",
        );
        out.push_str("# TYPE innovato_task_runs_total counter\n");
        for ((task, ok), n) in self.tasks.lock().unwrap_or_else(|p| p.into_inner()).iter() {
            let outcome = if *ok { "ok" } else { "error" };
            let _ = writeln!(
                out,
                "innovato_task_runs_total{{task=\"{task}\",outcome=\"{outcome}\"}} {n}"
            );
        }
        out.push_str(
            "# HELP innovato_emails_total Emails this instance tried to deliver, by outcome.\n",
        );
        out.push_str("# TYPE innovato_emails_total counter\n");
        for (outcome, n) in self.emails.lock().unwrap_or_else(|p| p.into_inner()).iter() {
            let _ = writeln!(out, "innovato_emails_total{{outcome=\"{outcome}\"}} {n}");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histograms_are_cumulative_and_labels_escaped() {
        let metrics = Metrics::default();
        metrics.observe("/calls/{id}", "GET", 200, 0.02);
        metrics.observe("/calls/{id}", "GET", 200, 0.3);
        metrics.observe("/a\"b", "POST", 422, 0.001);
        metrics.task_ran("phases", true);
        metrics.email("sent");
        let text = metrics.render(Some((4, 3)));
        assert!(text.contains(
            r#"innovato_http_requests_total{route="/calls/{id}",method="GET",status="200"} 2"#
        ));
        assert!(text.contains(r#"route="/calls/{id}",method="GET",status="200",le="0.025"} 1"#));
        assert!(text.contains(r#"route="/calls/{id}",method="GET",status="200",le="0.5"} 2"#));
        assert!(text.contains(r#"route="/a\"b""#));
        assert!(text.contains("innovato_db_pool_connections 4"));
        assert!(text.contains(r#"innovato_task_runs_total{task="phases",outcome="ok"} 1"#));
        assert!(text.contains(r#"innovato_emails_total{outcome="sent"} 1"#));
    }
}
