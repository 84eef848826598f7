//! Who is behind a session, remembered by this instance for a few seconds.
//! Every signed-in request would otherwise read its session from Redis and
//! the person and their roles from the database before its page's own
//! queries: two round trips of the four to six a page makes.
//!
//! The rule: a change to a person's sessions, roles or settings made
//! through the platform ([`changed`]: sign-out, deactivation, erasure, a
//! role granted or removed, a language chosen) is forgotten at once here
//! and, through a Redis channel, on every other instance; an entry lives
//! [`TTL`] at most in any case (a change made around the platform, in the
//! database, shows within that). While an instance that shares Redis is
//! not subscribed to the channel (starting up, or Redis unreachable), it
//! remembers nothing, so that it cannot miss another instance's change.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use futures_util::StreamExt;

use super::{Principal, Realm, Viewer};
use crate::store::Store;

/// How long a remembered viewer is used without asking again.
pub const TTL: Duration = Duration::from_secs(5);
/// Beyond this many fresh sessions, all are dropped (the next requests ask
/// again).
const MOST: usize = 100_000;

#[derive(Debug)]
pub struct ViewerCache {
    entries: Mutex<HashMap<String, (Instant, Viewer)>>,
    /// Whether every change reaches this instance: always when it is alone
    /// (no Redis), else while it listens to the channel.
    hears_changes: AtomicBool,
}

impl ViewerCache {
    /// A cache for an instance alone (`shared: false`) or one of several
    /// sharing Redis, which remembers nothing until [`listen`] subscribes.
    pub fn new(shared: bool) -> Self {
        Self {
            entries: Mutex::default(),
            hears_changes: AtomicBool::new(!shared),
        }
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, Viewer)>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The viewer of session `id` in `realm`, if remembered and fresh.
    pub fn get(&self, realm: Realm, id: &str) -> Option<Viewer> {
        if !self.hears_changes.load(Ordering::Acquire) {
            return None;
        }
        let entries = self.entries();
        let (at, viewer) = entries.get(id)?;
        (at.elapsed() < TTL && viewer.session.realm == realm).then(|| viewer.clone())
    }

    pub fn put(&self, viewer: &Viewer) {
        if !self.hears_changes.load(Ordering::Acquire) {
            return;
        }
        let mut entries = self.entries();
        // Expired entries go whenever the map has doubled since the last
        // clean-up, so it holds about twice the sessions of the last TTL.
        if entries.len() >= 1024 && entries.len().is_power_of_two() {
            entries.retain(|_, (at, _)| at.elapsed() < TTL);
            entries.shrink_to_fit();
        }
        if entries.len() >= MOST {
            entries.clear();
        }
        entries.insert(viewer.session_id.clone(), (Instant::now(), viewer.clone()));
    }

    /// Forgets every session of `principal` in `realm`.
    pub fn forget(&self, realm: Realm, principal: Principal) {
        self.entries()
            .retain(|_, (_, v)| !(v.session.realm == realm && v.session.principal == principal));
    }

    fn set_hearing(&self, hearing: bool) {
        if !hearing {
            self.entries().clear();
        }
        self.hears_changes.store(hearing, Ordering::Release);
    }
}

/// The channel of viewer changes (the store adds the installation's prefix).
const CHANNEL: &str = "viewer-changed";

/// A person's sessions, roles or settings changed: forgotten here, and
/// announced to the other instances.
pub async fn changed(viewers: &ViewerCache, store: &Store, realm: Realm, principal: Principal) {
    viewers.forget(realm, principal);
    let message = match serde_json::to_string(&(realm, principal)) {
        Ok(message) => message,
        Err(error) => {
            tracing::error!(%error, "viewer change not encoded");
            return;
        }
    };
    if store.publish(CHANNEL, &message).await.is_err() {
        // Other instances then forget it within TTL.
        tracing::warn!(city = ?realm, "viewer change not announced to other instances");
    }
}

