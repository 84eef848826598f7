//! An entry of the audit log: who did what to which subject, when, the
//! state before and after, and the hashes chaining it to the entry before.

use sea_orm::entity::prelude::*;

use crate::ids::PersonId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub seq: i64,
    pub at: DateTimeUtc,
    /// The person who acted; `None` for the platform itself (a deadline).
    pub actor_id: Option<PersonId>,
    pub action: String,
    pub subject_type: String,
    pub subject_id: i32,
    pub before: String,
    pub after: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
