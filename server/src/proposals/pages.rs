//! Writing a proposal: created from a call's page, saved as it is typed
//! (and on every explicit save), submitted before the deadline the server's
//! clock decides, edited until then, withdrawn.

use std::collections::{HashMap, HashSet};

use askama::Template;
use axum::{
    Json,
    extract::{Path, Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, QueryFilter, QuerySelect, QueryTrait, sea_query::Expr};
use serde::Deserialize;
use serde_json::json;

use super::{
    entity::{Column, Entity, Status},
    member::{self, MemberRole, MemberStatus},
    naming::TeamNames,
    shown::{self, Shown},
};
use crate::auth::Viewing;
use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    attachments::Attachments,
    auth::{Action, csrf::CsrfForm, require},
    calls::text as call_text,
    db::lists,
    error::AppError,
    i18n::Lang,
    people::user,
    review::jury,
    similar,
    state::AppState,
    web::{
        self, FieldError, PageContext,
        confirm::{self, Ask, Confirm},
        field_errors, render,
    },
};

/// The signed-in city person allowed to write proposals (for the pages
/// and the API alike).
pub fn writer(ctx: &PageContext) -> Result<&user::Model, AppError> {
    require(ctx, Action::WriteProposals)?
        .user
        .as_ref()
        .ok_or(AppError::Forbidden)
}

use super::service::{self, BODY_MAX, ProposalForm, SUMMARY_MAX, TITLE_MAX};

#[derive(Deserialize)]
pub struct CreateForm {
    /// Random per rendered form: a retried creation finds the first one.
    #[serde(default)]
    idempotency_key: String,
}

struct TeamLine {
    name: String,
    role: String,
    pending: bool,
}

