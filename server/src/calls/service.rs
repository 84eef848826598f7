//! What the calls feature does with its data beyond single rows: finding a
//! call for other features, reading its texts, the lists its pages and API
//! show; and the admin's writes
//! (create, update, publish, close early, extend), each in one transaction
//! with its audit entry.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    TransactionTrait, sea_query::Expr,
};
use serde_json::{Value, json};

use super::{
    Phase, category_link, entity,
    form::{self, CallForm, ValidCall},
    rules, text,
};
use crate::{
    audit,
    db::lists,
    error::{AppError, FieldIssue},
    i18n::Lang,
    ids::{CallId, PersonId},
    organisation::category,
    proposals::entity as proposal,
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
        "colleague_support": c.colleague_support,
        "kind": c.kind.token(),
        "challenges_close_at": c.challenges_close_at,
        "cocreation_close_at": c.cocreation_close_at,
        "min_team_size": c.min_team_size,
        "min_team_divisions": c.min_team_divisions,
        "challenges_open_to_all": c.challenges_open_to_all,
        "challenge_grades": c.challenge_grades,
        "categories": categories,
        "texts": texts.iter().map(|t| json!({"locale": t.locale, "title": t.title})).collect::<Vec<_>>(),
    })
}

/// A call's texts, by language.
pub async fn texts(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<Vec<text::Model>, DbErr> {
    scope
        .find::<text::Entity>()
        .filter(text::Column::CallId.eq(id))
        .order_by_asc(text::Column::Locale)
        .all(db)
        .await
}

/// A call's texts (by language) and the ids of its categories.
pub async fn parts(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<(Vec<text::Model>, Vec<i32>), AppError> {
    let texts = texts(db, scope, id).await?;
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

/// Attributes an eligibility rule may name: grade, division, and the
/// further claims the city's sign-in keeps.
pub async fn rule_attributes(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Vec<String>, AppError> {
    let mut attributes = vec!["grade".to_owned(), "division".to_owned()];
    if let Some(provider) = crate::auth::oidc::provider_of(db, scope).await? {
        attributes.extend(provider.extra_claims.split_whitespace().map(str::to_owned));
    }
    Ok(attributes)
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
                colleague_support: Set(valid.colleague_support),
                eligible_headcount: Set(valid.eligible_headcount),
                awards_planned: Set(valid.awards.len() as i32),
                created_at: Set(now),
                criteria: Set(rules::to_stored(&valid.criteria)),
                awards: Set(rules::to_stored(&valid.awards)),
                scheduled: Set(false),
                kind: Set(valid.kind()),
                challenges_close_at: Set(valid.cocreation.as_ref().map(|r| r.challenges_close_at)),
                cocreation_close_at: Set(valid.cocreation.as_ref().map(|r| r.cocreation_close_at)),
                min_team_size: Set(valid.cocreation.as_ref().map_or(1, |r| r.min_team_size)),
                min_team_divisions: Set(valid
                    .cocreation
                    .as_ref()
                    .map_or(0, |r| r.min_team_divisions)),
                challenges_open_to_all: Set(valid
                    .cocreation
                    .as_ref()
                    .is_some_and(|r| r.challenges_open_to_all)),
                challenge_grades: Set(form::grades_to_stored(
                    valid
                        .cocreation
                        .as_ref()
                        .map_or(&[][..], |r| &r.challenge_grades),
                )),
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
    // The kind is chosen before anyone takes part: a published call keeps it.
    if current.phase != Phase::Draft && valid.kind() != current.kind {
        return Err(AppError::Invalid(vec![FieldIssue::new(
            "kind",
            "call-error-kind-settled",
        )]));
    }
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
    row.colleague_support = Set(valid.colleague_support);
    row.kind = Set(valid.kind());
    row.challenges_close_at = Set(valid.cocreation.as_ref().map(|r| r.challenges_close_at));
    row.cocreation_close_at = Set(valid.cocreation.as_ref().map(|r| r.cocreation_close_at));
    row.min_team_size = Set(valid.cocreation.as_ref().map_or(1, |r| r.min_team_size));
    row.min_team_divisions = Set(valid
        .cocreation
        .as_ref()
        .map_or(0, |r| r.min_team_divisions));
    row.challenges_open_to_all = Set(valid
        .cocreation
        .as_ref()
        .is_some_and(|r| r.challenges_open_to_all));
    row.challenge_grades = Set(form::grades_to_stored(
        valid
            .cocreation
            .as_ref()
            .map_or(&[][..], |r| &r.challenge_grades),
    ));
    if valid.cocreation.is_some() {
        row.seal_identities = Set(false);
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

/// What closing a call early leaves behind: the employees the call names
/// as eligible, who can no longer submit, and the drafts not submitted.
pub async fn close_consequence(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: &entity::Model,
) -> Result<(i64, i64), DbErr> {
    let drafts = proposals(db, scope, call.id, Some(proposal::Status::Draft))
        .await?
        .len();
    Ok((
        i64::from(call.eligible_headcount),
        i64::try_from(drafts).unwrap_or(i64::MAX),
    ))
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

/// The city's published calls, the latest first, with their titles, in
/// one statement.
static HOME: lists::Reused<0> = lists::Reused::new(|backend, scope, [], []| {
    scope
        .find::<entity::Entity>()
        .filter(entity::Column::Phase.ne(Phase::Draft))
        .order_by_desc(entity::Column::OpensAt)
        .expr_as(
            text::titles(
                backend,
                scope,
                Expr::col((entity::Entity, entity::Column::Id)),
            ),
            "titles",
        )
        .build(backend)
});

/// The city's published calls for its home page, the latest first, each
/// with its titles.
pub async fn home_calls(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Vec<(entity::Model, Vec<text::Model>)>, AppError> {
    Ok(lists::all::<entity::Entity>(
        db,
        HOME.statement(db.get_database_backend(), scope, [], [])?,
    )
    .await?
    .into_iter()
    .map(|(c, row)| Ok((c, text::read_list(&row, "titles", scope)?)))
    .collect::<Result<Vec<_>, DbErr>>()?)
}

/// The call with its texts and categories, in one statement.
static CALL_PAGE: lists::Reused<1> = lists::Reused::new(|backend, scope, [id], []| {
    let this_call = || Expr::col((entity::Entity, entity::Column::Id));
    scope
        .find_by_id::<entity::Entity>(CallId(id))
        .expr_as(text::list(backend, scope, this_call()), "texts")
        .expr_as(
            category_link::offered_list(backend, scope, this_call()),
            "categories",
        )
        .build(backend)
});

/// A published call for its page, with its texts and the categories it
/// offers; a draft is not there.
pub async fn published_with_parts(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<(entity::Model, Vec<text::Model>, Vec<category::Model>), AppError> {
    let (c, row) = lists::one::<entity::Entity>(
        db,
        CALL_PAGE.statement(db.get_database_backend(), scope, [id.get()], [])?,
    )
    .await?
    .filter(|(c, _)| c.phase.is_published())
    .ok_or(AppError::NotFound)?;
    let texts = text::read_list(&row, "texts", scope)?;
    let categories = category_link::read_offered(&row, "categories", scope)?;
    Ok((c, texts, categories))
}

/// Every call of the city, drafts included, the latest first, with every
/// text of each.
pub async fn all_with_texts(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Vec<(entity::Model, Vec<text::Model>)>, AppError> {
    let calls = scope
        .find::<entity::Entity>()
        .order_by_desc(entity::Column::OpensAt)
        .all(db)
        .await?;
    let mut texts: HashMap<CallId, Vec<text::Model>> = HashMap::new();
    for t in scope.find::<text::Entity>().all(db).await? {
        texts.entry(t.call_id).or_default().push(t);
    }
    Ok(calls
        .into_iter()
        .map(|c| {
            let own = texts.remove(&c.id).unwrap_or_default();
            (c, own)
        })
        .collect())
}

/// The city's published calls, by id, for the API.
pub async fn published(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<Vec<entity::Model>, DbErr> {
    scope
        .find::<entity::Entity>()
        .filter(entity::Column::Phase.ne(Phase::Draft))
        .order_by_asc(entity::Column::Id)
        .all(db)
        .await
}

/// A call's proposals by id, only those in `status` when given.
pub async fn proposals(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
    status: Option<proposal::Status>,
) -> Result<Vec<proposal::Model>, DbErr> {
    let mut select = scope
        .find::<proposal::Entity>()
        .filter(proposal::Column::CallId.eq(id))
        .order_by_asc(proposal::Column::Id);
    if let Some(status) = status {
        select = select.filter(proposal::Column::Status.eq(status));
    }
    select.all(db).await
}

/// How many proposals of a call won an award.
pub async fn awarded_count(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<u64, DbErr> {
    scope
        .find::<proposal::Entity>()
        .filter(proposal::Column::CallId.eq(id))
        .filter(proposal::Column::Status.is_in(proposal::Status::AWARDED))
        .count(db)
        .await
}

/// The awarded proposals of a call, by award order.
pub async fn awarded(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<Vec<proposal::Model>, DbErr> {
    scope
        .find::<proposal::Entity>()
        .filter(proposal::Column::CallId.eq(id))
        .filter(proposal::Column::Status.is_in(proposal::Status::AWARDED))
        .order_by_asc(proposal::Column::AwardIndex)
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await
}
