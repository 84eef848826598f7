//! The network's figures, cached per city under the city's data version:
//! a city's entry is `<prefix>:kpi:v4:<city>:<version>`, so no city's cached
//! figures are ever another's, and a change in a city (any successful
//! change request on its site, or a phase the platform moves) bumps its
//! version, which every instance reads from the shared store (Redis when
//! configured): the next dashboard recomputes that city, on any instance.
//!
//! Every such change also bumps the network's version, and so does a
//! change outside any city (a city added or suspended): each instance
//! keeps what the coordinators' dashboard is made of (the cities, the
//! library, the figures, the bodies rendered from them) while that one
//! number stays, so that a reader costs one read of the store. It is read
//! again at least every [`SNAPSHOT_FRESH`], for changes made around the
//! platform (in the database itself).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};

use super::kpis::{self, Cocreation, Edition, Figures, Implementation, Network};
use crate::ids::CallId;
use crate::{
    error::AppError,
    i18n::Lang,
    library::service::{self as library, Entry},
    store::Store,
    tenancy::TenantId,
    tenants,
    web::gzip,
};

/// How long a computed city stays cached even if nothing changes.
const KEEP: Duration = Duration::from_secs(3_600);
/// A version counter outlives every cached entry it could collide with.
const VERSION_LIFE: Duration = Duration::from_secs(30 * 86_400);
/// The longest this instance uses its snapshot without reading the
/// cities and the library again.
const SNAPSHOT_FRESH: Duration = Duration::from_secs(5);

fn version_key(city: TenantId) -> String {
    format!("dv:{}", city.get())
}

fn network_key() -> String {
    "dv:network".to_owned()
}

async fn bump(store: &Store, keys: &[String]) {
    if let Err(error) = store.count_each(keys, VERSION_LIFE).await {
        tracing::warn!(%error, ?keys, "data version not bumped; cached figures may lag");
    }
}

/// Marks a city's data as changed, and so the network's.
pub async fn touch(store: &Store, city: TenantId) {
    bump(store, &[version_key(city), network_key()]).await;
}

/// Marks a change outside any city (the platform's: a city added,
/// suspended, renamed by the operator): the network is read again.
pub async fn touch_network(store: &Store) {
    bump(store, &[network_key()]).await;
}

/// What the network's dashboards are made of, as this instance last read
/// it.
pub struct Snapshot {
    /// The network's version it was read at.
    version: u64,
    read: Instant,
    /// The active cities.
    pub cities: Vec<tenants::Model>,
    pub practices: Vec<Entry>,
    /// The call formats that travelled: calls other cities started from.
    pub formats: Vec<crate::calls::edition::Travel>,
    pub network: Arc<Network>,
    /// The years with figures, in order.
    pub years: Vec<i32>,
    /// Dashboard bodies rendered from it (and compressed), by language and
    /// the query string they answer, so that a view of a kept body reads
    /// nothing else of the snapshot.
    rendered: Mutex<Vec<(RenderedFor, Arc<gzip::Shared>)>>,
}

type RenderedFor = (Lang, String);

/// Rendered bodies kept per snapshot: a few languages times a few choices.
const RENDERED_KEPT: usize = 32;

impl Snapshot {
    fn rendered(&self) -> std::sync::MutexGuard<'_, Vec<(RenderedFor, Arc<gzip::Shared>)>> {
        self.rendered.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The body rendered before for this language and query string.
    pub fn body(&self, lang: Lang, query: &str) -> Option<Arc<gzip::Shared>> {
        self.rendered()
            .iter()
            .find(|((l, q), _)| *l == lang && q == query)
            .map(|(_, body)| body.clone())
    }

    /// Keeps a body rendered from this snapshot for a language and query
    /// string. The year a query without one opens on depends on the date
    /// only through deadlines, and a call passing its deadline changes the
    /// network's version, so no kept body outlives its year.
    pub fn keep(&self, lang: Lang, query: String, body: Arc<gzip::Shared>) {
        let mut kept = self.rendered();
        kept.retain(|((l, q), _)| !(*l == lang && *q == query));
        if kept.len() >= RENDERED_KEPT {
            kept.remove(0);
        }
        kept.push(((lang, query), body));
    }
}

