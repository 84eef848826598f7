//! Running a call: the tenant admin creates and edits it (texts in every
//! enabled language, categories, dates in the city's time zone, team size,
//! eligibility, criteria, awards, budget), publishes it, closes it early or
//! extends its deadline. Every change is in the audit log.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::{
    Phase, edition, entity as call,
    form::{CallForm, form_of},
    phases, service, text,
};
use crate::auth::Viewing;
use crate::ids::{CallId, PersonId};
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    i18n::{L10n, Lang},
    organisation,
    state::AppState,
    tenancy::TenantId,
    web::{
        FieldError, PageContext,
        confirm::{self, Ask, Confirm},
        field_errors, render,
    },
};

async fn rule_attributes(app: &AppState, scope: TenantId) -> Result<Vec<String>, AppError> {
    service::rule_attributes(&app.db, scope).await
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
    /// The dialog's text before closing an open call early.
    close_confirm: String,
    /// The dialog's text before archiving (results or implementation).
    archive_confirm: String,
    /// The dialog's text before offering the call to the network.
    template_confirm: String,
    /// "Archived on …", once archived.
    archived_on: String,
    /// "Offered to the network since …", while offered.
    offered_since: String,
    /// The call it was started from: (city, title).
    origin: Option<(String, String)>,
    /// What a copy just left behind (dropped categories, an unknown
    /// eligibility attribute).
    copy_notes: Vec<String>,
    /// On the new call page: the city's calls to start a new edition from.
    editions: Vec<SourceLine>,
    /// On the new call page: other cities' calls offered as templates.
    templates: Vec<SourceLine>,
    /// On the new call page: the copy forms' one-time key, so that a
    /// repeated click makes one copy.
    copy_key: String,
}

/// A call to start from: its id, city, title (in the reader's language
/// when it has one), kind and year.
struct SourceLine {
    id: CallId,
    city: String,
    title: String,
    kind: String,
    year: i32,
}

/// Archiving a call: the question, what it means, and its projects still
/// open by title and status.
fn archive_question(
    l: &L10n,
    call_title: String,
    open: &[crate::projects::Model],
) -> (String, Vec<String>) {
    let mut consequences = vec![
        l.t("confirm-archive-call-read-only"),
        l.count(
            "confirm-archive-call-open-projects",
            "count",
            i64::try_from(open.len()).unwrap_or(i64::MAX),
        ),
    ];
    consequences.extend(open.iter().map(|p| {
        l.args(
            "confirm-archive-call-project",
            &[
                ("title", p.title.clone().into()),
                ("status", l.t(p.status.message_id()).into()),
            ],
        )
    }));
    (
        l.args("confirm-archive-call-title", &[("call", call_title.into())]),
        consequences,
    )
}

/// Offering a call to the network: the question and what the other cities
/// will see.
fn template_question(l: &L10n, call_title: String) -> (String, Vec<String>) {
    (
        l.args("confirm-template-title", &[("call", call_title.into())]),
        vec![
            l.t("confirm-template-shown"),
            l.t("confirm-template-withdraw"),
        ],
    )
}

/// Closing a call early: the question and its consequences (eligible
/// employees, unsubmitted drafts), for the confirmation page and the
/// dialog alike.
fn close_question(
    l: &L10n,
    call_title: String,
    eligible: i64,
    drafts: i64,
) -> (String, Vec<String>) {
    (
        l.args("confirm-close-call-title", &[("call", call_title.into())]),
        vec![
            l.count("confirm-close-call-eligible", "count", eligible),
            l.count("confirm-close-call-drafts", "count", drafts),
        ],
    )
}

async fn form_page(
    app: &AppState,
    ctx: PageContext,
    form: CallForm,
    errors: Vec<FieldError>,
    existing: Option<&call::Model>,
) -> Result<Response, AppError> {
    form_page_noting(app, ctx, form, errors, existing, Vec::new()).await
}

