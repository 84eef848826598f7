//! An implementation project: what an awarded proposal (or a practice
//! adopted from another city) becomes.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::ids::{CallId, PersonId, ProposalId};

/// `planned, in progress, blocked, done, stopped`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Status {
    #[sea_orm(string_value = "planned")]
    Planned,
    #[sea_orm(string_value = "in_progress")]
    InProgress,
    #[sea_orm(string_value = "blocked")]
    Blocked,
    #[sea_orm(string_value = "done")]
    Done,
    #[sea_orm(string_value = "stopped")]
    Stopped,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Planned,
        Status::InProgress,
        Status::Blocked,
        Status::Done,
        Status::Stopped,
    ];

    pub fn token(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::InProgress => "in_progress",
            Self::Blocked => "blocked",
            Self::Done => "done",
            Self::Stopped => "stopped",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Planned => "project-status-planned",
            Self::InProgress => "project-status-in-progress",
            Self::Blocked => "project-status-blocked",
            Self::Done => "project-status-done",
            Self::Stopped => "project-status-stopped",
        }
    }

    pub fn parse(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.token() == token)
    }

    /// Blocked and stopped projects say why, and what stood in the way.
    pub fn needs_reason(self) -> bool {
        matches!(self, Self::Blocked | Self::Stopped)
    }

    /// Still under way: it can stall.
    pub fn is_active(self) -> bool {
        matches!(self, Self::Planned | Self::InProgress | Self::Blocked)
    }
}

/// What stops implementation, shared by the network so that cities can be
/// compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(24))")]
pub enum Barrier {
    #[sea_orm(string_value = "procurement")]
    Procurement,
    #[sea_orm(string_value = "it")]
    It,
    #[sea_orm(string_value = "legal")]
    Legal,
    #[sea_orm(string_value = "budget")]
    Budget,
    #[sea_orm(string_value = "staffing")]
    Staffing,
    #[sea_orm(string_value = "political_support")]
    PoliticalSupport,
    #[sea_orm(string_value = "other")]
    Other,
}

impl Barrier {
    pub const ALL: [Barrier; 7] = [
        Barrier::Procurement,
        Barrier::It,
        Barrier::Legal,
        Barrier::Budget,
        Barrier::Staffing,
        Barrier::PoliticalSupport,
        Barrier::Other,
    ];

    pub fn token(self) -> &'static str {
        match self {
            Self::Procurement => "procurement",
            Self::It => "it",
            Self::Legal => "legal",
            Self::Budget => "budget",
            Self::Staffing => "staffing",
            Self::PoliticalSupport => "political_support",
            Self::Other => "other",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Procurement => "barrier-procurement",
            Self::It => "barrier-it",
            Self::Legal => "barrier-legal",
            Self::Budget => "barrier-budget",
            Self::Staffing => "barrier-staffing",
            Self::PoliticalSupport => "barrier-political-support",
            Self::Other => "barrier-other",
        }
    }

    pub fn parse(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.token() == token)
    }
}

/// A measured result: "hours saved per year: 1,200".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub label: String,
    pub value: f64,
    pub unit: String,
}

impl Outcome {
    /// "Hours saved per year: 1.200 h", in the reader's number format.
    pub fn text(&self, l: &crate::i18n::L10n) -> String {
        let places = if self.value.fract() == 0.0 { 0 } else { 2 };
        format!(
            "{}: {} {}",
            self.label,
            l.decimal(self.value, places),
            self.unit
        )
        .trim_end()
        .to_owned()
    }
}

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "projects")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    /// The call whose budget pays for it (none for an adopted practice).
    pub call_id: Option<CallId>,
    pub proposal_id: Option<ProposalId>,
    pub title: String,
    pub summary: String,
    pub mentor_id: Option<PersonId>,
    pub status: Status,
    pub status_reason: String,
    pub barrier: Option<Barrier>,
    pub allocated_cents: i64,
    pub committed_cents: i64,
    pub spent_cents: i64,
    /// JSON of `[Outcome]`.
    pub outcomes: String,
    pub created_at: DateTimeUtc,
    pub last_update_at: Option<DateTimeUtc>,
    pub stalled_notified_at: Option<DateTimeUtc>,
    pub done_at: Option<DateTimeUtc>,
    /// The practice of another city this project adopted.
    pub origin_practice_id: Option<i32>,
}

impl Model {
    pub fn outcome_list(&self) -> Vec<Outcome> {
        serde_json::from_str(&self.outcomes).unwrap_or_default()
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
