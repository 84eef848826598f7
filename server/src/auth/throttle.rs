//! Failed sign-ins are limited per account and per address, in the shared
//! store so that every instance counts them together.

use std::{net::IpAddr, time::Duration};

use crate::store::{Store, StoreError};

pub const WINDOW: Duration = Duration::from_secs(15 * 60);
const PER_ACCOUNT: u64 = 5;
const PER_ADDRESS: u64 = 20;

fn keys(realm: &str, account: &str, address: IpAddr) -> [(String, u64); 2] {
    [
        (
            format!("throttle:{realm}:account:{}", account.to_lowercase()),
            PER_ACCOUNT,
        ),
        (format!("throttle:{realm}:address:{address}"), PER_ADDRESS),
    ]
}

/// Whether another attempt may be made now.
pub async fn allowed(
    store: &Store,
    realm: &str,
    account: &str,
    address: IpAddr,
) -> Result<bool, StoreError> {
    for (key, limit) in keys(realm, account, address) {
        if store.peek_count(&key).await? >= limit {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Counts a failed attempt, whether or not the account exists.
pub async fn failed(
    store: &Store,
    realm: &str,
    account: &str,
    address: IpAddr,
) -> Result<(), StoreError> {
    for (key, _) in keys(realm, account, address) {
        store.count(&key, WINDOW).await?;
    }
    Ok(())
}
