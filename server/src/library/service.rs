//! Publishing a city's practice to the network, reading the network's
//! library, consent to be named, and adoption by another city.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use super::{adoption, practice, text};
use crate::ids::{PersonId, ProposalId};
use crate::{
    audit,
    clock::Clock,
    error::AppError,
    i18n::Lang,
    organisation::category,
    people::user,
    projects,
    proposals::{self, member},
    secrets::SecretKey,
    similar,
    tenancy::TenantId,
    tenants,
};

pub const SUMMARY_MAX: usize = 2_000;

/// A practice with what the library shows of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub practice: practice::Model,
    pub texts: Vec<text::Model>,
    pub adoptions: Vec<adoption::Model>,
}

impl Entry {
    /// The text in `lang`, else English, else the original.
    pub fn text_for(&self, lang: Lang) -> Option<&text::Model> {
        self.texts
            .iter()
            .find(|t| t.locale == lang.code())
            .or_else(|| self.texts.iter().find(|t| t.locale == "en"))
            .or_else(|| {
                self.texts
                    .iter()
                    .find(|t| t.locale == self.practice.original_locale)
            })
            .or(self.texts.first())
    }
}

/// Every published practice of the network. Published practices are the
/// network's by design: every city's admins and the coordinators read
/// them; nothing else of a city is reached from here.
#[allow(
    clippy::disallowed_methods,
    reason = "the practice library is shared by the network: published practices are read across cities"
)]
pub async fn network(db: &impl ConnectionTrait) -> Result<Vec<Entry>, DbErr> {
    let practices = practice::Entity::find()
        .order_by_desc(practice::Column::PublishedAt)
        .all(db)
        .await?;
    let texts = text::Entity::find().all(db).await?;
    let adoptions = adoption::Entity::find()
        .order_by_asc(adoption::Column::AdoptedAt)
        .all(db)
        .await?;
    Ok(practices
        .into_iter()
        .map(|p| Entry {
            texts: texts
                .iter()
                .filter(|t| t.practice_id == p.id)
                .cloned()
                .collect(),
            adoptions: adoptions
                .iter()
                .filter(|a| a.practice_id == p.id)
                .cloned()
                .collect(),
            practice: p,
        })
        .collect())
}

/// One published practice of the network, read alone (not the whole
/// library).
#[allow(
    clippy::disallowed_methods,
    reason = "the practice library is shared by the network: published practices are read across cities"
)]
pub async fn entry(db: &impl ConnectionTrait, id: i32) -> Result<Entry, AppError> {
    let practice = practice::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Entry {
        texts: text::Entity::find()
            .filter(text::Column::PracticeId.eq(id))
            .all(db)
            .await?,
        adoptions: adoption::Entity::find()
            .filter(adoption::Column::PracticeId.eq(id))
            .order_by_asc(adoption::Column::AdoptedAt)
            .all(db)
            .await?,
        practice,
    })
}

/// The team's names, only if every accepted member agrees to be named now
/// (an erased person agrees to nothing). Read from the city's live records
/// each time they are shown, never copied into the practice, so that a
/// withdrawal or an erasure reaches every page at once.
async fn consented_names(
    secrets: &SecretKey,
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal_id: ProposalId,
) -> Result<Vec<String>, DbErr> {
    let team: Vec<member::Model> = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(proposal_id))
        .filter(member::Column::Status.eq(member::MemberStatus::Accepted))
        .all(db)
        .await?;
    if team.is_empty() || team.iter().any(|m| !m.publish_consent) {
        return Ok(Vec::new());
    }
    let ids: Vec<PersonId> = team.iter().filter_map(|m| m.person(secrets)).collect();
    let people = scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(ids))
        .order_by_asc(user::Column::DisplayName)
        .all(db)
        .await?;
    if people.len() != team.len() || people.iter().any(user::Model::is_erased) {
        return Ok(Vec::new());
    }
    Ok(people.into_iter().map(|u| u.display_name).collect())
}

