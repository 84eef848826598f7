//! The library's pages: browsing and searching the network's practices
//! (every city's admins, on their site; coordinators, on the platform), a
//! practice with where it travelled, adopting it, publishing one's own,
//! and a team member's consent to be named.

use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ActiveEnum, ColumnTrait, Iterable, QueryFilter};
use serde::Deserialize;

use super::service::{self, Entry, Publication};
use crate::ids::ProposalId;
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    i18n::{L10n, Lang},
    organisation::category::NetworkCategory,
    projects::Outcome,
    proposals, similar,
    state::AppState,
    tenants,
    web::{PageContext, render},
};

#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    category: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    q: String,
}

struct Line {
    id: i32,
    title: String,
    lang: String,
    city: String,
    category: String,
    status: String,
    travelled: String,
}

#[derive(Template)]
#[template(path = "library/templates/library.html")]
struct LibraryPage {
    ctx: PageContext,
    lines: Vec<Line>,
    categories: Vec<(String, String)>,
    cities: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    filters: Filters,
}

fn status_text(l: &L10n, status: &str) -> String {
    l.t(if status == "implemented" {
        "library-status-implemented"
    } else {
        "library-status-awarded"
    })
}

/// City names by tenant id, in the reader's language where they have one.
async fn city_names(
    app: &AppState,
    lang: Lang,
) -> Result<HashMap<i32, (String, String)>, AppError> {
    Ok(tenants::list(&app.db)
        .await?
        .into_iter()
        .map(|t| (t.id, (t.slug.clone(), t.name_in(lang.code()))))
        .collect())
}

/// `GET /library`: the network's published practices, filtered and
/// searched.
pub async fn list(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    require(&ctx, Action::BrowseLibrary)?;
    let l = &ctx.l10n;
    let cities = city_names(&app, l.lang()).await?;
    let query = filters.q.trim().to_lowercase();
    let entries = service::network(&app.db).await?;
    let lines = entries
        .iter()
        .filter(|e| {
            filters.category.is_empty()
                || e.practice.network_category.to_value() == filters.category
        })
        .filter(|e| {
            filters.city.is_empty()
                || cities
                    .get(&e.practice.tenant_id)
                    .is_some_and(|(slug, _)| *slug == filters.city)
        })
        .filter(|e| filters.status.is_empty() || e.practice.status == filters.status)
        .filter(|e| filters.lang.is_empty() || e.texts.iter().any(|t| t.locale == filters.lang))
        .filter(|e| {
            query.is_empty()
                || e.texts.iter().any(|t| {
                    t.title.to_lowercase().contains(&query)
                        || t.summary.to_lowercase().contains(&query)
                })
        })
        .filter_map(|e| {
            let text = e.text_for(l.lang())?;
            Some(Line {
                id: e.practice.id,
                title: text.title.clone(),
                lang: text.locale.clone(),
                city: cities
                    .get(&e.practice.tenant_id)
                    .map(|(_, name)| name.clone())
                    .unwrap_or_default(),
                category: l.t(e.practice.network_category.message_id()),
                status: status_text(l, &e.practice.status),
                travelled: travelled(e, &cities),
            })
        })
        .collect();
    let mut city_options: Vec<(String, String)> = cities.values().cloned().collect();
    city_options.sort_by(|a, b| a.1.cmp(&b.1));
    let page = LibraryPage {
        lines,
        categories: NetworkCategory::iter()
            .map(|c| (c.to_value(), l.t(c.message_id())))
            .collect(),
        cities: city_options,
        languages: Lang::ALL
            .iter()
            .map(|lang| (lang.code().to_owned(), lang.autonym().to_owned()))
            .collect(),
        filters,
        ctx,
    };
    render(&page)
}

