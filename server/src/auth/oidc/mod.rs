//! Each city's own OpenID Connect provider: the protocol, the provider's
//! settings, the person provisioned from a sign-in, and the handlers.

pub mod pages;
pub mod protocol;
pub mod provider;
pub mod provision;
pub mod settings;

pub use protocol::{EndsSessions, OidcClients, OidcError};
pub use provider::{ActiveModel, Column, Entity, Model};
pub use settings::provider_of;