/// The names a published practice shows, by its team's consent: the only
/// names the library (and so anyone outside the city) ever reads.
pub async fn team_names(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    practice: &practice::Model,
) -> Result<Vec<String>, AppError> {
    let origin = tenants::find_by_id(db, practice.tenant_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(consented_names(secrets, db, TenantId::of(&origin), practice.proposal_id).await?)
}

/// What the admin writes when publishing: a title and summary per
/// language, and the topics they confirm (none: the texts' suggestions).
pub struct Publication {
    pub texts: Vec<(Lang, String, String)>,
    pub topics: Vec<String>,
}

/// Publishes (or republishes) an awarded or implemented proposal. English
/// and the proposal's own language are required.
pub async fn publish(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    clock: &Clock,
    scope: TenantId,
    proposal_id: ProposalId,
    publication: Publication,
    actor: PersonId,
) -> Result<i32, AppError> {
    let proposal = scope
        .find_by_id::<proposals::Entity>(proposal_id)
        .filter(proposals::Column::Status.is_in(proposals::Status::AWARDED))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let texts: Vec<(Lang, String, String)> = publication
        .texts
        .into_iter()
        .map(|(lang, title, summary)| (lang, title.trim().to_owned(), summary.trim().to_owned()))
        .filter(|(_, title, summary)| !title.is_empty() || !summary.is_empty())
        .collect();
    for required in ["en", proposal.locale.as_str()] {
        if !texts
            .iter()
            .any(|(lang, t, s)| lang.code() == required && !t.is_empty() && !s.is_empty())
        {
            return Err(AppError::Refused("library-error-languages"));
        }
    }
    if texts.iter().any(|(_, t, s)| {
        t.is_empty() || s.is_empty() || t.chars().count() > 200 || s.chars().count() > SUMMARY_MAX
    }) {
        return Err(AppError::Refused("library-error-text"));
    }
    let network_category = match proposal.category_id {
        Some(id) => scope
            .find_by_id::<category::Entity>(id)
            .one(db)
            .await?
            .map(|c| c.network_category),
        None => None,
    }
    .ok_or(AppError::Refused("library-error-category"))?;
    let project = scope
        .find::<projects::entity::Entity>()
        .filter(projects::entity::Column::ProposalId.eq(proposal_id))
        .one(db)
        .await?;
    let status = if project
        .as_ref()
        .is_some_and(|p| p.status == projects::Status::Done)
    {
        "implemented"
    } else {
        "awarded"
    };
    let now = clock.now();
    let txn = db.begin().await?;
    let team_names = consented_names(secrets, &txn, scope, proposal_id).await?;
    let existing = scope
        .find::<practice::Entity>()
        .filter(practice::Column::ProposalId.eq(proposal_id))
        .one(&txn)
        .await?;
    let values = |row: &mut practice::ActiveModel| {
        row.network_category = Set(network_category);
        row.status = Set(status.to_owned());
        row.budget_cents = Set(project.as_ref().map_or(0, |p| p.allocated_cents));
        row.outcomes = Set(project
            .as_ref()
            .map_or_else(|| "[]".to_owned(), |p| p.outcomes.clone()));
        row.original_locale = Set(proposal.locale.clone());
        row.published_at = Set(now);
    };
    let practice = match existing {
        Some(found) => {
            let mut row = found.into_active_model();
            values(&mut row);
            let saved = scope.update(row, &txn).await?;
            scope
                .delete_many::<text::Entity>()
                .filter(text::Column::PracticeId.eq(saved.id))
                .exec(&txn)
                .await?;
            saved
        }
        None => {
            let mut row = practice::ActiveModel {
                proposal_id: Set(proposal_id),
                ..Default::default()
            };
            values(&mut row);
            scope.insert(row, &txn).await?
        }
    };
    scope
        .insert_many(
            texts
                .iter()
                .map(|(lang, title, summary)| text::ActiveModel {
                    practice_id: Set(practice.id),
                    locale: Set(lang.code().to_owned()),
                    title: Set(title.clone()),
                    summary: Set(summary.clone()),
                    ..Default::default()
                }),
            &txn,
        )
        .await?;
    similar::service::record_practice_topics(&txn, scope, practice.id, &texts, &publication.topics)
        .await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "practice.publish",
            subject_type: "proposal",
            subject_id: proposal_id.get(),
            before: json!(null),
            after: json!({
                "practice": practice.id,
                "languages": texts.iter().map(|(l, _, _)| l.code()).collect::<Vec<_>>(),
                "named": !team_names.is_empty(),
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(practice.id)
}

/// A team member agrees (or no longer agrees) to be named with the
/// proposal in the library; a published practice follows at once (its
/// names are read from the consents when shown).
pub async fn set_consent(
    db: &DatabaseConnection,
    secrets: &SecretKey,
    scope: TenantId,
    proposal_id: ProposalId,
    person: PersonId,
    consent: bool,
) -> Result<(), AppError> {
    let updated = scope
        .update_many::<member::Entity>()
        .col_expr(
            member::Column::PublishConsent,
            sea_orm::sea_query::Expr::value(consent),
        )
        .filter(member::Column::ProposalId.eq(proposal_id))
        .filter(member::of_person(secrets, scope, person))
        .filter(member::Column::Status.eq(member::MemberStatus::Accepted))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Another city takes the practice up: a planned project in the adopting
/// city that cites its origin, and an adoption the origin city sees (the
/// adopting city's, not its admin's: who did it stays in that city's audit
/// log).
pub async fn adopt(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    practice_id: i32,
    actor: PersonId,
) -> Result<i32, AppError> {
    let entry = entry(db, practice_id).await?;
    if entry.practice.tenant_id == scope.get() {
        return Err(AppError::Refused("library-error-own"));
    }
    if entry.adoptions.iter().any(|a| a.tenant_id == scope.get()) {
        return Err(AppError::Refused("library-error-adopted"));
    }
    let adopting = tenants::find_by_id(db, scope.get())
        .await?
        .ok_or(AppError::UnknownTenant)?;
    let lang = adopting.default_locale.parse().unwrap_or(Lang::En);
    let text = entry.text_for(lang).ok_or(AppError::NotFound)?;
    let now = clock.now();
    let txn = db.begin().await?;
    let project = scope
        .insert(
            projects::entity::ActiveModel {
                call_id: Set(None),
                proposal_id: Set(None),
                title: Set(text.title.clone()),
                summary: Set(text.summary.clone()),
                mentor_id: Set(None),
                status: Set(projects::Status::Planned),
                status_reason: Set(String::new()),
                barrier: Set(None),
                allocated_cents: Set(0),
                committed_cents: Set(0),
                spent_cents: Set(0),
                outcomes: Set("[]".into()),
                created_at: Set(now),
                origin_practice_id: Set(Some(practice_id)),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    scope
        .insert(
            adoption::ActiveModel {
                practice_id: Set(practice_id),
                project_id: Set(project.id),
                adopted_at: Set(now),
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
            action: "practice.adopt",
            subject_type: "project",
            subject_id: project.id,
            before: json!(null),
            after: json!({ "practice": practice_id, "origin": entry.practice.tenant_id }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(project.id)
}
