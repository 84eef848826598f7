//! What a co-creation call does with its challenges: who may propose one
//! and when, proposing it, the admin's decisions (select, decline, merge a
//! duplicate into another) and translations, and the challenges as every
//! page and the API show them, each in the reader's language where a
//! translation exists.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    IntoActiveModel, QueryFilter, QueryOrder, TransactionTrait, sea_query::Expr,
};
use serde::Deserialize;
use serde_json::json;

use super::{Status, division_link, entity, text};
use crate::{
    audit,
    calls::{self, Kind, Stage, form::grades_of},
    error::{AppError, FieldIssue},
    i18n::Lang,
    ids::{CallId, ChallengeId, PersonId},
    organisation::division,
    people::user,
    proposals::{self, entity as proposal},
    teams::offer,
    tenancy::TenantId,
};

/// A challenge with its divisions, translations, and the texts of the
/// duplicates merged into it.
#[derive(Clone, Debug)]
pub struct Challenge {
    pub row: entity::Model,
    pub divisions: Vec<division::Model>,
    pub translations: Vec<text::Model>,
    /// The duplicates merged into this one, kept visible on it.
    pub merged: Vec<entity::Model>,
}

/// A challenge's title and problem as shown to a reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub title: String,
    pub problem: String,
    /// The language the text is written in, when it is not the reader's
    /// (no translation into it).
    pub other_lang: Option<String>,
}

impl Challenge {
    /// The title and problem in `lang` when written or translated into it,
    /// else the original, marked with its language.
    pub fn shown(&self, lang: Lang) -> Shown {
        if self.row.locale == lang.code() {
            return Shown {
                title: self.row.title.clone(),
                problem: self.row.problem.clone(),
                other_lang: None,
            };
        }
        match self.translations.iter().find(|t| t.locale == lang.code()) {
            Some(t) => Shown {
                title: t.title.clone(),
                problem: t.problem.clone(),
                other_lang: None,
            },
            None => Shown {
                title: self.row.title.clone(),
                problem: self.row.problem.clone(),
                other_lang: Some(self.row.locale.clone()),
            },
        }
    }
}

/// A challenge as its proposer writes it: every value as text, so that
/// nothing typed is lost when the form comes back with its errors.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ChallengeForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub problem: String,
    #[serde(default)]
    pub who_suffers: String,
    #[serde(default)]
    pub end_users: String,
    #[serde(default)]
    pub evidence: String,
    /// The ids of the divisions concerned.
    #[serde(default)]
    pub division: Vec<i32>,
}

/// What the admin decides about a proposed challenge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// It goes forward: teams form around it.
    Select,
    Decline,
    /// A duplicate of another challenge of the call, which keeps its text.
    MergeInto(ChallengeId),
}