/// The cities a practice travelled to, by name.
fn travelled(entry: &Entry, cities: &HashMap<i32, (String, String)>) -> String {
    entry
        .adoptions
        .iter()
        .filter_map(|a| cities.get(&a.tenant_id).map(|(_, name)| name.clone()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Template)]
#[template(path = "library/templates/practice.html")]
struct PracticePage {
    ctx: PageContext,
    id: i32,
    title: String,
    summary: String,
    lang: String,
    city: String,
    category: String,
    status: String,
    budget: String,
    outcomes: Vec<String>,
    /// By the team's consent, read when shown; empty: unnamed.
    team_names: String,
    other_languages: Vec<(String, String, String)>,
    /// (city, when)
    adoptions: Vec<(String, String)>,
    can_adopt: bool,
    adopted_here: Option<i32>,
    error: Option<String>,
}

async fn practice_page(
    app: &AppState,
    ctx: PageContext,
    id: i32,
    error: Option<&'static str>,
) -> Result<Response, AppError> {
    let entry = service::entry(&app.db, id).await?;
    let l = &ctx.l10n;
    let cities = city_names(app, l.lang()).await?;
    let text = entry.text_for(l.lang()).ok_or(AppError::NotFound)?;
    let here = ctx.tenant.as_ref().map(|t| t.id.get());
    let outcomes: Vec<Outcome> = serde_json::from_str(&entry.practice.outcomes).unwrap_or_default();
    let team_names = service::team_names(&app.db, &app.secrets, &entry.practice)
        .await?
        .join(", ");
    let page = PracticePage {
        id,
        title: text.title.clone(),
        summary: text.summary.clone(),
        lang: text.locale.clone(),
        city: cities
            .get(&entry.practice.tenant_id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default(),
        category: l.t(entry.practice.network_category.message_id()),
        status: status_text(l, &entry.practice.status),
        budget: l.euros(entry.practice.budget_cents),
        outcomes: outcomes.iter().map(|o| o.text(l)).collect(),
        team_names,
        other_languages: entry
            .texts
            .iter()
            .filter(|t| t.id != text.id)
            .map(|t| (t.locale.clone(), t.title.clone(), t.summary.clone()))
            .collect(),
        adoptions: entry
            .adoptions
            .iter()
            .map(|a| {
                (
                    cities
                        .get(&a.tenant_id)
                        .map(|(_, n)| n.clone())
                        .unwrap_or_default(),
                    l.date(&a.adopted_at),
                )
            })
            .collect(),
        can_adopt: here.is_some_and(|h| {
            h != entry.practice.tenant_id && !entry.adoptions.iter().any(|a| a.tenant_id == h)
        }),
        adopted_here: entry
            .adoptions
            .iter()
            .find(|a| Some(a.tenant_id) == here)
            .map(|a| a.project_id),
        error: error.map(|e| l.t(e)),
        ctx,
    };
    let status = if page.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, render(&page)?).into_response())
}

/// `GET /library/{id}`
pub async fn show(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    require(&ctx, Action::BrowseLibrary)?;
    practice_page(&app, ctx, id, None).await
}

#[derive(Debug, Default, Deserialize)]
pub struct Nothing {}

/// `POST /library/{id}/adopt`: a city's admin takes the practice up.
pub async fn adopt(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let scope = ctx.site()?.id;
    match service::adopt(&app.db, &app.clock, scope, id, actor).await {
        Ok(project) => Ok(Redirect::to(&ctx.link(&format!("/projects/{project}"))).into_response()),
        Err(AppError::Refused(message)) => practice_page(&app, ctx, id, Some(message)).await,
        Err(other) => Err(other),
    }
}

#[derive(Template)]
#[template(path = "library/templates/publish.html")]
struct PublishPage {
    ctx: PageContext,
    proposal_id: ProposalId,
    proposal_title: String,
    /// (language code, autonym, title, summary, required)
    rows: Vec<(String, String, String, String, bool)>,
    /// The vocabulary's topics: (code, label, checked).
    topics: Vec<(&'static str, &'static str, bool)>,
    error: Option<String>,
}

/// The topic checkboxes of the publication form, `checked` ticked.
fn topic_boxes(ctx: &PageContext, checked: &[String]) -> Vec<(&'static str, &'static str, bool)> {
    similar::topics::TOPICS
        .iter()
        .map(|t| {
            (
                t.code,
                similar::topics::label(t, ctx.l10n.lang().code()),
                checked.iter().any(|c| c == t.code),
            )
        })
        .collect()
}

