//! Finding a text's relatives: past proposals of the same city that were
//! awarded (found by the database's own text search in the text's
//! language, or through a shared topic), practices of the network's
//! library (same words in the same language, or a shared topic across
//! languages), and likely duplicates among a call's submissions.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Statement, TransactionTrait, Value,
};
use serde_json::json;

use super::{link, practice_topic, proposal_topic, topics};
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    audit,
    calls::{self, text as call_text},
    error::AppError,
    i18n::Lang,
    library::{adoption, practice, text as practice_text},
    proposals::entity::{self as proposal, Status},
    tenancy::TenantId,
    tenants,
};

/// How many proposals and how many practices a text is shown at most.
pub const SHOWN: usize = 5;

/// Statuses whose proposals are shown as relatives: awarded, whatever
/// happened next.
const AWARDED: [&str; 4] = ["awarded", "in_implementation", "implemented", "stopped"];

/// Phases of calls whose results are out: before them, an award is the
/// admin's alone.
const RESULTS_OUT: [&str; 3] = ["results", "implementation", "archived"];

/// Why a relative is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The database's text search found the same words (same language).
    SameWords,
    /// Both share this topic of the vocabulary.
    Topic(&'static str),
}

/// A past awarded proposal of the city: its title, call and outcome, no
/// names.
#[derive(Clone, Debug)]
pub struct PastProposal {
    pub id: ProposalId,
    pub title: String,
    pub locale: String,
    pub call_title: String,
    pub status: Status,
    pub reasons: Vec<Reason>,
}

/// A practice of the network's library and the cities it reached.
#[derive(Clone, Debug)]
pub struct RelatedPractice {
    pub id: i32,
    pub title: String,
    pub locale: String,
    /// The publishing city.
    pub origin: String,
    /// `awarded` or `implemented` in the publishing city.
    pub status: String,
    /// The cities that took it up.
    pub adopted_by: Vec<String>,
    pub reasons: Vec<Reason>,
}

/// What a text is shown while it is written.
#[derive(Clone, Debug, Default)]
pub struct Relatives {
    pub proposals: Vec<PastProposal>,
    pub practices: Vec<RelatedPractice>,
}

/// The text being written, as the search reads it.
pub struct Writing<'a> {
    pub lang: Lang,
    pub title: &'a str,
    pub problem: &'a str,
    /// The topics its author confirmed (none: the suggested ones count).
    pub confirmed: &'a [String],
    /// The proposal itself, never its own relative.
    pub exclude: Option<ProposalId>,
}

impl Writing<'_> {
    /// The topics that match: the confirmed ones, else those suggested.
    pub fn topics(&self) -> Vec<&'static str> {
        let confirmed = known(self.confirmed);
        if confirmed.is_empty() {
            topics::suggest(
                self.lang.code(),
                &format!("{} {}", self.title, self.problem),
            )
        } else {
            confirmed
        }
    }

    fn text(&self) -> String {
        format!("{} {}", self.title, self.problem)
    }
}

/// The codes of `codes` that the vocabulary holds, once each.
pub fn known(codes: &[String]) -> Vec<&'static str> {
    let mut found: Vec<&'static str> = codes
        .iter()
        .filter_map(|c| topics::by_code(c.trim()))
        .map(|t| t.code)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// The dictionary PostgreSQL's text search uses for a language.
fn dictionary(lang: Lang) -> &'static str {
    match lang.code() {
        "it" => "italian",
        "fr" => "french",
        "pt" => "portuguese",
        "nl" => "dutch",
        "ro" => "romanian",
        "es" => "spanish",
        "hu" => "hungarian",
        _ => "english",
    }
}

/// An FTS5 query matching any word of `text` (of 3 letters or more), each
/// as a prefix so that a word's other endings match too; `None` when the
/// text has no such word.
fn fts5_query(text: &str) -> Option<String> {
    let words: BTreeSet<String> = topics::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| {
            // A word's ending varies with gender and number: its first
            // letters find the others.
            let keep = w
                .chars()
                .count()
                .clamp(3, 7)
                .min(w.chars().count().saturating_sub(1).max(3));
            format!("\"{}\"*", w.chars().take(keep).collect::<String>())
        })
        .collect();
    (!words.is_empty()).then(|| words.into_iter().collect::<Vec<_>>().join(" OR "))
}

