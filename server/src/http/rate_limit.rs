//! Request rate limits on a city's site and the platform: sign-in, submissions and the API,
//! per person and per address, in fixed one-minute windows counted in the
//! shared store (Redis when configured) so that every instance counts
//! together. When the shared store cannot be reached the limits are kept
//! per instance, never dropped, and `/readyz` says so.

use std::{net::IpAddr, sync::atomic::Ordering, time::Duration};

use axum::http::Method;

use super::state::ServerState;

use crate::ids::PersonId;

pub const WINDOW: Duration = Duration::from_secs(60);

/// What a request is, for the limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    SignIn,
    Submission,
    Api,
}

impl Class {
    /// The class of a request to a city's site (path inside the site) or
    /// to the platform.
    pub fn of(method: &Method, path: &str) -> Option<Self> {
        let posting = method == Method::POST;
        // A city's password sign-in and invitations; the platform's sign-in
        // and password setup.
        if posting
            && (path == "/auth/local"
                || path.starts_with("/invitations/")
                || path == "/signin"
                || path.starts_with("/account/setup/"))
        {
            return Some(Self::SignIn);
        }
        if path == "/auth/sso" {
            return Some(Self::SignIn);
        }
        if posting && path.starts_with("/proposals/") && path.ends_with("/submit") {
            return Some(Self::Submission);
        }
        if posting && path.starts_with("/api/v1/proposals/") && path.ends_with("/submit") {
            return Some(Self::Submission);
        }
        if path.starts_with("/api/") {
            return Some(Self::Api);
        }
        None
    }

    fn name(self) -> &'static str {
        match self {
            Self::SignIn => "signin",
            Self::Submission => "submit",
            Self::Api => "api",
        }
    }

    /// Requests a minute: (per person, per address). A person's limit
    /// applies once they are known (signed in or by token).
    pub fn limits(self) -> (u64, u64) {
        match self {
            Self::SignIn => (30, 60),
            Self::Submission => (20, 200),
            Self::Api => (300, 1_200),
        }
    }
}

/// After the shared store failed, how long counts stay on this instance
/// before the shared store is tried again (so that a Redis outage does not
/// add its timeout to every request, and its return is noticed).
const RETRY_SHARED: Duration = Duration::from_secs(5);

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Counts one request under each of `keys`, in one round trip: in the
/// shared store, else (it cannot be reached, or failed moments ago) in this
/// instance's own.
async fn count(app: &ServerState, keys: &[String]) -> Vec<u64> {
    let failed_at = app.limits_degraded.load(Ordering::Relaxed);
    if failed_at == 0 || now_secs() >= failed_at + RETRY_SHARED.as_secs() {
        match app.store.count_each(keys, WINDOW).await {
            Ok(counts) => {
                if failed_at != 0 {
                    tracing::info!("rate limits shared again");
                }
                app.limits_degraded.store(0, Ordering::Relaxed);
                return counts;
            }
            Err(error) => {
                if failed_at == 0 {
                    tracing::warn!(%error, "rate limits counted per instance until the shared store answers");
                }
                app.limits_degraded
                    .store(now_secs().max(1), Ordering::Relaxed);
            }
        }
    }
    app.local_limits
        .count_each(keys, WINDOW)
        .await
        .unwrap_or_else(|_| vec![u64::MAX; keys.len()])
}

/// Whether the request may go on; otherwise the seconds to wait.
pub async fn check(
    app: &ServerState,
    realm: crate::auth::Realm,
    class: Class,
    person: Option<PersonId>,
    address: Option<IpAddr>,
) -> Result<(), u64> {
    let (per_person, per_address) = class.limits();
    let (per_person, per_address) = (
        per_person.saturating_mul(app.rate_limit_factor),
        per_address.saturating_mul(app.rate_limit_factor),
    );
    let realm = match realm {
        crate::auth::Realm::Tenant(id) => format!("t{id}"),
        crate::auth::Realm::Platform => "platform".to_owned(),
    };
    let prefix = format!("rl:{realm}:{}", class.name());
    let mut limited = Vec::with_capacity(2);
    if let Some(person) = person {
        limited.push((format!("{prefix}:p:{person}"), per_person));
    }
    if let Some(address) = address {
        limited.push((format!("{prefix}:a:{address}"), per_address));
    }
    if limited.is_empty() {
        return Ok(());
    }
    let keys: Vec<String> = limited.iter().map(|(key, _)| key.clone()).collect();
    let counts = count(app, &keys).await;
    let over = limited
        .iter()
        .zip(counts)
        .any(|((_, limit), count)| count > *limit);
    if over { Err(WINDOW.as_secs()) } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_classed_by_what_they_do() {
        assert_eq!(Class::of(&Method::POST, "/auth/local"), Some(Class::SignIn));
        assert_eq!(Class::of(&Method::POST, "/signin"), Some(Class::SignIn));
        assert_eq!(
            Class::of(&Method::POST, "/account/setup/x"),
            Some(Class::SignIn)
        );
        assert_eq!(Class::of(&Method::GET, "/signin"), None);
        assert_eq!(Class::of(&Method::GET, "/auth/sso"), Some(Class::SignIn));
        assert_eq!(
            Class::of(&Method::POST, "/proposals/7/submit"),
            Some(Class::Submission)
        );
        assert_eq!(
            Class::of(&Method::POST, "/api/v1/proposals/7/submit"),
            Some(Class::Submission)
        );
        assert_eq!(Class::of(&Method::GET, "/api/v1/calls"), Some(Class::Api));
        assert_eq!(Class::of(&Method::GET, "/proposals/7"), None);
        assert_eq!(
            Class::of(&Method::POST, "/proposals/7"),
            None,
            "saving drafts is not limited"
        );
    }
}