#[derive(Template)]
#[template(path = "proposals/templates/proposal.html")]
struct ProposalPage {
    ctx: PageContext,
    id: ProposalId,
    call_title: String,
    form: ProposalForm,
    status: Status,
    status_text: String,
    editable: bool,
    is_lead: bool,
    invited: bool,
    can_invite: bool,
    /// Awarded: the member may agree to be named in the network's library.
    may_consent: bool,
    consented: bool,
    categories: Vec<(i32, String)>,
    divisions: Vec<(i32, String)>,
    languages: Vec<Lang>,
    team: Vec<TeamLine>,
    /// The colleague named in an invitation that was refused, shown back.
    colleague: String,
    errors: Vec<FieldError>,
    notice: Option<String>,
    deadline: String,
    /// Length limits, as hints under the fields.
    hints: [String; 3],
    /// (id, name, size in the locale's words)
    files: Vec<(i32, String, String)>,
    files_hint: String,
    /// Where the proposal names someone of its team while it can still be
    /// changed: (element id, what it is called).
    names_team_in: Vec<(&'static str, String)>,
    /// A co-creation team: the end users' view and the plan are asked
    /// for, and its workspace is linked.
    cocreation: bool,
    /// Submitted to a call that lets colleagues help: their page is linked.
    colleagues: bool,
    /// Topics offered first: (code, label, confirmed, suggested by the text).
    topics: Vec<(&'static str, &'static str, bool, bool)>,
    /// The vocabulary's other topics: (code, label).
    more_topics: Vec<(&'static str, &'static str)>,
    /// The "similar ideas" box, rendered.
    similar_html: String,
}

/// An invitation that cannot be sent or accepted: the colleague as the lead
/// typed them, and why.
pub struct RefusedInvitation {
    pub colleague: String,
    pub problem: String,
}

#[allow(clippy::too_many_arguments)]
async fn proposal_page(
    app: &AppState,
    store: &Attachments,
    ctx: PageContext,
    shown: Shown,
    form: ProposalForm,
    mut errors: Vec<FieldError>,
    notice: Option<String>,
    refused: Option<RefusedInvitation>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let site = ctx.site()?.clone();
    let Shown {
        proposal,
        call,
        call_texts,
        team,
        me,
        files,
        categories,
        divisions,
        team_contacts,
        topics: stored_topics,
        ..
    } = shown;
    let now = app.clock.now();
    let open = service::accepting(&call, now);
    let accepted = me.status == MemberStatus::Accepted;
    let is_lead = me.role == MemberRole::Lead;
    let editable = accepted && open && matches!(proposal.status, Status::Draft | Status::Submitted);
    let names_team_in = if editable {
        let names = shown::team_names(
            &app.db,
            &app.secrets,
            site.id,
            team.iter().map(|(m, _)| m),
            team_contacts,
        )
        .await?;
        let mut found = named_fields(&ctx, &names, &form);
        if files.iter().any(|(_, name, _)| names.in_file_name(name)) {
            found.push(("files-heading", ctx.l10n.t("sealing-field-file-name")));
        }
        found
    } else {
        Vec::new()
    };
    let team_size = team.len();
    let team_lines = shown::named(&app.db, &app.secrets, site.id, team)
        .await?
        .into_iter()
        .map(|named| TeamLine {
            name: named
                .stored
                .map(|stored| {
                    user::shown_name(&ctx.l10n, named.person.unwrap_or(PersonId(0)), &stored)
                })
                .unwrap_or_default(),
            role: ctx.l10n.t(if named.member.role == MemberRole::Lead {
                "team-lead"
            } else {
                "team-co-author"
            }),
            pending: named.member.status == MemberStatus::Invited,
        })
        .collect();
    let can_invite = editable && is_lead && (team_size as i32) < call.max_team_size;
    let colleague = match refused {
        Some(refused) => {
            // Shown at the invitation field, or at the team when it has no
            // seat left and so no field.
            errors.push(FieldError {
                field: if can_invite { "colleague" } else { "team" },
                message: refused.problem,
            });
            refused.colleague
        }
        None => String::new(),
    };
    // The page as opened is one statement (rule 7's load targets): the
    // similar ideas are searched for after a save or a refusal, which show
    // the text as sent, and otherwise fetched by the page's script.
    let searched = notice.is_some() || !errors.is_empty();
    let (topics, more_topics, similar_html) = relatives_of(
        app,
        &ctx,
        &stored_topics,
        &form,
        searched.then_some(proposal.id),
    )
    .await?;
    let page = ProposalPage {
        topics,
        more_topics,
        similar_html,
        id: proposal.id,
        call_title: call_text::title_in(&call_texts, ctx.l10n.lang()),
        status: proposal.status,
        status_text: ctx.l10n.t(proposal.status.message_id()),
        editable,
        is_lead,
        invited: me.status == MemberStatus::Invited,
        may_consent: me.status == MemberStatus::Accepted
            && Status::AWARDED.contains(&proposal.status),
        consented: me.publish_consent,
        can_invite,
        categories: categories.into_iter().map(|c| (c.id, c.name)).collect(),
        divisions,
        languages: Lang::ALL.to_vec(),
        team: team_lines,
        colleague,
        deadline: ctx.l10n.args(
            "call-deadline",
            &[(
                "date",
                ctx.l10n
                    .date_time(&call.submissions_close_at.with_timezone(&site.timezone))
                    .into(),
            )],
        ),
        files: files
            .into_iter()
            .map(|(id, name, size)| {
                let kib = (size + 1023) / 1024;
                (id, name, ctx.l10n.count("attachment-size", "kib", kib))
            })
            .collect(),
        files_hint: ctx.l10n.args(
            "attachment-hint",
            &[
                ("count", (store.max_count as i64).into()),
                ("mb", ((store.max_bytes / (1024 * 1024)) as i64).into()),
            ],
        ),
        hints: [TITLE_MAX, SUMMARY_MAX, BODY_MAX]
            .map(|max| ctx.l10n.count("proposal-limit", "max", max as i64)),
        names_team_in,
        cocreation: call.kind == crate::calls::Kind::Cocreation,
        colleagues: call.colleague_support && Status::SUBMITTED.contains(&proposal.status),
        form,
        errors,
        notice,
        ctx,
    };
    let mut response = render(&page)?;
    *response.status_mut() = status;
    Ok(response)
}

/// The topic checkboxes (those confirmed or suggested, then the rest) and
/// the "similar ideas" box for the text as it stands in `form`.
#[allow(clippy::type_complexity)]
async fn relatives_of(
    app: &AppState,
    ctx: &PageContext,
    stored: &[(String, i32)],
    form: &ProposalForm,
    search_for: Option<ProposalId>,
) -> Result<
    (
        Vec<(&'static str, &'static str, bool, bool)>,
        Vec<(&'static str, &'static str)>,
        String,
    ),
    AppError,
> {
    let writing_lang = form.locale.parse().unwrap_or_else(|_| ctx.l10n.lang());
    // The form as sent names the confirmed topics; read from the database,
    // they are the stored confirmed ones.
    let confirmed: Vec<String> = if form.topic.is_empty() {
        stored
            .iter()
            .filter(|(_, confirmed)| *confirmed != 0)
            .map(|(code, _)| code.clone())
            .collect()
    } else {
        form.topic.clone()
    };
    let confirmed = similar::service::known(&confirmed);
    let suggested = similar::topics::suggest(
        writing_lang.code(),
        &format!("{} {}", form.title, form.problem),
    );
    let label = |code: &'static str| {
        similar::topics::by_code(code)
            .map(|t| similar::topics::label(t, ctx.l10n.lang().code()))
            .unwrap_or(code)
    };
    let mut first: Vec<(&'static str, &'static str, bool, bool)> = Vec::new();
    for code in suggested.iter().chain(confirmed.iter()) {
        if !first.iter().any(|(c, ..)| c == code) {
            first.push((
                code,
                label(code),
                confirmed.contains(code),
                suggested.contains(code),
            ));
        }
    }
    let more = similar::topics::TOPICS
        .iter()
        .filter(|t| !first.iter().any(|(c, ..)| *c == t.code))
        .map(|t| (t.code, label(t.code)))
        .collect();
    let Some(id) = search_for else {
        return Ok((first, more, similar::fragment::pending(&ctx.l10n)?));
    };
    let confirmed_codes: Vec<String> = confirmed.iter().map(|c| (*c).to_owned()).collect();
    let writing = similar::service::Writing {
        lang: writing_lang,
        title: &form.title,
        problem: &form.problem,
        confirmed: &confirmed_codes,
        exclude: Some(id),
    };
    let relatives =
        similar::service::relatives(&app.db, ctx.site()?.id, &writing, ctx.l10n.lang()).await?;
    let html = similar::fragment::RelativesBox::of(&ctx.l10n, &relatives).html()?;
    Ok((first, more, html))
}

