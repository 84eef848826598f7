//! The accept loop, and what one client may hold of the server: headers
//! must arrive within [`HEADER_TIMEOUT`], a body may not stall for
//! [`BODY_IDLE_TIMEOUT`] nor take longer than [`BODY_DEADLINE`] in all, a
//! peer that is not a trusted proxy keeps at most
//! [`CONNECTIONS_PER_PEER`] connections open, and each client (by its
//! address as the trusted-proxy rule gives it) has at most
//! [`REQUESTS_PER_CLIENT`] requests in progress. Without these, a few
//! hundred connections that send nothing, or declare a body they never
//! send, hold the server's slots for ever.

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{Router, body::Body, extract::ConnectInfo};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tower::ServiceExt;
use tower_http::timeout::{DeadlineBody, TimeoutBody};

/// The whole request head must arrive within this.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// A request body that sends nothing for this long is abandoned.
pub const BODY_IDLE_TIMEOUT: Duration = Duration::from_secs(10);
/// And no body takes longer than this in all (the largest attachment over
/// a slow link).
pub const BODY_DEADLINE: Duration = Duration::from_secs(120);
/// Open connections of one peer (not a trusted proxy): generous, as a
/// city hall's browsers may all come from one NAT address.
pub const CONNECTIONS_PER_PEER: u64 = 256;
/// Requests of one client in progress at once.
pub const REQUESTS_PER_CLIENT: u64 = 64;

/// Counts per address, each held by a [`Slot`] that gives it back when
/// dropped.
#[derive(Debug, Default)]
pub struct PerAddress(Mutex<HashMap<IpAddr, u64>>);

/// One unit of an address's count, given back when dropped.
#[derive(Debug)]
pub struct Slot {
    counts: Arc<PerAddress>,
    address: IpAddr,
}

impl PerAddress {
    /// A slot for `address`, unless it already holds `most`.
    pub fn take(self: &Arc<Self>, address: IpAddr, most: u64) -> Option<Slot> {
        let mut counts = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let held = counts.entry(address).or_default();
        if *held >= most {
            return None;
        }
        *held += 1;
        Some(Slot {
            counts: self.clone(),
            address,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut counts = self.counts.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(held) = counts.get_mut(&self.address) {
            *held = held.saturating_sub(1);
            if *held == 0 {
                counts.remove(&self.address);
            }
        }
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the
/// open connections finish. `trusted` says which peers are proxies (their
/// connections carry many clients, so they are not bounded per peer);
/// `factor` multiplies the bound, as it does the rate limits.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    trusted: crate::web::client_addr::TrustedProxies,
    factor: u64,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let peers = Arc::new(PerAddress::default());
    let most = CONNECTIONS_PER_PEER.saturating_mul(factor);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, say: wait rather than spin.
                    tracing::warn!(%error, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let slot = if trusted.trusts(peer.ip().to_canonical()) {
            None
        } else {
            match peers.take(peer.ip().to_canonical(), most) {
                Some(slot) => Some(slot),
                // Closed at once: this peer holds enough already.
                None => continue,
            }
        };
        let router = router.clone();
        let service =
            hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                let mut request = request.map(|body| {
                    Body::new(DeadlineBody::new(
                        BODY_DEADLINE,
                        TimeoutBody::new(BODY_IDLE_TIMEOUT, body),
                    ))
                });
                request
                    .extensions_mut()
                    .insert(ConnectInfo::<SocketAddr>(peer));
                router.clone().oneshot(request)
            });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIMEOUT)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _slot = slot;
            if let Err(error) = connection.await {
                tracing::debug!(%error, "connection ended");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}
