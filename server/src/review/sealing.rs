//! Sealed identities: a call option under which not even tenant admins see
//! who wrote a proposal until results. Opening them earlier takes two
//! different admins (one asks, with a reason; another confirms), and both
//! steps are in the audit log. Before proposals reach the jury, the admin
//! is warned where a proposal's own text names someone of its team.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, IntoActiveModel,
    QueryFilter, TransactionTrait,
};
use serde_json::json;

use super::service;
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    attachments, audit, calls,
    clock::Clock,
    error::AppError,
    people::user,
    proposals::{naming::TeamNames, redaction},
    secrets::SecretKey,
    tenancy::TenantId,
};

pub const REASON_MAX: usize = 500;

/// The first admin asks to open a sealed call's identities.
pub async fn request_opening(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    actor: PersonId,
    reason: &str,
) -> Result<(), AppError> {
    if !call.identities_sealed() {
        return Err(AppError::Locked);
    }
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > REASON_MAX {
        return Err(AppError::Refused("sealing-error-reason"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    let mut row = call.clone().into_active_model();
    row.opening_requested_by = Set(Some(actor));
    row.opening_reason = Set(Some(reason.to_owned()));
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "identities.open_request",
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!(null),
            after: json!({ "reason": reason }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A second admin confirms: the call's teams become visible to admins.
pub async fn confirm_opening(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    actor: PersonId,
) -> Result<(), AppError> {
    if !call.identities_sealed() {
        return Err(AppError::Locked);
    }
    let requested_by = call
        .opening_requested_by
        .ok_or(AppError::Refused("sealing-error-no-request"))?;
    if requested_by == actor {
        return Err(AppError::Refused("sealing-error-same-admin"));
    }
    // The admins who open a call's identities judge none of its proposals.
    for admin in [requested_by, actor] {
        if service::on_jury(db, scope, call.id, admin).await? {
            return Err(AppError::Refused("sealing-error-on-jury"));
        }
    }
    let now = clock.now();
    let txn = db.begin().await?;
    let mut row = call.clone().into_active_model();
    row.identities_opened_at = Set(Some(now));
    scope.update(row, &txn).await?;
    super::decisions::unseal_call(&txn, secrets, scope, call.id).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "identities.open",
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!({ "sealed": true }),
            after: json!({
                "sealed": false,
                "requested_by": requested_by,
                "confirmed_by": actor,
                "reason": call.opening_reason,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A place where a proposal names someone of its own team.
pub struct Mention {
    pub proposal_id: ProposalId,
    pub title: String,
    /// Fluent id of the field (or of "a file's name").
    pub field: &'static str,
    /// The field's form name, where the admin may redact a passage (a
    /// file's name is never shown to jurors).
    pub redactable: Option<&'static str>,
}

/// Where the call's judged proposals mention a team member's full name or
/// email, in their texts or their files' names. The finding names the
/// field, never the person: on a sealed call the admin may not learn who.
pub async fn mentions(
    secrets: &SecretKey,
    db: &impl ConnectionTrait,
    scope: TenantId,
    call_id: CallId,
) -> Result<Vec<Mention>, AppError> {
    let proposals = service::judged_proposals(db, scope, call_id).await?;
    let teams =
        service::teams_of(db, secrets, scope, proposals.iter().map(|p| p.id).collect()).await?;
    let people: Vec<PersonId> = teams.values().flatten().copied().collect();
    let records = scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(people))
        .all(db)
        .await?;
    // Every file of the call's proposals in one query, not one per proposal.
    let files = scope
        .find::<attachments::Entity>()
        .filter(attachments::Column::ProposalId.is_in(proposals.iter().map(|p| p.id)))
        .all(db)
        .await?;
    // What the jury will read: the admin's redactions applied.
    let redactions = redaction::of_proposals(db, scope, proposals.iter().map(|p| p.id)).await?;
    let mut found = Vec::new();
    for p in proposals {
        let names = TeamNames::of(
            teams
                .get(&p.id)
                .into_iter()
                .flatten()
                .filter_map(|id| records.iter().find(|u| u.id == *id))
                .map(|u| (u.display_name.as_str(), u.email.as_str())),
        );
        let shown = redaction::redact(p.clone(), &redactions, " ");
        for field in names.fields(shown.juror_texts()) {
            found.push(Mention {
                proposal_id: p.id,
                title: p.title.clone(),
                field: field.label,
                redactable: Some(field.name),
            });
        }
        if files
            .iter()
            .filter(|f| f.proposal_id == p.id)
            .any(|f| names.in_file_name(&f.file_name))
        {
            found.push(Mention {
                proposal_id: p.id,
                title: p.title.clone(),
                field: "sealing-field-file-name",
                redactable: None,
            });
        }
    }
    Ok(found)
}