/// `?` placeholders numbered for PostgreSQL.
fn numbered(sql: &str, backend: DatabaseBackend) -> String {
    if backend != DatabaseBackend::Postgres {
        return sql.to_owned();
    }
    let mut n = 0;
    sql.chars()
        .map(|c| {
            if c == '?' {
                n += 1;
                format!("${n}")
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn marks(count: usize) -> String {
    vec!["?"; count].join(", ")
}

async fn rows(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
    let backend = db.get_database_backend();
    db.query_all_raw(Statement::from_sql_and_values(
        backend,
        numbered(sql, backend),
        values,
    ))
    .await
}

fn awarded_values() -> impl Iterator<Item = Value> {
    AWARDED
        .iter()
        .chain(RESULTS_OUT.iter())
        .map(|s| Value::from(*s))
}

/// The city's awarded proposals (results out) with the same words, best
/// first.
async fn proposals_by_words(
    db: &impl ConnectionTrait,
    scope: TenantId,
    writing: &Writing<'_>,
) -> Result<Vec<ProposalId>, DbErr> {
    let exclude = writing.exclude.map_or(0, ProposalId::get);
    // Both databases' search tables hold awarded proposals only (so that
    // saving and submitting a draft writes none of them); the status is
    // checked again here, for a row the search table is still catching up
    // with inside another transaction.
    let filter = format!(
        "p.tenant_id = ? AND p.locale = ? AND p.id <> ? AND p.status IN ({}) AND c.phase IN ({})",
        marks(AWARDED.len()),
        marks(RESULTS_OUT.len())
    );
    let mut values = vec![
        Value::from(scope.get()),
        Value::from(writing.lang.code()),
        Value::from(exclude),
    ];
    values.extend(awarded_values());
    let found = match db.get_database_backend() {
        DatabaseBackend::Postgres => {
            // Any of the text's words (in the language's dictionary), or a
            // title close to the one typed (trigrams).
            let sql = format!(
                "WITH q AS (SELECT replace(plainto_tsquery(?::regconfig, ?)::text, ' & ', ' | ')::tsquery AS q) \
                 SELECT p.id FROM proposal_search s \
                 JOIN proposals p ON p.tenant_id = s.tenant_id AND p.id = s.proposal_id \
                 JOIN calls c ON c.tenant_id = p.tenant_id AND c.id = p.call_id, q \
                 WHERE s.tenant_id = ? AND {filter} AND (s.search_text @@ q.q OR s.title OPERATOR(public.%) ?) \
                 ORDER BY ts_rank(s.search_text, q.q) + public.similarity(s.title, ?) DESC, p.id DESC LIMIT {SHOWN}"
            );
            let mut all = vec![
                Value::from(dictionary(writing.lang)),
                Value::from(writing.text()),
                Value::from(scope.get()),
            ];
            all.extend(values);
            all.push(Value::from(writing.title));
            all.push(Value::from(writing.title));
            rows(db, &sql, all).await?
        }
        _ => {
            let Some(query) = fts5_query(&writing.text()) else {
                return Ok(Vec::new());
            };
            let sql = format!(
                "SELECT p.id FROM proposal_search s JOIN proposals p ON p.id = s.rowid \
                 JOIN calls c ON c.tenant_id = p.tenant_id AND c.id = p.call_id \
                 WHERE proposal_search MATCH ? AND {filter} ORDER BY bm25(proposal_search), p.id DESC LIMIT {SHOWN}"
            );
            let mut all = vec![Value::from(query)];
            all.extend(values);
            rows(db, &sql, all).await?
        }
    };
    found
        .iter()
        .map(|row| row.try_get::<i32>("", "id").map(ProposalId))
        .collect()
}

/// The city's awarded proposals (results out) sharing a topic, with the
/// topics shared.
async fn proposals_by_topics(
    db: &impl ConnectionTrait,
    scope: TenantId,
    writing: &Writing<'_>,
    wanted: &[&'static str],
) -> Result<Vec<(ProposalId, &'static str)>, DbErr> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT p.id, t.topic FROM proposal_topics t \
         JOIN proposals p ON p.tenant_id = t.tenant_id AND p.id = t.proposal_id \
         JOIN calls c ON c.tenant_id = p.tenant_id AND c.id = p.call_id \
         WHERE t.tenant_id = ? AND t.topic IN ({}) AND p.id <> ? AND p.status IN ({}) AND c.phase IN ({}) \
         ORDER BY p.id DESC LIMIT 50",
        marks(wanted.len()),
        marks(AWARDED.len()),
        marks(RESULTS_OUT.len())
    );
    let mut values = vec![Value::from(scope.get())];
    values.extend(wanted.iter().map(|t| Value::from(*t)));
    values.push(Value::from(writing.exclude.map_or(0, ProposalId::get)));
    values.extend(awarded_values());
    let found = rows(db, &sql, values).await?;
    let mut shared = Vec::new();
    for row in found {
        let id: i32 = row.try_get("", "id")?;
        let topic: String = row.try_get("", "topic")?;
        if let Some(code) = wanted.iter().find(|w| **w == topic) {
            shared.push((ProposalId(id), *code));
        }
    }
    Ok(shared)
}

/// Practices of the library with the same words in the text's language.
async fn practices_by_words(
    db: &impl ConnectionTrait,
    writing: &Writing<'_>,
) -> Result<Vec<i32>, DbErr> {
    let found = match db.get_database_backend() {
        DatabaseBackend::Postgres => {
            let sql = format!(
                "WITH q AS (SELECT replace(plainto_tsquery(?::regconfig, ?)::text, ' & ', ' | ')::tsquery AS q) \
                 SELECT t.practice_id AS id FROM practice_texts t, q \
                 WHERE t.locale = ? AND (t.search_text @@ q.q OR t.title OPERATOR(public.%) ?) \
                 ORDER BY ts_rank(t.search_text, q.q) + public.similarity(t.title, ?) DESC LIMIT {SHOWN}"
            );
            rows(
                db,
                &sql,
                vec![
                    Value::from(dictionary(writing.lang)),
                    Value::from(writing.text()),
                    Value::from(writing.lang.code()),
                    Value::from(writing.title),
                    Value::from(writing.title),
                ],
            )
            .await?
        }
        _ => {
            let Some(query) = fts5_query(&writing.text()) else {
                return Ok(Vec::new());
            };
            let sql = format!(
                "SELECT t.practice_id AS id FROM practice_search s JOIN practice_texts t ON t.id = s.rowid \
                 WHERE practice_search MATCH ? AND t.locale = ? ORDER BY bm25(practice_search) LIMIT {SHOWN}"
            );
            rows(
                db,
                &sql,
                vec![Value::from(query), Value::from(writing.lang.code())],
            )
            .await?
        }
    };
    found
        .iter()
        .map(|row| row.try_get::<i32>("", "id"))
        .collect()
}

/// Practices of the library sharing a topic, with the topics shared.
async fn practices_by_topics(
    db: &impl ConnectionTrait,
    wanted: &[&'static str],
) -> Result<Vec<(i32, &'static str)>, DbErr> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT practice_id AS id, topic FROM practice_topics WHERE topic IN ({}) \
         ORDER BY practice_id DESC LIMIT 50",
        marks(wanted.len())
    );
    let found = rows(db, &sql, wanted.iter().map(|t| Value::from(*t)).collect()).await?;
    let mut shared = Vec::new();
    for row in found {
        let id: i32 = row.try_get("", "id")?;
        let topic: String = row.try_get("", "topic")?;
        if let Some(code) = wanted.iter().find(|w| **w == topic) {
            shared.push((id, *code));
        }
    }
    Ok(shared)
}

/// Gathers (id, reason) pairs: the ones with the most reasons first, then
/// those found by words, in the order found.
fn ranked<K: Ord + Copy>(words: &[K], topics: &[(K, &'static str)]) -> Vec<(K, Vec<Reason>)> {
    let mut reasons: BTreeMap<K, (usize, Vec<Reason>)> = BTreeMap::new();
    for (order, id) in words.iter().enumerate() {
        reasons
            .entry(*id)
            .or_insert((order, Vec::new()))
            .1
            .push(Reason::SameWords);
    }
    for (order, (id, topic)) in topics.iter().enumerate() {
        let entry = reasons
            .entry(*id)
            .or_insert((words.len() + order, Vec::new()));
        if !entry.1.contains(&Reason::Topic(topic)) {
            entry.1.push(Reason::Topic(topic));
        }
    }
    let mut all: Vec<(K, usize, Vec<Reason>)> = reasons
        .into_iter()
        .map(|(id, (order, reasons))| (id, order, reasons))
        .collect();
    all.sort_by(|a, b| b.2.len().cmp(&a.2.len()).then(a.1.cmp(&b.1)));
    all.into_iter()
        .take(SHOWN)
        .map(|(id, _, reasons)| (id, reasons))
        .collect()
}

/// The relatives of a text being written in the city `scope`, read in
/// `lang` (the reader's language, for call titles and practice texts).
pub async fn relatives(
    db: &impl ConnectionTrait,
    scope: TenantId,
    writing: &Writing<'_>,
    lang: Lang,
) -> Result<Relatives, DbErr> {
    let wanted = writing.topics();
    let by_words = proposals_by_words(db, scope, writing).await?;
    let by_topics = proposals_by_topics(db, scope, writing, &wanted).await?;
    let chosen = ranked(&by_words, &by_topics);
    let ids: Vec<ProposalId> = chosen.iter().map(|(id, _)| *id).collect();
    let found: HashMap<ProposalId, proposal::Model> = scope
        .find::<proposal::Entity>()
        .filter(proposal::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let call_ids: Vec<CallId> = found.values().map(|p| p.call_id).collect();
    let call_texts = scope
        .find::<call_text::Entity>()
        .filter(call_text::Column::CallId.is_in(call_ids))
        .all(db)
        .await?;
    let proposals = chosen
        .into_iter()
        .filter_map(|(id, reasons)| {
            let p = found.get(&id)?;
            let texts: Vec<call_text::Model> = call_texts
                .iter()
                .filter(|t| t.call_id == p.call_id)
                .cloned()
                .collect();
            Some(PastProposal {
                id,
                title: p.title.clone(),
                locale: p.locale.clone(),
                call_title: call_text::title_in(&texts, lang),
                status: p.status,
                reasons,
            })
        })
        .collect();

    let practice_words = practices_by_words(db, writing).await?;
    let practice_topics = practices_by_topics(db, &wanted).await?;
    let chosen = ranked(&practice_words, &practice_topics);
    let practices = practices_shown(db, chosen, lang).await?;
    Ok(Relatives {
        proposals,
        practices,
    })
}

/// The chosen practices as shown: the text in the reader's language (else
/// English, else the original), the publishing city and the adopting ones.
#[allow(
    clippy::disallowed_methods,
    reason = "the practice library is shared by the network: published practices are read across cities"
)]
async fn practices_shown(
    db: &impl ConnectionTrait,
    chosen: Vec<(i32, Vec<Reason>)>,
    lang: Lang,
) -> Result<Vec<RelatedPractice>, DbErr> {
    let ids: Vec<i32> = chosen.iter().map(|(id, _)| *id).collect();
    let found = practice::Entity::find()
        .filter(practice::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    let texts = practice_text::Entity::find()
        .filter(practice_text::Column::PracticeId.is_in(ids.clone()))
        .all(db)
        .await?;
    let adoptions = adoption::Entity::find()
        .filter(adoption::Column::PracticeId.is_in(ids))
        .order_by_asc(adoption::Column::AdoptedAt)
        .all(db)
        .await?;
    let mut names: HashMap<i32, String> = HashMap::new();
    let mut shown = Vec::new();
    for (id, reasons) in chosen {
        let Some(found) = found.iter().find(|p| p.id == id) else {
            continue;
        };
        let own: Vec<&practice_text::Model> =
            texts.iter().filter(|t| t.practice_id == id).collect();
        let Some(text) = own
            .iter()
            .find(|t| t.locale == lang.code())
            .or_else(|| own.iter().find(|t| t.locale == "en"))
            .or_else(|| own.iter().find(|t| t.locale == found.original_locale))
            .or(own.first())
        else {
            continue;
        };
        let origin = city_name(db, &mut names, found.tenant_id).await?;
        let mut adopted_by = Vec::new();
        for adoption in adoptions.iter().filter(|a| a.practice_id == id) {
            adopted_by.push(city_name(db, &mut names, adoption.tenant_id).await?);
        }
        shown.push(RelatedPractice {
            id,
            title: text.title.clone(),
            locale: text.locale.clone(),
            origin,
            status: found.status.clone(),
            adopted_by,
            reasons,
        });
    }
    Ok(shown)
}

/// A city's name, read once per search.
async fn city_name(
    db: &impl ConnectionTrait,
    names: &mut HashMap<i32, String>,
    tenant: i32,
) -> Result<String, DbErr> {
    if let Some(name) = names.get(&tenant) {
        return Ok(name.clone());
    }
    let name = tenants::find_by_id(db, tenant)
        .await?
        .map(|t| t.name)
        .unwrap_or_default();
    names.insert(tenant, name.clone());
    Ok(name)
}

/// The topics stored for a proposal: (code, confirmed).
pub async fn proposal_topics(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal_id: ProposalId,
) -> Result<Vec<(String, bool)>, DbErr> {
    Ok(scope
        .find::<proposal_topic::Entity>()
        .filter(proposal_topic::Column::ProposalId.eq(proposal_id))
        .order_by_asc(proposal_topic::Column::Topic)
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.topic, t.confirmed))
        .collect())
}

/// The topics a proposal is stored with, as (code, confirmed 0 or 1) by
/// code: those its author confirmed, or (none confirmed) those its title
/// and problem (`text`, in language `locale`) suggest, so that other texts
/// find it through them.
pub fn topics_to_store(locale: &str, text: &str, confirmed: &[String]) -> Vec<(String, i32)> {
    let confirmed = known(confirmed);
    let (codes, are_confirmed) = if confirmed.is_empty() {
        (topics::suggest(locale, text), 0)
    } else {
        (confirmed, 1)
    };
    let mut stored: Vec<(String, i32)> = codes
        .into_iter()
        .map(|code| (code.to_owned(), are_confirmed))
        .collect();
    stored.sort();
    stored
}

/// Replaces a proposal's topics by `topics` (see [`topics_to_store`]).
pub async fn record_proposal_topics(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal: ProposalId,
    topics: &[(String, i32)],
) -> Result<(), DbErr> {
    scope
        .delete_many::<proposal_topic::Entity>()
        .filter(proposal_topic::Column::ProposalId.eq(proposal))
        .exec(db)
        .await?;
    if topics.is_empty() {
        return Ok(());
    }
    scope
        .insert_many(
            topics
                .iter()
                .map(|(code, confirmed)| proposal_topic::ActiveModel {
                    proposal_id: Set(proposal),
                    topic: Set(code.clone()),
                    confirmed: Set(*confirmed != 0),
                    ..Default::default()
                }),
            db,
        )
        .await
}

/// The topics a practice's texts suggest, each text in its language.
pub fn suggested_for_practice(texts: &[(Lang, String, String)]) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = texts
        .iter()
        .flat_map(|(lang, title, summary)| {
            topics::suggest(lang.code(), &format!("{title} {summary}"))
        })
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// Stores a published practice's topics: those the publishing admin
/// confirmed, or (none confirmed) those its texts suggest.
pub async fn record_practice_topics(
    db: &impl ConnectionTrait,
    scope: TenantId,
    practice_id: i32,
    texts: &[(Lang, String, String)],
    confirmed: &[String],
) -> Result<(), DbErr> {
    let confirmed = known(confirmed);
    let (codes, are_confirmed) = if confirmed.is_empty() {
        (suggested_for_practice(texts), false)
    } else {
        (confirmed, true)
    };
    scope
        .delete_many::<practice_topic::Entity>()
        .filter(practice_topic::Column::PracticeId.eq(practice_id))
        .exec(db)
        .await?;
    scope
        .insert_many(
            codes.into_iter().map(|code| practice_topic::ActiveModel {
                practice_id: Set(practice_id),
                topic: Set(code.to_owned()),
                confirmed: Set(are_confirmed),
                ..Default::default()
            }),
            db,
        )
        .await
}

/// The topics stored for a practice: (code, confirmed).
pub async fn practice_topics(
    db: &impl ConnectionTrait,
    scope: TenantId,
    practice_id: i32,
) -> Result<Vec<(String, bool)>, DbErr> {
    Ok(scope
        .find::<practice_topic::Entity>()
        .filter(practice_topic::Column::PracticeId.eq(practice_id))
        .order_by_asc(practice_topic::Column::Topic)
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.topic, t.confirmed))
        .collect())
}

/// Two submitted proposals of a call that are likely the same idea.
#[derive(Clone, Debug)]
pub struct Pair {
    pub first: (ProposalId, String),
    pub second: (ProposalId, String),
    /// Share of their words in common, 0–100 %.
    pub percent: i64,
    pub linked: bool,
}

/// The share of words two texts have in common (of the words they have
/// together): the words of 4 letters or more, by their first 6 letters.
fn overlap(a: &str, b: &str) -> f64 {
    let words = |text: &str| -> BTreeSet<String> {
        topics::fold(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(|w| w.chars().take(6).collect())
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

/// From this share of words in common, two proposals are likely
/// duplicates.
pub const DUPLICATE_OVERLAP: f64 = 0.5;

/// The likely duplicates among a call's submitted proposals: pairs in the
/// same language with at least half their title's and problem's words in
/// common, the closest first, each saying whether the admin linked it.
pub async fn likely_duplicates(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call_id: CallId,
) -> Result<Vec<Pair>, DbErr> {
    let submitted = scope
        .find::<proposal::Entity>()
        .filter(proposal::Column::CallId.eq(call_id))
        .filter(proposal::Column::Status.is_in(Status::SUBMITTED))
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<ProposalId> = submitted.iter().map(|p| p.id).collect();
    let links: BTreeSet<(ProposalId, ProposalId)> = scope
        .find::<link::Entity>()
        .filter(link::Column::ProposalId.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.proposal_id, l.related_id))
        .collect();
    let mut pairs = Vec::new();
    for (i, a) in submitted.iter().enumerate() {
        for b in &submitted[i + 1..] {
            if a.locale != b.locale {
                continue;
            }
            let share = overlap(
                &format!("{} {}", a.title, a.problem),
                &format!("{} {}", b.title, b.problem),
            );
            if share >= DUPLICATE_OVERLAP {
                pairs.push(Pair {
                    first: (a.id, a.title.clone()),
                    second: (b.id, b.title.clone()),
                    percent: (share * 100.0).round() as i64,
                    linked: links.contains(&(a.id, b.id)),
                });
            }
        }
    }
    pairs.sort_by_key(|pair| std::cmp::Reverse(pair.percent));
    Ok(pairs)
}

/// Links two submitted proposals of a call as related: each keeps its
/// team, and both show the link to the admin. Linking a linked pair again
/// changes nothing.
pub async fn link(
    db: &sea_orm::DatabaseConnection,
    now: DateTime<Utc>,
    scope: TenantId,
    call_id: CallId,
    pair: (ProposalId, ProposalId),
    actor: PersonId,
) -> Result<(), AppError> {
    let (first, second) = if pair.0 < pair.1 {
        pair
    } else {
        (pair.1, pair.0)
    };
    if first == second {
        return Err(AppError::BadRequest);
    }
    let both = scope
        .find::<proposal::Entity>()
        .filter(proposal::Column::CallId.eq(call_id))
        .filter(proposal::Column::Id.is_in([first, second]))
        .filter(proposal::Column::Status.is_in(Status::SUBMITTED))
        .all(db)
        .await?;
    if both.len() != 2 {
        return Err(AppError::NotFound);
    }
    let txn = db.begin().await?;
    let existing = scope
        .find::<link::Entity>()
        .filter(link::Column::ProposalId.eq(first))
        .filter(link::Column::RelatedId.eq(second))
        .one(&txn)
        .await?;
    if existing.is_some() {
        return Ok(());
    }
    scope
        .insert(
            link::ActiveModel {
                proposal_id: Set(first),
                related_id: Set(second),
                linked_by: Set(Some(actor)),
                linked_at: Set(now),
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
            action: "proposal.link",
            subject_type: "proposal",
            subject_id: first.get(),
            before: json!(null),
            after: json!({ "related": second.get(), "call": call_id.get() }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The titles of a pair of a call's submitted proposals, to ask before
/// linking them.
pub async fn linked_titles(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call_id: CallId,
    pair: (ProposalId, ProposalId),
) -> Result<(String, String), AppError> {
    let found = scope
        .find::<proposal::Entity>()
        .filter(proposal::Column::CallId.eq(call_id))
        .filter(proposal::Column::Id.is_in([pair.0, pair.1]))
        .filter(proposal::Column::Status.is_in(Status::SUBMITTED))
        .all(db)
        .await?;
    let title = |id: ProposalId| {
        found
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.title.clone())
            .ok_or(AppError::NotFound)
    };
    Ok((title(pair.0)?, title(pair.1)?))
}

/// The proposals an admin linked to this one: (id, title).
pub async fn linked_to(
    db: &impl ConnectionTrait,
    scope: TenantId,
    proposal_id: ProposalId,
) -> Result<Vec<(ProposalId, String)>, DbErr> {
    let links = scope
        .find::<link::Entity>()
        .filter(
            sea_orm::Condition::any()
                .add(link::Column::ProposalId.eq(proposal_id))
                .add(link::Column::RelatedId.eq(proposal_id)),
        )
        .all(db)
        .await?;
    let others: Vec<ProposalId> = links
        .iter()
        .map(|l| {
            if l.proposal_id == proposal_id {
                l.related_id
            } else {
                l.proposal_id
            }
        })
        .collect();
    Ok(scope
        .find::<proposal::Entity>()
        .filter(proposal::Column::Id.is_in(others))
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect())
}

/// A call of the city, for the admin's page of its duplicates.
pub async fn call(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call_id: CallId,
) -> Result<(calls::Model, Vec<call_text::Model>), AppError> {
    let call = scope
        .find_by_id::<calls::Entity>(call_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let texts = scope
        .find::<call_text::Entity>()
        .filter(call_text::Column::CallId.eq(call_id))
        .all(db)
        .await?;
    Ok((call, texts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_query_names_each_word_once() {
        assert_eq!(
            fts5_query("Illuminazione, illuminazione LED!").as_deref(),
            Some("\"illumin\"* OR \"led\"*")
        );
        assert_eq!(fts5_query("a, e; o"), None);
    }

    #[test]
    fn near_identical_texts_overlap_and_different_ones_do_not() {
        let a = "Lampade LED negli uffici comunali per ridurre i consumi elettrici";
        let b = "Lampade LED negli uffici comunali: ridurre i consumi elettrici subito";
        let c = "Un portale per prenotare gli appuntamenti all'anagrafe";
        assert!(overlap(a, b) >= DUPLICATE_OVERLAP);
        assert!(overlap(a, c) < DUPLICATE_OVERLAP);
    }
}
