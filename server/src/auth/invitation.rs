//! The invitation entity: an outside expert invited by email to be a juror
//! or mentor, through a single-use, expiring link.

use chrono::Utc;
use sea_orm::entity::prelude::*;

use crate::error::AppError;
use crate::ids::{CallId, PersonId};
use crate::people::role::Role;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub call_id: Option<CallId>,
    /// SHA-256 of the link's token: the token itself is never stored.
    #[sea_orm(unique)]
    pub token_hash: String,
    pub expires_at: DateTimeUtc,
    pub accepted_at: Option<DateTimeUtc>,
    pub user_id: Option<PersonId>,
    pub created_at: DateTimeUtc,
    /// Set when an admin revoked the invitation before it was accepted.
    pub revoked_at: Option<DateTimeUtc>,
}

impl Model {
    /// Why the invitation cannot be revoked, if it cannot: only a pending
    /// one can (an expired link already works no more).
    pub fn revoke_refusal(&self, now: chrono::DateTime<Utc>) -> Option<AppError> {
        if self.accepted_at.is_some() {
            Some(AppError::Refused("invitation-revoke-accepted"))
        } else if self.revoked_at.is_some() {
            Some(AppError::Refused("invitation-revoke-revoked"))
        } else if self.expires_at <= now {
            Some(AppError::Refused("invitation-revoke-expired"))
        } else {
            None
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
