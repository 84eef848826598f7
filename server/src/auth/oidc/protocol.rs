//! The OpenID Connect protocol with a city's provider: the HTTP client
//! with its private-address guard, discovery and keys (cached per issuer),
//! the authorization code flow with PKCE, `state` and `nonce`, the ID token
//! validated against the city's configured issuer, and the end-session URL.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::Mutex,
    time::{Duration, Instant},
};

use axum::http::header;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use openidconnect::{
    AdditionalProviderMetadata, AuthorizationCode, ClientId, ClientSecret, CsrfToken, HttpRequest,
    HttpResponse, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier,
    ProviderMetadata, RedirectUrl, Scope, TokenResponse,
    core::{
        CoreAuthDisplay, CoreAuthenticationFlow, CoreClaimName, CoreClaimType, CoreClient,
        CoreClientAuthMethod, CoreGrantType, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm,
        CoreJweKeyManagementAlgorithm, CoreResponseMode, CoreResponseType,
        CoreSubjectIdentifierType,
    },
};
use sea_orm::DbErr;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::provider::Model;
use crate::auth::session::random_token;
use crate::{
    secrets::{SecretError, SecretKey},
    store::{Store, StoreError},
    tenancy::TenantId,
};

#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("no identity provider is configured")]
    NotConfigured,
    #[error("{0} resolves to a private or loopback address")]
    PrivateAddress(String),
    #[error("cannot fetch from the provider: {0}")]
    Unreachable(String),
    #[error("the sign-in handshake is unknown, used or expired")]
    State,
    #[error("the response names issuer {0}, not this city's")]
    Issuer(String),
    #[error("the provider refused: {0}")]
    Refused(String),
    #[error("the ID token is not valid: {0}")]
    IdToken(String),
    #[error("the provider gave no {0}")]
    MissingClaim(&'static str),
    #[error(transparent)]
    Secret(#[from] SecretError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl OidcError {
    /// The message a person sees; details go to the log only.
    pub fn message(&self) -> &'static str {
        match self {
            OidcError::NotConfigured => "sso-error-not-configured",
            OidcError::State => "sso-error-state",
            OidcError::PrivateAddress(_) | OidcError::Unreachable(_) => "sso-error-unavailable",
            OidcError::Issuer(_)
            | OidcError::Refused(_)
            | OidcError::IdToken(_)
            | OidcError::MissingClaim(_) => "sso-error-refused",
            OidcError::Secret(_) | OidcError::Store(_) | OidcError::Database(_) => {
                "sso-error-unavailable"
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct FetchError(String);

/// The HTTP client openidconnect calls: ours, with its address checks and
/// no redirects. A named type with a boxed `Send` future, because a closure
/// here makes every handler future not `Send`.
struct Fetcher<'a>(&'a OidcClients);

impl<'c> openidconnect::AsyncHttpClient<'c> for Fetcher<'_> {
    type Error = FetchError;
    type Future = std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<HttpResponse, FetchError>> + Send + 'c>,
    >;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(self.0.fetch(request))
    }
}

/// Discovery fields the core metadata type leaves out.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ExtraMetadata {
    end_session_endpoint: Option<String>,
    /// RFC 9207: the provider names itself in authorization responses.
    #[serde(default)]
    authorization_response_iss_parameter_supported: bool,
}

impl AdditionalProviderMetadata for ExtraMetadata {}

/// Whether a provider advertises `end_session_endpoint`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndsSessions(pub bool);

type Metadata = ProviderMetadata<
    ExtraMetadata,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

/// Provider documents (discovery and JWKS), cached per issuer.
#[derive(Debug)]
pub struct OidcClients {
    http: reqwest::Client,
    metadata: Mutex<HashMap<String, (Instant, Metadata)>>,
    /// Loopback and private issuers: for demo and test configurations only.
    allow_private: bool,
}

const METADATA_TTL: Duration = Duration::from_secs(3600);
/// How long a sign-in may take at the provider.
pub const HANDSHAKE_TTL: Duration = Duration::from_secs(600);

/// Whether an address is one a city's provider may not live at.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.octets()[0] == 100 && (v4.octets()[1] & 0b1100_0000) == 64
        }
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || v6.is_unspecified()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
                || v6
                    .to_ipv4_mapped()
                    .is_some_and(|v4| is_private(IpAddr::V4(v4)))
        }
    }
}

impl OidcClients {
    pub fn new(allow_private: bool) -> Result<Self, reqwest::Error> {
        // One process-wide TLS provider; a second install is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            // Following redirects would let a provider send us anywhere.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()?;
        Ok(Self {
            http,
            metadata: Mutex::new(HashMap::new()),
            allow_private,
        })
    }

