use sea_orm::entity::prelude::*;

use crate::ids::{CallId, PersonId};

/// `draft → open → review → results → implementation → archived`
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Phase {
    #[sea_orm(string_value = "draft")]
    Draft,
    #[sea_orm(string_value = "open")]
    Open,
    #[sea_orm(string_value = "review")]
    Review,
    #[sea_orm(string_value = "results")]
    Results,
    #[sea_orm(string_value = "implementation")]
    Implementation,
    #[sea_orm(string_value = "archived")]
    Archived,
}

impl Phase {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Draft => "call-phase-draft",
            Self::Open => "call-phase-open",
            Self::Review => "call-phase-review",
            Self::Results => "call-phase-results",
            Self::Implementation => "call-phase-implementation",
            Self::Archived => "call-phase-archived",
        }
    }

    /// A stable token for styling (`phase-open`).
    pub fn token(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Review => "review",
            Self::Results => "results",
            Self::Implementation => "implementation",
            Self::Archived => "archived",
        }
    }

    /// Whether the public may see the call at all: drafts are the admin's.
    pub fn is_published(self) -> bool {
        self != Self::Draft
    }

    /// Whether submissions have closed for good: from here on the call's
    /// proposals, teams and categories no longer change (deadlines are
    /// only extended while open).
    pub fn is_past_deadline(self) -> bool {
        !matches!(self, Self::Draft | Self::Open)
    }

    /// Whether the results (awards) of the call are known.
    pub fn has_results(self) -> bool {
        matches!(self, Self::Results | Self::Implementation | Self::Archived)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "calls")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: CallId,
    pub tenant_id: i32,
    pub phase: Phase,
    pub opens_at: DateTimeUtc,
    /// The submission deadline; the review phase starts here.
    pub submissions_close_at: DateTimeUtc,
    pub results_at: DateTimeUtc,
    pub max_team_size: i32,
    /// JSON of [`super::Eligibility`].
    pub eligibility: String,
    pub reviews_per_proposal: i32,
    pub budget_cents: i64,
    pub authors_public_after_results: bool,
    /// Employees the call is open to, as the admin gives it (KPI denominator).
    pub eligible_headcount: i32,
    pub awards_planned: i32,
    pub created_at: DateTimeUtc,
    /// JSON of `[super::Criterion]`.
    pub criteria: String,
    /// JSON of `[super::Award]`.
    pub awards: String,
    /// Published by the admin: a draft that opens by itself at `opens_at`.
    pub scheduled: bool,
    /// Not even tenant admins see who wrote a proposal until results.
    pub seal_identities: bool,
    /// The admin assigned the proposals: jurors may score.
    pub review_started_at: Option<DateTimeUtc>,
    /// Scores are final from here on.
    pub review_closed_at: Option<DateTimeUtc>,
    /// Two admins opened sealed identities before results.
    pub identities_opened_at: Option<DateTimeUtc>,
    /// The first admin asking to open sealed identities, waiting for a second.
    pub opening_requested_by: Option<PersonId>,
    pub opening_reason: Option<String>,
}

impl Model {
    /// Whether admins are kept from seeing a proposal's team right now.
    pub fn identities_sealed(&self) -> bool {
        self.seal_identities && !self.phase.has_results() && self.identities_opened_at.is_none()
    }

    /// Whether jurors may still change scores.
    pub fn scoring_open(&self) -> bool {
        self.phase == Phase::Review
            && self.review_started_at.is_some()
            && self.review_closed_at.is_none()
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
