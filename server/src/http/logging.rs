//! One log line per request: method, path, status, latency, tenant, the
//! client's address (behind trusted proxies, the one they name) and a
//! request id that is also returned in the `x-request-id` header. Paths
//! that carry a secret (an invitation's or a password setup's token) are
//! logged with the token replaced: logs outlive the links and are read by
//! more people.

use std::{borrow::Cow, time::Duration};

use axum::{Router, extract::Request, response::Response};
use tower_http::{
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::TraceLayer,
};
use tracing::{Span, field};

pub fn layer(router: Router) -> Router {
    router
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request| {
                    let request_id = request
                        .headers()
                        .get("x-request-id")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        path = %loggable_path(request.uri().path()),
                        request_id = %request_id,
                        tenant = field::Empty,
                        client = field::Empty,
                    )
                })
                .on_request(())
                .on_response(|response: &Response, latency: Duration, _: &Span| {
                    tracing::info!(
                        status = response.status().as_u16(),
                        latency_ms = latency.as_secs_f64() * 1000.0,
                        "answered"
                    );
                })
                .on_failure(()),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}

/// Segments whose next segment is a secret token (`/invitations/{token}`,
/// `/account/setup/{token}`); a route that takes a token in its path adds
/// its parent segment here.
const BEFORE_TOKEN: [&str; 2] = ["invitations", "setup"];
/// What a token is logged as.
const HIDDEN: &str = "{token}";

/// `path` with every token replaced: a segment after one of
/// [`BEFORE_TOKEN`], and any segment shaped like the server's random
/// tokens (43 URL-safe base64 characters), wherever it appears.
pub fn loggable_path(path: &str) -> Cow<'_, str> {
    let looks_like_token = |s: &str| {
        s.len() >= 43
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    let segments: Vec<&str> = path.split('/').collect();
    let hidden = |i: usize| {
        let segment = segments[i];
        !segment.is_empty()
            && (looks_like_token(segment) || (i > 0 && BEFORE_TOKEN.contains(&segments[i - 1])))
    };
    if !(0..segments.len()).any(hidden) {
        return Cow::Borrowed(path);
    }
    let shown: Vec<&str> = (0..segments.len())
        .map(|i| if hidden(i) { HIDDEN } else { segments[i] })
        .collect();
    Cow::Owned(shown.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_in_paths_are_hidden() {
        let token = "kq3vN0Zq8yS4_wM1fXo-9HbA2cLrT6uJeYdPgVi7sKE";
        assert_eq!(
            loggable_path(&format!("/t/turin/invitations/{token}")),
            "/t/turin/invitations/{token}"
        );
        assert_eq!(
            loggable_path("/account/setup/short-or-wrong"),
            "/account/setup/{token}"
        );
        assert_eq!(
            loggable_path(&format!("/elsewhere/{token}/x")),
            "/elsewhere/{token}/x"
        );
        assert_eq!(
            loggable_path("/t/turin/admin/invitations"),
            "/t/turin/admin/invitations"
        );
        assert_eq!(loggable_path("/t/turin/calls/7"), "/t/turin/calls/7");
    }
}