/// The languages a publication is written in: English, the proposal's own,
/// and the city's.
fn publication_languages(ctx: &PageContext, original: &str) -> Vec<Lang> {
    let mut langs = vec![Lang::En];
    if let Ok(lang) = original.parse::<Lang>() {
        langs.push(lang);
    }
    langs.extend(ctx.languages.iter().copied());
    let mut seen = Vec::new();
    langs.retain(|l| {
        let new = !seen.contains(l);
        seen.push(*l);
        new
    });
    langs
}

async fn awarded(
    app: &AppState,
    ctx: &PageContext,
    id: ProposalId,
) -> Result<proposals::Model, AppError> {
    ctx.site()?
        .id
        .find_by_id::<proposals::Entity>(id)
        .filter(proposals::Column::Status.is_in(proposals::Status::AWARDED))
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// `GET /admin/proposals/{id}/publish`: the publication form.
pub async fn publish_form(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let proposal = awarded(&app, &ctx, id).await?;
    let rows = publication_languages(&ctx, &proposal.locale)
        .into_iter()
        .map(|lang| {
            let original = lang.code() == proposal.locale;
            (
                lang.code().to_owned(),
                lang.autonym().to_owned(),
                if original {
                    proposal.title.clone()
                } else {
                    String::new()
                },
                if original {
                    proposal.summary.clone()
                } else {
                    String::new()
                },
                original || lang == Lang::En,
            )
        })
        .collect();
    // The proposal's topics (its authors' or the suggested ones), for the
    // admin to confirm.
    let stored: Vec<String> = similar::service::proposal_topics(&app.db, ctx.site()?.id, id)
        .await?
        .into_iter()
        .map(|(code, _)| code)
        .collect();
    render(&PublishPage {
        proposal_id: id,
        proposal_title: proposal.title,
        rows,
        topics: topic_boxes(&ctx, &stored),
        error: None,
        ctx,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    lang: Vec<String>,
    #[serde(default)]
    title: Vec<String>,
    #[serde(default)]
    summary: Vec<String>,
    #[serde(default)]
    topic: Vec<String>,
}

/// `POST /admin/proposals/{id}/publish`
pub async fn publish(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<PublishForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ManageCalls)?;
    let actor = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let proposal = awarded(&app, &ctx, id).await?;
    let mut texts = Vec::new();
    for (i, code) in form.lang.iter().enumerate() {
        let lang = code.parse::<Lang>().map_err(|_| AppError::BadRequest)?;
        texts.push((
            lang,
            form.title.get(i).cloned().unwrap_or_default(),
            form.summary.get(i).cloned().unwrap_or_default(),
        ));
    }
    let scope = ctx.site()?.id;
    match service::publish(
        &app.db,
        &app.secrets,
        &app.clock,
        scope,
        id,
        Publication {
            texts: texts.clone(),
            topics: form.topic.clone(),
        },
        actor,
    )
    .await
    {
        Ok(practice) => {
            Ok(Redirect::to(&ctx.link(&format!("/library/{practice}"))).into_response())
        }
        Err(AppError::Refused(message)) => {
            let rows = publication_languages(&ctx, &proposal.locale)
                .into_iter()
                .map(|lang| {
                    let typed = texts.iter().find(|(l, _, _)| *l == lang);
                    (
                        lang.code().to_owned(),
                        lang.autonym().to_owned(),
                        typed.map(|t| t.1.clone()).unwrap_or_default(),
                        typed.map(|t| t.2.clone()).unwrap_or_default(),
                        lang.code() == proposal.locale || lang == Lang::En,
                    )
                })
                .collect();
            let page = PublishPage {
                proposal_id: id,
                proposal_title: proposal.title,
                rows,
                topics: topic_boxes(&ctx, &form.topic),
                error: Some(ctx.l10n.t(message)),
                ctx,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ConsentForm {
    #[serde(default)]
    consent: String,
}

/// `POST /proposals/{id}/consent`: a team member agrees, or no longer
/// agrees, to be named with the proposal in the network's library.
pub async fn consent(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<ConsentForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    let me = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let scope = ctx.site()?.id;
    service::set_consent(&app.db, &app.secrets, scope, id, me, form.consent == "yes").await?;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response())
}
