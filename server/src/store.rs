//! Short-lived shared state (sessions, sign-in handshakes, throttling
//! counters): in Redis when configured, so that every instance sees it, or
//! in this process otherwise.
//!
//! Installations may share one Redis: the store puts the installation's
//! prefix (`INNOVATO_CACHE_PREFIX`) before every key it writes or reads and
//! every channel it publishes to or listens on, so callers name keys
//! without it and none can be written bare.

use std::{
    collections::{HashMap, HashSet},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use redis::AsyncCommands;
use serde::{Serialize, de::DeserializeOwned};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    #[error("stored value does not parse: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("redis did not answer in time")]
    Timeout,
}

/// By default a Redis call gives up after this long rather than hold a
/// request.
pub const REDIS_TIMEOUT: Duration = Duration::from_secs(2);

/// Connects to the Redis at `url`. Once the connection breaks (Redis
/// stopped or restarted), the next call makes the manager connect again, in
/// a few quick attempts: while Redis is down, calls fail within a second
/// (instead of queueing behind long back-offs), and once it is back the
/// next call reconnects.
pub async fn connect(url: &str) -> redis::RedisResult<redis::aio::ConnectionManager> {
    let client = redis::Client::open(url)?;
    let config = redis::aio::ConnectionManagerConfig::new()
        .set_connection_timeout(Some(Duration::from_secs(1)))
        .set_number_of_retries(2)
        .set_max_delay(Duration::from_millis(300));
    redis::aio::ConnectionManager::new_with_config(client, config).await
}

#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
}

#[derive(Clone, Debug)]
enum Backend {
    Memory(Arc<Memory>),
    Redis(Redis),
}

/// Redis behind a [`ConnectionManager`](redis::aio::ConnectionManager),
/// each call bounded by `timeout`.
///
/// Giving up on a call drops its future while Redis may still answer it.
/// That is safe with this client, and would not be with a pool of plain
/// connections (where the late reply would be read by the connection's
/// next user, possibly for another city): the manager holds one
/// multiplexed connection whose driver task queues each request's reply
/// channel in the order the requests were written and hands every reply to
/// the oldest queued channel; a caller that gave up has only dropped its
/// receiver, so its reply is still matched to its own slot and then
/// discarded (redis-rs `aio/multiplexed_connection.rs`, `PipelineSink`:
/// `in_flight` and `send_result`). The `faults` integration test holds a
/// reply back past the timeout and checks that no later call gets it. When
/// the connection breaks, the manager connects again by itself.
#[derive(Clone, Debug)]
pub struct Redis {
    connection: redis::aio::ConnectionManager,
    timeout: Duration,
    /// The installation's prefix, with its `:`.
    prefix: Arc<str>,
}

impl Redis {
    fn key(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }
}

#[derive(Debug, Default)]
pub struct Memory {
    values: Mutex<HashMap<String, (String, Instant)>>,
    sets: Mutex<HashMap<String, (HashSet<String>, Instant)>>,
}

impl Memory {
    fn prune<V>(map: &mut HashMap<String, (V, Instant)>) {
        // Amortised clean-up: only when the map has grown.
        if map.len() > 1024 && map.len().is_power_of_two() {
            let now = Instant::now();
            map.retain(|_, (_, until)| *until > now);
        }
    }
}

