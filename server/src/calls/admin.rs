//! Running a call: the tenant admin creates and edits it (texts in every
//! enabled language, categories, dates in the city's time zone, team size,
//! eligibility, criteria, awards, budget), publishes it, closes it early or
//! extends its deadline. Every change is in the audit log.

use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, IntoActiveModel, QueryFilter, QueryOrder,
    TransactionTrait,
};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{
    Award, Criterion, Eligibility, Phase, category_link, entity as call, phases, rules, text,
};
use crate::auth::Viewing;
use crate::ids::{CallId, PersonId};
use crate::{
    audit,
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    i18n::Lang,
    organisation::category,
    state::AppState,
    tenancy::{TenantContext, TenantId},
    web::{FieldError, PageContext, render},
};

/// The call form as sent: every value as text, so that a bad one is shown
/// back to be corrected rather than lost.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CallForm {
    #[serde(default)]
    text_lang: Vec<String>,
    #[serde(default)]
    text_title: Vec<String>,
    #[serde(default)]
    text_description: Vec<String>,
    #[serde(default)]
    category: Vec<i32>,
    #[serde(default)]
    opens_at: String,
    #[serde(default)]
    closes_at: String,
    #[serde(default)]
    results_at: String,
    #[serde(default)]
    max_team_size: String,
    #[serde(default)]
    reviews_per_proposal: String,
    #[serde(default)]
    eligible_headcount: String,
    #[serde(default)]
    budget_euros: String,
    #[serde(default)]
    eligibility_rule: String,
    #[serde(default)]
    eligibility_attribute: String,
    #[serde(default)]
    eligibility_values: String,
    #[serde(default)]
    criterion_name: Vec<String>,
    #[serde(default)]
    criterion_weight: Vec<String>,
    #[serde(default)]
    criterion_scale: Vec<String>,
    #[serde(default)]
    award_name: Vec<String>,
    #[serde(default)]
    award_sponsor: Vec<String>,
    #[serde(default)]
    award_prize: Vec<String>,
    #[serde(default)]
    authors_public: Option<String>,
    #[serde(default)]
    seal_identities: Option<String>,
}

/// A checked call, ready to store.
struct ValidCall {
    texts: Vec<(Lang, String, String)>,
    categories: Vec<i32>,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    results_at: DateTime<Utc>,
    max_team_size: i32,
    reviews_per_proposal: i32,
    eligible_headcount: i32,
    budget_cents: i64,
    eligibility: Eligibility,
    criteria: Vec<Criterion>,
    awards: Vec<Award>,
    authors_public: bool,
    seal_identities: bool,
}

const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// A local date and time of the city, as a form's `datetime-local` gives
/// it. In the autumn's repeated hour the later instant is taken (more time
/// for employees); a time in the spring's gap does not exist and is refused.
pub fn parse_local(value: &str, tz: Tz) -> Result<DateTime<Utc>, &'static str> {
    let naive =
        NaiveDateTime::parse_from_str(value.trim(), LOCAL_FORMAT).map_err(|_| "call-error-date")?;
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
        LocalResult::Ambiguous(_, later) => Ok(later.with_timezone(&Utc)),
        LocalResult::None => Err("call-error-time-gap"),
    }
}

pub fn format_local(at: &DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format(LOCAL_FORMAT).to_string()
}

fn number(value: &str, range: std::ops::RangeInclusive<i64>) -> Option<i64> {
    value
        .trim()
        .replace(['.', ',', ' ', '\u{a0}', '\u{202f}'], "")
        .parse::<i64>()
        .ok()
        .filter(|n| range.contains(n))
}

/// Attributes an eligibility rule may name: grade, division, and the
/// further claims the city's sign-in keeps.
async fn rule_attributes(app: &AppState, scope: TenantId) -> Result<Vec<String>, AppError> {
    let mut attributes = vec!["grade".to_owned(), "division".to_owned()];
    if let Some(provider) = crate::auth::oidc::provider_of(app, scope).await? {
        attributes.extend(provider.extra_claims.split_whitespace().map(str::to_owned));
    }
    Ok(attributes)
}