    /// Refuses hosts that resolve to private addresses, unless allowed.
    async fn check_host(&self, url: &reqwest::Url) -> Result<(), OidcError> {
        if self.allow_private {
            return Ok(());
        }
        let host = url
            .host_str()
            .ok_or_else(|| OidcError::Unreachable(format!("{url} has no host")))?;
        let port = url.port_or_known_default().unwrap_or(443);
        // An owned "host:port": a borrowed tuple makes the future not Send.
        let addresses = tokio::net::lookup_host(format!("{host}:{port}"))
            .await
            .map_err(|e| OidcError::Unreachable(format!("{host}: {e}")))?;
        for address in addresses {
            if is_private(address.ip()) {
                return Err(OidcError::PrivateAddress(host.to_owned()));
            }
        }
        Ok(())
    }

    async fn fetch(&self, request: HttpRequest) -> Result<HttpResponse, FetchError> {
        let request = reqwest::Request::try_from(request).map_err(|e| FetchError(e.to_string()))?;
        self.check_host(request.url())
            .await
            .map_err(|e| FetchError(e.to_string()))?;
        let response = self
            .http
            .execute(request)
            .await
            .map_err(|e| FetchError(e.to_string()))?;
        let mut out = HttpResponse::new(Vec::new());
        *out.status_mut() = response.status();
        *out.headers_mut() = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|e| FetchError(e.to_string()))?;
        *out.body_mut() = body.to_vec();
        Ok(out)
    }

    /// The provider's discovery document and keys; `refresh` fetches them
    /// anew (an ID token signed with a key we do not know yet).
    async fn metadata(&self, issuer: &str, refresh: bool) -> Result<Metadata, OidcError> {
        if !refresh {
            let cached = self
                .metadata
                .lock()
                .ok()
                .and_then(|m| m.get(issuer).cloned());
            if let Some((at, metadata)) = cached
                && at.elapsed() < METADATA_TTL
            {
                return Ok(metadata);
            }
        }
        let issuer_url =
            IssuerUrl::new(issuer.to_owned()).map_err(|e| OidcError::Unreachable(e.to_string()))?;
        let metadata = Metadata::discover_async(issuer_url, &Fetcher(self))
            .await
            .map_err(|e| OidcError::Unreachable(format!("discovery of {issuer}: {e}")))?;
        if let Ok(mut cache) = self.metadata.lock() {
            cache.insert(issuer.to_owned(), (Instant::now(), metadata.clone()));
        }
        Ok(metadata)
    }

    /// Whether plain-http issuers are accepted (demo and test only).
    pub fn allows_http(&self) -> bool {
        self.allow_private
    }

    /// Fetches the discovery document, for an admin's "test connection":
    /// whether the provider advertises an end-session endpoint (without
    /// one, signing out here leaves people signed in there).
    pub async fn check(&self, issuer: &str) -> Result<EndsSessions, OidcError> {
        let metadata = self.metadata(issuer, true).await?;
        Ok(EndsSessions(
            metadata
                .additional_metadata()
                .end_session_endpoint
                .is_some(),
        ))
    }
}

/// What a sign-in remembers between leaving for the provider and coming back.
#[derive(Serialize, Deserialize)]
pub struct Handshake {
    tenant_id: i32,
    nonce: String,
    pkce_verifier: String,
    return_to: Option<String>,
    /// Also in a cookie: the browser that started is the one that finishes.
    binding: String,
}

fn handshake_key(state: &str) -> String {
    format!("oidc:{state}")
}

/// The openidconnect client of a city: authorization endpoint from
/// discovery, token and userinfo endpoints where discovery gives them.
type CityClient = openidconnect::Client<
    openidconnect::EmptyAdditionalClaims,
    openidconnect::core::CoreAuthDisplay,
    openidconnect::core::CoreGenderClaim,
    openidconnect::core::CoreJweContentEncryptionAlgorithm,
    openidconnect::core::CoreJsonWebKey,
    openidconnect::core::CoreAuthPrompt,
    openidconnect::StandardErrorResponse<openidconnect::core::CoreErrorResponseType>,
    openidconnect::core::CoreTokenResponse,
    openidconnect::core::CoreTokenIntrospectionResponse,
    openidconnect::core::CoreRevocableToken,
    openidconnect::core::CoreRevocationErrorResponse,
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// A city's side of a sign-in: its provider's settings, the key that opens
/// their secret, and the callback its admin registered with the provider.
pub struct City<'a> {
    pub tenant: TenantId,
    pub config: &'a Model,
    pub secrets: &'a SecretKey,
    pub redirect_uri: String,
}

