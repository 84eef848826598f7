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

/// What shape a call has: an open call for any idea (Innova.TO), or a
/// challenge-led co-creation (TO-HOME).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Kind {
    #[default]
    #[sea_orm(string_value = "ideas")]
    Ideas,
    #[sea_orm(string_value = "cocreation")]
    Cocreation,
}

impl Kind {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Ideas => "call-kind-ideas",
            Self::Cocreation => "call-kind-cocreation",
        }
    }

    /// A stable token for forms, the API and styling.
    pub fn token(self) -> &'static str {
        match self {
            Self::Ideas => "ideas",
            Self::Cocreation => "cocreation",
        }
    }
}

/// Where a co-creation call's open phase stands, by its dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Divisions propose challenges (until `challenges_close_at`).
    Challenges,
    /// Teams form around the selected challenges and co-create (until
    /// `cocreation_close_at`).
    Cocreation,
    /// Teams develop their solution into a plan (until the deadline).
    Development,
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
    pub kind: Kind,
    /// Co-creation: the end of the challenges stage.
    pub challenges_close_at: Option<DateTimeUtc>,
    /// Co-creation: the end of the co-creation stage (development follows
    /// until the deadline).
    pub cocreation_close_at: Option<DateTimeUtc>,
    /// The smallest team that may submit (co-creation; 1 for open calls).
    pub min_team_size: i32,
    /// Distinct divisions a co-creation team must span (TO-HOME: 3).
    pub min_team_divisions: i32,
    /// Any eligible employee may propose a challenge, not only division
    /// heads.
    pub challenges_open_to_all: bool,
    /// JSON array of the grades division heads hold: who may propose a
    /// challenge when it is not open to all.
    pub challenge_grades: String,
    /// The call this one was started from: a previous edition of the city,
    /// or another city's call offered as a template.
    pub origin_call_id: Option<CallId>,
    /// Offered to the network as a template from this moment.
    pub template_published_at: Option<DateTimeUtc>,
    /// When the call moved to archived: read-only from then on.
    pub archived_at: Option<DateTimeUtc>,
    /// Colleagues of the city may support and comment on the call's
    /// submitted proposals while it is open.
    pub colleague_support: bool,
}

impl Model {
    /// Whether admins are kept from seeing a proposal's team right now.
    pub fn identities_sealed(&self) -> bool {
        self.seal_identities && !self.phase.has_results() && self.identities_opened_at.is_none()
    }

    /// The co-creation stage at `now`, for a co-creation call that is open.
    pub fn stage(&self, now: DateTimeUtc) -> Option<Stage> {
        if self.kind != Kind::Cocreation || self.phase != Phase::Open {
            return None;
        }
        Some(match (self.challenges_close_at, self.cocreation_close_at) {
            (Some(end), _) if now < end => Stage::Challenges,
            (_, Some(end)) if now < end => Stage::Cocreation,
            _ => Stage::Development,
        })
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
