//! Passages of a proposal's text that the admin hid from the jury (a name
//! the team left in): the proposal itself stays as the team wrote it, and
//! only what jurors are shown is redacted.

use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, QueryOrder, entity::prelude::*};

use crate::ids::ProposalId;
use crate::tenancy::TenantId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_redactions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub proposal_id: ProposalId,
    /// A [`super::entity::FIELDS`] name.
    pub field: String,
    /// The exact text hidden, wherever it occurs in the field.
    pub passage: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

/// Longest passage, in characters.
pub const PASSAGE_MAX: usize = 500;

/// The redactions of some proposals, oldest first.
pub async fn of_proposals(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposals: impl IntoIterator<Item = ProposalId>,
) -> Result<Vec<Model>, DbErr> {
    scope
        .find::<Entity>()
        .filter(Column::ProposalId.is_in(proposals))
        .order_by_asc(Column::Id)
        .all(db)
        .await
}

/// The proposal as a juror is shown it: each redacted passage replaced by
/// `mark` ("[redacted]" in the juror's language).
pub fn redact(
    mut proposal: super::entity::Model,
    redactions: &[Model],
    mark: &str,
) -> super::entity::Model {
    let id = proposal.id;
    for field in super::entity::FIELDS {
        if let Some(text) = proposal.juror_text_mut(field.name) {
            *text = redact_field(redactions, id, field.name, text, mark);
        }
    }
    proposal
}

/// `text`, the `field` of proposal `proposal`, as a juror is shown it.
pub fn redact_field(
    redactions: &[Model],
    proposal: ProposalId,
    field: &str,
    text: &str,
    mark: &str,
) -> String {
    redact_passages(
        text,
        redactions
            .iter()
            .filter(|r| r.proposal_id == proposal && r.field == field)
            .map(|r| r.passage.as_str()),
        mark,
    )
}

/// `text` with each of `passages` replaced by `mark`, in order.
pub fn redact_passages<'a>(
    text: &str,
    passages: impl IntoIterator<Item = &'a str>,
    mark: &str,
) -> String {
    passages
        .into_iter()
        .fold(text.to_owned(), |text, passage| text.replace(passage, mark))
}
