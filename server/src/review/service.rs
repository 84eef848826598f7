//! The review's rules over the database: who sits on a jury, planning and
//! storing assignments, a juror's scores and conflicts. Pages call these;
//! every change is audited in the same transaction.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, IntoActiveModel,
    QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use super::{
    Mark, State,
    assignment::{self, Juror, Plan, Submission},
    entity::{self as review, Model as Review},
    jury, ranking,
};
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    audit,
    calls::{self, Criterion, Phase, rules},
    clock::Clock,
    error::AppError,
    notifications,
    people::{Role, role, user},
    proposals::{self, member::MemberStatus, naming, redaction},
    secrets::SecretKey,
    tenancy::TenantId,
};

/// Longest comment on one criterion.
pub const COMMENT_MAX: usize = 2_000;
/// Longest reason for a declared conflict.
pub const REASON_MAX: usize = 500;

pub fn criteria_of(call: &calls::Model) -> Vec<Criterion> {
    rules::parse_list(&call.criteria)
}

/// The call's criteria as the ranking weighs them, in the call's order.
pub fn weights_of(call: &calls::Model) -> Vec<ranking::Criterion> {
    criteria_of(call)
        .iter()
        .map(|c| ranking::Criterion {
            weight: c.weight,
            scale: c.scale,
        })
        .collect()
}

/// Where a call's scoring stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scoring {
    NotStarted,
    Open,
    Closed,
}

impl Scoring {
    pub fn of(call: &calls::Model) -> Self {
        if call.scoring_open() {
            Self::Open
        } else if call.review_started_at.is_none() {
            Self::NotStarted
        } else {
            Self::Closed
        }
    }

    /// As the API names it: `not_started`, `open` or `closed`.
    pub fn token(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }

    /// The message that words it.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::NotStarted => "review-state-not-started",
            Self::Open => "review-state-open",
            Self::Closed => "review-state-closed",
        }
    }
}

/// Who a juror is: outside experts sign in with a local password;
/// everyone else is an employee of the city.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JurorKind {
    Expert,
    Employee,
}

impl JurorKind {
    pub fn of(juror: &user::Model) -> Self {
        if juror.issuer == crate::auth::local::LOCAL_ISSUER {
            Self::Expert
        } else {
            Self::Employee
        }
    }

    /// As the API names it: `expert` or `employee`.
    pub fn token(self) -> &'static str {
        match self {
            Self::Expert => "expert",
            Self::Employee => "employee",
        }
    }

    /// The message that words it.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Expert => "review-kind-expert",
            Self::Employee => "review-kind-employee",
        }
    }
}

/// A juror's share of a call's reviews.
pub struct Progress {
    /// Proposals assigned to them.
    pub assigned: usize,
    /// Of those, fully scored.
    pub done: usize,
    /// Proposals they declared a conflict on (given to someone else).
    pub conflicts: usize,
}

impl Progress {
    /// Where `juror` stands among `reviews`, every review of the call.
    pub fn of(juror: PersonId, reviews: &[Review]) -> Self {
        let mine: Vec<&Review> = reviews.iter().filter(|r| r.juror_id == juror).collect();
        let assigned: Vec<&&Review> = mine.iter().filter(|r| r.state == State::Assigned).collect();
        Self {
            assigned: assigned.len(),
            done: assigned.iter().filter(|r| r.complete).count(),
            conflicts: mine.len() - assigned.len(),
        }
    }

    /// The juror holds no review, assigned or set aside.
    pub fn is_empty(&self) -> bool {
        self.assigned == 0 && self.conflicts == 0
    }
}

/// The jury of a call, with each juror's record, by name.
pub async fn jury_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call_id: CallId,
) -> Result<Vec<user::Model>, DbErr> {
    let ids: Vec<PersonId> = scope
        .find::<jury::Entity>()
        .filter(jury::Column::CallId.eq(call_id))
        .all(db)
        .await?
        .into_iter()
        .map(|j| j.user_id)
        .collect();
    scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(ids))
        .order_by_asc(user::Column::DisplayName)
        .all(db)
        .await
}

