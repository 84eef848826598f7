//! A queued email: the notification it copies, who gets it, and where its
//! delivery stands (see the migration `outreach` for the states).

use sea_orm::entity::prelude::*;

use crate::ids::{CallId, PersonId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mail_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub user_id: PersonId,
    /// `notifications::Kind` token.
    pub kind: String,
    pub message: String,
    pub args: String,
    pub link: String,
    pub mailing_id: Option<i32>,
    pub call_id: Option<CallId>,
    /// `queued`, `held`, `sent`, `failed`, `bounced` or `skipped`.
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub claimed_by: Option<String>,
    pub claimed_until: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

/// Due to be sent when `next_attempt_at` has come.
pub const QUEUED: &str = "queued";
/// Waits for the person's digest, due at `next_attempt_at`.
pub const HELD: &str = "held";
pub const SENT: &str = "sent";
/// Given up after retries.
pub const FAILED: &str = "failed";
/// Refused for good by the mail server.
pub const BOUNCED: &str = "bounced";
/// Nobody to send it through, or nobody who wants it.
pub const SKIPPED: &str = "skipped";

/// Every state, in the order the admin's page counts them.
pub const STATES: [&str; 6] = [QUEUED, HELD, SENT, FAILED, BOUNCED, SKIPPED];
