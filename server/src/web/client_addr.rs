//! The address of the client behind a request: the TCP peer, unless the
//! peer is a proxy the operator trusts (`INNOVATO_TRUSTED_PROXIES`); then
//! the right-most address of `X-Forwarded-For` that is not a trusted proxy.
//! Only trusted proxies' additions count: whatever a client writes into
//! the header itself lies left of the address its proxy appends.

use std::{fmt, net::IpAddr, str::FromStr, sync::Arc};

use axum::{
    extract::FromRequestParts,
    http::{HeaderMap, request::Parts},
};
use ipnet::IpNet;

use crate::error::AppError;

const FORWARDED_FOR: &str = "x-forwarded-for";

/// The proxies (addresses and networks) whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(Arc<[IpNet]>);

/// A list entry that is neither an address nor a network.
#[derive(Debug, thiserror::Error)]
#[error("{0:?} is neither an IP address nor a network (e.g. 10.0.0.0/8)")]
pub struct NotAnAddress(String);

impl FromStr for TrustedProxies {
    type Err = NotAnAddress;

    /// A comma- or space-separated list of addresses and CIDR networks;
    /// empty trusts nobody.
    fn from_str(list: &str) -> Result<Self, Self::Err> {
        list.split([',', ' '])
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| NotAnAddress(entry.to_owned()))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|nets| Self(nets.into()))
    }
}

impl fmt::Display for TrustedProxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&list.join(","))
    }
}

impl TrustedProxies {
    /// Whether `peer` is one of the proxies whose forwarded headers count.
    pub fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&address))
    }

    /// The client's address for a request from `peer` with `headers`.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.trusts(client) {
            return client;
        }
        // Several header lines are one list, in order.
        let hops: Vec<&str> = headers
            .get_all(FORWARDED_FOR)
            .iter()
            .flat_map(|value| value.to_str().unwrap_or("").split(','))
            .collect();
        for hop in hops.iter().rev() {
            // Garbage from a trusted proxy: the chain cannot be followed
            // further, so the last hop known is the answer.
            let Some(address) = parse_hop(hop) else {
                return client;
            };
            client = address;
            if !self.trusts(address) {
                break;
            }
        }
        client
    }
}

/// One `X-Forwarded-For` entry: an address, possibly with a port
/// (`203.0.113.7:4711`, `[2001:db8::1]:4711`), as some proxies write it.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<std::net::SocketAddr>().map(|s| s.ip()))
        .ok()
        .map(|address| address.to_canonical())
}

/// The client's address, as the router found it for this request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Self>()
            .copied()
            .ok_or_else(|| AppError::Internal("request without a client address".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    fn headers(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(FORWARDED_FOR, value.parse().expect("header value"));
        }
        headers
    }

    fn proxies(list: &str) -> TrustedProxies {
        list.parse().expect("a list")
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client() {
        let none = TrustedProxies::default();
        let peer = ip("198.51.100.4");
        assert_eq!(none.client(peer, &headers(&["203.0.113.7"])), peer);
        assert_eq!(none.client(peer, &HeaderMap::new()), peer);
    }

    #[test]
    fn an_untrusted_peer_cannot_name_another_address() {
        let trusted = proxies("10.0.0.0/8");
        let peer = ip("198.51.100.4");
        assert_eq!(
            trusted.client(peer, &headers(&["10.1.1.1", "203.0.113.7, 10.0.0.2"])),
            peer
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_address_it_appended_counts() {
        let trusted = proxies("127.0.0.1");
        let peer = ip("127.0.0.1");
        assert_eq!(
            trusted.client(peer, &headers(&["203.0.113.7"])),
            ip("203.0.113.7")
        );
        // A client writing its own header is left of what nginx appends.
        assert_eq!(
            trusted.client(peer, &headers(&["192.0.2.99, 203.0.113.7"])),
            ip("203.0.113.7")
        );
        // No header: the proxy itself is all there is to know.
        assert_eq!(trusted.client(peer, &HeaderMap::new()), peer);
    }

    #[test]
    fn a_chain_of_trusted_proxies_is_walked_to_the_first_untrusted_hop() {
        let trusted = proxies("10.0.0.0/8, 192.168.0.0/16 ,2001:db8::/32");
        let peer = ip("10.0.0.1");
        // client-written spoof, real client, edge proxy, inner proxy
        let chain = "192.0.2.1, 203.0.113.7, 192.168.5.5, 10.0.0.9";
        assert_eq!(trusted.client(peer, &headers(&[chain])), ip("203.0.113.7"));
        // The same list over two header lines.
        assert_eq!(
            trusted.client(
                peer,
                &headers(&["192.0.2.1, 203.0.113.7", "192.168.5.5", "10.0.0.9"])
            ),
            ip("203.0.113.7")
        );
        // Every hop trusted: the left-most is the client.
        assert_eq!(
            trusted.client(peer, &headers(&["10.4.4.4, 10.0.0.9"])),
            ip("10.4.4.4")
        );
        // IPv6, with a port, and IPv4 mapped into IPv6.
        assert_eq!(
            trusted.client(
                ip("::ffff:10.0.0.1"),
                &headers(&["[2a00:1450::1]:4711, 2001:db8::2"])
            ),
            ip("2a00:1450::1")
        );
    }

    #[test]
    fn garbage_stops_the_walk_at_the_last_known_hop() {
        let trusted = proxies("10.0.0.0/8");
        let peer = ip("10.0.0.1");
        assert_eq!(trusted.client(peer, &headers(&["unknown"])), peer);
        assert_eq!(
            trusted.client(peer, &headers(&["203.0.113.7, <script>, 10.0.0.9"])),
            ip("10.0.0.9")
        );
        assert_eq!(trusted.client(peer, &headers(&[""])), peer);
        assert_eq!(
            trusted.client(peer, &headers(&["203.0.113.7,,"])),
            peer,
            "an empty hop is no address"
        );
        let mut not_text = HeaderMap::new();
        not_text.append(
            FORWARDED_FOR,
            axum::http::HeaderValue::from_bytes(b"203.0.113.7\xff").expect("opaque value"),
        );
        assert_eq!(trusted.client(peer, &not_text), peer);
    }

    #[test]
    fn the_setting_reads_addresses_and_networks() {
        assert!(proxies("").0.is_empty());
        assert_eq!(
            proxies("127.0.0.1, ::1 10.0.0.0/8").to_string(),
            "127.0.0.1/32,::1/128,10.0.0.0/8"
        );
        let error = "10.0.0.0/8,localhost"
            .parse::<TrustedProxies>()
            .expect_err("a name is not an address");
        assert!(error.to_string().contains("\"localhost\""), "{error}");
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
    }
}