async fn form_page_noting(
    app: &AppState,
    ctx: PageContext,
    form: CallForm,
    errors: Vec<FieldError>,
    existing: Option<&call::Model>,
    copy_notes: Vec<String>,
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
    let categories = organisation::service::categories(&app.db, site.id)
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
    let close_confirm = match existing {
        Some(c) if c.phase == Phase::Open => {
            let (eligible, drafts) = service::close_consequence(&app.db, site.id, c).await?;
            let title = service::title(&app.db, site.id, c.id, ctx.l10n.lang()).await?;
            let (question, consequences) = close_question(&ctx.l10n, title, eligible, drafts);
            confirm::dialog_text(&question, &consequences)
        }
        _ => String::new(),
    };
    let l = &ctx.l10n;
    let local = |at: &chrono::DateTime<chrono::Utc>| l.date(&at.with_timezone(&site.timezone));
    let mut archive_confirm = String::new();
    let mut template_confirm = String::new();
    let mut origin = None;
    let (mut editions, mut templates) = (Vec::new(), Vec::new());
    if let Some(c) = existing {
        let title = service::title(&app.db, site.id, c.id, l.lang()).await?;
        if edition::archivable(c.phase) {
            let open = edition::open_projects(&app.db, site.id, c.id).await?;
            let (question, consequences) = archive_question(l, title.clone(), &open);
            archive_confirm = confirm::dialog_text(&question, &consequences);
        }
        let (question, consequences) = template_question(l, title);
        template_confirm = confirm::dialog_text(&question, &consequences);
        origin = edition::origin_of(&app.db, c, l.lang())
            .await?
            .map(|(_, city, title)| (city, title));
    } else {
        editions = service::all_with_texts(&app.db, site.id)
            .await?
            .into_iter()
            .map(|(c, texts)| SourceLine {
                id: c.id,
                city: site.name.clone(),
                title: text::title_in(&texts, l.lang()),
                kind: l.t(c.kind.message_id()),
                year: chrono::Datelike::year(&c.opens_at),
            })
            .collect();
        templates = edition::network_templates(&app.db)
            .await?
            .into_iter()
            .filter(|t| t.call.tenant_id != site.id.get())
            .map(|t| SourceLine {
                id: t.call.id,
                title: t.title(l.lang()),
                kind: l.t(t.call.kind.message_id()),
                year: t.year(),
                city: t.city,
            })
            .collect();
    }
    let archived_on = existing
        .and_then(|c| c.archived_at.as_ref())
        .map(|at| l.args("call-archived-on", &[("date", local(at).into())]))
        .unwrap_or_default();
    let offered_since = existing
        .and_then(|c| c.template_published_at.as_ref())
        .map(|at| l.args("call-template-since", &[("date", local(at).into())]))
        .unwrap_or_default();
    let page = CallFormPage {
        archive_confirm,
        template_confirm,
        archived_on,
        offered_since,
        origin,
        copy_notes,
        editions,
        templates,
        copy_key: uuid::Uuid::new_v4().simple().to_string(),
        close_confirm,
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

struct CallLine {
    id: CallId,
    title: String,
    kind: super::Kind,
    phase: Phase,
    scheduled: bool,
    closes: String,
    /// "Archived on …", once archived.
    archived_on: String,
    /// Colleagues may support and comment: their comments are linked.
    colleague_support: bool,
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
    let calls = service::all_with_texts(&app.db, site.id).await?;
    let lines = calls
        .into_iter()
        .map(|(c, texts)| {
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
                kind: c.kind,
                phase: c.phase,
                scheduled: c.scheduled,
                colleague_support: c.colleague_support,
                closes: ctx
                    .l10n
                    .date_time(&c.submissions_close_at.with_timezone(&site.timezone)),
                archived_on: c
                    .archived_at
                    .map(|at| {
                        ctx.l10n.args(
                            "call-archived-on",
                            &[(
                                "date",
                                ctx.l10n.date(&at.with_timezone(&site.timezone)).into(),
                            )],
                        )
                    })
                    .unwrap_or_default(),
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
        kind: super::Kind::Ideas.token().into(),
        min_team_size: "1".into(),
        min_team_divisions: "0".into(),
        ..CallForm::default()
    };
    form_page(&app, ctx, form, Vec::new(), None).await
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
    let attributes = rule_attributes(&app, site.id).await?;
    let actor = viewer_id(&ctx);
    match service::create(&app.db, &site, &form, &attributes, actor, app.clock.now()).await {
        Ok(id) => Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response()),
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            form_page(&app, ctx, form, errors, None).await
        }
        Err(error) => Err(error),
    }
}

#[derive(Deserialize)]
pub struct EditQuery {
    /// Present right after a copy made the call: its page says so.
    copied: Option<String>,
}

/// `GET /admin/calls/{id}`; after a copy (`?copied`), with what the copy
/// could not keep.
pub async fn edit_form(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    Query(query): Query<EditQuery>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let site = ctx.site()?.clone();
    let c = service::find(&app.db, site.id, id).await?;
    let (texts, categories) = service::parts(&app.db, site.id, id).await?;
    let form = form_of(&c, &texts, categories, site.timezone);
    let mut notes = Vec::new();
    if query.copied.is_some()
        && let Some((dropped, unknown)) = edition::copy_notes(&app.db, site.id, id).await?
    {
        let l = &ctx.l10n;
        notes.push(l.t("call-copy-done"));
        if !dropped.is_empty() {
            notes.push(l.args(
                "call-copy-dropped-categories",
                &[("categories", dropped.join(", ").into())],
            ));
        }
        if let Some(attribute) = unknown {
            notes.push(l.args(
                "call-copy-unknown-attribute",
                &[("attribute", attribute.into())],
            ));
        }
    }
    form_page_noting(&app, ctx, form, Vec::new(), Some(&c), notes).await
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
    let attributes = rule_attributes(&app, site.id).await?;
    let actor = viewer_id(&ctx);
    match service::update(
        &app.db,
        &site,
        id,
        &form,
        &attributes,
        actor,
        app.clock.now(),
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response()),
        Err(AppError::Invalid(issues)) => {
            let current = service::find(&app.db, site.id, id).await?;
            let errors = field_errors(&ctx.l10n, &issues);
            form_page(&app, ctx, form, errors, Some(&current)).await
        }
        Err(error) => Err(error),
    }
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
    let scope = ctx.site()?.id;
    let now = app.clock.now();
    service::publish(&app.db, scope, id, viewer_id(&ctx), now).await?;
    phases::advance(&app, now).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response())
}

