//! The server under test: the release binary in its own process, on
//! PostgreSQL and Redis, with the benchmark's ceiling routes and raised
//! rate limits; stopped when dropped.

use std::{
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use innovato::secrets::SecretKey;

pub struct Server {
    child: Child,
    pub base: String,
    pub log: std::path::PathBuf,
}

/// Rate limits are multiplied by this: the load comes from one address and
/// a few people at rates no office reaches, and what is measured is the
/// pages, not the 429s. Documented in the README.
const RATE_LIMIT_FACTOR: &str = "100000";

impl Server {
    pub async fn start(database_url: &str, redis_url: &str, cache_prefix: &str) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("load");
        std::fs::create_dir_all(&dir).expect("bench directory");
        let log = dir.join("server.log");
        let log_file = std::fs::File::create(&log).expect("server log");
        let child = Command::new(env!("CARGO_BIN_EXE_innovato"))
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("REDIS_URL", redis_url)
            .env("INNOVATO_BIND", format!("127.0.0.1:{port}"))
            .env("INNOVATO_SECRET_KEY", SecretKey::generate())
            .env("INNOVATO_CACHE_PREFIX", cache_prefix)
            .env(
                "INNOVATO_STORAGE_URL",
                format!("file://{}", dir.join("uploads").display()),
            )
            .env("INNOVATO_RATE_LIMIT_FACTOR", RATE_LIMIT_FACTOR)
            .env("INNOVATO_BENCH_ROUTES", "true")
            .stdout(Stdio::null())
            .stderr(log_file.try_clone().expect("log"))
            .spawn()
            .expect("the innovato binary starts");
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            log,
        };
        let client = reqwest::Client::new();
        let started = Instant::now();
        loop {
            let ready = client
                .get(format!("{}/readyz", server.base))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            if ready {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(120),
                "the server did not get ready; see {}",
                server.log.display()
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        server
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Resident memory of the server process, in bytes.
    pub fn resident(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .expect("the server's /proc status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map(|kb| kb * 1024)
            .expect("VmRSS")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