/// Whether `person` sits on the call's jury.
pub async fn on_jury(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call_id: CallId,
    person: PersonId,
) -> Result<bool, DbErr> {
    Ok(scope
        .find::<jury::Entity>()
        .filter(jury::Column::CallId.eq(call_id))
        .filter(jury::Column::UserId.eq(person))
        .one(db)
        .await?
        .is_some())
}

/// Whether the person has a seat on the jury of a call whose results are
/// not out yet (a call that is, or may still go, in review).
pub async fn seated_before_results(
    db: &impl ConnectionTrait,
    scope: TenantId,
    person: PersonId,
) -> Result<bool, DbErr> {
    let calls: Vec<CallId> = scope
        .find::<jury::Entity>()
        .filter(jury::Column::UserId.eq(person))
        .all(db)
        .await?
        .into_iter()
        .map(|seat| seat.call_id)
        .collect();
    if calls.is_empty() {
        return Ok(false);
    }
    Ok(scope
        .find::<calls::Entity>()
        .filter(calls::Column::Id.is_in(calls))
        .all(db)
        .await?
        .iter()
        .any(|call| !call.phase.has_results()))
}

/// Adds an active person of the city, found by email, to the jury. Tenant
/// admins may not judge: they see teams, which would unblind the review.
pub async fn add_juror(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    email: &str,
    actor: PersonId,
) -> Result<(), AppError> {
    if call.phase.has_results() || call.review_closed_at.is_some() {
        return Err(AppError::Locked);
    }
    let email = email.trim().to_lowercase();
    let person = scope
        .find::<user::Entity>()
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .find(|u| !email.is_empty() && u.email.to_lowercase() == email)
        .ok_or(AppError::Refused("jury-error-unknown-person"))?;
    let roles: Vec<Role> = scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.eq(person.id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.role)
        .collect();
    if roles.contains(&Role::TenantAdmin) {
        return Err(AppError::Refused("jury-error-admin"));
    }
    if !roles.contains(&Role::Employee) && !roles.contains(&Role::Juror) {
        return Err(AppError::Refused("jury-error-role"));
    }
    if on_jury(db, scope, call.id, person.id).await? {
        return Err(AppError::Refused("jury-error-already"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    scope
        .insert(
            jury::ActiveModel {
                call_id: Set(call.id),
                user_id: Set(person.id),
                added_at: Set(now),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "jury.add",
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!(null),
            after: json!({ "juror": person.id }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes a juror off the jury, which is possible only until they were
/// given proposals (their reviews would be orphaned).
pub async fn remove_juror(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    juror: PersonId,
    actor: PersonId,
) -> Result<(), AppError> {
    let assigned = scope
        .find::<review::Entity>()
        .filter(review::Column::CallId.eq(call.id))
        .filter(review::Column::JurorId.eq(juror))
        .one(db)
        .await?;
    if assigned.is_some() {
        return Err(AppError::Refused("jury-error-has-reviews"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    let removed = scope
        .delete_many::<jury::Entity>()
        .filter(jury::Column::CallId.eq(call.id))
        .filter(jury::Column::UserId.eq(juror))
        .exec(&txn)
        .await?;
    if removed.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "jury.remove",
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!({ "juror": juror }),
            after: json!(null),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The proposals the jury judges: submitted ones that went to review,
/// whatever their outcome since. Awarded ones move into implementation
/// when the results are published and stay in the field: the ranking keeps
/// every proposal, and each juror's normalised scores stay those of
/// everything they scored.
pub const JUDGED: [proposals::Status; 7] = [
    proposals::Status::InReview,
    proposals::Status::Shortlisted,
    proposals::Status::Awarded,
    proposals::Status::NotSelected,
    proposals::Status::InImplementation,
    proposals::Status::Implemented,
    proposals::Status::Stopped,
];

pub async fn judged_proposals(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call_id: CallId,
) -> Result<Vec<proposals::Model>, DbErr> {
    scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call_id))
        .filter(proposals::Column::Status.is_in(JUDGED))
        .order_by_asc(proposals::Column::Id)
        .all(db)
        .await
}

/// Every review of a call, assigned or set aside.
pub async fn reviews_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call_id: CallId,
) -> Result<Vec<Review>, DbErr> {
    scope
        .find::<review::Entity>()
        .filter(review::Column::CallId.eq(call_id))
        .order_by_asc(review::Column::Id)
        .all(db)
        .await
}

/// The accepted members of each proposal's team.
pub async fn teams_of(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    proposal_ids: Vec<ProposalId>,
) -> Result<BTreeMap<ProposalId, Vec<PersonId>>, DbErr> {
    let mut teams: BTreeMap<ProposalId, Vec<PersonId>> = BTreeMap::new();
    for m in scope
        .find::<proposals::member::Entity>()
        .filter(proposals::member::Column::ProposalId.is_in(proposal_ids))
        .filter(proposals::member::Column::Status.eq(MemberStatus::Accepted))
        .all(db)
        .await?
    {
        if let Some(person) = m.person(secrets) {
            teams.entry(m.proposal_id).or_default().push(person);
        }
    }
    Ok(teams)
}

/// What the planner is given for a call as it stands: kept assignments,
/// declared conflicts, and a juror's own proposals as conflicts too.
pub async fn plan_for(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    call: &calls::Model,
) -> Result<Plan, DbErr> {
    let proposals = judged_proposals(db, scope, call.id).await?;
    let jurors = jury_of(db, scope, call.id).await?;
    let teams = teams_of(db, secrets, scope, proposals.iter().map(|p| p.id).collect()).await?;
    let people: Vec<PersonId> = teams.values().flatten().copied().collect();
    let divisions: BTreeMap<PersonId, Option<i32>> = scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(people))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.division_id))
        .collect();
    let reviews = reviews_of(db, scope, call.id).await?;
    // The planner works on plain numbers: ids go in and come out as `get()`.
    let mut declared_conflicts: Vec<(i32, i32)> = reviews
        .iter()
        .filter(|r| r.state == State::Conflict)
        .map(|r| (r.proposal_id.get(), r.juror_id.get()))
        .collect();
    for (proposal, team) in &teams {
        for juror in &jurors {
            if team.contains(&juror.id) {
                declared_conflicts.push((proposal.get(), juror.id.get()));
            }
        }
    }
    let input = assignment::Input {
        reviews_per_proposal: u32::try_from(call.reviews_per_proposal).unwrap_or(0),
        submissions: proposals
            .iter()
            .map(|p| Submission {
                id: p.id.get(),
                team_divisions: teams
                    .get(&p.id)
                    .into_iter()
                    .flatten()
                    .filter_map(|person| divisions.get(person).copied().flatten())
                    .collect::<BTreeSet<i32>>()
                    .into_iter()
                    .collect(),
            })
            .collect(),
        jurors: jurors
            .iter()
            .map(|j| Juror {
                id: j.id.get(),
                division: j.division_id,
            })
            .collect(),
        declared_conflicts,
        kept: reviews
            .iter()
            .filter(|r| r.state == State::Assigned)
            .map(|r| (r.proposal_id.get(), r.juror_id.get()))
            .collect(),
    };
    Ok(assignment::plan(&input))
}

/// Stores the plan's new assignments, tells each juror who got some, and
/// audits the step; how many reviews were added.
async fn assign_missing(
    txn: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    call: &calls::Model,
    actor: Option<PersonId>,
    action: &str,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let plan = plan_for(txn, secrets, scope, call).await?;
    let added = plan.new_assignments.len();
    if added > 0 {
        scope
            .insert_many(
                plan.new_assignments
                    .iter()
                    .map(|(proposal, juror)| review::ActiveModel {
                        call_id: Set(call.id),
                        proposal_id: Set(ProposalId(*proposal)),
                        juror_id: Set(PersonId(*juror)),
                        state: Set(State::Assigned),
                        conflict_reason: Set(String::new()),
                        scores: Set("[]".into()),
                        complete: Set(false),
                        updated_at: Set(now),
                        ..Default::default()
                    }),
                txn,
            )
            .await?;
        let jurors: BTreeSet<PersonId> = plan
            .new_assignments
            .iter()
            .map(|(_, j)| PersonId(*j))
            .collect();
        notifications::notify(
            txn,
            scope,
            &jurors.into_iter().collect::<Vec<_>>(),
            "notification-review-assigned",
            json!({}),
            &format!("/review/calls/{}", call.id),
            now,
        )
        .await?;
    }
    audit::record(
        txn,
        scope,
        now,
        audit::Event {
            actor,
            action,
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!(null),
            after: json!({
                "assigned": plan.new_assignments,
                "short": plan.shortfalls.iter().map(|s| (s.submission, s.missing)).collect::<Vec<_>>(),
            }),
        },
    )
    .await?;
    Ok(added)
}

/// Starts scoring: the call must be in review, with a jury; the plan
/// assigns every proposal it can. Run again, it fills gaps left by
/// conflicts or a short jury.
pub async fn assign(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    actor: PersonId,
) -> Result<usize, AppError> {
    if call.phase != Phase::Review || call.review_closed_at.is_some() {
        return Err(AppError::Locked);
    }
    if jury_of(db, scope, call.id).await?.is_empty() {
        return Err(AppError::Refused("review-error-no-jury"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    // Only the first start sets the date; a second click finds it set.
    let started = scope
        .update_many::<calls::Entity>()
        .col_expr(
            calls::Column::ReviewStartedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(calls::Column::Id.eq(call.id))
        .filter(calls::Column::ReviewStartedAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    let action = if started {
        "review.start"
    } else {
        "review.assign"
    };
    let added = assign_missing(&txn, secrets, scope, call, Some(actor), action, now).await?;
    txn.commit().await?;
    Ok(added)
}

/// Scores are final: jurors can no longer change them.
pub async fn close(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    actor: PersonId,
) -> Result<(), AppError> {
    if !call.scoring_open() {
        return Err(AppError::Locked);
    }
    let now = clock.now();
    let txn = db.begin().await?;
    let mut row = call.clone().into_active_model();
    row.review_closed_at = Set(Some(now));
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "review.close",
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!(null),
            after: json!({ "closed_at": now }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// What is missing before a decision on a call's review: the facts the
/// review page states before scoring closes, the ranking before the
/// results are published, and the confirmations of both.
#[derive(Clone, Debug, Default)]
pub struct DecisionFacts {
    /// The call's number of reviews per proposal.
    pub required: i64,
    /// The judged proposals (each team is told its outcome).
    pub proposals: i64,
    /// Complete reviews that count toward the target (at most `required`
    /// per proposal), and the target: proposals × required.
    pub reviews_done: i64,
    pub reviews_expected: i64,
    /// The jury, and those of it without one complete review.
    pub jurors: i64,
    pub idle_jurors: Vec<user::Model>,
    /// Judged proposals below the target: (id, title, complete reviews).
    pub short: Vec<(ProposalId, String, i64)>,
    /// While reviews can still be assigned: proposals the plan cannot give
    /// all their reviews from this jury, (id, title, reviews missing).
    pub unassignable: Vec<(ProposalId, String, u32)>,
    /// Judged proposals without a decision (still in review): publishing
    /// makes them "not selected".
    pub undecided: Vec<(ProposalId, String)>,
}

impl DecisionFacts {
    /// Reviews still to be done to reach the call's number.
    pub fn reviews_missing(&self) -> i64 {
        self.reviews_expected - self.reviews_done
    }
}

/// Counts what scoring and the decisions still lack (see
/// [`DecisionFacts`]).
pub async fn decision_facts(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    call: &calls::Model,
) -> Result<DecisionFacts, DbErr> {
    let jurors = jury_of(db, scope, call.id).await?;
    let reviews: Vec<Review> = reviews_of(db, scope, call.id)
        .await?
        .into_iter()
        .filter(|r| r.state == State::Assigned && r.complete)
        .collect();
    let judged = judged_proposals(db, scope, call.id).await?;
    let required = i64::from(call.reviews_per_proposal.max(0));
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let mut facts = DecisionFacts {
        required,
        proposals: count(judged.len()),
        reviews_expected: count(judged.len()).saturating_mul(required),
        jurors: count(jurors.len()),
        idle_jurors: jurors
            .into_iter()
            .filter(|j| !reviews.iter().any(|r| r.juror_id == j.id))
            .collect(),
        ..DecisionFacts::default()
    };
    for proposal in &judged {
        let done = count(
            reviews
                .iter()
                .filter(|r| r.proposal_id == proposal.id)
                .count(),
        );
        facts.reviews_done += done.min(required);
        if done < required {
            facts
                .short
                .push((proposal.id, proposal.title.clone(), done));
        }
        if proposal.status == proposals::Status::InReview {
            facts.undecided.push((proposal.id, proposal.title.clone()));
        }
    }
    if call.phase == Phase::Review && call.review_closed_at.is_none() {
        let plan = plan_for(db, secrets, scope, call).await?;
        facts.unassignable = plan
            .shortfalls
            .iter()
            .filter_map(|s| {
                let p = judged.iter().find(|p| p.id.get() == s.submission)?;
                Some((p.id, p.title.clone(), s.missing))
            })
            .collect();
    }
    Ok(facts)
}

/// Hides `passage` of a judged proposal's `field` from the jury, wherever
/// it occurs there. The proposal keeps its text (the team sees what it
/// wrote); the redaction and its audit entry are written together.
#[allow(clippy::too_many_arguments)]
pub async fn redact(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    proposal: ProposalId,
    field: &str,
    passage: &str,
    actor: PersonId,
) -> Result<(), AppError> {
    let proposal = judged_proposals(db, scope, call.id)
        .await?
        .into_iter()
        .find(|p| p.id == proposal)
        .ok_or(AppError::NotFound)?;
    let field = naming::field(field).ok_or(AppError::BadRequest)?;
    let passage = passage.trim();
    if passage.is_empty() || passage.chars().count() > redaction::PASSAGE_MAX {
        return Err(AppError::Refused("redaction-error-passage"));
    }
    let texts = proposal.juror_texts();
    let text = naming::FIELDS
        .iter()
        .zip(texts)
        .find(|(f, _)| f.name == field.name)
        .map_or("", |(_, text)| text);
    if !text.contains(passage) {
        return Err(AppError::Refused("redaction-error-not-found"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    scope
        .insert(
            redaction::ActiveModel {
                proposal_id: Set(proposal.id),
                field: Set(field.name.to_owned()),
                passage: Set(passage.to_owned()),
                created_at: Set(now),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "proposal.redact",
            subject_type: "proposal",
            subject_id: proposal.id.get(),
            before: json!(null),
            after: json!({ "field": field.name, "passage": passage }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A juror's own review of the call's proposal, or 404 to anyone else.
pub async fn own_review(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: i32,
    juror: PersonId,
) -> Result<Review, AppError> {
    scope
        .find_by_id::<review::Entity>(id)
        .filter(review::Column::JurorId.eq(juror))
        .filter(review::Column::State.eq(State::Assigned))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Marks as a juror sends them: each score on its criterion's scale.
/// Returns the marks and, per criterion, the Fluent id of a problem.
pub fn check_marks(
    criteria: &[Criterion],
    scores: &[String],
    comments: &[String],
) -> (Vec<Mark>, Vec<Option<&'static str>>) {
    let mut marks = Vec::with_capacity(criteria.len());
    let mut problems = Vec::with_capacity(criteria.len());
    for (i, criterion) in criteria.iter().enumerate() {
        let raw = scores.get(i).map(|s| s.trim()).unwrap_or_default();
        let comment = comments
            .get(i)
            .map(|c| c.trim().to_owned())
            .unwrap_or_default();
        let (score, mut problem) = if raw.is_empty() {
            (None, None)
        } else {
            match raw.parse::<u32>() {
                Ok(n) if (1..=criterion.scale).contains(&n) => (Some(n), None),
                _ => (None, Some("review-error-score")),
            }
        };
        if comment.chars().count() > COMMENT_MAX {
            problem = Some("review-error-comment");
        }
        marks.push(Mark { score, comment });
        problems.push(problem);
    }
    (marks, problems)
}

/// Saves a juror's marks while scoring is open; saving the same marks
/// again changes nothing (and logs nothing).
pub async fn save_marks(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    current: Review,
    call: &calls::Model,
    marks: Vec<Mark>,
) -> Result<(), AppError> {
    if !call.scoring_open() {
        return Err(AppError::Locked);
    }
    let criteria = criteria_of(call);
    let before = current.marks(criteria.len());
    if before == marks {
        return Ok(());
    }
    let now = clock.now();
    let complete = !marks.is_empty() && marks.iter().all(|m| m.score.is_some());
    let txn = db.begin().await?;
    // Conditional on the stored marks: of two saves racing from the same
    // page, the second finds the row changed and is refused rather than
    // silently overwriting.
    let updated = scope
        .update_many::<review::Entity>()
        .col_expr(
            review::Column::Scores,
            sea_orm::sea_query::Expr::value(rules::to_stored(&marks)),
        )
        .col_expr(
            review::Column::Complete,
            sea_orm::sea_query::Expr::value(complete),
        )
        .col_expr(
            review::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(review::Column::Id.eq(current.id))
        .filter(review::Column::Scores.eq(current.scores.clone()))
        .filter(review::Column::State.eq(State::Assigned))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        txn.rollback().await?;
        // Someone (the same juror in another tab) saved first: if they
        // saved exactly these marks, this save is already done.
        let now_stored = own_review(db, scope, current.id, current.juror_id).await?;
        return if now_stored.marks(criteria.len()) == marks {
            Ok(())
        } else {
            Err(AppError::Refused("review-error-changed"))
        };
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(current.juror_id),
            action: "review.score",
            subject_type: "review",
            subject_id: current.id,
            before: serde_json::to_value(&before).unwrap_or_default(),
            after: serde_json::to_value(&marks).unwrap_or_default(),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The juror steps back from a proposal: their review is set aside (its
/// marks dropped) and the proposal goes to another juror if one can take it.
pub async fn declare_conflict(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    clock: &Clock,
    scope: TenantId,
    current: Review,
    call: &calls::Model,
    reason: &str,
) -> Result<(), AppError> {
    if !call.scoring_open() {
        return Err(AppError::Locked);
    }
    let reason = reason.trim();
    if reason.chars().count() > REASON_MAX {
        return Err(AppError::Refused("review-error-reason"));
    }
    let now = clock.now();
    let txn = db.begin().await?;
    let id = current.id;
    let juror = current.juror_id;
    let mut row = current.into_active_model();
    row.state = Set(State::Conflict);
    row.conflict_reason = Set(reason.to_owned());
    row.scores = Set("[]".into());
    row.complete = Set(false);
    row.updated_at = Set(now);
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(juror),
            action: "review.conflict",
            subject_type: "review",
            subject_id: id,
            before: json!({ "state": "assigned" }),
            after: json!({ "state": "conflict", "reason": reason }),
        },
    )
    .await?;
    assign_missing(&txn, secrets, scope, call, None, "review.reassign", now).await?;
    txn.commit().await?;
    Ok(())
}