/// The fields of `form` that name someone of the team: (element id, label).
fn named_fields(
    ctx: &PageContext,
    names: &TeamNames,
    form: &ProposalForm,
) -> Vec<(&'static str, String)> {
    names
        .fields(form.juror_texts())
        .into_iter()
        .map(|field| (field.name, ctx.l10n.t(field.label)))
        .collect()
}

/// `GET /proposals/{id}`: the team's view of its proposal.
pub async fn edit_form(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let scope = ctx.site()?.id;
    let shown = match Shown::read(&app.db, &app.secrets, scope, id, person.id).await {
        Ok(shown) => shown,
        // The city's admin, not on the team, reads a proposal of the city
        // in full on the admin's page.
        Err(AppError::NotFound)
            if ctx.viewer().is_some_and(|v| v.can(Action::ManageCalls))
                && scope.find_by_id::<Entity>(id).one(&app.db).await?.is_some() =>
        {
            return Ok(Redirect::to(&ctx.link(&format!("/admin/proposals/{id}"))).into_response());
        }
        Err(other) => return Err(other),
    };
    let form = ProposalForm::of(&shown.proposal, shown.chosen.clone());
    proposal_page(
        &app,
        &files,
        ctx,
        shown,
        form,
        Vec::new(),
        None,
        None,
        StatusCode::OK,
    )
    .await
}

