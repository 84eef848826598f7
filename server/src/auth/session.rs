//! Server-side sessions: a random id in an HttpOnly cookie, the session in
//! the shared store. A session belongs to one realm (one city, or the
//! platform) and is never honoured in another.

use std::time::Duration;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;
use serde::{Deserialize, Serialize};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, QueryFilter, sea_query::Expr};

use crate::ids::PersonId;
use crate::people::user;
use crate::store::{Store, StoreError};
use crate::tenancy::TenantId;

/// A session ends after this long without a request.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(8 * 60 * 60);

/// Where a session is valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Realm {
    Tenant(i32),
    Platform,
}

impl Realm {
    fn key(self) -> String {
        match self {
            Realm::Tenant(id) => format!("t{id}"),
            Realm::Platform => "p".into(),
        }
    }

    /// The cookie that carries this realm's session.
    pub fn cookie_name(self) -> &'static str {
        match self {
            Realm::Tenant(_) => "innovato_session",
            Realm::Platform => "innovato_platform",
        }
    }
}

/// Who a session speaks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Principal {
    /// A person of the city (signed in by SSO, or an invited expert).
    User(PersonId),
    /// An operator or coordinator of the platform.
    PlatformAccount(i32),
}

impl Principal {
    fn key(self) -> String {
        match self {
            Principal::User(id) => format!("u{id}"),
            Principal::PlatformAccount(id) => format!("a{id}"),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Session {
    pub realm: Realm,
    pub principal: Principal,
    /// The token every state-changing form of this session must carry.
    pub csrf: String,
    /// The ID token of an SSO sign-in, as the hint for the provider's sign-out.
    pub id_token: Option<String>,
}

/// A random token: 256 bits, URL-safe.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn session_key(id: &str) -> String {
    format!("session:{id}")
}

fn index_key(realm: Realm, principal: Principal) -> String {
    format!("sessions-of:{}:{}", realm.key(), principal.key())
}

/// Starts a session with a new id (ids are never reused across sign-ins).
pub async fn start(
    store: &Store,
    realm: Realm,
    principal: Principal,
    id_token: Option<String>,
) -> Result<(String, Session), StoreError> {
    let id = random_token();
    let session = Session {
        realm,
        principal,
        csrf: random_token(),
        id_token,
    };
    store.put(&session_key(&id), &session, IDLE_TIMEOUT).await?;
    store
        .add_member(&index_key(realm, principal), &id, IDLE_TIMEOUT)
        .await?;
    Ok((id, session))
}

/// The live session with this id, if it belongs to `realm`; reading it
/// extends its life.
pub async fn load(store: &Store, id: &str, realm: Realm) -> Result<Option<Session>, StoreError> {
    if id.len() != 43
        || !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Ok(None);
    }
    let session: Option<Session> = store.get(&session_key(id), Some(IDLE_TIMEOUT)).await?;
    Ok(session.filter(|s| s.realm == realm))
}

/// Ends one session: the one a new sign-in replaces.
pub async fn end(store: &Store, id: &str) -> Result<(), StoreError> {
    store.delete(&session_key(id)).await
}

/// Ends every session of a person in a realm: sign-out and deactivation.
pub async fn end_all(store: &Store, realm: Realm, principal: Principal) -> Result<(), StoreError> {
    for id in store.take_members(&index_key(realm, principal)).await? {
        store.delete(&session_key(&id)).await?;
    }
    Ok(())
}

/// Notes when a city person last signed in (the operator's overview shows
/// each city's latest).
pub async fn record_sign_in(
    db: &impl ConnectionTrait,
    scope: TenantId,
    person: PersonId,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .update_many::<user::Entity>()
        .col_expr(user::Column::LastSignInAt, Expr::value(now))
        .filter(user::Column::Id.eq(person))
        .exec(db)
        .await?;
    Ok(())
}
