//! The rules of colleagues' supports and comments.
//!
//! **During the call** means: the call lets colleagues help, the proposal
//! was submitted (and not withdrawn) and the call is still open (before
//! its deadline). A **colleague** is a person of the city who may write
//! proposals, whom the call's eligibility rule admits, who is on neither
//! the proposal's team nor the call's jury.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, PaginatorTrait,
    QueryFilter, QueryOrder, TransactionTrait, sea_query::Expr,
};
use serde_json::json;

use super::{comment, support};
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    audit,
    calls::{Phase, entity as calls},
    db,
    error::{AppError, FieldIssue},
    people::user,
    proposals::{self, Status},
    review,
    secrets::SecretKey,
    tenancy::TenantId,
};

/// Longest comment, in characters.
pub const COMMENT_MAX: usize = 2000;
/// Longest reason for hiding a comment, in characters.
pub const REASON_MAX: usize = 500;

/// Who reads a proposal's colleagues' page, and so what they may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// On the proposal's team: reads and answers, never supports.
    Team,
    /// A colleague: supports and comments.
    Colleague,
    /// The city's admin (not on the team): reads and moderates.
    Admin,
}

/// A proposal as its colleagues' page shows it.
pub struct Opened {
    pub call: calls::Model,
    pub proposal: proposals::Model,
    pub standing: Standing,
}

/// Whether colleagues may support and comment on the call's proposals now.
pub fn during_call(call: &calls::Model, now: DateTime<Utc>) -> bool {
    call.colleague_support && call.phase == Phase::Open && now < call.submissions_close_at
}

impl Opened {
    /// Whether the reader may support the proposal now.
    pub fn may_support(&self, now: DateTime<Utc>) -> bool {
        self.standing == Standing::Colleague && during_call(&self.call, now)
    }

    /// Whether the reader may comment now.
    pub fn may_comment(&self, now: DateTime<Utc>) -> bool {
        matches!(self.standing, Standing::Colleague | Standing::Team)
            && during_call(&self.call, now)
    }
}

/// The reader: their record and what their roles allow.
pub struct Reader<'a> {
    pub person: &'a user::Model,
    /// May write proposals (employees).
    pub writes_proposals: bool,
    /// Runs the city's calls (admins).
    pub manages_calls: bool,
}

/// Why a person may not take part as a colleague in `call`, if they may
/// not: a juror of the call finds nothing (404), anyone else who may not
/// is refused (403).
pub async fn colleague_check(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: &calls::Model,
    reader: &Reader<'_>,
) -> Result<(), AppError> {
    // A juror never reads what colleagues say of proposals they may judge.
    if review::service::on_jury(db, scope, call.id, reader.person.id).await? {
        return Err(AppError::NotFound);
    }
    if !reader.writes_proposals {
        return Err(AppError::Forbidden);
    }
    if proposals::eligibility_of(db, scope, call, reader.person)
        .await?
        .is_err()
    {
        return Err(AppError::Forbidden);
    }
    Ok(())
}

/// The call, when it lets colleagues help and is open: its colleagues'
/// list exists (404 otherwise).
pub async fn open_call(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
    reader: &Reader<'_>,
) -> Result<calls::Model, AppError> {
    let call = crate::calls::service::find(db, scope, id).await?;
    if !call.colleague_support || call.phase != Phase::Open {
        return Err(AppError::NotFound);
    }
    colleague_check(db, scope, &call, reader).await?;
    Ok(call)
}