async fn timed<T>(
    timeout: Duration,
    call: impl std::future::Future<Output = redis::RedisResult<T>>,
) -> Result<T, StoreError> {
    let outcome = match tokio::time::timeout(timeout, call).await {
        Ok(result) => result.map_err(StoreError::from),
        Err(_) => Err(StoreError::Timeout),
    };
    if outcome.is_err() {
        crate::metrics::REDIS_ERRORS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    outcome
}

impl Store {
    /// This process's own store: no other installation reaches it, so its
    /// keys need no prefix.
    pub fn in_memory() -> Self {
        Self {
            backend: Backend::Memory(Arc::new(Memory::default())),
        }
    }

    /// Redis, each call giving up after `timeout`; every key and channel
    /// starts with `prefix` and a colon.
    pub fn redis(
        connection: redis::aio::ConnectionManager,
        timeout: Duration,
        prefix: &str,
    ) -> Self {
        Self {
            backend: Backend::Redis(Redis {
                connection,
                timeout,
                prefix: format!("{prefix}:").into(),
            }),
        }
    }

    /// Sends `message` to every listener of `channel` (Redis only: a store
    /// in this process has no other instance to tell).
    pub async fn publish(&self, channel: &str, message: &str) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Memory(_) => Ok(()),
            Backend::Redis(shared) => {
                let mut conn = shared.connection.clone();
                timed(
                    shared.timeout,
                    conn.publish::<_, _, i64>(shared.key(channel), message),
                )
                .await
                .map(drop)
            }
        }
    }

    /// A subscription to `channel` on the Redis at `url` (the one this
    /// store uses), under this store's prefix; `None` for a store in this
    /// process.
    pub async fn subscribe(
        &self,
        url: &str,
        channel: &str,
    ) -> Option<redis::RedisResult<redis::aio::PubSub>> {
        let Backend::Redis(shared) = &self.backend else {
            return None;
        };
        let subscribed = async {
            let client = redis::Client::open(url)?;
            let mut pubsub =
                tokio::time::timeout(Duration::from_secs(2), client.get_async_pubsub())
                    .await
                    .map_err(|_| {
                        redis::RedisError::from(std::io::Error::from(std::io::ErrorKind::TimedOut))
                    })??;
            pubsub.subscribe(shared.key(channel)).await?;
            Ok(pubsub)
        };
        Some(subscribed.await)
    }

    /// Stores `value` under `key` for `ttl`.
    pub async fn put<T: Serialize>(
        &self,
        key: &str,
        value: &T,
        ttl: Duration,
    ) -> Result<(), StoreError> {
        let json = serde_json::to_string(value)?;
        match &self.backend {
            Backend::Memory(m) => {
                let mut values = m.values.lock().unwrap_or_else(|p| p.into_inner());
                Memory::prune(&mut values);
                values.insert(key.to_owned(), (json, Instant::now() + ttl));
                Ok(())
            }
            Backend::Redis(shared) => {
                let (mut conn, timeout) = (shared.connection.clone(), shared.timeout);
                timed(
                    timeout,
                    conn.set_ex::<_, _, ()>(shared.key(key), json, ttl.as_secs().max(1)),
                )
                .await
            }
        }
    }

    /// Reads `key`; with `touch`, its time to live starts again (sliding
    /// expiry, for sessions).
    pub async fn get<T: DeserializeOwned>(
        &self,
        key: &str,
        touch: Option<Duration>,
    ) -> Result<Option<T>, StoreError> {
        let json: Option<String> = match &self.backend {
            Backend::Memory(m) => {
                let mut values = m.values.lock().unwrap_or_else(|p| p.into_inner());
                let now = Instant::now();
                match values.get_mut(key) {
                    Some((json, until)) if *until > now => {
                        if let Some(ttl) = touch {
                            *until = now + ttl;
                        }
                        Some(json.clone())
                    }
                    Some(_) => {
                        values.remove(key);
                        None
                    }
                    None => None,
                }
            }
            Backend::Redis(shared) => {
                let (mut conn, timeout) = (shared.connection.clone(), shared.timeout);
                match touch {
                    Some(ttl) => {
                        timed(
                            timeout,
                            conn.get_ex(shared.key(key), redis::Expiry::EX(ttl.as_secs().max(1))),
                        )
                        .await?
                    }
                    None => timed(timeout, conn.get(shared.key(key))).await?,
                }
            }
        };
        Ok(match json {
            Some(json) => Some(serde_json::from_str(&json)?),
            None => None,
        })
    }

    /// Reads several keys in one round trip; a missing key is `None`.
    pub async fn get_many<T: DeserializeOwned>(
        &self,
        keys: &[String],
    ) -> Result<Vec<Option<T>>, StoreError> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let jsons: Vec<Option<String>> = match &self.backend {
            Backend::Memory(m) => {
                let values = m.values.lock().unwrap_or_else(|p| p.into_inner());
                let now = Instant::now();
                keys.iter()
                    .map(|key| {
                        values
                            .get(key)
                            .filter(|(_, until)| *until > now)
                            .map(|(json, _)| json.clone())
                    })
                    .collect()
            }
            Backend::Redis(shared) => {
                let (mut conn, timeout) = (shared.connection.clone(), shared.timeout);
                let keys: Vec<String> = keys.iter().map(|key| shared.key(key)).collect();
                // MGET even for one key, so the reply is always a list.
                timed(timeout, redis::cmd("MGET").arg(keys).query_async(&mut conn)).await?
            }
        };
        jsons
            .into_iter()
            .map(|json| match json {
                Some(json) => serde_json::from_str(&json).map(Some),
                None => Ok(None),
            })
            .collect::<Result<_, _>>()
            .map_err(StoreError::from)
    }

    /// Reads and removes `key` in one step: a value taken once is gone.
    pub async fn take<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, StoreError> {
        let json: Option<String> = match &self.backend {
            Backend::Memory(m) => {
                let mut values = m.values.lock().unwrap_or_else(|p| p.into_inner());
                values
                    .remove(key)
                    .filter(|(_, until)| *until > Instant::now())
                    .map(|(json, _)| json)
            }
            Backend::Redis(shared) => {
                let (mut conn, timeout) = (shared.connection.clone(), shared.timeout);
                timed(timeout, conn.get_del(shared.key(key))).await?
            }
        };
        Ok(match json {
            Some(json) => Some(serde_json::from_str(&json)?),
            None => None,
        })
    }

    pub async fn delete(&self, key: &str) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Memory(m) => {
                m.values
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .remove(key);
                Ok(())
            }
            Backend::Redis(shared) => {
                let (mut conn, timeout) = (shared.connection.clone(), shared.timeout);
                timed(timeout, conn.del::<_, ()>(shared.key(key))).await
            }
        }
    }

    /// Adds `member` to the set at `key`, which lives at least `ttl` more.
    pub async fn add_member(
        &self,
        key: &str,
        member: &str,
        ttl: Duration,
    ) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Memory(m) => {
                let mut sets = m.sets.lock().unwrap_or_else(|p| p.into_inner());
                Memory::prune(&mut sets);
                let entry = sets
                    .entry(key.to_owned())
                    .or_insert_with(|| (HashSet::new(), Instant::now()));
                entry.0.insert(member.to_owned());
                entry.1 = entry.1.max(Instant::now() + ttl);
                Ok(())
            }
            Backend::Redis(shared) => {
                let (mut conn, timeout) = (shared.connection.clone(), shared.timeout);
                let key = shared.key(key);
                let mut pipe = redis::pipe();
                pipe.atomic()
                    .sadd(&key, member)
                    .ignore()
                    .expire(&key, ttl.as_secs().max(1) as i64)
                    .ignore();
                timed(timeout, pipe.query_async::<()>(&mut conn)).await
            }
        }
    }

    /// Removes and returns every member of the set at `key`.
    pub async fn take_members(&self, key: &str) -> Result<Vec<String>, StoreError> {
        match &self.backend {
            Backend::Memory(m) => Ok(m
                .sets
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(key)
                .map(|(set, _)| set.into_iter().collect())
                .unwrap_or_default()),
            Backend::Redis(shared) => {
                let (mut conn, timeout) = (shared.connection.clone(), shared.timeout);
                let mut pipe = redis::pipe();
                let key = shared.key(key);
                pipe.atomic().smembers(&key).del(&key).ignore();
                let (members,): (Vec<String>,) =
                    timed(timeout, pipe.query_async(&mut conn)).await?;
                Ok(members)
            }
        }
    }

    /// Counts one more event under `key` in a fixed window starting at the
    /// first event; returns the count including this one.
    pub async fn count(&self, key: &str, window: Duration) -> Result<u64, StoreError> {
        let counts = self.count_each(&[key.to_owned()], window).await?;
        Ok(counts.first().copied().unwrap_or_default())
    }

    /// Counts one more event under each of `keys`, as [`Self::count`]
    /// does for one, in one round trip; the counts in the keys' order.
    pub async fn count_each(
        &self,
        keys: &[String],
        window: Duration,
    ) -> Result<Vec<u64>, StoreError> {
        match &self.backend {
            Backend::Memory(m) => {
                let mut values = m.values.lock().unwrap_or_else(|p| p.into_inner());
                Memory::prune(&mut values);
                let now = Instant::now();
                Ok(keys
                    .iter()
                    .map(|key| {
                        let entry = values
                            .entry(key.clone())
                            .or_insert_with(|| ("0".into(), now + window));
                        if entry.1 <= now {
                            *entry = ("0".into(), now + window);
                        }
                        let n = entry.0.parse::<u64>().unwrap_or(0) + 1;
                        entry.0 = n.to_string();
                        n
                    })
                    .collect())
            }
            Backend::Redis(shared) => {
                let (mut conn, timeout) = (shared.connection.clone(), shared.timeout);
                let mut pipe = redis::pipe();
                pipe.atomic();
                for key in keys.iter().map(|key| shared.key(key)) {
                    pipe.incr(&key, 1)
                        .cmd("EXPIRE")
                        .arg(key)
                        .arg(window.as_secs().max(1))
                        .arg("NX")
                        .ignore();
                }
                timed(timeout, pipe.query_async(&mut conn)).await
            }
        }
    }

    /// The count under `key` without adding to it.
    pub async fn peek_count(&self, key: &str) -> Result<u64, StoreError> {
        match &self.backend {
            Backend::Memory(m) => {
                let values = m.values.lock().unwrap_or_else(|p| p.into_inner());
                Ok(values
                    .get(key)
                    .filter(|(_, until)| *until > Instant::now())
                    .and_then(|(n, _)| n.parse().ok())
                    .unwrap_or(0))
            }
            Backend::Redis(shared) => {
                let (mut conn, timeout) = (shared.connection.clone(), shared.timeout);
                let n: Option<u64> = timed(timeout, conn.get(shared.key(key))).await?;
                Ok(n.unwrap_or(0))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn values_expire_unless_touched() {
        let store = Store::in_memory();
        let short = Duration::from_millis(60);
        store.put("a", &1, short).await.expect("put");
        store.put("b", &2, short).await.expect("put");
        tokio::time::sleep(Duration::from_millis(40)).await;
        // Reading with `touch` starts the time to live again.
        assert_eq!(
            store.get::<i32>("b", Some(short)).await.expect("get"),
            Some(2)
        );
        tokio::time::sleep(Duration::from_millis(40)).await;
        assert_eq!(
            store.get::<i32>("a", None).await.expect("get"),
            None,
            "idle too long"
        );
        assert_eq!(store.get::<i32>("b", None).await.expect("get"), Some(2));
    }

    #[tokio::test]
    async fn several_values_read_at_once_in_order_with_gaps() {
        let store = Store::in_memory();
        store
            .put("x", &1, Duration::from_secs(5))
            .await
            .expect("put");
        store
            .put("gone", &2, Duration::from_millis(10))
            .await
            .expect("put");
        store
            .count("n", Duration::from_secs(5))
            .await
            .expect("count");
        tokio::time::sleep(Duration::from_millis(30)).await;
        let keys = ["n", "gone", "never", "x"].map(String::from);
        assert_eq!(
            store.get_many::<u64>(&keys).await.expect("read"),
            vec![Some(1), None, None, Some(1)]
        );
        assert!(store.get_many::<u64>(&[]).await.expect("read").is_empty());
    }

    #[tokio::test]
    async fn taken_values_are_gone_and_counts_reset_with_their_window() {
        let store = Store::in_memory();
        store
            .put("once", &"x", Duration::from_secs(5))
            .await
            .expect("put");
        assert_eq!(
            store.take::<String>("once").await.expect("take").as_deref(),
            Some("x")
        );
        assert_eq!(store.take::<String>("once").await.expect("take"), None);
        let window = Duration::from_millis(50);
        assert_eq!(store.count("c", window).await.expect("count"), 1);
        assert_eq!(store.count("c", window).await.expect("count"), 2);
        tokio::time::sleep(Duration::from_millis(70)).await;
        assert_eq!(store.peek_count("c").await.expect("peek"), 0);
        assert_eq!(store.count("c", window).await.expect("count"), 1);
    }
}