fn client_for(city: &City<'_>, metadata: Metadata) -> Result<CityClient, OidcError> {
    let secret = city.secrets.open(&city.config.client_secret)?;
    let redirect = RedirectUrl::new(city.redirect_uri.clone())
        .map_err(|e| OidcError::Unreachable(e.to_string()))?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(city.config.client_id.clone()),
        Some(ClientSecret::new(secret)),
    )
    .set_redirect_uri(redirect))
}

/// A sign-in on its way to the provider.
pub struct Started {
    /// The provider's authorization URL, with our `state`, `nonce` and
    /// PKCE challenge.
    pub url: String,
    /// The value the starting browser keeps in a cookie.
    pub binding: String,
}

/// Remembers the handshake and gives the URL to send the person to.
pub async fn authorize(
    oidc: &OidcClients,
    store: &Store,
    city: &City<'_>,
    return_to: Option<String>,
) -> Result<Started, OidcError> {
    let metadata = oidc.metadata(&city.config.issuer_url, false).await?;
    let client = client_for(city, metadata)?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .set_pkce_challenge(challenge);
    for scope in city
        .config
        .scopes
        .split_whitespace()
        .filter(|s| *s != "openid")
    {
        request = request.add_scope(Scope::new(scope.to_owned()));
    }
    let (url, state, nonce) = request.url();
    let binding = random_token();
    let handshake = Handshake {
        tenant_id: city.tenant.get(),
        nonce: nonce.secret().clone(),
        pkce_verifier: verifier.secret().clone(),
        return_to,
        binding: binding.clone(),
    };
    store
        .put(&handshake_key(state.secret()), &handshake, HANDSHAKE_TTL)
        .await?;
    Ok(Started {
        url: url.to_string(),
        binding,
    })
}

/// The provider's answer at the callback.
#[derive(Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
    iss: Option<String>,
    error: Option<String>,
}

/// What the provider says about the person.
pub struct Profile {
    pub issuer: String,
    pub subject: String,
    pub email: String,
    pub name: Option<String>,
    pub division: Option<String>,
    pub grade: Option<String>,
    /// JSON object of the further claims the city keeps.
    pub attributes: String,
}

/// A sign-in the provider vouched for.
pub struct Finished {
    pub profile: Profile,
    /// The raw ID token, kept for the provider's sign-out.
    pub id_token: String,
    pub return_to: Option<String>,
}

/// Compares issuer URLs the way providers spell them (trailing slash or not).
fn same_issuer(a: &str, b: &str) -> bool {
    a.trim_end_matches('/') == b.trim_end_matches('/')
}

/// Checks the provider's answer against the handshake it ends (`binding`:
/// the starting browser's cookie); the handshake is spent either way.
pub async fn take_handshake(
    store: &Store,
    tenant: TenantId,
    binding: Option<String>,
    query: &Callback,
) -> Result<Handshake, OidcError> {
    if let Some(error) = &query.error {
        return Err(OidcError::Refused(error.clone()));
    }
    let state = query.state.as_deref().ok_or(OidcError::State)?;
    let handshake: Handshake = store
        .take(&handshake_key(state))
        .await?
        .ok_or(OidcError::State)?;
    if handshake.tenant_id != tenant.get() || binding.as_deref() != Some(handshake.binding.as_str())
    {
        return Err(OidcError::State);
    }
    Ok(handshake)
}

