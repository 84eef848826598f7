use sea_orm::entity::prelude::*;

use crate::ids::{CallId, ChallengeId, ProposalId};

/// `draft → submitted → (withdrawn) → in review → shortlisted → awarded |
/// not selected`, and for awarded ones `→ in implementation → implemented |
/// stopped`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(24))")]
pub enum Status {
    #[sea_orm(string_value = "draft")]
    Draft,
    #[sea_orm(string_value = "submitted")]
    Submitted,
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
    #[sea_orm(string_value = "in_review")]
    InReview,
    #[sea_orm(string_value = "shortlisted")]
    Shortlisted,
    #[sea_orm(string_value = "awarded")]
    Awarded,
    #[sea_orm(string_value = "not_selected")]
    NotSelected,
    #[sea_orm(string_value = "in_implementation")]
    InImplementation,
    #[sea_orm(string_value = "implemented")]
    Implemented,
    #[sea_orm(string_value = "stopped")]
    Stopped,
}

impl Status {
    /// Statuses of proposals that were submitted and not withdrawn: the
    /// ones the network KPIs count.
    pub const SUBMITTED: [Status; 8] = [
        Status::Submitted,
        Status::InReview,
        Status::Shortlisted,
        Status::Awarded,
        Status::NotSelected,
        Status::InImplementation,
        Status::Implemented,
        Status::Stopped,
    ];

    /// Statuses of proposals that won an award, whatever happened next.
    pub const AWARDED: [Status; 4] = [
        Status::Awarded,
        Status::InImplementation,
        Status::Implemented,
        Status::Stopped,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ProposalId,
    pub tenant_id: i32,
    pub call_id: CallId,
    pub category_id: Option<i32>,
    /// The language the proposal is written in.
    pub locale: String,
    pub title: String,
    pub summary: String,
    pub problem: String,
    pub solution: String,
    pub benefits: String,
    pub resources: String,
    pub status: Status,
    pub submitted_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Key of the request that created it: a retried creation finds it.
    pub idempotency_key: Option<String>,
    /// Who sent that request (a keyed fingerprint, never the person's id):
    /// the key is theirs alone.
    pub idempotency_owner: Option<String>,
    /// SHA-256 of that request's body: a reuse of the key must repeat it.
    pub idempotency_body: Option<String>,
    /// The award it won: a position in the call's list of awards.
    pub award_index: Option<i32>,
    /// Co-creation: the challenge this proposal's team works on.
    pub challenge_id: Option<ChallengeId>,
    /// Co-creation: the solution seen from its end users.
    pub end_users: String,
    /// Co-creation plan: partners.
    pub partners: String,
    /// Co-creation plan: the pilot (where, when, for whom).
    pub pilot: String,
    /// Co-creation plan: the indicators that will tell it works.
    pub indicators: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

impl Status {
    /// The Fluent id of the status's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Draft => "status-draft",
            Status::Submitted => "status-submitted",
            Status::Withdrawn => "status-withdrawn",
            Status::InReview => "status-in-review",
            Status::Shortlisted => "status-shortlisted",
            Status::Awarded => "status-awarded",
            Status::NotSelected => "status-not-selected",
            Status::InImplementation => "status-in-implementation",
            Status::Implemented => "status-implemented",
            Status::Stopped => "status-stopped",
        }
    }
}

/// A text of a proposal that a juror reads.
pub struct Field {
    /// Its name in the proposal form (and its element id on the page).
    pub name: &'static str,
    /// The Fluent id of its label.
    pub label: &'static str,
}

/// The texts a juror reads, in the order of [`Model::juror_texts`].
pub const FIELDS: [Field; 6] = [
    Field {
        name: "title",
        label: "proposal-title",
    },
    Field {
        name: "summary",
        label: "proposal-summary",
    },
    Field {
        name: "problem",
        label: "proposal-problem",
    },
    Field {
        name: "solution",
        label: "proposal-solution",
    },
    Field {
        name: "benefits",
        label: "proposal-benefits",
    },
    Field {
        name: "resources",
        label: "proposal-resources",
    },
];

/// The field called `name`.
pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

impl Model {
    /// The texts of [`FIELDS`], as stored.
    pub fn juror_texts(&self) -> [&str; 6] {
        [
            &self.title,
            &self.summary,
            &self.problem,
            &self.solution,
            &self.benefits,
            &self.resources,
        ]
    }

    /// The text of field `name`, to change it.
    pub fn juror_text_mut(&mut self, name: &str) -> Option<&mut String> {
        match name {
            "title" => Some(&mut self.title),
            "summary" => Some(&mut self.summary),
            "problem" => Some(&mut self.problem),
            "solution" => Some(&mut self.solution),
            "benefits" => Some(&mut self.benefits),
            "resources" => Some(&mut self.resources),
            _ => None,
        }
    }
}
