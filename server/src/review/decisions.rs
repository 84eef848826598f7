//! The admin's decisions after scoring: shortlist, award (one of the
//! call's awards) or not select each proposal, then publish the results,
//! which tells every team and sends the winners toward implementation.

use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    IntoActiveModel, PaginatorTrait, QueryFilter, TransactionTrait, sea_query::Expr,
};
use serde_json::json;

use super::service;
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    audit,
    calls::{self, Award, Phase, rules},
    clock::Clock,
    error::AppError,
    notifications,
    proposals::{self, Status},
    secrets::SecretKey,
    tenancy::TenantId,
};

/// What the admin decides for one proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Back to "in review": undecided.
    Undecided,
    Shortlist,
    /// The award at this position of the call's list, or an award the
    /// call did not name.
    Award(Option<usize>),
    NotSelected,
}

impl Decision {
    /// The decision a form's value names (`award-2` for the third award).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "undecided" => Some(Self::Undecided),
            "shortlist" => Some(Self::Shortlist),
            "not_selected" => Some(Self::NotSelected),
            "award" => Some(Self::Award(None)),
            other => other
                .strip_prefix("award-")
                .and_then(|n| n.parse().ok())
                .map(|n| Self::Award(Some(n))),
        }
    }

    fn status(self) -> Status {
        match self {
            Self::Undecided => Status::InReview,
            Self::Shortlist => Status::Shortlisted,
            Self::Award(_) => Status::Awarded,
            Self::NotSelected => Status::NotSelected,
        }
    }
}

/// Decisions are taken once scoring is closed and before results.
pub fn deciding(call: &calls::Model) -> Result<(), AppError> {
    if call.phase == Phase::Review && call.review_closed_at.is_some() {
        Ok(())
    } else {
        Err(AppError::Locked)
    }
}

pub async fn decide(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    proposal_id: ProposalId,
    decision: Decision,
    actor: PersonId,
) -> Result<(), AppError> {
    deciding(call)?;
    let awards: Vec<Award> = rules::parse_list(&call.awards);
    let award_index = match decision {
        Decision::Award(Some(i)) if i < awards.len() => Some(i32::try_from(i).unwrap_or(i32::MAX)),
        Decision::Award(Some(_)) => return Err(AppError::BadRequest),
        _ => None,
    };
    let proposal = scope
        .find_by_id::<proposals::Entity>(proposal_id)
        .filter(proposals::Column::CallId.eq(call.id))
        .filter(proposals::Column::Status.is_in(service::JUDGED))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = clock.now();
    let before = json!({ "status": proposal.status.to_value(), "award": proposal.award_index });
    let txn = db.begin().await?;
    if let Some(index) = award_index {
        // A named award goes to one proposal: the call is held while the
        // award is looked for and given, so two decisions at once cannot
        // both give it.
        crate::db::hold::<calls::Entity>(&txn, scope, call.id).await?;
        let taken = scope
            .find::<proposals::Entity>()
            .filter(proposals::Column::CallId.eq(call.id))
            .filter(proposals::Column::Id.ne(proposal_id))
            .filter(proposals::Column::Status.eq(Status::Awarded))
            .filter(proposals::Column::AwardIndex.eq(index))
            .count(&txn)
            .await?;
        if taken > 0 {
            return Err(AppError::Refused("decision-error-award-given"));
        }
    }
    let mut row = proposal.into_active_model();
    row.status = Set(decision.status());
    row.award_index = Set(award_index);
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "proposal.decision",
            subject_type: "proposal",
            subject_id: proposal_id.get(),
            before,
            after: json!({ "status": decision.status().to_value(), "award": award_index }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Publishes the results: every undecided or shortlisted proposal is not
/// selected, awarded ones go into implementation, the call moves to
/// results (which also ends sealing), and every team is told.
pub async fn publish(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    actor: PersonId,
) -> Result<(), AppError> {
    deciding(call)?;
    let now = clock.now();
    let txn = db.begin().await?;
    let moved = scope
        .update_many::<calls::Entity>()
        .col_expr(calls::Column::Phase, Expr::value(Phase::Results))
        .filter(calls::Column::Id.eq(call.id))
        .filter(calls::Column::Phase.eq(Phase::Review))
        .exec(&txn)
        .await?;
    if moved.rows_affected != 1 {
        return Err(AppError::Locked);
    }
    // Results open sealed teams, so that teams and admins see them again.
    unseal_call(&txn, secrets, scope, call.id).await?;
    let judged = service::judged_proposals(&txn, scope, call.id).await?;
    let teams =
        service::teams_of(&txn, secrets, scope, judged.iter().map(|p| p.id).collect()).await?;
    let awards: Vec<Award> = rules::parse_list(&call.awards);
    let awarded: Vec<proposals::Model> = judged
        .iter()
        .filter(|p| p.status == Status::Awarded)
        .cloned()
        .collect();
    crate::projects::service::create_for_awarded(&txn, scope, &awarded, now).await?;
    let mut outcome = Vec::new();
    for proposal in judged {
        let (status, message) = if proposal.status == Status::Awarded {
            (Status::InImplementation, "notification-awarded")
        } else {
            (Status::NotSelected, "notification-not-selected")
        };
        outcome.push(json!({ "proposal": proposal.id, "status": status.to_value() }));
        let award = proposal
            .award_index
            .and_then(|i| awards.get(usize::try_from(i).ok()?))
            .map(|a| a.name.clone())
            .unwrap_or_default();
        let team = teams.get(&proposal.id).cloned().unwrap_or_default();
        let args = json!({ "title": proposal.title, "award": award });
        let link = format!("/proposals/{}", proposal.id);
        notifications::notify(&txn, scope, &team, message, args, &link, now).await?;
        let mut row = proposal.into_active_model();
        row.status = Set(status);
        scope.update(row, &txn).await?;
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "call.results",
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!({ "phase": "review" }),
            after: json!({ "phase": "results", "proposals": outcome }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Opens the sealed team members of every proposal of a call.
pub async fn unseal_call(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    call_id: CallId,
) -> Result<(), DbErr> {
    let ids: Vec<ProposalId> = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    proposals::member::unseal(db, secrets, scope, ids).await
}