/// The network as the dashboards show it: this instance's snapshot while
/// the network's version has not moved (and for [`SNAPSHOT_FRESH`] at
/// most), else read again.
pub async fn snapshot(
    db: &DatabaseConnection,
    store: &Store,
    local: &Arc<Local>,
) -> Result<Arc<Snapshot>, AppError> {
    let version = match store.peek_count(&network_key()).await {
        Ok(version) => Some(version),
        Err(error) => {
            tracing::warn!(%error, "network version unreadable; network read afresh");
            None
        }
    };
    let last = local.snapshot().clone();
    if let (Some(version), Some(last)) = (version, &last)
        && last.version == version
        && last.read.elapsed() < SNAPSHOT_FRESH
    {
        return Ok(last.clone());
    }
    let cities: Vec<tenants::Model> = tenants::list(db)
        .await?
        .into_iter()
        .filter(|t| t.status == tenants::TenantStatus::Active)
        .collect();
    let practices = library::network(db).await?;
    let formats = crate::calls::edition::travels(db).await?;
    let ids: Vec<TenantId> = cities.iter().map(TenantId::of).collect();
    let network = network(db, store, local, &ids).await?;
    // Nothing changed since the last read: the bodies rendered from it
    // still hold.
    let rendered = match &last {
        Some(last)
            if Arc::ptr_eq(&last.network, &network)
                && last.cities == cities
                && last.practices == practices
                && last.formats == formats =>
        {
            last.rendered().clone()
        }
        _ => Vec::new(),
    };
    let mut years: Vec<i32> = network
        .years
        .keys()
        .chain(network.cocreation_years.keys())
        .map(|(_, y)| *y)
        .collect();
    years.sort_unstable();
    years.dedup();
    let snapshot = Arc::new(Snapshot {
        version: version.unwrap_or_default(),
        read: Instant::now(),
        cities,
        practices,
        formats,
        network,
        years,
        rendered: Mutex::new(rendered),
    });
    if version.is_some() {
        *local.snapshot() = Some(snapshot.clone());
    }
    Ok(snapshot)
}

/// What is cached of one city.
#[derive(Serialize, Deserialize)]
struct CityPart {
    calls: Vec<(Edition, Figures)>,
    years: Vec<(i32, Figures)>,
    implementation: Implementation,
    titles: Vec<(CallId, Vec<(String, String)>)>,
    cocreation: Vec<(Edition, Cocreation)>,
    cocreation_years: Vec<(i32, Cocreation)>,
}

/// This instance's side of the cache.
#[derive(Default)]
pub struct Local {
    /// Held while this instance computes figures: after a change, a burst
    /// of readers would otherwise all compute the same figures at once and
    /// none would finish in time; the first computes, the others then find
    /// its result cached.
    computing: tokio::sync::Mutex<()>,
    /// The network last put together here, under the cities' data versions
    /// it was read at: while no city changes, a reader gets it without
    /// fetching and decoding every city's part again.
    last: std::sync::Mutex<Option<Memo>>,
    /// What the dashboards were last made of ([`snapshot`]).
    snapshot: Mutex<Option<Arc<Snapshot>>>,
    /// Submissions of calls past their deadline, by (city, call): stored
    /// once and never changed after, so kept for good.
    closed_submitted: std::sync::Mutex<HashMap<(i32, CallId), i64>>,
}

/// Past calls' submission counts kept per instance, at most.
const CLOSED_KEPT: usize = 100_000;

/// Submitted proposals of one city's calls that are past their deadline
/// (`kpis::closed_submitted`): read from the database once per instance.
pub async fn closed_submitted(
    db: &DatabaseConnection,
    local: &Local,
    city: TenantId,
    calls: &[&crate::calls::Model],
) -> Result<HashMap<CallId, i64>, AppError> {
    let mut known = HashMap::new();
    let mut missing = Vec::new();
    {
        let kept = local.closed_submitted();
        for call in calls.iter().filter(|c| c.phase.is_past_deadline()) {
            match kept.get(&(city.get(), call.id)) {
                Some(n) => {
                    known.insert(call.id, *n);
                }
                None => missing.push(*call),
            }
        }
    }
    if missing.is_empty() {
        return Ok(known);
    }
    let read = kpis::closed_submitted(db, city, &missing).await?;
    let mut kept = local.closed_submitted();
    if kept.len() + read.len() > CLOSED_KEPT {
        kept.clear();
    }
    for (call, n) in read {
        kept.insert((city.get(), call), n);
        known.insert(call, n);
    }
    Ok(known)
}

struct Memo {
    read_at: Vec<(TenantId, u64)>,
    network: Arc<Network>,
    /// Kept no longer than a cached part, in case a change bumped no
    /// version.
    until: Instant,
}

/// The network's figures for `cities`: cached ones as they are, the
/// others computed together and cached.
async fn network(
    db: &DatabaseConnection,
    store: &Store,
    local: &Arc<Local>,
    cities: &[TenantId],
) -> Result<Arc<Network>, AppError> {
    let Some(versions) = versions(store, cities).await else {
        // The store is unreachable: computed from the database, uncached,
        // still one computation at a time.
        let (db, local, cities) = (db.clone(), local.clone(), cities.to_vec());
        let computed = tokio::spawn(async move {
            let _turn = local.computing.lock().await;
            kpis::compute(&db, &cities).await
        })
        .await
        .map_err(|error| AppError::Internal(format!("network figures: {error}")))??;
        return Ok(Arc::new(computed));
    };
    let read_at: Vec<(TenantId, u64)> = cities.iter().copied().zip(versions).collect();
    if let Some(memo) = local.last().as_ref()
        && memo.read_at == read_at
        && memo.until > Instant::now()
    {
        return Ok(memo.network.clone());
    }
    let (network, missing) = cached(store, &read_at).await;
    let network = if missing.is_empty() {
        network
    } else {
        // In a task of its own, so that a reader who gives up does not
        // waste the computation: it still fills the cache for the next.
        let (db, store, local, read_at) =
            (db.clone(), store.clone(), local.clone(), read_at.clone());
        tokio::spawn(async move { compute_missing(&db, &store, &local, &read_at).await })
            .await
            .map_err(|error| AppError::Internal(format!("network figures: {error}")))??
    };
    let network = Arc::new(network);
    *local.last() = Some(Memo {
        read_at,
        network: network.clone(),
        until: Instant::now() + KEEP,
    });
    Ok(network)
}