/// The proposal page again after the lead's invitation was refused, the
/// reason at the invitation field and the name typed kept there.
pub async fn refused_invitation(
    app: &AppState,
    files: &Attachments,
    ctx: PageContext,
    id: ProposalId,
    lead: PersonId,
    refused: RefusedInvitation,
) -> Result<Response, AppError> {
    let again = Again {
        sent: None,
        errors: Vec::new(),
        invitation: Some(refused),
    };
    shown_again(app, files, ctx, id, lead, again).await
}

/// Field errors as a JSON object, for the autosave script.
fn errors_json(errors: Vec<FieldError>) -> serde_json::Value {
    let fields: HashMap<&str, String> = errors.into_iter().map(|e| (e.field, e.message)).collect();
    json!(fields)
}

#[derive(Deserialize)]
pub struct Nothing {}

/// `POST /calls/{id}/proposals`: starts a draft, with the writer as lead.
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    headers: HeaderMap,
    Path(call_id): Path<CallId>,
    CsrfForm(form): CsrfForm<CreateForm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map_or(form.idempotency_key, str::to_owned);
    let request = service::KeyedRequest::new(&key, call_id, &serde_json::Map::new());
    let (id, _) = service::start(
        service::Writing::at(&app),
        ctx.site()?,
        person,
        ctx.l10n.lang(),
        &request,
    )
    .await?;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response())
}

/// `POST /proposals/{id}`: saves what was written (explicitly, or by the
/// page's autosave, which asks for JSON). Nothing typed is dropped for
/// being incomplete; a refused text is shown back with the rest.
pub async fn save(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    headers: HeaderMap,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<ProposalForm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let me = person.id;
    let site = ctx.site()?.clone();
    let outcome = service::save(
        service::Writing::at(&app),
        &site,
        person,
        ctx.l10n.lang(),
        id,
        &form,
    )
    .await;
    let json = web::wants_json(&ctx.path, &headers);
    match outcome {
        Err(AppError::Invalid(issues)) if json => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(
                json!({ "saved": false, "errors": errors_json(field_errors(&ctx.l10n, &issues)) }),
            ),
        )
            .into_response()),
        Err(AppError::Invalid(issues)) => {
            let again = Again {
                sent: Some(form),
                errors: field_errors(&ctx.l10n, &issues),
                invitation: None,
            };
            shown_again(&app, &files, ctx, id, me, again).await
        }
        Err(error) => Err(error),
        Ok((saved, divisions)) => {
            let at = ctx
                .l10n
                .date_time(&saved.updated_at.with_timezone(&site.timezone));
            let message = ctx.l10n.args("proposal-saved-at", &[("time", at.into())]);
            if json {
                // Autosave tells the writers at once when their text names
                // one of them; the page says it on every render too.
                let names = shown::team_names_of(&app.db, &app.secrets, site.id, id).await?;
                let named = named_fields(&ctx, &names, &form);
                let warning = (!named.is_empty()).then(|| {
                    let fields: Vec<String> = named.into_iter().map(|(_, label)| label).collect();
                    ctx.l10n.args(
                        "proposal-names-team-in",
                        &[("fields", fields.join(", ").into())],
                    )
                });
                return Ok(
                    Json(json!({ "saved": true, "message": message, "warning": warning }))
                        .into_response(),
                );
            }
            let shown = Shown::read(&app.db, &app.secrets, site.id, id, person.id).await?;
            let form = ProposalForm::of(&saved, divisions);
            proposal_page(
                &app,
                &files,
                ctx,
                shown,
                form,
                Vec::new(),
                Some(message),
                None,
                StatusCode::OK,
            )
            .await
        }
    }
}

