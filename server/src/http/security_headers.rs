//! Headers every response carries so that another site can neither frame
//! the platform's pages (and have an admin click their buttons) nor run
//! script in them: a Content-Security-Policy without inline script or
//! style, `X-Frame-Options` for browsers without `frame-ancestors`, no
//! content-type sniffing, and no URL (an invitation's token, say) sent to
//! other sites as a referrer.

use axum::{
    http::{HeaderName, HeaderValue, header},
    response::Response,
};

/// Scripts and styles come only from the site's own files (`/static/`, a
/// city's `brand.css`); the sign-in and sign-out redirects to a city's
/// provider are navigations, which the policy leaves alone.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; \
     frame-ancestors 'none'";

const HEADERS: [(HeaderName, &str); 4] = [
    (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
    (header::X_FRAME_OPTIONS, "DENY"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    // Same-origin requests keep their referrer (and their `Origin`, which
    // the CSRF defence reads); other sites get none.
    (header::REFERRER_POLICY, "same-origin"),
];

pub async fn add(mut response: Response) -> Response {
    for (name, value) in HEADERS {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
    response
}
