//! Driving the server with `wrk` (Debian's package) from its own process:
//! each measurement is a list of requests (method, path, cookie, accept,
//! body) that wrk's threads share out and send over 64 connections; a Lua
//! script builds them (taking compressed answers, as browsers do), counts
//! answers with another status than expected, and prints one line of
//! figures.

use std::{fmt::Write as _, path::Path, process::Command, time::Duration};

/// One request of a measurement.
#[derive(Clone)]
pub struct Request {
    pub method: &'static str,
    pub path: String,
    pub cookie: String,
    pub accept: &'static str,
    pub body: String,
}

impl Request {
    pub fn get(path: String, cookie: String) -> Self {
        Self {
            method: "GET",
            path,
            cookie,
            accept: "text/html",
            body: String::new(),
        }
    }

    pub fn post(path: String, cookie: String, accept: &'static str, body: String) -> Self {
        Self {
            method: "POST",
            path,
            cookie,
            accept,
            body,
        }
    }
}

/// What wrk measured.
pub struct Figures {
    pub completed: u64,
    /// Requests wrk's threads made, answered or not when time was up.
    pub issued: u64,
    pub per_second: f64,
    pub p50: Duration,
    pub p99: Duration,
    /// Answers of 4xx/5xx, socket errors and timeouts, and answers of
    /// another status than expected (a redirect to sign-in, say).
    pub errors: u64,
    pub unexpected: u64,
}

const SCRIPT: &str = r#"
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
function init(args)
  local file, nthreads = args[1], tonumber(args[3])
  expected = tonumber(args[2])
  unexpected, issued, reqs = 0, 0, {}
  local lines = {}
  for line in io.lines(file) do table.insert(lines, line) end
  -- Each thread its share of the list; with fewer requests than threads
  -- (a ceiling's one request), every thread all of them: a thread with
  -- none would fail each of its connections and leave the line measured
  -- on half of them.
  local shared = #lines >= nthreads
  for i, line in ipairs(lines) do
    if not shared or (i - 1) % nthreads == tid then
      local method, path, cookie, accept, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      -- As a browser asks: it takes compressed answers.
      local headers = { ["Cookie"] = cookie, ["Accept"] = accept, ["Accept-Encoding"] = "gzip, deflate, br" }
      if method == "POST" then
        headers["Content-Type"] = "application/x-www-form-urlencoded"
      else
        body = nil
      end
      table.insert(reqs, wrk.format(method, path, headers, body))
    end
  end
end
function request()
  issued = issued + 1
  return reqs[((issued - 1) % #reqs) + 1]
end
function response(status, headers, body)
  if status ~= expected then unexpected = unexpected + 1 end
end
function done(summary, latency, requests)
  local bad, made = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("unexpected")
    made = made + t:get("issued")
  end
  local e = summary.errors
  io.write(string.format("WRK_RESULT %d %d %d %d %d %d %d\n", summary.requests, made,
    summary.duration, latency:percentile(50), latency:percentile(99),
    e.status + e.connect + e.read + e.write + e.timeout, bad))
end
"#;

pub const THREADS: usize = 2;
pub const CONNECTIONS: usize = 64;

/// Runs wrk for `seconds` over `requests` (shared out among its threads
/// in turn, each thread cycling over its share).
pub fn run(
    dir: &Path,
    base: &str,
    name: &str,
    requests: &[Request],
    expected: u16,
    seconds: u64,
) -> Figures {
    let script = dir.join("requests.lua");
    std::fs::write(&script, SCRIPT).expect("wrk script");
    let list = dir.join(format!("{name}.tsv"));
    let mut text = String::new();
    for r in requests {
        let _ = writeln!(
            text,
            "{}\t{}\t{}\t{}\t{}",
            r.method, r.path, r.cookie, r.accept, r.body
        );
    }
    std::fs::write(&list, text).expect("request list");
    let output = Command::new("wrk")
        .args([
            "-t",
            &THREADS.to_string(),
            "-c",
            &CONNECTIONS.to_string(),
            "-d",
            &format!("{seconds}s"),
            "--timeout",
            "5s",
            "-s",
        ])
        .arg(&script)
        .arg(base)
        .arg("--")
        .arg(&list)
        .arg(expected.to_string())
        .arg(THREADS.to_string())
        .output()
        .expect("wrk runs (apt-get install wrk)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("WRK_RESULT "))
        .unwrap_or_else(|| {
            panic!(
                "wrk gave no figures for {name}: {stdout}{}",
                String::from_utf8_lossy(&output.stderr)
            )
        });
    let n: Vec<u64> = line
        .split_whitespace()
        .map(|v| v.parse().expect("a number"))
        .collect();
    Figures {
        completed: n[0],
        issued: n[1],
        per_second: n[0] as f64 / (n[2] as f64 / 1e6),
        p50: Duration::from_micros(n[3]),
        p99: Duration::from_micros(n[4]),
        errors: n[5],
        unexpected: n[6],
    }
}