/// `POST /admin/calls/{id}/close`: submissions end now.
pub async fn close_early(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let scope = ctx.site()?.id;
    let now = app.clock.now();
    let actor = viewer_id(&ctx);
    if !form.yes() {
        let call = service::find(&app.db, scope, id).await?;
        if call.phase != Phase::Open {
            return Err(AppError::Locked);
        }
        let (eligible, drafts) = service::close_consequence(&app.db, scope, &call).await?;
        let title = service::title(&app.db, scope, id, ctx.l10n.lang()).await?;
        let l = &ctx.l10n;
        let (title, consequences) = close_question(l, title, eligible, drafts);
        let ask = Ask {
            title,
            consequences,
            confirm_label: l.t("confirm-close-call-button"),
            action: ctx.link(&format!("/admin/calls/{id}/close")),
            fields: Vec::new(),
            cancel: ctx.link(&format!("/admin/calls/{id}")),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    service::close_early(&app.db, scope, id, actor, now).await?;
    phases::transition(&app, scope, id, Phase::Open, Phase::Review, actor, now).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response())
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
    let actor = viewer_id(&ctx);
    match service::extend(&app.db, &site, id, &form.closes_at, actor, app.clock.now()).await {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response()),
        Err(AppError::Invalid(issues)) => {
            // The form shows the stored call again, with the refused date's
            // message.
            let current = service::find(&app.db, site.id, id).await?;
            let (texts, categories) = service::parts(&app.db, site.id, id).await?;
            let form = form_of(&current, &texts, categories, site.timezone);
            let errors = field_errors(&ctx.l10n, &issues);
            form_page(&app, ctx, form, errors, Some(&current)).await
        }
        Err(error) => Err(error),
    }
}

/// `POST /admin/calls/{id}/archive`: the call moves to archived once
/// confirmed; the question lists its projects still open.
pub async fn archive(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let scope = ctx.site()?.id;
    let now = app.clock.now();
    if !form.yes() {
        let call = service::find(&app.db, scope, id).await?;
        if !edition::archivable(call.phase) {
            return Err(AppError::Locked);
        }
        let open = edition::open_projects(&app.db, scope, id).await?;
        let title = service::title(&app.db, scope, id, ctx.l10n.lang()).await?;
        let l = &ctx.l10n;
        let (title, consequences) = archive_question(l, title, &open);
        let ask = Ask {
            title,
            consequences,
            confirm_label: l.t("confirm-archive-call-button"),
            action: ctx.link(&format!("/admin/calls/{id}/archive")),
            fields: Vec::new(),
            cancel: ctx.link(&format!("/admin/calls/{id}")),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    edition::archive(&app, scope, id, viewer_id(&ctx), now).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response())
}

/// `POST /admin/calls/{id}/template`: offers the call to the network as a
/// template once confirmed.
pub async fn offer_template(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let scope = ctx.site()?.id;
    if !form.yes() {
        service::find(&app.db, scope, id).await?;
        let title = service::title(&app.db, scope, id, ctx.l10n.lang()).await?;
        let l = &ctx.l10n;
        let (title, consequences) = template_question(l, title);
        let ask = Ask {
            title,
            consequences,
            confirm_label: l.t("confirm-template-button"),
            action: ctx.link(&format!("/admin/calls/{id}/template")),
            fields: Vec::new(),
            cancel: ctx.link(&format!("/admin/calls/{id}")),
            irreversible: false,
        };
        return confirm::ask(ctx, ask);
    }
    edition::set_template(&app.db, scope, id, true, viewer_id(&ctx), app.clock.now()).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response())
}

/// `POST /admin/calls/{id}/template/withdraw`: the network no longer sees
/// the call as a template (copies made keep their origin).
pub async fn withdraw_template(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let scope = ctx.site()?.id;
    edition::set_template(&app.db, scope, id, false, viewer_id(&ctx), app.clock.now()).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}"))).into_response())
}

#[derive(Deserialize)]
pub struct CopyFrom {
    #[serde(default)]
    from: String,
    /// The new call page's one-time key.
    #[serde(default)]
    key: String,
}

/// `POST /admin/calls/copy`: a new draft from a call of the city (a new
/// edition) or another city's template, then the draft's page (303), which
/// says what the copy could not keep. The form's key makes a repeated
/// submit find the first copy rather than make a second.
pub async fn copy(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<CopyFrom>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let actor = viewer_id(&ctx).ok_or(AppError::Forbidden)?;
    let site = ctx.site()?.clone();
    let from: CallId = form
        .from
        .trim()
        .parse::<i32>()
        .map(CallId)
        .map_err(|_| AppError::BadRequest)?;
    let attributes = rule_attributes(&app, site.id).await?;
    let id = edition::copy_once(&app, &site, from, form.key.trim(), &attributes, actor).await?;
    Ok(Redirect::to(&ctx.link(&format!("/admin/calls/{id}?copied"))).into_response())
}
