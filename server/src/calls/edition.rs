//! An edition's whole life beyond its dated phases: archiving (by the
//! admin once asked to confirm, or by itself once every project of the
//! call is done or stopped), new editions copied from a call of the city,
//! and calls offered to the network as templates that other cities copy.
//! Every write is audited.

use std::{collections::HashMap, time::Duration};

use chrono::{DateTime, Datelike, Months, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use super::{Eligibility, Phase, category_link, entity, phases, service, text};
use crate::ids::{CallId, PersonId};
use crate::{
    audit,
    error::AppError,
    i18n::Lang,
    organisation::category,
    projects,
    state::AppState,
    tenancy::{TenantContext, TenantId},
    tenants,
};

/// Whether a call's phase lets the admin archive it: its results are out
/// and its projects run (results, implementation).
pub fn archivable(phase: Phase) -> bool {
    matches!(phase, Phase::Results | Phase::Implementation)
}

/// The refusal of any write on an archived call, its proposals, reviews,
/// decisions and projects.
pub const READ_ONLY: &str = "call-archived-read-only";

/// Refuses a write on `call` once it is archived.
pub fn writable(call: &entity::Model) -> Result<(), AppError> {
    if call.phase == Phase::Archived {
        Err(AppError::Refused(READ_ONLY))
    } else {
        Ok(())
    }
}

/// The call's projects that are neither done nor stopped, by title.
pub async fn open_projects(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<projects::Model>, DbErr> {
    scope
        .find::<projects::entity::Entity>()
        .filter(projects::entity::Column::CallId.eq(call))
        .filter(
            projects::entity::Column::Status
                .is_not_in([projects::Status::Done, projects::Status::Stopped]),
        )
        .order_by_asc(projects::entity::Column::Title)
        .all(db)
        .await
}

/// Archives a call in results or implementation now, for the admin (or
/// the platform, without `actor`); `Locked` in any other phase.
pub async fn archive(
    app: &AppState,
    scope: TenantId,
    id: CallId,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let call = service::find(&app.db, scope, id).await?;
    if !archivable(call.phase) {
        return Err(AppError::Locked);
    }
    if phases::transition(app, scope, id, call.phase, Phase::Archived, actor, now).await? {
        Ok(())
    } else {
        Err(AppError::Locked)
    }
}

/// Archives the call by itself (the platform as actor) when it has
/// projects and every one is done or stopped: called when a project's
/// status changes, and by the phases task for any that was missed.
pub async fn archive_if_finished(
    app: &AppState,
    scope: TenantId,
    id: CallId,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let call = service::find(&app.db, scope, id).await?;
    if !archivable(call.phase) {
        return Ok(false);
    }
    let any = scope
        .find::<projects::entity::Entity>()
        .filter(projects::entity::Column::CallId.eq(id))
        .one(&app.db)
        .await?
        .is_some();
    if !any || !open_projects(&app.db, scope, id).await?.is_empty() {
        return Ok(false);
    }
    Ok(phases::transition(app, scope, id, call.phase, Phase::Archived, None, now).await?)
}

/// Offers a call of the city to the network as a template (`publish`), or
/// withdraws it.
pub async fn set_template(
    db: &DatabaseConnection,
    scope: TenantId,
    id: CallId,
    publish: bool,
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<entity::Model, AppError> {
    let call = service::find(db, scope, id).await?;
    let before = call.template_published_at;
    let after = publish.then(|| before.unwrap_or(now));
    let txn = db.begin().await?;
    let mut row = call.into_active_model();
    row.template_published_at = Set(after);
    let saved = scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: if publish {
                "call.template"
            } else {
                "call.template_withdraw"
            },
            subject_type: "call",
            subject_id: id.get(),
            before: json!({ "template_published_at": before }),
            after: json!({ "template_published_at": after }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(saved)
}

/// A call offered to the network: its city, its texts, kind and year.
pub struct Template {
    pub call: entity::Model,
    pub city: String,
    pub texts: Vec<text::Model>,
}

impl Template {
    pub fn title(&self, lang: Lang) -> String {
        text::title_in(&self.texts, lang)
    }

    /// The year the call opened (UTC).
    pub fn year(&self) -> i32 {
        self.call.opens_at.year()
    }
}

/// Every active city's call offered as a template, by city and year.
#[allow(
    clippy::disallowed_methods,
    reason = "the network's templates are every city's, read city by city below"
)]
pub async fn network_templates(db: &impl ConnectionTrait) -> Result<Vec<Template>, DbErr> {
    let offered = entity::Entity::find()
        .filter(entity::Column::TemplatePublishedAt.is_not_null())
        .order_by_asc(entity::Column::TenantId)
        .order_by_desc(entity::Column::OpensAt)
        .all(db)
        .await?;
    let cities = tenants::list(db).await?;
    let mut out = Vec::with_capacity(offered.len());
    for call in offered {
        let Some(city) = cities
            .iter()
            .find(|t| t.id == call.tenant_id && t.status == tenants::TenantStatus::Active)
        else {
            continue;
        };
        let texts = service::texts(db, TenantId::of(city), call.id).await?;
        out.push(Template {
            call,
            city: city.name.clone(),
            texts,
        });
    }
    Ok(out)
}

/// Where a copied call came from: the city's name and the call's title in
/// `lang`, when the origin still exists.
#[allow(
    clippy::disallowed_methods,
    reason = "a call's origin may be another city's template; read only by its id"
)]
pub async fn origin_of(
    db: &impl ConnectionTrait,
    call: &entity::Model,
    lang: Lang,
) -> Result<Option<(CallId, String, String)>, DbErr> {
    let Some(origin) = call.origin_call_id else {
        return Ok(None);
    };
    let Some(source) = entity::Entity::find_by_id(origin).one(db).await? else {
        return Ok(None);
    };
    let Some(city) = tenants::find_by_id(db, source.tenant_id).await? else {
        return Ok(None);
    };
    let title = service::title(db, TenantId::of(&city), origin, lang).await?;
    Ok(Some((origin, city.name, title)))
}

