//! What the calls feature does with its data beyond single rows: finding a
//! call for other features, reading its texts; and the admin's writes
//! (create, update, publish, close early, extend), each in one transaction
//! with its audit entry.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    IntoActiveModel, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::{Value, json};

use super::{
    Phase, category_link, entity,
    form::{self, CallForm, ValidCall},
    rules, text,
};
use crate::{
    audit,
    error::{AppError, FieldIssue},
    i18n::Lang,
    ids::{CallId, PersonId},
    organisation::category,
    tenancy::{TenantContext, TenantId},
};

/// The city's call, whatever its phase.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<entity::Model, AppError> {
    scope
        .find_by_id::<entity::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The city's call once published: a draft is not there for employees.
pub async fn find_published(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<entity::Model, AppError> {
    let call = find(db, scope, id).await?;
    if call.phase.is_published() {
        Ok(call)
    } else {
        Err(AppError::NotFound)
    }
}

/// The call's title in `lang`, else the first written.
pub async fn title(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
    lang: Lang,
) -> Result<String, DbErr> {
    let texts = scope
        .find::<text::Entity>()
        .filter(text::Column::CallId.eq(call))
        .order_by_asc(text::Column::Id)
        .all(db)
        .await?;
    Ok(text::title_in(&texts, lang))
}

/// What the audit log keeps of a call.
fn snapshot(c: &entity::Model, texts: &[text::Model], categories: &[i32]) -> Value {
    json!({
        "phase": c.phase.token(),
        "scheduled": c.scheduled,
        "opens_at": c.opens_at,
        "submissions_close_at": c.submissions_close_at,
        "results_at": c.results_at,
        "max_team_size": c.max_team_size,
        "reviews_per_proposal": c.reviews_per_proposal,
        "eligible_headcount": c.eligible_headcount,
        "budget_cents": c.budget_cents,
        "eligibility": c.eligibility,
        "criteria": c.criteria,
        "awards": c.awards,
        "authors_public_after_results": c.authors_public_after_results,
        "seal_identities": c.seal_identities,
        "categories": categories,
        "texts": texts.iter().map(|t| json!({"locale": t.locale, "title": t.title})).collect::<Vec<_>>(),
    })
}

/// A call's texts (by language) and the ids of its categories.
pub async fn parts(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<(Vec<text::Model>, Vec<i32>), AppError> {
    let texts = scope
        .find::<text::Entity>()
        .filter(text::Column::CallId.eq(id))
        .order_by_asc(text::Column::Locale)
        .all(db)
        .await?;
    let categories = scope
        .find::<category_link::Entity>()
        .filter(category_link::Column::CallId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.category_id)
        .collect();
    Ok((texts, categories))
}

/// The ids of the categories the city offers.
async fn offered_categories(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Vec<i32>, AppError> {
    Ok(scope
        .find::<category::Entity>()
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect())
}

/// Replaces a call's texts and categories with the checked form's.
async fn write_parts(
    txn: &DatabaseTransaction,
    scope: TenantId,
    call_id: CallId,
    valid: &ValidCall,
) -> Result<(), AppError> {
    scope
        .delete_many::<text::Entity>()
        .filter(text::Column::CallId.eq(call_id))
        .exec(txn)
        .await?;
    scope
        .insert_many(
            valid
                .texts
                .iter()
                .map(|(lang, title, description)| text::ActiveModel {
                    call_id: Set(call_id),
                    locale: Set(lang.code().to_owned()),
                    title: Set(title.clone()),
                    description: Set(description.clone()),
                    ..Default::default()
                }),
            txn,
        )
        .await?;
    scope
        .delete_many::<category_link::Entity>()
        .filter(category_link::Column::CallId.eq(call_id))
        .exec(txn)
        .await?;
    scope
        .insert_many(
            valid.categories.iter().map(|c| category_link::ActiveModel {
                call_id: Set(call_id),
                category_id: Set(*c),
                ..Default::default()
            }),
            txn,
        )
        .await?;
    Ok(())
}

/// A new call, in draft, from the admin's form; `attributes` are those an
/// eligibility rule may name.
pub async fn create(
    db: &DatabaseConnection,
    site: &TenantContext,
    form: &CallForm,
    attributes: &[String],
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<CallId, AppError> {
    let offered = offered_categories(db, site.id).await?;
    let valid = form::validate(site, form, &offered, attributes)?;
    let txn = db.begin().await?;
    let created = site
        .id
        .insert(
            entity::ActiveModel {
                phase: Set(Phase::Draft),
                opens_at: Set(valid.opens_at),
                submissions_close_at: Set(valid.closes_at),
                results_at: Set(valid.results_at),
                max_team_size: Set(valid.max_team_size),
                eligibility: Set(valid.eligibility.to_stored()),
                reviews_per_proposal: Set(valid.reviews_per_proposal),
                budget_cents: Set(valid.budget_cents),
                authors_public_after_results: Set(valid.authors_public),
                seal_identities: Set(valid.seal_identities),
                eligible_headcount: Set(valid.eligible_headcount),
                awards_planned: Set(valid.awards.len() as i32),
                created_at: Set(now),
                criteria: Set(rules::to_stored(&valid.criteria)),
                awards: Set(rules::to_stored(&valid.awards)),
                scheduled: Set(false),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    write_parts(&txn, site.id, created.id, &valid).await?;
    let (texts, categories) = parts(&txn, site.id, created.id).await?;
    audit::record(
        &txn,
        site.id,
        now,
        audit::Event {
            actor,
            action: "call.create",
            subject_type: "call",
            subject_id: created.id.get(),
            before: json!({}),
            after: snapshot(&created, &texts, &categories),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(created.id)
}

/// Saves the admin's changes while the call is a draft or open; after
/// that its rules are settled (`Locked`).
pub async fn update(
    db: &DatabaseConnection,
    site: &TenantContext,
    id: CallId,
    form: &CallForm,
    attributes: &[String],
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let current = find(db, site.id, id).await?;
    if !matches!(current.phase, Phase::Draft | Phase::Open) {
        return Err(AppError::Locked);
    }
    let offered = offered_categories(db, site.id).await?;
    let valid = form::validate(site, form, &offered, attributes)?;
    let txn = db.begin().await?;
    let (old_texts, old_categories) = parts(&txn, site.id, id).await?;
    let before = snapshot(&current, &old_texts, &old_categories);
    let current_phase = current.phase;
    let mut row = current.into_active_model();
    row.opens_at = Set(valid.opens_at);
    row.submissions_close_at = Set(valid.closes_at);
    row.results_at = Set(valid.results_at);
    row.max_team_size = Set(valid.max_team_size);
    row.eligibility = Set(valid.eligibility.to_stored());
    row.reviews_per_proposal = Set(valid.reviews_per_proposal);
    row.budget_cents = Set(valid.budget_cents);
    row.authors_public_after_results = Set(valid.authors_public);
    // Sealing is chosen before anyone writes: a published call keeps it.
    if current_phase == Phase::Draft {
        row.seal_identities = Set(valid.seal_identities);
    }
    row.eligible_headcount = Set(valid.eligible_headcount);
    row.awards_planned = Set(valid.awards.len() as i32);
    row.criteria = Set(rules::to_stored(&valid.criteria));
    row.awards = Set(rules::to_stored(&valid.awards));
    let updated = site.id.update(row, &txn).await?;
    write_parts(&txn, site.id, id, &valid).await?;
    let (texts, categories) = parts(&txn, site.id, id).await?;
    audit::record(
        &txn,
        site.id,
        now,
        audit::Event {
            actor,
            action: "call.update",
            subject_type: "call",
            subject_id: id.get(),
            before,
            after: snapshot(&updated, &texts, &categories),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Schedules a draft: it opens by itself at its date. The caller advances
/// the phases, so that a date already past opens it at once.
pub async fn publish(
    db: &DatabaseConnection,
    scope: TenantId,
    id: CallId,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let current = find(db, scope, id).await?;
    if current.phase != Phase::Draft {
        return Err(AppError::Locked);
    }
    let txn = db.begin().await?;
    let mut row = current.into_active_model();
    row.scheduled = Set(true);
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "call.publish",
            subject_type: "call",
            subject_id: id.get(),
            before: json!({ "scheduled": false }),
            after: json!({ "scheduled": true }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Ends an open call's submissions now. The caller then moves it to
/// review (`phases::transition`), which also tells the teams.
pub async fn close_early(
    db: &DatabaseConnection,
    scope: TenantId,
    id: CallId,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let current = find(db, scope, id).await?;
    if current.phase != Phase::Open {
        return Err(AppError::Locked);
    }
    set_deadline(db, scope, current, now, actor, now, "call.close_early").await
}

/// A later deadline for an open call, given as the city's local time; it
/// must fall after the current one and before the results.
pub async fn extend(
    db: &DatabaseConnection,
    site: &TenantContext,
    id: CallId,
    closes_at: &str,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let current = find(db, site.id, id).await?;
    if current.phase != Phase::Open {
        return Err(AppError::Locked);
    }
    let deadline = match form::parse_local(closes_at, site.timezone) {
        Ok(at) if at > current.submissions_close_at && at < current.results_at => at,
        Ok(_) => {
            return Err(AppError::Invalid(vec![FieldIssue::new(
                "closes_at",
                "call-error-extension",
            )]));
        }
        Err(message) => {
            return Err(AppError::Invalid(vec![FieldIssue::new(
                "closes_at",
                message,
            )]));
        }
    };
    set_deadline(db, site.id, current, deadline, actor, now, "call.extend").await
}

async fn set_deadline(
    db: &DatabaseConnection,
    scope: TenantId,
    current: entity::Model,
    deadline: DateTime<Utc>,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
    action: &str,
) -> Result<(), AppError> {
    let id = current.id;
    let before = json!({ "submissions_close_at": current.submissions_close_at });
    let txn = db.begin().await?;
    let mut row = current.into_active_model();
    row.submissions_close_at = Set(deadline);
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action,
            subject_type: "call",
            subject_id: id.get(),
            before,
            after: json!({ "submissions_close_at": deadline }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
