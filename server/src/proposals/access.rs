//! Who is on a proposal's team, and whether a person may submit to a call.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, QueryFilter};

use super::member::{self, MemberStatus};
use crate::ids::ProposalId;
use crate::{
    calls::{Eligibility, Ineligible, entity as calls},
    organisation::division,
    people::user,
    tenancy::TenantId,
};

/// The team of a proposal: members invited or accepted (declined ones are
/// gone).
pub async fn team_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal_id: ProposalId,
) -> Result<Vec<member::Model>, DbErr> {
    scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(proposal_id))
        .filter(member::Column::Status.ne(MemberStatus::Declined))
        .all(db)
        .await
}

/// Whether `person` may take part in `call`, by the call's eligibility rule
/// over the person's grade and division.
pub async fn eligibility_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: &calls::Model,
    person: &user::Model,
) -> Result<Result<(), Ineligible>, DbErr> {
    let rule = Eligibility::parse(&call.eligibility);
    // The division's code is read only for a rule about divisions.
    let division = match person.division_id {
        Some(id) if rule.attribute() == Some("division") => {
            scope.find_by_id::<division::Entity>(id).one(db).await?
        }
        _ => None,
    };
    Ok(admits(
        &rule,
        person,
        division.as_ref().map(|d| d.code.as_str()),
    ))
}

/// Whether `rule` admits `person`, whose division has the code `division`
/// (read by the caller, and only needed for a rule about divisions): the
/// one place a person's attributes meet the call's rule, for one person or
/// for a whole city at once.
pub fn admits(
    rule: &Eligibility,
    person: &user::Model,
    division: Option<&str>,
) -> Result<(), Ineligible> {
    rule.admits(|attribute| match attribute {
        "division" => division.map(str::to_owned),
        other => person.attribute(other),
    })
}