/// A submitted proposal of a call that lets colleagues help, with the
/// reader's standing. The team and the admin read it in any phase;
/// colleagues while the call is open; to anyone else it does not exist.
pub async fn open(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    id: ProposalId,
    reader: &Reader<'_>,
) -> Result<Opened, AppError> {
    let proposal = scope
        .find_by_id::<proposals::Entity>(id)
        .one(db)
        .await?
        .filter(|p| Status::SUBMITTED.contains(&p.status))
        .ok_or(AppError::NotFound)?;
    let call = crate::calls::service::find(db, scope, proposal.call_id).await?;
    if !call.colleague_support {
        return Err(AppError::NotFound);
    }
    let team = proposals::team_of(db, scope, id).await?;
    let standing = if team
        .iter()
        .any(|m| m.person(secrets) == Some(reader.person.id))
    {
        Standing::Team
    } else if review::service::on_jury(db, scope, call.id, reader.person.id).await? {
        return Err(AppError::NotFound);
    } else if reader.manages_calls {
        Standing::Admin
    } else if call.phase != Phase::Open {
        return Err(AppError::NotFound);
    } else {
        colleague_check(db, scope, &call, reader).await?;
        Standing::Colleague
    };
    Ok(Opened {
        call,
        proposal,
        standing,
    })
}

/// How many colleagues support the proposal.
pub async fn supporters(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal: ProposalId,
) -> Result<u64, AppError> {
    Ok(scope
        .find::<support::Entity>()
        .filter(support::Column::ProposalId.eq(proposal))
        .count(db)
        .await?)
}

/// Whether `person` supports the proposal.
pub async fn supports(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal: ProposalId,
    person: PersonId,
) -> Result<bool, AppError> {
    Ok(scope
        .find::<support::Entity>()
        .filter(support::Column::ProposalId.eq(proposal))
        .filter(support::Column::UserId.eq(person))
        .one(db)
        .await?
        .is_some())
}

/// The refusal for a reader who may not write on the page now.
fn refusal(opened: &Opened) -> AppError {
    match opened.standing {
        Standing::Team | Standing::Colleague => AppError::Locked,
        Standing::Admin => AppError::Forbidden,
    }
}

/// Sets whether `person` supports the proposal: supporting twice is one
/// support, withdrawing one not given changes nothing. Answers the count.
pub async fn set_support(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    scope: TenantId,
    opened: &Opened,
    person: PersonId,
    supported: bool,
) -> Result<u64, AppError> {
    if opened.standing == Standing::Team {
        return Err(AppError::Refused("colleagues-error-own"));
    }
    if !opened.may_support(now) {
        return Err(refusal(opened));
    }
    let id = opened.proposal.id;
    let txn = db.begin().await?;
    // Holding the proposal makes two requests at once one support.
    db::hold::<proposals::Entity>(&txn, scope, id).await?;
    let given = supports(&txn, scope, id, person).await?;
    if supported && !given {
        scope
            .insert(
                support::ActiveModel {
                    proposal_id: Set(id),
                    user_id: Set(person),
                    created_at: Set(now),
                    ..Default::default()
                },
                &txn,
            )
            .await?;
    } else if !supported && given {
        scope
            .delete_many::<support::Entity>()
            .filter(support::Column::ProposalId.eq(id))
            .filter(support::Column::UserId.eq(person))
            .exec(&txn)
            .await?;
    }
    let count = supporters(&txn, scope, id).await?;
    txn.commit().await?;
    Ok(count)
}

/// Adds a comment (1 to [`COMMENT_MAX`] characters, trimmed).
pub async fn add_comment(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    scope: TenantId,
    opened: &Opened,
    person: PersonId,
    body: &str,
) -> Result<comment::Model, AppError> {
    if !opened.may_comment(now) {
        return Err(refusal(opened));
    }
    let body = body.trim();
    if body.is_empty() || body.chars().count() > COMMENT_MAX {
        return Err(AppError::Invalid(vec![
            FieldIssue::new("body", "colleagues-error-body").with("max", COMMENT_MAX as i64),
        ]));
    }
    Ok(scope
        .insert(
            comment::ActiveModel {
                proposal_id: Set(opened.proposal.id),
                author_id: Set(Some(person)),
                by_team: Set(opened.standing == Standing::Team),
                body: Set(body.to_owned()),
                created_at: Set(now),
                ..Default::default()
            },
            db,
        )
        .await?)
}

