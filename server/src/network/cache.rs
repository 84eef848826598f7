//! The network's figures, cached per city under the city's data version:
//! a city's entry is `<prefix>:kpi:<city>:<version>`, so no city's cached
//! figures are ever another's, and a change in a city (any successful
//! change request on its site, or a phase the platform moves) bumps its
//! version, which every instance reads from the shared store (Redis when
//! configured): the next dashboard recomputes that city, on any instance.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::kpis::{self, Edition, Figures, Network};
use crate::{error::AppError, http::AppState, tenancy::TenantId};

/// How long a computed city stays cached even if nothing changes.
const KEEP: Duration = Duration::from_secs(3_600);
/// A version counter outlives every cached entry it could collide with.
const VERSION_LIFE: Duration = Duration::from_secs(30 * 86_400);

fn version_key(app: &AppState, city: TenantId) -> String {
    format!("{}:dv:{}", app.cache_prefix, city.get())
}

/// Marks a city's data as changed.
pub async fn touch(app: &AppState, city: TenantId) {
    if let Err(error) = app.store.count(&version_key(app, city), VERSION_LIFE).await {
        tracing::warn!(%error, city = city.get(), "data version not bumped; cached figures may lag");
    }
}

/// What is cached of one city.
#[derive(Serialize, Deserialize)]
struct CityPart {
    calls: Vec<(Edition, Figures)>,
    years: Vec<(i32, Figures)>,
}

/// The network's figures for `cities`: cached ones as they are, the
/// others computed together and cached.
pub async fn network(app: &AppState, cities: &[TenantId]) -> Result<Network, AppError> {
    let (network, missing) = cached(app, cities).await;
    if missing.is_empty() {
        return Ok(network);
    }
    // In a task of its own, so that a reader who gives up does not waste
    // the computation: it still fills the cache for the next.
    let (app, cities) = (app.clone(), cities.to_vec());
    tokio::spawn(async move { compute_missing(&app, &cities).await })
        .await
        .map_err(|error| AppError::Internal(format!("network figures: {error}")))?
}

/// Computes and caches the figures of `cities` missing from the cache.
async fn compute_missing(app: &AppState, cities: &[TenantId]) -> Result<Network, AppError> {
    // One computation at a time on this instance: after a change, a burst
    // of readers would otherwise all compute the same figures at once and
    // none would finish in time; the first computes, the others then find
    // its result cached.
    let _turn = app.network_computing.lock().await;
    let (mut network, missing) = cached(app, cities).await;
    if missing.is_empty() {
        return Ok(network);
    }
    let ids: Vec<TenantId> = missing.iter().map(|(c, _)| *c).collect();
    let computed = kpis::compute(&app.db, &ids).await?;
    for (city, key) in missing {
        let part = CityPart {
            calls: computed
                .calls
                .iter()
                .filter(|(e, _)| e.tenant_id == city.get())
                .map(|(e, f)| (e.clone(), f.clone()))
                .collect(),
            years: computed
                .years
                .iter()
                .filter(|((t, _), _)| *t == city.get())
                .map(|((_, y), f)| (*y, f.clone()))
                .collect(),
        };
        if let Some(key) = key
            && let Err(error) = app.store.put(&key, &part, KEEP).await
        {
            tracing::warn!(%error, "network figures not cached");
        }
        merge(&mut network, city.get(), part);
    }
    Ok(network)
}

/// The cached part of `cities`' figures, and the cities missing from the
/// cache with the key their figures go under (none when the city's data
/// version is unreadable: then they are computed, never cached).
async fn cached(app: &AppState, cities: &[TenantId]) -> (Network, Vec<(TenantId, Option<String>)>) {
    let mut network = Network::default();
    let mut missing = Vec::new();
    for city in cities {
        let Ok(version) = app.store.peek_count(&version_key(app, *city)).await else {
            missing.push((*city, None));
            continue;
        };
        let key = format!("{}:kpi:{}:{version}", app.cache_prefix, city.get());
        match app.store.get::<CityPart>(&key, None).await {
            Ok(Some(part)) => merge(&mut network, city.get(), part),
            _ => missing.push((*city, Some(key.clone()))),
        }
    }
    (network, missing)
}

fn merge(network: &mut Network, city: i32, part: CityPart) {
    for (edition, figures) in part.calls {
        network.calls.insert(edition, figures);
    }
    for (year, figures) in part.years {
        network.years.insert((city, year), figures);
    }
}