/// Reads the call's challenges (all, or only in `status`), with their parts.
async fn gather(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
    status: Option<Status>,
) -> Result<Vec<Challenge>, AppError> {
    let all = scope
        .find::<entity::Entity>()
        .filter(entity::Column::CallId.eq(call))
        .order_by_asc(entity::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<ChallengeId> = all.iter().map(|c| c.id).collect();
    let divisions: HashMap<i32, division::Model> = scope
        .find::<division::Entity>()
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    let mut links: HashMap<ChallengeId, Vec<division::Model>> = HashMap::new();
    for link in scope
        .find::<division_link::Entity>()
        .filter(division_link::Column::ChallengeId.is_in(ids.clone()))
        .order_by_asc(division_link::Column::Id)
        .all(db)
        .await?
    {
        if let Some(d) = divisions.get(&link.division_id) {
            links.entry(link.challenge_id).or_default().push(d.clone());
        }
    }
    let mut translations: HashMap<ChallengeId, Vec<text::Model>> = HashMap::new();
    for t in scope
        .find::<text::Entity>()
        .filter(text::Column::ChallengeId.is_in(ids))
        .order_by_asc(text::Column::Locale)
        .all(db)
        .await?
    {
        translations.entry(t.challenge_id).or_default().push(t);
    }
    let mut merged: HashMap<ChallengeId, Vec<entity::Model>> = HashMap::new();
    for c in &all {
        if let Some(into) = c.merged_into {
            merged.entry(into).or_default().push(c.clone());
        }
    }
    Ok(all
        .into_iter()
        .filter(|c| status.is_none_or(|s| c.status == s))
        .map(|c| Challenge {
            divisions: links.remove(&c.id).unwrap_or_default(),
            translations: translations.remove(&c.id).unwrap_or_default(),
            merged: merged.remove(&c.id).unwrap_or_default(),
            row: c,
        })
        .collect())
}

/// The call's selected challenges, the ones teams form around, oldest
/// first.
pub async fn selected(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<Challenge>, AppError> {
    gather(db, scope, call, Some(Status::Selected)).await
}

/// Every challenge of the call, whatever its status, for the admin.
pub async fn all(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<Challenge>, AppError> {
    gather(db, scope, call, None).await
}

/// One challenge of the city with its parts.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: ChallengeId,
) -> Result<Challenge, AppError> {
    let row = scope
        .find_by_id::<entity::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    gather(db, scope, row.call_id, None)
        .await?
        .into_iter()
        .find(|c| c.row.id == id)
        .ok_or(AppError::NotFound)
}

/// Why a person may not propose a challenge to a call now, as a Fluent id;
/// `None` when they may.
///
/// Challenges are proposed only during a co-creation call's challenges
/// stage. When the call opens them to all, every employee its eligibility
/// rule admits may propose; else only division heads: people with a
/// division whose grade is one the call names as the heads'.
pub async fn refusal(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: &calls::Model,
    person: &user::Model,
    now: DateTime<Utc>,
) -> Result<Option<&'static str>, AppError> {
    if call.kind != Kind::Cocreation {
        return Err(AppError::NotFound);
    }
    if call.stage(now) != Some(Stage::Challenges) {
        return Ok(Some("challenge-error-stage"));
    }
    if call.challenges_open_to_all {
        return Ok(proposals::eligibility_of(db, scope, call, person)
            .await?
            .err()
            .map(|_| "challenge-error-ineligible"));
    }
    let grade = person
        .grade
        .as_deref()
        .map(|g| g.trim().to_lowercase())
        .unwrap_or_default();
    let head = person.division_id.is_some()
        && !grade.is_empty()
        && grades_of(&call.challenge_grades)
            .iter()
            .any(|g| g.trim().to_lowercase() == grade);
    Ok((!head).then_some("challenge-error-heads-only"))
}

/// Checks a challenge's fields against the city's divisions.
fn validate(
    form: &ChallengeForm,
    divisions: &[division::Model],
) -> Result<(ChallengeForm, Vec<i32>), AppError> {
    let mut errors = Vec::new();
    let trimmed = ChallengeForm {
        title: form.title.trim().to_owned(),
        problem: form.problem.trim().to_owned(),
        who_suffers: form.who_suffers.trim().to_owned(),
        end_users: form.end_users.trim().to_owned(),
        evidence: form.evidence.trim().to_owned(),
        division: Vec::new(),
    };
    let len = |s: &str| s.chars().count();
    if trimmed.title.is_empty() || len(&trimmed.title) > 200 {
        errors.push(FieldIssue::new("title", "challenge-error-title"));
    }
    for (field, value) in [
        ("problem", &trimmed.problem),
        ("who_suffers", &trimmed.who_suffers),
        ("end_users", &trimmed.end_users),
    ] {
        if value.is_empty() || len(value) > 5_000 {
            errors.push(FieldIssue::new(field, "challenge-error-text").with("max", 5_000));
        }
    }
    if len(&trimmed.evidence) > 5_000 {
        errors.push(FieldIssue::new("evidence", "challenge-error-evidence").with("max", 5_000));
    }
    let mut chosen: Vec<i32> = form
        .division
        .iter()
        .copied()
        .filter(|id| divisions.iter().any(|d| d.id == *id))
        .collect();
    chosen.sort_unstable();
    chosen.dedup();
    if chosen.is_empty() {
        errors.push(FieldIssue::new("division", "challenge-error-divisions"));
    }
    if errors.is_empty() {
        Ok((trimmed, chosen))
    } else {
        Err(AppError::Invalid(errors))
    }
}

/// Proposes a challenge to a co-creation call in its challenges stage, in
/// `lang`, by someone the call admits (see [`refusal`]).
pub async fn propose(
    db: &DatabaseConnection,
    scope: TenantId,
    call: &calls::Model,
    person: &user::Model,
    lang: Lang,
    form: &ChallengeForm,
    now: DateTime<Utc>,
) -> Result<ChallengeId, AppError> {
    if let Some(why) = refusal(db, scope, call, person, now).await? {
        return Err(AppError::Refused(why));
    }
    let divisions = crate::organisation::service::divisions(db, scope).await?;
    let (valid, chosen) = validate(form, &divisions)?;
    let txn = db.begin().await?;
    let created = scope
        .insert(
            entity::ActiveModel {
                call_id: Set(call.id),
                proposed_by: Set(Some(person.id)),
                locale: Set(lang.code().to_owned()),
                title: Set(valid.title.clone()),
                problem: Set(valid.problem),
                who_suffers: Set(valid.who_suffers),
                end_users: Set(valid.end_users),
                evidence: Set(valid.evidence),
                status: Set(Status::Proposed),
                merged_into: Set(None),
                created_at: Set(now),
                decided_at: Set(None),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    scope
        .insert_many(
            chosen.iter().map(|d| division_link::ActiveModel {
                challenge_id: Set(created.id),
                division_id: Set(*d),
                ..Default::default()
            }),
            &txn,
        )
        .await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(person.id),
            action: "challenge.propose",
            subject_type: "challenge",
            subject_id: created.id.get(),
            before: json!({}),
            after: json!({
                "call": call.id.get(),
                "title": valid.title,
                "locale": lang.code(),
                "divisions": chosen,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(created.id)
}

/// The admin's decision on a challenge of an open co-creation call. A
/// decision is final: only a proposed challenge is selected or declined; a
/// proposed or selected one may be merged into another proposed or
/// selected challenge of the same call, which keeps both texts and takes
/// over its team offers and teams. Audited as `challenge.select`,
/// `challenge.decline` or `challenge.merge`.
pub async fn decide(
    db: &DatabaseConnection,
    scope: TenantId,
    id: ChallengeId,
    decision: Decision,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let current = scope
        .find_by_id::<entity::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let call = calls::service::find(db, scope, current.call_id).await?;
    if call.phase != calls::Phase::Open {
        return Err(AppError::Locked);
    }
    let live = |s: Status| matches!(s, Status::Proposed | Status::Selected);
    let (status, into, action) = match decision {
        Decision::Select | Decision::Decline if current.status != Status::Proposed => {
            return Err(AppError::Locked);
        }
        Decision::Select => (Status::Selected, None, "challenge.select"),
        Decision::Decline => (Status::Declined, None, "challenge.decline"),
        Decision::MergeInto(target) => {
            if !live(current.status) {
                return Err(AppError::Locked);
            }
            let kept = scope
                .find_by_id::<entity::Entity>(target)
                .one(db)
                .await?
                .filter(|k| k.call_id == current.call_id && k.id != id && live(k.status))
                .ok_or_else(|| {
                    AppError::Invalid(vec![FieldIssue::new(
                        "into",
                        "challenge-error-merge-target",
                    )])
                })?;
            (Status::Merged, Some(kept.id), "challenge.merge")
        }
    };
    let txn = db.begin().await?;
    let before = json!({ "status": current.status.to_value(), "title": current.title });
    let mut row = current.into_active_model();
    row.status = Set(status);
    row.merged_into = Set(into);
    row.decided_at = Set(Some(now));
    scope.update(row, &txn).await?;
    if let Some(into) = into {
        // Its duplicates merged earlier follow it; offers and teams move.
        scope
            .update_many::<entity::Entity>()
            .col_expr(entity::Column::MergedInto, Expr::value(into))
            .filter(entity::Column::MergedInto.eq(id))
            .exec(&txn)
            .await?;
        scope
            .update_many::<offer::Entity>()
            .col_expr(offer::Column::ChallengeId, Expr::value(into))
            .filter(offer::Column::ChallengeId.eq(id))
            .exec(&txn)
            .await?;
        scope
            .update_many::<proposal::Entity>()
            .col_expr(proposal::Column::ChallengeId, Expr::value(into))
            .filter(proposal::Column::ChallengeId.eq(id))
            .exec(&txn)
            .await?;
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action,
            subject_type: "challenge",
            subject_id: id.get(),
            before,
            after: json!({
                "status": status.to_value(),
                "merged_into": into.map(ChallengeId::get),
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Sets (or, both left empty, removes) a challenge's title and problem in
/// another of the city's languages. Audited as `challenge.translate`.
#[allow(clippy::too_many_arguments)]
pub async fn translate(
    db: &DatabaseConnection,
    scope: TenantId,
    id: ChallengeId,
    lang: Lang,
    title: &str,
    problem: &str,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let current = scope
        .find_by_id::<entity::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (title, problem) = (title.trim(), problem.trim());
    if current.locale == lang.code() {
        return Err(AppError::Refused("challenge-error-original-language"));
    }
    let removing = title.is_empty() && problem.is_empty();
    if !removing {
        let mut errors = Vec::new();
        if title.is_empty() || title.chars().count() > 200 {
            errors.push(FieldIssue::new("title", "challenge-error-title"));
        }
        if problem.is_empty() || problem.chars().count() > 5_000 {
            errors.push(FieldIssue::new("problem", "challenge-error-text").with("max", 5_000));
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
    }
    let txn = db.begin().await?;
    scope
        .delete_many::<text::Entity>()
        .filter(text::Column::ChallengeId.eq(id))
        .filter(text::Column::Locale.eq(lang.code()))
        .exec(&txn)
        .await?;
    if !removing {
        scope
            .insert(
                text::ActiveModel {
                    challenge_id: Set(id),
                    locale: Set(lang.code().to_owned()),
                    title: Set(title.to_owned()),
                    problem: Set(problem.to_owned()),
                    ..Default::default()
                },
                &txn,
            )
            .await?;
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "challenge.translate",
            subject_type: "challenge",
            subject_id: id.get(),
            before: json!({}),
            after: json!({ "locale": lang.code(), "title": title }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Whether a person sees a co-creation call's selected challenges: every
/// employee the call's eligibility rule admits, and whoever may propose
/// one (a division head the rule leaves out).
pub async fn may_see(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: &calls::Model,
    person: &user::Model,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    if call.kind != Kind::Cocreation {
        return Err(AppError::NotFound);
    }
    Ok(proposals::eligibility_of(db, scope, call, person)
        .await?
        .is_ok()
        || refusal(db, scope, call, person, now).await?.is_none())
}