/// The comments of a proposal, oldest first.
pub async fn comments_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal: ProposalId,
) -> Result<Vec<comment::Model>, AppError> {
    Ok(scope
        .find::<comment::Entity>()
        .filter(comment::Column::ProposalId.eq(proposal))
        .order_by_asc(comment::Column::CreatedAt)
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await?)
}

/// The names of the comments' authors (stored; erased people are empty).
pub async fn authors_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    comments: &[comment::Model],
) -> Result<Vec<(PersonId, String)>, AppError> {
    let ids: Vec<PersonId> = comments.iter().filter_map(|c| c.author_id).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

/// The call's submitted proposals with their supporters and comments
/// (hidden ones included), by title.
pub async fn proposals_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<(proposals::Model, u64, u64)>, AppError> {
    let list = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call))
        .filter(proposals::Column::Status.is_in(Status::SUBMITTED))
        .order_by_asc(proposals::Column::Title)
        .order_by_asc(proposals::Column::Id)
        .all(db)
        .await?;
    let mut lines = Vec::with_capacity(list.len());
    for p in list {
        let supporters = supporters(db, scope, p.id).await?;
        let comments = scope
            .find::<comment::Entity>()
            .filter(comment::Column::ProposalId.eq(p.id))
            .count(db)
            .await?;
        lines.push((p, supporters, comments));
    }
    Ok(lines)
}

/// Every comment on the call's proposals with its proposal, newest first:
/// the admin's moderation list.
pub async fn comments_of_call(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<(comment::Model, proposals::Model)>, AppError> {
    let proposals: Vec<proposals::Model> = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call))
        .all(db)
        .await?;
    let ids: Vec<ProposalId> = proposals.iter().map(|p| p.id).collect();
    let comments = scope
        .find::<comment::Entity>()
        .filter(comment::Column::ProposalId.is_in(ids))
        .order_by_desc(comment::Column::CreatedAt)
        .order_by_desc(comment::Column::Id)
        .all(db)
        .await?;
    Ok(comments
        .into_iter()
        .filter_map(|c| {
            let p = proposals.iter().find(|p| p.id == c.proposal_id)?.clone();
            Some((c, p))
        })
        .collect())
}

/// A comment of the city with its proposal (404 for anything else).
pub async fn comment(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: i32,
) -> Result<(comment::Model, proposals::Model), AppError> {
    let c = scope
        .find_by_id::<comment::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = scope
        .find_by_id::<proposals::Entity>(c.proposal_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((c, p))
}

/// Hides a comment with a reason (1 to [`REASON_MAX`] characters), audited
/// in the same transaction. Hiding is a conditional update: of two hides at
/// once, or of a comment already hidden, only the first changes (and logs)
/// anything.
pub async fn hide(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    scope: TenantId,
    actor: Option<PersonId>,
    id: i32,
    reason: &str,
) -> Result<(), AppError> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > REASON_MAX {
        return Err(AppError::Invalid(vec![
            FieldIssue::new("reason", "colleagues-error-reason").with("max", REASON_MAX as i64),
        ]));
    }
    let txn = db.begin().await?;
    let (found, _) = comment(&txn, scope, id).await?;
    let changed = scope
        .update_many::<comment::Entity>()
        .col_expr(comment::Column::HiddenAt, Expr::value(now))
        .col_expr(
            comment::Column::HiddenBy,
            Expr::value(actor.map(|a| a.get())),
        )
        .col_expr(comment::Column::HiddenReason, Expr::value(reason))
        .filter(comment::Column::Id.eq(id))
        .filter(comment::Column::HiddenAt.is_null())
        .exec(&txn)
        .await?;
    if changed.rows_affected == 0 {
        txn.rollback().await?;
        return Ok(());
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "proposal.comment_hide",
            subject_type: "proposal",
            subject_id: found.proposal_id.get(),
            before: json!({ "comment": id, "hidden": false }),
            after: json!({ "comment": id, "hidden": true, "reason": reason }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
