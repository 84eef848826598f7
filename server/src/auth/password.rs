//! Local passwords (invited outside experts, platform accounts): argon2id,
//! and the throttled sign-in with one.

use std::net::IpAddr;

use super::{
    session::{Principal, Realm},
    throttle,
};
use crate::error::{AppError, FieldIssue};
use crate::store::Store;

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 256;

/// Why a new password is refused; each is a Fluent message id.
pub fn problem(password: &str, confirmation: &str) -> Option<&'static str> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        Some("password-too-short")
    } else if length > MAX_LENGTH {
        Some("password-too-long")
    } else if password != confirmation {
        Some("password-mismatch")
    } else {
        None
    }
}

pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash of a password no one has, so that an unknown account costs the
/// same time to refuse as a wrong password (no timing tells which).
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("no account has this password").unwrap_or_default())
}

/// Hashes off the async threads: argon2 is slow on purpose.
pub async fn hash_off_thread(password: &str) -> Result<String, AppError> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || hash(&password))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// What a password sign-in came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInOutcome {
    /// The password matched: the account's principal.
    SignedIn(Principal),
    /// No such account, or not its password (the two look alike).
    Wrong,
    /// Too many recent failures for the account or the address.
    Throttled,
}

/// Checks a password, throttled per account and per address. The caller
/// found `account` (who, and their stored hash) by `email`; an unknown
/// email costs the same time and gets the same answer as a wrong password.
pub async fn check(
    store: &Store,
    realm: Realm,
    email: &str,
    password: &str,
    address: IpAddr,
    account: Option<(Principal, String)>,
) -> Result<SignInOutcome, AppError> {
    let throttle_key = match realm {
        Realm::Tenant(id) => format!("t{id}"),
        Realm::Platform => "platform".to_owned(),
    };
    if !throttle::allowed(store, &throttle_key, email, address).await? {
        return Ok(SignInOutcome::Throttled);
    }
    let stored = account
        .as_ref()
        .map_or_else(|| decoy_hash().to_owned(), |(_, hash)| hash.clone());
    let candidate = password.to_owned();
    let matches = tokio::task::spawn_blocking(move || verify(&candidate, &stored))
        .await
        .unwrap_or(false);
    match account {
        Some((principal, _)) if matches => Ok(SignInOutcome::SignedIn(principal)),
        _ => {
            throttle::failed(store, &throttle_key, email, address).await?;
            Ok(SignInOutcome::Wrong)
        }
    }
}

/// A new password's problem as a refusal of the `password` field.
pub fn refuse(password: &str, confirmation: &str) -> Result<(), AppError> {
    match problem(password, confirmation) {
        Some(message) => Err(AppError::Invalid(vec![FieldIssue::new(
            "password", message,
        )])),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_only_their_password() {
        let stored = hash("correct horse battery").expect("hash");
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &stored));
        assert!(!verify("correct horse batterx", &stored));
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn new_passwords_are_checked() {
        assert_eq!(problem("short", "short"), Some("password-too-short"));
        assert_eq!(
            problem("long enough pw", "long enough px"),
            Some("password-mismatch")
        );
        assert_eq!(problem("long enough pw", "long enough pw"), None);
    }
}