fn validate(
    ctx: &PageContext,
    site: &TenantContext,
    form: &CallForm,
    offered: &[i32],
    attributes: &[String],
) -> Result<ValidCall, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut texts = Vec::new();
    for (i, code) in form.text_lang.iter().enumerate() {
        let Ok(lang) = code.parse::<Lang>() else {
            continue;
        };
        if !site.locales.contains(&lang) {
            continue;
        }
        let title = form
            .text_title
            .get(i)
            .map(|t| t.trim().to_owned())
            .unwrap_or_default();
        let description = form
            .text_description
            .get(i)
            .map(|t| t.trim().to_owned())
            .unwrap_or_default();
        if title.chars().count() > 200 || description.chars().count() > 10_000 {
            errors.push(FieldError::new(ctx, "texts", "call-error-title-length"));
        } else if title.is_empty() && !description.is_empty() {
            errors.push(FieldError::new(ctx, "texts", "call-error-title"));
        } else if !title.is_empty() {
            texts.push((lang, title, description));
        }
    }
    if !texts
        .iter()
        .any(|(lang, _, _)| *lang == site.default_locale)
    {
        errors.push(FieldError::new(ctx, "texts", "call-error-default-title"));
    }
    let categories: Vec<i32> = form
        .category
        .iter()
        .copied()
        .filter(|c| offered.contains(c))
        .collect();
    if categories.is_empty() {
        errors.push(FieldError::new(ctx, "category", "call-error-categories"));
    }
    let mut date = |field: &'static str, value: &str| match parse_local(value, site.timezone) {
        Ok(at) => Some(at),
        Err(message) => {
            errors.push(FieldError::new(ctx, field, message));
            None
        }
    };
    let opens_at = date("opens_at", &form.opens_at);
    let closes_at = date("closes_at", &form.closes_at);
    let results_at = date("results_at", &form.results_at);
    if let (Some(o), Some(c), Some(r)) = (opens_at, closes_at, results_at)
        && !(o < c && c < r)
    {
        errors.push(FieldError::new(ctx, "closes_at", "call-error-order"));
    }
    let max_team_size = number(&form.max_team_size, 1..=10);
    if max_team_size.is_none() {
        errors.push(FieldError::new(ctx, "max_team_size", "call-error-team"));
    }
    let reviews = number(&form.reviews_per_proposal, 1..=10);
    if reviews.is_none() {
        errors.push(FieldError::new(
            ctx,
            "reviews_per_proposal",
            "call-error-reviews",
        ));
    }
    let headcount = number(&form.eligible_headcount, 1..=10_000_000);
    if headcount.is_none() {
        errors.push(FieldError::new(
            ctx,
            "eligible_headcount",
            "call-error-headcount",
        ));
    }
    let budget = number(
        if form.budget_euros.trim().is_empty() {
            "0"
        } else {
            &form.budget_euros
        },
        0..=100_000_000,
    );
    if budget.is_none() {
        errors.push(FieldError::new(ctx, "budget_euros", "call-error-budget"));
    }
    let values: Vec<String> = form
        .eligibility_values
        .split(',')
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty() && v.chars().count() <= 80)
        .collect();
    let attribute = form.eligibility_attribute.trim().to_owned();
    let attribute_ok = attributes.contains(&attribute);
    let eligibility = match form.eligibility_rule.as_str() {
        "everyone" => Some(Eligibility::Everyone),
        "all_except" if attribute_ok && !values.is_empty() => {
            Some(Eligibility::AllExcept { attribute, values })
        }
        "only" if attribute_ok && !values.is_empty() => {
            Some(Eligibility::Only { attribute, values })
        }
        _ => None,
    };
    if eligibility.is_none() {
        errors.push(FieldError::new(
            ctx,
            "eligibility_rule",
            "call-error-eligibility",
        ));
    }
    let mut criteria = Vec::new();
    for (i, name) in form.criterion_name.iter().enumerate() {
        let name = name.trim();
        let weight = form.criterion_weight.get(i).map_or("", |w| w.trim());
        let scale = form.criterion_scale.get(i).map_or("", |s| s.trim());
        if name.is_empty() && weight.is_empty() && scale.is_empty() {
            continue;
        }
        match (number(weight, 1..=100), number(scale, 2..=10)) {
            (Some(weight), Some(scale)) if !name.is_empty() && name.chars().count() <= 120 => {
                criteria.push(Criterion {
                    name: name.to_owned(),
                    weight: weight as u32,
                    scale: scale as u32,
                })
            }
            _ => {
                errors.push(FieldError::new(ctx, "criteria", "call-error-criterion"));
                break;
            }
        }
    }
    if criteria.is_empty() {
        errors.push(FieldError::new(ctx, "criteria", "call-error-criteria"));
    }
    let mut awards = Vec::new();
    for (i, name) in form.award_name.iter().enumerate() {
        let name = name.trim();
        let sponsor = form.award_sponsor.get(i).map_or("", |s| s.trim());
        let prize = form.award_prize.get(i).map_or("", |p| p.trim());
        if name.is_empty() && sponsor.is_empty() && prize.is_empty() {
            continue;
        }
        if name.is_empty()
            || name.chars().count() > 120
            || sponsor.chars().count() > 120
            || prize.chars().count() > 200
        {
            errors.push(FieldError::new(ctx, "awards", "call-error-award"));
            break;
        }
        awards.push(Award {
            name: name.to_owned(),
            sponsor: sponsor.to_owned(),
            prize: prize.to_owned(),
        });
    }
    match (
        opens_at,
        closes_at,
        results_at,
        max_team_size,
        reviews,
        headcount,
        budget,
        eligibility,
    ) {
        (
            Some(opens_at),
            Some(closes_at),
            Some(results_at),
            Some(team),
            Some(reviews),
            Some(headcount),
            Some(budget),
            Some(eligibility),
        ) if errors.is_empty() => Ok(ValidCall {
            texts,
            categories,
            opens_at,
            closes_at,
            results_at,
            max_team_size: team as i32,
            reviews_per_proposal: reviews as i32,
            eligible_headcount: headcount as i32,
            budget_cents: budget * 100,
            eligibility,
            criteria,
            awards,
            authors_public: form.authors_public.is_some(),
            seal_identities: form.seal_identities.is_some(),
        }),
        _ => Err(errors),
    }
}