/// Redeems the code of a checked answer and reads who the person is.
pub async fn finish(
    oidc: &OidcClients,
    city: &City<'_>,
    handshake: Handshake,
    query: Callback,
) -> Result<Finished, OidcError> {
    let config = city.config;
    let metadata = oidc.metadata(&config.issuer_url, false).await?;
    // RFC 9207: a response must name our issuer when the provider says it
    // names one, and may never name another.
    match &query.iss {
        Some(iss) if !same_issuer(iss, &config.issuer_url) => {
            return Err(OidcError::Issuer(iss.clone()));
        }
        None if metadata
            .additional_metadata()
            .authorization_response_iss_parameter_supported =>
        {
            return Err(OidcError::Issuer("(none)".into()));
        }
        _ => {}
    }
    let code = query
        .code
        .ok_or_else(|| OidcError::Refused("no code".into()))?;
    let userinfo_endpoint = metadata.userinfo_endpoint().map(|u| u.url().clone());
    let client = client_for(city, metadata)?;
    let http = Fetcher(oidc);
    let tokens = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| OidcError::Refused(e.to_string()))?
        .set_pkce_verifier(PkceCodeVerifier::new(handshake.pkce_verifier))
        .request_async(&http)
        .await
        .map_err(|e| OidcError::Refused(e.to_string()))?;
    let id_token = tokens
        .id_token()
        .ok_or(OidcError::MissingClaim("ID token"))?;
    let nonce = Nonce::new(handshake.nonce);
    let subject = match id_token.claims(&client.id_token_verifier(), &nonce) {
        Ok(claims) => claims.subject().to_string(),
        Err(openidconnect::ClaimsVerificationError::SignatureVerification(
            openidconnect::SignatureVerificationError::NoMatchingKey,
        )) => {
            // The provider rotated its keys: fetch them again, once.
            let metadata = oidc.metadata(&config.issuer_url, true).await?;
            let client = client_for(city, metadata)?;
            id_token
                .claims(&client.id_token_verifier(), &nonce)
                .map_err(|e| OidcError::IdToken(e.to_string()))?
                .subject()
                .to_string()
        }
        Err(error) => return Err(OidcError::IdToken(error.to_string())),
    };
    let raw = id_token.to_string();
    // The signature is verified above: the payload's other claims can be read.
    let mut claims = raw
        .split('.')
        .nth(1)
        .and_then(|payload| URL_SAFE_NO_PAD.decode(payload).ok())
        .and_then(|json| serde_json::from_slice::<Map<String, Value>>(&json).ok())
        .unwrap_or_default();
    let wanted = [
        &config.email_claim,
        &config.name_claim,
        &config.division_claim,
        &config.grade_claim,
    ];
    if wanted.iter().any(|c| !claims.contains_key(c.as_str()))
        && let Some(endpoint) = userinfo_endpoint
    {
        let info = userinfo(oidc, endpoint, tokens.access_token().secret()).await?;
        if info.get("sub").and_then(Value::as_str) == Some(subject.as_str()) {
            for (key, value) in info {
                claims.entry(key).or_insert(value);
            }
        }
    }
    let text = |name: &str| claims.get(name).and_then(Value::as_str).map(str::to_owned);
    let attributes: Map<String, Value> = config
        .extra_claims
        .split_whitespace()
        .filter_map(|claim| text(claim).map(|v| (claim.to_owned(), Value::String(v))))
        .collect();
    let profile = Profile {
        attributes: Value::Object(attributes).to_string(),
        issuer: config.issuer_url.trim_end_matches('/').to_owned(),
        subject,
        email: text(&config.email_claim).ok_or(OidcError::MissingClaim("email"))?,
        name: text(&config.name_claim),
        division: text(&config.division_claim),
        grade: text(&config.grade_claim),
    };
    Ok(Finished {
        profile,
        id_token: raw,
        return_to: handshake.return_to,
    })
}

async fn userinfo(
    oidc: &OidcClients,
    endpoint: reqwest::Url,
    access_token: &str,
) -> Result<Map<String, Value>, OidcError> {
    let request = axum::http::Request::builder()
        .method("GET")
        .uri(endpoint.as_str())
        .header(header::AUTHORIZATION, format!("Bearer {access_token}"))
        .header(header::ACCEPT, "application/json")
        .body(Vec::new())
        .map_err(|e| OidcError::Unreachable(e.to_string()))?;
    let response = oidc
        .fetch(request)
        .await
        .map_err(|e| OidcError::Unreachable(e.to_string()))?;
    if !response.status().is_success() {
        return Err(OidcError::Refused(format!(
            "userinfo answered {}",
            response.status()
        )));
    }
    serde_json::from_slice(response.body()).map_err(|e| OidcError::Refused(e.to_string()))
}

/// The provider's sign-out page for a session it signed in, when it has
/// one; it sends the person back to `post_logout` after.
pub async fn end_session_url(
    oidc: &OidcClients,
    config: &Model,
    id_token: &str,
    post_logout: &str,
) -> Option<String> {
    let metadata = oidc.metadata(&config.issuer_url, false).await.ok()?;
    let endpoint = metadata
        .additional_metadata()
        .end_session_endpoint
        .as_deref()?;
    let mut url = reqwest::Url::parse(endpoint).ok()?;
    url.query_pairs_mut()
        .append_pair("id_token_hint", id_token)
        .append_pair("post_logout_redirect_uri", post_logout)
        .append_pair("client_id", &config.client_id);
    Some(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_and_loopback_addresses_are_recognised() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.1.1",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(is_private(private.parse().expect("ip")), "{private}");
        }
        for public in ["8.8.8.8", "151.101.1.1", "2a00:1450::1"] {
            assert!(!is_private(public.parse().expect("ip")), "{public}");
        }
    }
}