/// Listens, for as long as the server runs, to the other instances' changes
/// on Redis at `url`; reconnects after a second when the subscription ends.
pub async fn listen(viewers: Arc<ViewerCache>, store: Store, url: String) {
    loop {
        match store.subscribe(&url, CHANNEL).await {
            None => return,
            Some(Ok(mut pubsub)) => {
                viewers.set_hearing(true);
                let mut messages = pubsub.on_message();
                while let Some(message) = messages.next().await {
                    let Ok(payload) = message.get_payload::<String>() else {
                        continue;
                    };
                    match serde_json::from_str::<(Realm, Principal)>(&payload) {
                        Ok((realm, principal)) => viewers.forget(realm, principal),
                        Err(error) => tracing::warn!(%error, "unreadable viewer change"),
                    }
                }
                tracing::warn!("viewer changes channel closed; remembering no viewer until back");
            }
            Some(Err(error)) => {
                tracing::warn!(%error, "viewer changes channel unavailable; remembering no viewer");
            }
        }
        viewers.set_hearing(false);
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Session;
    use crate::ids::PersonId;

    fn viewer(session_id: &str, realm: Realm, principal: Principal) -> Viewer {
        Viewer {
            session_id: session_id.to_owned(),
            by_token: false,
            session: Session {
                realm,
                principal,
                csrf: String::new(),
                id_token: None,
            },
            name: String::new(),
            email: String::new(),
            roles: Vec::new(),
            user: None,
            local: false,
        }
    }

    #[test]
    fn remembered_per_session_and_realm_until_the_person_changes() {
        let cache = ViewerCache::new(false);
        let (turin, porto) = (Realm::Tenant(1), Realm::Tenant(2));
        cache.put(&viewer("a", turin, Principal::User(PersonId(7))));
        cache.put(&viewer("b", turin, Principal::User(PersonId(7))));
        cache.put(&viewer("c", turin, Principal::User(PersonId(8))));
        assert_eq!(
            cache.get(turin, "a").map(|v| v.session_id),
            Some("a".into())
        );
        assert!(cache.get(porto, "a").is_none(), "another city's session id");
        assert!(cache.get(turin, "z").is_none());
        cache.forget(turin, Principal::User(PersonId(7)));
        assert!(cache.get(turin, "a").is_none());
        assert!(cache.get(turin, "b").is_none());
        assert!(cache.get(turin, "c").is_some(), "someone else's stays");
    }

    #[test]
    fn expired_sessions_do_not_pile_up() {
        let cache = ViewerCache::new(false);
        let stale = Instant::now() - TTL;
        for n in 0..1023 {
            cache.entries().insert(
                format!("old{n}"),
                (
                    stale,
                    viewer("x", Realm::Platform, Principal::PlatformAccount(1)),
                ),
            );
        }
        cache.put(&viewer(
            "new",
            Realm::Platform,
            Principal::PlatformAccount(2),
        ));
        cache.put(&viewer(
            "newer",
            Realm::Platform,
            Principal::PlatformAccount(3),
        ));
        assert_eq!(cache.entries().len(), 2, "the expired ones went");
        assert!(cache.get(Realm::Platform, "newer").is_some());
    }

    #[test]
    fn nothing_remembered_while_other_instances_cannot_be_heard() {
        let cache = ViewerCache::new(true);
        cache.put(&viewer("a", Realm::Platform, Principal::PlatformAccount(1)));
        assert!(cache.get(Realm::Platform, "a").is_none());
        cache.set_hearing(true);
        cache.put(&viewer("a", Realm::Platform, Principal::PlatformAccount(1)));
        assert!(cache.get(Realm::Platform, "a").is_some());
        cache.set_hearing(false);
        cache.set_hearing(true);
        assert!(
            cache.get(Realm::Platform, "a").is_none(),
            "forgotten while deaf"
        );
    }
}
