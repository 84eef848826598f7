//! One juror's review of one proposal: assigned by the plan, scored per
//! criterion, or set aside when the juror declares a conflict.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::ids::{CallId, PersonId, ProposalId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum State {
    #[sea_orm(string_value = "assigned")]
    Assigned,
    /// The juror declared a conflict: the proposal went to someone else.
    #[sea_orm(string_value = "conflict")]
    Conflict,
}

/// A juror's mark on one criterion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub score: Option<u32>,
    #[serde(default)]
    pub comment: String,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub call_id: CallId,
    pub proposal_id: ProposalId,
    pub juror_id: PersonId,
    pub state: State,
    pub conflict_reason: String,
    /// JSON of `[Mark]`, one per criterion of the call, in its order.
    pub scores: String,
    /// Every criterion has a score.
    pub complete: bool,
    pub updated_at: DateTimeUtc,
}

impl Model {
    /// The marks, one per criterion (missing ones empty).
    pub fn marks(&self, criteria: usize) -> Vec<Mark> {
        let mut marks: Vec<Mark> = serde_json::from_str(&self.scores).unwrap_or_default();
        marks.resize(criteria, Mark::default());
        marks
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