impl Local {
    fn last(&self) -> std::sync::MutexGuard<'_, Option<Memo>> {
        self.last.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn closed_submitted(&self) -> std::sync::MutexGuard<'_, HashMap<(i32, CallId), i64>> {
        self.closed_submitted
            .lock()
            .unwrap_or_else(|p| p.into_inner())
    }

    fn snapshot(&self) -> std::sync::MutexGuard<'_, Option<Arc<Snapshot>>> {
        self.snapshot.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl std::fmt::Debug for Local {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("network::cache::Local")
    }
}

/// Each city's data version, in one round trip; none when the store cannot
/// be read.
async fn versions(store: &Store, cities: &[TenantId]) -> Option<Vec<u64>> {
    let keys: Vec<String> = cities.iter().map(|c| version_key(*c)).collect();
    // A counter never bumped is version 0.
    match store.get_many::<u64>(&keys).await {
        Ok(versions) => Some(
            versions
                .into_iter()
                .map(Option::unwrap_or_default)
                .collect(),
        ),
        Err(error) => {
            tracing::warn!(%error, "data versions unreadable; network figures computed uncached");
            None
        }
    }
}

/// Computes and caches the figures of the cities missing from the cache,
/// each under the version it was read at.
async fn compute_missing(
    db: &DatabaseConnection,
    store: &Store,
    local: &Local,
    read_at: &[(TenantId, u64)],
) -> Result<Network, AppError> {
    let _turn = local.computing.lock().await;
    let (mut network, missing) = cached(store, read_at).await;
    if missing.is_empty() {
        return Ok(network);
    }
    let ids: Vec<TenantId> = missing.iter().map(|(c, _)| *c).collect();
    let computed = kpis::compute(db, &ids).await?;
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
            implementation: computed
                .implementation
                .get(&city.get())
                .cloned()
                .unwrap_or_default(),
            titles: computed
                .calls
                .keys()
                .chain(computed.cocreation.keys())
                .filter(|e| e.tenant_id == city.get())
                .filter_map(|e| Some((e.call_id, computed.titles.get(&e.call_id)?.clone())))
                .collect(),
            cocreation: computed
                .cocreation
                .iter()
                .filter(|(e, _)| e.tenant_id == city.get())
                .map(|(e, c)| (e.clone(), c.clone()))
                .collect(),
            cocreation_years: computed
                .cocreation_years
                .iter()
                .filter(|((t, _), _)| *t == city.get())
                .map(|((_, y), c)| (*y, c.clone()))
                .collect(),
        };
        if let Err(error) = store.put(&key, &part, KEEP).await {
            tracing::warn!(%error, "network figures not cached");
        }
        merge(&mut network, city.get(), part);
    }
    Ok(network)
}

fn part_key(city: TenantId, version: u64) -> String {
    // `v4`: parts cached before the participation funnel are not read as
    // calls that nobody opened and no mailing reached.
    format!("kpi:v4:{}:{version}", city.get())
}

/// The cached part of the cities' figures at their versions, and the
/// cities missing from the cache with the key their figures go under: one
/// round trip to the store whatever the number of cities.
async fn cached(store: &Store, read_at: &[(TenantId, u64)]) -> (Network, Vec<(TenantId, String)>) {
    let mut network = Network::default();
    let keys: Vec<String> = read_at
        .iter()
        .map(|(city, version)| part_key(*city, *version))
        .collect();
    let parts = match store.get_many::<CityPart>(&keys).await {
        Ok(parts) => parts,
        Err(error) => {
            tracing::warn!(%error, "cached network figures unreadable; computing them");
            keys.iter().map(|_| None).collect()
        }
    };
    let mut missing = Vec::new();
    for (((city, _), key), part) in read_at.iter().zip(keys).zip(parts) {
        match part {
            Some(part) => merge(&mut network, city.get(), part),
            None => missing.push((*city, key)),
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
    network.implementation.insert(city, part.implementation);
    network.titles.extend(part.titles);
    network.cocreation.extend(part.cocreation);
    for (year, figures) in part.cocreation_years {
        network.cocreation_years.insert((city, year), figures);
    }
}