/// `POST /proposals/{id}/submit`
pub async fn submit(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    Query(with): Query<SubmitWith>,
    CsrfForm(form): CsrfForm<ProposalForm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let me = person.id;
    let site = ctx.site()?.clone();
    // The page's Submit button sends the text as it stands in the form:
    // saved first, so that nothing typed since the last save is lost (and
    // nothing is submitted if it cannot be saved).
    match with.with.as_str() {
        "" => {}
        "text" => {
            let saved = service::save(
                service::Writing::at(&app),
                &site,
                person,
                ctx.l10n.lang(),
                id,
                &form,
            )
            .await;
            if let Err(AppError::Invalid(issues)) = saved {
                let again = Again {
                    sent: Some(form),
                    errors: field_errors(&ctx.l10n, &issues),
                    invitation: None,
                };
                return shown_again(&app, &files, ctx, id, me, again).await;
            }
            saved?;
        }
        _ => return Err(AppError::BadRequest),
    }
    match service::submit(service::Writing::at(&app), &site, person, id).await {
        Ok(_) => Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}/submitted"))).into_response()),
        Err(AppError::Invalid(issues)) => {
            let again = Again {
                sent: None,
                errors: field_errors(&ctx.l10n, &issues),
                invitation: None,
            };
            shown_again(&app, &files, ctx, id, me, again).await
        }
        Err(error) => Err(error),
    }
}

#[derive(Template)]
#[template(path = "proposals/templates/submitted.html")]
struct SubmittedPage {
    ctx: PageContext,
    id: ProposalId,
    /// That it was submitted, and when.
    lead: String,
    /// What happens next, in order, with its dates.
    next: Vec<String>,
}

/// `GET /proposals/{id}/submitted`: where the team member lands after
/// submitting: that it was submitted, and what happens next and when (the
/// deadline until which it can still change, the jury's review, the
/// results). A proposal not (or no longer) submitted goes to its page.
pub async fn submitted(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let site = ctx.site()?.clone();
    let shown = Shown::read(&app.db, &app.secrets, site.id, id, person.id).await?;
    let (proposal, call) = (&shown.proposal, &shown.call);
    let at = match proposal.submitted_at {
        Some(at) if matches!(proposal.status, Status::Submitted | Status::InReview) => at,
        _ => return Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response()),
    };
    let l = &ctx.l10n;
    let when = |at: chrono::DateTime<chrono::Utc>| l.date_time(&at.with_timezone(&site.timezone));
    let dated = |message: &str, at| l.args(message, &[("date", when(at).into())]);
    let now = app.clock.now();
    let mut next = Vec::new();
    if service::accepting(call, now) {
        next.push(dated("submitted-edit", call.submissions_close_at));
        next.push(dated("submitted-review", call.submissions_close_at));
    } else {
        next.push(l.t("submitted-review-now"));
    }
    next.push(if call.results_at > now {
        dated("submitted-results", call.results_at)
    } else {
        l.t("submitted-results-later")
    });
    let lead = l.args(
        "submitted-lead",
        &[
            ("title", proposal.title.clone().into()),
            ("date", when(at).into()),
        ],
    );
    render(&SubmittedPage {
        id,
        lead,
        next,
        ctx,
    })
}

/// What the proposal page shows again after a refusal.
struct Again {
    /// The text as sent (`None`: as stored).
    sent: Option<ProposalForm>,
    /// The errors, at their fields.
    errors: Vec<FieldError>,
    /// A refused invitation, at its field.
    invitation: Option<RefusedInvitation>,
}