/// What a copy left behind: the source's categories with no counterpart in
/// the city (by name), and the attribute of an eligibility rule the city
/// does not know (the copy is then open to everyone).
pub struct Copied {
    pub id: CallId,
    pub dropped_categories: Vec<String>,
    pub unknown_attribute: Option<String>,
}

/// A date moved by whole years (29 February becomes the 28th).
fn years_later(at: DateTime<Utc>, years: u32) -> DateTime<Utc> {
    at.checked_add_months(Months::new(12 * years)).unwrap_or(at)
}

/// How many years a copy's dates move: one for a new edition of the
/// city; for another city's template, as many as put its opening in the
/// year after `now`, with the same month and day.
fn shift(own: bool, opens_at: DateTime<Utc>, now: DateTime<Utc>) -> u32 {
    if own {
        1
    } else {
        u32::try_from(now.year() + 1 - opens_at.year())
            .unwrap_or(1)
            .max(1)
    }
}

/// A new draft of the city started from `source`: a call of the city (a
/// new edition) or another city's call offered as a template; any other
/// call is not found. Texts (every language), categories (another city's
/// mapped onto this one's through the network's taxonomy), criteria,
/// eligibility, awards, team sizes, reviews, budget, kind and co-creation
/// settings are copied, dates move by [`shift`], and the copy names its
/// origin. `attributes` are those the city's eligibility rules may name.
#[allow(
    clippy::disallowed_methods,
    reason = "a template is another city's call, found by its id then read in its city's scope"
)]
pub async fn copy(
    db: &DatabaseConnection,
    site: &TenantContext,
    source: CallId,
    attributes: &[String],
    actor: Option<PersonId>,
    now: DateTime<Utc>,
) -> Result<Copied, AppError> {
    let from = entity::Entity::find_by_id(source)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let own = from.tenant_id == site.id.get();
    if !own && from.template_published_at.is_none() {
        return Err(AppError::NotFound);
    }
    let from_city = tenants::find_by_id(db, from.tenant_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let from_scope = TenantId::of(&from_city);
    let texts = service::texts(db, from_scope, source).await?;
    let from_categories = category_link::offered(db, from_scope, source).await?;
    let mine = site.id.find::<category::Entity>().all(db).await?;
    let mut categories: Vec<i32> = Vec::new();
    let mut dropped_categories = Vec::new();
    for c in &from_categories {
        let counterpart = if own {
            Some(c.id)
        } else {
            mine.iter()
                .filter(|m| m.network_category == c.network_category)
                .min_by_key(|m| m.id)
                .map(|m| m.id)
        };
        match counterpart {
            Some(id) if !categories.contains(&id) => categories.push(id),
            Some(_) => {}
            None => dropped_categories.push(c.name.clone()),
        }
    }
    let mut eligibility = Eligibility::parse(&from.eligibility);
    let unknown_attribute = match &eligibility {
        Eligibility::AllExcept { attribute, .. } | Eligibility::Only { attribute, .. }
            if !attributes.contains(attribute) =>
        {
            Some(attribute.clone())
        }
        _ => None,
    };
    if unknown_attribute.is_some() {
        eligibility = Eligibility::Everyone;
    }
    let years = shift(own, from.opens_at, now);
    let later = |at: DateTime<Utc>| years_later(at, years);
    let txn = db.begin().await?;
    let created = site
        .id
        .insert(
            entity::ActiveModel {
                phase: Set(Phase::Draft),
                opens_at: Set(later(from.opens_at)),
                submissions_close_at: Set(later(from.submissions_close_at)),
                results_at: Set(later(from.results_at)),
                max_team_size: Set(from.max_team_size),
                eligibility: Set(eligibility.to_stored()),
                reviews_per_proposal: Set(from.reviews_per_proposal),
                budget_cents: Set(from.budget_cents),
                authors_public_after_results: Set(from.authors_public_after_results),
                seal_identities: Set(from.seal_identities),
                colleague_support: Set(from.colleague_support),
                eligible_headcount: Set(if own {
                    from.eligible_headcount
                } else {
                    site.headcount.max(1)
                }),
                awards_planned: Set(from.awards_planned),
                created_at: Set(now),
                criteria: Set(from.criteria.clone()),
                awards: Set(from.awards.clone()),
                scheduled: Set(false),
                kind: Set(from.kind),
                challenges_close_at: Set(from.challenges_close_at.map(later)),
                cocreation_close_at: Set(from.cocreation_close_at.map(later)),
                min_team_size: Set(from.min_team_size),
                min_team_divisions: Set(from.min_team_divisions),
                challenges_open_to_all: Set(from.challenges_open_to_all),
                // Grades are the city's own words: another city's may not
                // exist here, so a copy from the network starts with none.
                challenge_grades: Set(if own {
                    from.challenge_grades.clone()
                } else {
                    "[]".to_owned()
                }),
                origin_call_id: Set(Some(source)),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    site.id
        .insert_many(
            texts.iter().map(|t| text::ActiveModel {
                call_id: Set(created.id),
                locale: Set(t.locale.clone()),
                title: Set(t.title.clone()),
                description: Set(t.description.clone()),
                ..Default::default()
            }),
            &txn,
        )
        .await?;
    site.id
        .insert_many(
            categories.iter().map(|c| category_link::ActiveModel {
                call_id: Set(created.id),
                category_id: Set(*c),
                ..Default::default()
            }),
            &txn,
        )
        .await?;
    audit::record(
        &txn,
        site.id,
        now,
        audit::Event {
            actor,
            action: "call.copy",
            subject_type: "call",
            subject_id: created.id.get(),
            before: json!({}),
            after: json!({
                "origin": source,
                "origin_city": from_city.slug,
                "kind": created.kind.token(),
                "years_moved": years,
                "categories": categories,
                "dropped_categories": dropped_categories,
                "unknown_attribute": unknown_attribute,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Copied {
        id: created.id,
        dropped_categories,
        unknown_attribute,
    })
}

/// How long a copy form's key is remembered: a double submit comes within
/// seconds, a form sent again from the browser's history within the day.
const COPY_KEY_LIFE: Duration = Duration::from_secs(24 * 60 * 60);

/// How long the first request holding a key may take to copy before a
/// second one with the same key gives up waiting for it.
const COPY_CLAIM_LIFE: Duration = Duration::from_secs(30);

/// A copy form's key: 1 to 64 letters, digits, dashes or underscores.
fn valid_copy_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 64
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// [`copy`] made once per form key: the same form sent again (a double
/// click, a resubmission) finds the draft the first request made instead
/// of making another. A key is the person's, in the city, for one source;
/// it is kept in the store, beside the session that sent it.
pub async fn copy_once(
    app: &AppState,
    site: &TenantContext,
    source: CallId,
    key: &str,
    attributes: &[String],
    actor: PersonId,
) -> Result<CallId, AppError> {
    if !valid_copy_key(key) {
        return Err(AppError::BadRequest);
    }
    let made = format!("call-copy:{}:{actor}:{source}:{key}", site.id.get());
    let claim = format!("{made}:claim");
    if let Some(id) = app.store.get::<i32>(&made, None).await? {
        return Ok(CallId(id));
    }
    if app.store.count(&claim, COPY_CLAIM_LIFE).await? > 1 {
        // Another request with this key is copying: its draft is ours.
        for _ in 0..100 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            if let Some(id) = app.store.get::<i32>(&made, None).await? {
                return Ok(CallId(id));
            }
        }
        return Err(AppError::Locked);
    }
    let copied = copy(
        &app.db,
        site,
        source,
        attributes,
        Some(actor),
        app.clock.now(),
    )
    .await;
    match copied {
        Ok(copied) => {
            app.store
                .put(&made, &copied.id.get(), COPY_KEY_LIFE)
                .await?;
            Ok(copied.id)
        }
        Err(error) => {
            // Refused: the same key may try again.
            app.store.delete(&claim).await?;
            Err(error)
        }
    }
}

/// What the copy that made `call` left behind, as its audit entry keeps
/// it: the source's categories with no counterpart in the city, and the
/// eligibility attribute the city does not know. `None` if `call` is no
/// copy.
pub async fn copy_notes(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Option<(Vec<String>, Option<String>)>, DbErr> {
    let Some(entry) = scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("call.copy"))
        .filter(audit::Column::SubjectType.eq("call"))
        .filter(audit::Column::SubjectId.eq(call.get()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let after: serde_json::Value = serde_json::from_str(&entry.after).unwrap_or_default();
    let dropped = after["dropped_categories"]
        .as_array()
        .map(|names| {
            names
                .iter()
                .filter_map(|n| n.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let unknown = after["unknown_attribute"].as_str().map(str::to_owned);
    Ok(Some((dropped, unknown)))
}

/// A call format that travelled: the call other cities started a call
/// from, its city and texts, and the cities that did (by id, once each).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Travel {
    pub origin: CallId,
    pub city: i32,
    pub texts: Vec<text::Model>,
    pub to: Vec<i32>,
}

/// Every call that another city started a call from, by origin.
#[allow(
    clippy::disallowed_methods,
    reason = "the network sees which cities copied which city's call; only ids are read across cities"
)]
pub async fn travels(db: &impl ConnectionTrait) -> Result<Vec<Travel>, DbErr> {
    let copies = entity::Entity::find()
        .filter(entity::Column::OriginCallId.is_not_null())
        .order_by_asc(entity::Column::Id)
        .all(db)
        .await?;
    // Each origin's city, read once for all copies.
    let origins: HashMap<CallId, i32> = entity::Entity::find()
        .filter(entity::Column::Id.is_in(copies.iter().filter_map(|c| c.origin_call_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.tenant_id))
        .collect();
    let cities = tenants::list(db).await?;
    let mut out: Vec<Travel> = Vec::new();
    for copy in copies {
        let Some((origin, city)) = copy
            .origin_call_id
            .and_then(|o| origins.get(&o).map(|city| (o, *city)))
        else {
            continue;
        };
        // A new edition of the city's own call did not travel.
        if city == copy.tenant_id {
            continue;
        }
        match out.iter_mut().find(|t| t.origin == origin) {
            Some(known) if !known.to.contains(&copy.tenant_id) => known.to.push(copy.tenant_id),
            Some(_) => {}
            None => out.push(Travel {
                origin,
                city,
                texts: Vec::new(),
                to: vec![copy.tenant_id],
            }),
        }
    }
    for travel in &mut out {
        if let Some(city) = cities.iter().find(|c| c.id == travel.city) {
            travel.texts = service::texts(db, TenantId::of(city), travel.origin).await?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_new_edition_moves_one_year_and_a_template_to_next_year() {
        let opens = Utc.with_ymd_and_hms(2014, 3, 10, 9, 0, 0).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 12, 0, 0).unwrap();
        assert_eq!(shift(true, opens, now), 1);
        assert_eq!(shift(false, opens, now), 13);
        assert_eq!(
            years_later(opens, 13),
            Utc.with_ymd_and_hms(2027, 3, 10, 9, 0, 0).unwrap()
        );
        let leap = Utc.with_ymd_and_hms(2024, 2, 29, 9, 0, 0).unwrap();
        assert_eq!(
            years_later(leap, 1),
            Utc.with_ymd_and_hms(2025, 2, 28, 9, 0, 0).unwrap()
        );
        // A template already set next year still moves by a year at least.
        let later = Utc.with_ymd_and_hms(2027, 3, 10, 9, 0, 0).unwrap();
        assert_eq!(shift(false, later, now), 1);
    }
}