/// What the audit log keeps of a call.
fn snapshot(c: &call::Model, texts: &[text::Model], categories: &[i32]) -> Value {
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

async fn load_parts(
    db: &impl sea_orm::ConnectionTrait,
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

struct TextRow {
    lang: Lang,
    title: String,
    description: String,
}

#[derive(Default)]
struct CriterionRow {
    name: String,
    weight: String,
    scale: String,
}

#[derive(Default)]
struct AwardRow {
    name: String,
    sponsor: String,
    prize: String,
}

#[derive(Template)]
#[template(path = "calls/templates/admin_form.html")]
struct CallFormPage {
    ctx: PageContext,
    action: String,
    form: CallForm,
    texts: Vec<TextRow>,
    categories: Vec<(i32, String, bool)>,
    criteria: Vec<CriterionRow>,
    awards: Vec<AwardRow>,
    errors: Vec<FieldError>,
    call_id: Option<CallId>,
    phase: Option<Phase>,
    scheduled: bool,
    timezone_note: String,
    /// Further claims the city's sign-in keeps, offered as attributes.
    claims: Vec<String>,
}

async fn form_page(
    app: &AppState,
    ctx: PageContext,
    form: CallForm,
    errors: Vec<FieldError>,
    existing: Option<&call::Model>,
) -> Result<Response, AppError> {
    let site = ctx.site()?.clone();
    let texts = site
        .locales
        .iter()
        .map(|lang| {
            let i = form.text_lang.iter().position(|l| l == lang.code());
            TextRow {
                lang: *lang,
                title: i
                    .and_then(|i| form.text_title.get(i).cloned())
                    .unwrap_or_default(),
                description: i
                    .and_then(|i| form.text_description.get(i).cloned())
                    .unwrap_or_default(),
            }
        })
        .collect();
    let categories = site
        .id
        .find::<category::Entity>()
        .order_by_asc(category::Column::Name)
        .all(&app.db)
        .await?
        .into_iter()
        .map(|c| {
            let label = format!(
                "{} ({})",
                c.name,
                ctx.l10n.t(c.network_category.message_id())
            );
            (c.id, label, form.category.contains(&c.id))
        })
        .collect();
    let mut criteria: Vec<CriterionRow> = form
        .criterion_name
        .iter()
        .enumerate()
        .map(|(i, name)| CriterionRow {
            name: name.clone(),
            weight: form.criterion_weight.get(i).cloned().unwrap_or_default(),
            scale: form.criterion_scale.get(i).cloned().unwrap_or_default(),
        })
        .filter(|r| !(r.name.is_empty() && r.weight.is_empty() && r.scale.is_empty()))
        .collect();
    // Blank rows to fill in, since the form works without scripts.
    criteria.resize_with(criteria.len().max(5), CriterionRow::default);
    let mut awards: Vec<AwardRow> = form
        .award_name
        .iter()
        .enumerate()
        .map(|(i, name)| AwardRow {
            name: name.clone(),
            sponsor: form.award_sponsor.get(i).cloned().unwrap_or_default(),
            prize: form.award_prize.get(i).cloned().unwrap_or_default(),
        })
        .filter(|r| !(r.name.is_empty() && r.sponsor.is_empty() && r.prize.is_empty()))
        .collect();
    awards.resize_with(awards.len().max(3), AwardRow::default);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let claims = rule_attributes(app, site.id)
        .await?
        .into_iter()
        .skip(2)
        .collect();
    let page = CallFormPage {
        claims,
        action: match existing {
            Some(c) => ctx.link(&format!("/admin/calls/{}", c.id)),
            None => ctx.link("/admin/calls"),
        },
        call_id: existing.map(|c| c.id),
        phase: existing.map(|c| c.phase),
        scheduled: existing.is_some_and(|c| c.scheduled),
        timezone_note: ctx.l10n.args(
            "call-timezone-note",
            &[("zone", site.timezone.name().into())],
        ),
        form,
        texts,
        categories,
        criteria,
        awards,
        errors,
        ctx,
    };
    let mut response = render(&page)?;
    *response.status_mut() = status;
    Ok(response)
}

fn form_of(c: &call::Model, texts: &[text::Model], categories: Vec<i32>, tz: Tz) -> CallForm {
    let (rule, attribute, values) = match Eligibility::parse(&c.eligibility) {
        Eligibility::Everyone => ("everyone", String::new(), Vec::new()),
        Eligibility::AllExcept { attribute, values } => ("all_except", attribute, values),
        Eligibility::Only { attribute, values } => ("only", attribute, values),
    };
    let criteria: Vec<Criterion> = rules::parse_list(&c.criteria);
    let awards: Vec<Award> = rules::parse_list(&c.awards);
    CallForm {
        text_lang: texts.iter().map(|t| t.locale.clone()).collect(),
        text_title: texts.iter().map(|t| t.title.clone()).collect(),
        text_description: texts.iter().map(|t| t.description.clone()).collect(),
        category: categories,
        opens_at: format_local(&c.opens_at, tz),
        closes_at: format_local(&c.submissions_close_at, tz),
        results_at: format_local(&c.results_at, tz),
        max_team_size: c.max_team_size.to_string(),
        reviews_per_proposal: c.reviews_per_proposal.to_string(),
        eligible_headcount: c.eligible_headcount.to_string(),
        budget_euros: (c.budget_cents / 100).to_string(),
        eligibility_rule: rule.to_owned(),
        eligibility_attribute: attribute,
        eligibility_values: values.join(", "),
        criterion_name: criteria.iter().map(|k| k.name.clone()).collect(),
        criterion_weight: criteria.iter().map(|k| k.weight.to_string()).collect(),
        criterion_scale: criteria.iter().map(|k| k.scale.to_string()).collect(),
        award_name: awards.iter().map(|a| a.name.clone()).collect(),
        award_sponsor: awards.iter().map(|a| a.sponsor.clone()).collect(),
        award_prize: awards.iter().map(|a| a.prize.clone()).collect(),
        authors_public: c.authors_public_after_results.then(|| "on".to_owned()),
        seal_identities: c.seal_identities.then(|| "on".to_owned()),
    }
}

struct CallLine {
    id: CallId,
    title: String,
    phase: Phase,
    scheduled: bool,
    closes: String,
}

#[derive(Template)]
#[template(path = "calls/templates/admin_list.html")]
struct CallListPage {
    ctx: PageContext,
    calls: Vec<CallLine>,
}

/// `GET /admin/calls`: every call of the city, drafts included.
pub async fn list(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?;
    let calls = site
        .id
        .find::<call::Entity>()
        .order_by_desc(call::Column::OpensAt)
        .all(&app.db)
        .await?;
    let mut titles: HashMap<CallId, Vec<text::Model>> = HashMap::new();
    for t in site.id.find::<text::Entity>().all(&app.db).await? {
        titles.entry(t.call_id).or_default().push(t);
    }
    let lines = calls
        .into_iter()
        .map(|c| {
            let texts = titles.remove(&c.id).unwrap_or_default();
            let title = texts
                .iter()
                .find(|t| t.locale == ctx.l10n.lang().code())
                .or_else(|| {
                    texts
                        .iter()
                        .find(|t| t.locale == site.default_locale.code())
                })
                .or(texts.first())
                .map_or_else(String::new, |t| t.title.clone());
            CallLine {
                id: c.id,
                title,
                phase: c.phase,
                scheduled: c.scheduled,
                closes: ctx
                    .l10n
                    .date_time(&c.submissions_close_at.with_timezone(&site.timezone)),
            }
        })
        .collect();
    render(&CallListPage { ctx, calls: lines })
}

/// `GET /admin/calls/new`
pub async fn new_form(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let form = CallForm {
        max_team_size: "3".into(),
        reviews_per_proposal: "3".into(),
        eligible_headcount: ctx.site()?.headcount.max(1).to_string(),
        eligibility_rule: "everyone".into(),
        eligibility_attribute: "grade".into(),
        ..CallForm::default()
    };
    form_page(&app, ctx, form, Vec::new(), None).await
}

async fn offered_categories(app: &AppState, scope: TenantId) -> Result<Vec<i32>, AppError> {
    Ok(scope
        .find::<category::Entity>()
        .all(&app.db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect())
}

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

fn viewer_id(ctx: &PageContext) -> Option<PersonId> {
    ctx.viewer().and_then(|v| v.user.as_ref()).map(|u| u.id)
}

/// `POST /admin/calls`: a new call, in draft.
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<CallForm>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let offered = offered_categories(&app, site.id).await?;
    let attributes = rule_attributes(&app, site.id).await?;
    let valid = match validate(&ctx, &site, &form, &offered, &attributes) {
        Ok(valid) => valid,
        Err(errors) => return form_page(&app, ctx, form, errors, None).await,
    };
    let now = app.clock.now();
    let txn = app.db.begin().await?;
    let created = site
        .id
        .insert(
            call::ActiveModel {
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
    let (texts, categories) = load_parts(&txn, site.id, created.id).await?;
    audit::record(
        &txn,
        site.id,
        now,
        audit::Event {
            actor: viewer_id(&ctx),
            action: "call.create",
            subject_type: "call",
            subject_id: created.id.get(),
            before: json!({}),
            after: snapshot(&created, &texts, &categories),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{}", created.id))).into_response())
}

async fn editable_call(
    app: &AppState,
    scope: TenantId,
    id: CallId,
) -> Result<call::Model, AppError> {
    scope
        .find_by_id::<call::Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// `GET /admin/calls/{id}`
pub async fn edit_form(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let c = editable_call(&app, site.id, id).await?;
    let (texts, categories) = load_parts(&app.db, site.id, id).await?;
    let form = form_of(&c, &texts, categories, site.timezone);
    form_page(&app, ctx, form, Vec::new(), Some(&c)).await
}

/// `POST /admin/calls/{id}`: saves changes while the call is a draft or
/// open; after that its rules are settled.
pub async fn update(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<CallForm>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let current = editable_call(&app, site.id, id).await?;
    if !matches!(current.phase, Phase::Draft | Phase::Open) {
        return Err(AppError::Locked);
    }
    let offered = offered_categories(&app, site.id).await?;
    let attributes = rule_attributes(&app, site.id).await?;
    let valid = match validate(&ctx, &site, &form, &offered, &attributes) {
        Ok(valid) => valid,
        Err(errors) => return form_page(&app, ctx, form, errors, Some(&current)).await,
    };
    let now = app.clock.now();
    let txn = app.db.begin().await?;
    let (old_texts, old_categories) = load_parts(&txn, site.id, id).await?;
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
    let (texts, categories) = load_parts(&txn, site.id, id).await?;
    audit::record(
        &txn,
        site.id,
        now,
        audit::Event {
            actor: viewer_id(&ctx),
            action: "call.update",
            subject_type: "call",
            subject_id: id.get(),
            before,
            after: snapshot(&updated, &texts, &categories),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response())
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /admin/calls/{id}/publish`: the draft will open by itself at its
/// date (at once, if the date has passed).
pub async fn publish(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let current = editable_call(&app, site.id, id).await?;
    if current.phase != Phase::Draft {
        return Err(AppError::Locked);
    }
    let now = app.clock.now();
    let txn = app.db.begin().await?;
    let mut row = current.into_active_model();
    row.scheduled = Set(true);
    site.id.update(row, &txn).await?;
    audit::record(
        &txn,
        site.id,
        now,
        audit::Event {
            actor: viewer_id(&ctx),
            action: "call.publish",
            subject_type: "call",
            subject_id: id.get(),
            before: json!({ "scheduled": false }),
            after: json!({ "scheduled": true }),
        },
    )
    .await?;
    txn.commit().await?;
    phases::advance(&app, now).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response())
}

/// `POST /admin/calls/{id}/close`: submissions end now.
pub async fn close_early(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let current = editable_call(&app, site.id, id).await?;
    if current.phase != Phase::Open {
        return Err(AppError::Locked);
    }
    let now = app.clock.now();
    set_deadline(&app, &ctx, site.id, current, now, "call.close_early").await?;
    phases::transition(
        &app,
        site.id,
        id,
        Phase::Open,
        Phase::Review,
        viewer_id(&ctx),
        now,
    )
    .await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response())
}

async fn set_deadline(
    app: &AppState,
    ctx: &PageContext,
    scope: TenantId,
    current: call::Model,
    deadline: DateTime<Utc>,
    action: &str,
) -> Result<(), AppError> {
    let now = app.clock.now();
    let id = current.id;
    let before = json!({ "submissions_close_at": current.submissions_close_at });
    let txn = app.db.begin().await?;
    let mut row = current.into_active_model();
    row.submissions_close_at = Set(deadline);
    scope.update(row, &txn).await?;
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: viewer_id(ctx),
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

#[derive(Deserialize)]
pub struct NewDeadline {
    #[serde(default)]
    closes_at: String,
}

/// `POST /admin/calls/{id}/deadline`: a later deadline for an open call.
pub async fn extend(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<NewDeadline>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let current = editable_call(&app, site.id, id).await?;
    if current.phase != Phase::Open {
        return Err(AppError::Locked);
    }
    let deadline = match parse_local(&form.closes_at, site.timezone) {
        Ok(at) if at > current.submissions_close_at && at < current.results_at => at,
        Ok(_) => {
            let errors = vec![FieldError::new(&ctx, "closes_at", "call-error-extension")];
            let (texts, categories) = load_parts(&app.db, site.id, id).await?;
            let form = form_of(&current, &texts, categories, site.timezone);
            return form_page(&app, ctx, form, errors, Some(&current)).await;
        }
        Err(message) => {
            let errors = vec![FieldError::new(&ctx, "closes_at", message)];
            let (texts, categories) = load_parts(&app.db, site.id, id).await?;
            let form = form_of(&current, &texts, categories, site.timezone);
            return form_page(&app, ctx, form, errors, Some(&current)).await;
        }
    };
    set_deadline(&app, &ctx, site.id, current, deadline, "call.extend").await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_across_daylight_saving_changes() {
        let rome: Tz = "Europe/Rome".parse().expect("tz");
        // 29 March 2026, 02:30 does not exist in Rome.
        assert_eq!(
            parse_local("2026-03-29T02:30", rome),
            Err("call-error-time-gap")
        );
        // 25 October 2026, 02:30 happens twice: the later one is taken.
        let repeated = parse_local("2026-10-25T02:30", rome).expect("valid");
        assert_eq!(repeated.to_rfc3339(), "2026-10-25T01:30:00+00:00");
        let summer = parse_local("2026-07-01T12:00", rome).expect("valid");
        assert_eq!(summer.to_rfc3339(), "2026-07-01T10:00:00+00:00");
        assert_eq!(format_local(&summer, rome), "2026-07-01T12:00");
        assert_eq!(parse_local("tomorrow", rome), Err("call-error-date"));
    }
}