/// The proposal page again after a refusal (422).
async fn shown_again(
    app: &AppState,
    files: &Attachments,
    ctx: PageContext,
    id: ProposalId,
    person: PersonId,
    again: Again,
) -> Result<Response, AppError> {
    let Again {
        sent,
        errors,
        invitation,
    } = again;
    let shown = Shown::read(&app.db, &app.secrets, ctx.site()?.id, id, person).await?;
    let form = match sent {
        Some(form) => form,
        None => ProposalForm::of(&shown.proposal, shown.chosen.clone()),
    };
    proposal_page(
        app,
        files,
        ctx,
        shown,
        form,
        errors,
        None,
        invitation,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// What `POST /proposals/{id}/submit` carries besides the CSRF token:
/// `?with=text` when it is the proposal form itself, sent by its Submit
/// button.
#[derive(Deserialize)]
pub struct SubmitWith {
    #[serde(default)]
    with: String,
}

/// `POST /proposals/{id}/withdraw`
pub async fn withdraw(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    if !form.yes() {
        let l = &ctx.l10n;
        let ask = Ask {
            title: l.t("confirm-withdraw-title"),
            consequences: vec![l.t("confirm-withdraw-consequence")],
            confirm_label: l.t("confirm-withdraw-button"),
            action: ctx.link(&format!("/proposals/{id}/withdraw")),
            fields: Vec::new(),
            cancel: ctx.link(&format!("/proposals/{id}")),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    service::withdraw(service::Writing::at(&app), ctx.site()?, person, id).await?;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response())
}

struct MineLine {
    id: ProposalId,
    title: String,
    /// The language the title is written in.
    lang: String,
    call: String,
    status: String,
    role: String,
    invited: bool,
}

#[derive(Template)]
#[template(path = "proposals/templates/mine.html")]
struct MinePage {
    ctx: PageContext,
    lines: Vec<MineLine>,
    /// The person sits on a call's jury: their reviews are linked here.
    on_jury: bool,
}

/// The person's memberships with their proposals, their calls' titles and
/// whether the person sits on a jury, in one statement.
static MINE: lists::Reused<1, 1> = lists::Reused::new(|backend, scope, [person], [key]| {
    // Here only: the templates' comparisons would take its `eq`.
    use sea_orm::sea_query::ExprTrait;
    let on_jury = Expr::exists(
        scope
            .find::<jury::Entity>()
            .select_only()
            .column(jury::Column::CallId)
            .filter(jury::Column::UserId.eq(person))
            .into_query(),
    );
    member::memberships_of(scope, PersonId(person), key)
        .expr_as(
            call_text::titles(backend, scope, Expr::col((Entity, Column::CallId))),
            "call_texts",
        )
        // A number: the two databases write booleans differently.
        .expr_as(on_jury.cast_as("integer"), "on_jury")
        .build(backend)
});

/// `GET /proposals`: the viewer's proposals and invitations to teams,
/// with their calls' texts and whether the person sits on a jury, in one
/// statement.
pub async fn mine(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let scope = ctx.site()?.id;
    let key = member::fingerprint(&app.secrets, scope, person.id);
    let rows = lists::all_also::<member::Entity, Entity>(
        &app.db,
        MINE.statement(
            app.db.get_database_backend(),
            scope,
            [person.id.get()],
            [&key],
        )?,
    )
    .await?;
    let on_jury = match rows.first() {
        Some((_, _, row)) => row.try_get::<i32>("", "on_jury")? != 0,
        // No proposal to carry the flag.
        None => scope
            .find::<jury::Entity>()
            .filter(jury::Column::UserId.eq(person.id))
            .one(&app.db)
            .await?
            .is_some(),
    };
    let mut seen = HashSet::new();
    let mut lines = Vec::new();
    for (membership, p, row) in rows {
        let Some(p) = p.filter(|p| seen.insert(p.id)) else {
            continue;
        };
        let call_texts = call_text::read_list(&row, "call_texts", scope)?;
        lines.push(MineLine {
            id: p.id,
            title: if p.title.is_empty() {
                ctx.l10n.t("proposal-untitled")
            } else {
                p.title.clone()
            },
            lang: if p.title.is_empty() {
                ctx.lang().to_owned()
            } else {
                p.locale.clone()
            },
            call: call_text::title_in(&call_texts, ctx.l10n.lang()),
            status: ctx.l10n.t(p.status.message_id()),
            role: ctx.l10n.t(if membership.role == MemberRole::Lead {
                "team-lead"
            } else {
                "team-co-author"
            }),
            invited: membership.status == MemberStatus::Invited,
        });
    }
    render(&MinePage {
        ctx,
        lines,
        on_jury,
    })
}
