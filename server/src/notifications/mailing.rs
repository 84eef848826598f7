//! A mailing: one sending of a kind of notification to a call's people
//! (a call opened, a deadline reminder, an admin's announcement). Its
//! `occasion` is unique per call, so a scheduled mailing goes out once even
//! with several instances; its reach is counted from its queued emails.

use sea_orm::entity::prelude::*;

use crate::ids::{CallId, PersonId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mailings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub call_id: Option<CallId>,
    /// `notifications::Kind` token.
    pub kind: String,
    /// `call-opened`, `deadline-7`, `deadline-1`, `draft-2`, … or a manual
    /// announcement's own token.
    pub occasion: String,
    pub subject: Option<String>,
    pub body: Option<String>,
    pub locale: Option<String>,
    pub created_by: Option<PersonId>,
    pub created_at: DateTimeUtc,
    /// The eligible people the mailing was meant for when it was sent.
    pub audience: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
