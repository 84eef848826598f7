//! The notifications page: a person's latest notifications, in their
//! language; the person's email choices per kind; and an email's
//! unsubscribe link, which works without a sign-in.

use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};

use super::{
    Cadence, Kind, choices,
    delivery::CHOICES_PATH,
    entity::Model,
    service::{self, person_of, render_text},
    unsubscribe,
};
use crate::ids::PersonId;
use crate::{
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    i18n::L10n,
    people::user,
    state::AppState,
    web::{FieldError, PageContext, field_errors, render},
};

/// A notification's text, naming the person it names as they are now.
fn text(l: &L10n, n: &Model, people: &HashMap<PersonId, user::Model>) -> String {
    let mut args: serde_json::Value = serde_json::from_str(&n.args).unwrap_or_default();
    if let (Some(person), Some(fields)) = (person_of(&args), args.as_object_mut()) {
        let name = people
            .get(&person)
            .map_or_else(|| user::shown_name(l, person, ""), |p| p.name(l));
        fields.insert("name".into(), name.into());
    }
    render_text(l, &n.message, &args)
}

struct Line {
    text: String,
    link: String,
    at: String,
    unread: bool,
}

#[derive(Template)]
#[template(path = "notifications/templates/notifications.html")]
struct NotificationsPage {
    ctx: PageContext,
    lines: Vec<Line>,
    choices: String,
}

/// `GET /notifications`: the latest 100, newest first; seeing them marks
/// them read.
pub async fn page(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    let site = ctx.site()?;
    let user_id = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let (items, people) = service::latest(&app.db, site.id, user_id, 100).await?;
    let lines = items
        .iter()
        .map(|n| Line {
            text: text(&ctx.l10n, n, &people),
            link: ctx.link(&n.link),
            at: ctx
                .l10n
                .date_time(&n.created_at.with_timezone(&site.timezone)),
            unread: n.read_at.is_none(),
        })
        .collect();
    service::mark_read(&app.db, site.id, user_id, app.clock.now()).await?;
    let choices = ctx.link(CHOICES_PATH);
    render(&NotificationsPage {
        ctx,
        lines,
        choices,
    })
}

/// One kind on the choices page: its field, name, the choices offered
/// and the one made.
struct ChoiceRow {
    field: &'static str,
    label: String,
    required: bool,
    chosen: &'static str,
    options: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "notifications/templates/choices.html")]
struct ChoicesPage {
    ctx: PageContext,
    rows: Vec<ChoiceRow>,
    by_email: bool,
    saved: bool,
    errors: Vec<FieldError>,
}

fn choices_page(
    ctx: PageContext,
    chosen: &[(Kind, Cadence)],
    by_email: bool,
    saved: bool,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let l = &ctx.l10n;
    let rows = chosen
        .iter()
        .map(|(kind, cadence)| ChoiceRow {
            field: kind.token(),
            label: l.t(&kind.label()),
            required: kind.required(),
            chosen: cadence.token(),
            options: Cadence::ALL
                .into_iter()
                .filter(|c| !(kind.required() && *c == Cadence::Never))
                .map(|c| (c.token(), l.t(&c.label())))
                .collect(),
        })
        .collect();
    render(&ChoicesPage {
        ctx,
        rows,
        by_email,
        saved,
        errors,
    })
}

fn signed_in(ctx: &PageContext) -> Result<&user::Model, AppError> {
    require(ctx, Action::ViewOwnAccount)?
        .user
        .as_ref()
        .ok_or(AppError::Forbidden)
}

#[derive(serde::Deserialize, Default)]
pub struct Saved {
    #[serde(default)]
    saved: Option<String>,
}

/// `GET /account/email`: the signed-in person's choice per kind of email.
pub async fn choices_form(
    State(app): State<AppState>,
    ctx: PageContext,
    axum::extract::Query(query): axum::extract::Query<Saved>,
) -> Result<Response, AppError> {
    let person = signed_in(&ctx)?;
    let site = ctx.site()?;
    let chosen = choices::of_person(&app.db, site.id, person.id).await?;
    let by_email = person.notify_by_email;
    choices_page(ctx, &chosen, by_email, query.saved.is_some(), Vec::new())
}

/// `POST /account/email`: saves the choices; a kind the form does not
/// name keeps its choice, an unknown choice is a bad request, and a
/// refused one shows the page again with everything as it was sent.
pub async fn save_choices(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let person = signed_in(&ctx)?.clone();
    let site = ctx.site()?;
    let mut chosen = Vec::new();
    for kind in Kind::ALL {
        if let Some(value) = form.get(kind.token()) {
            chosen.push((kind, Cadence::parse(value).ok_or(AppError::BadRequest)?));
        }
    }
    match choices::save(&app.db, site.id, person.id, &chosen, app.clock.now()).await {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("{CHOICES_PATH}?saved=1"))).into_response()),
        Err(AppError::Invalid(issues)) => {
            let mut shown = choices::of_person(&app.db, site.id, person.id).await?;
            for (kind, cadence) in &mut shown {
                if let Some((_, sent)) = chosen.iter().find(|(k, _)| k == kind) {
                    *cadence = *sent;
                }
            }
            let errors = field_errors(&ctx.l10n, &issues);
            let mut page = choices_page(ctx, &shown, person.notify_by_email, false, errors)?;
            *page.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(page)
        }
        Err(error) => Err(error),
    }
}

#[derive(Template)]
#[template(path = "notifications/templates/unsubscribe.html")]
struct UnsubscribePage {
    ctx: PageContext,
    /// The kinds the link stands for, named, with the choice now.
    kinds: Vec<(String, String)>,
    /// After the POST: whether anything was stopped.
    done: bool,
    /// Kinds the person's role requires, named.
    required: Vec<String>,
    action: String,
    choices: String,
}

/// The person and kinds an unsubscribe link stands for in this city.
async fn unsubscribing(
    app: &AppState,
    ctx: &PageContext,
    (person, kinds, signature): &(i32, String, String),
) -> Result<(user::Model, Vec<Kind>), AppError> {
    let site = ctx.site()?;
    let person = PersonId(*person);
    let kinds = unsubscribe::verify(&app.secrets, site.id, person, kinds, signature)
        .ok_or(AppError::NotFound)?;
    let person = site
        .id
        .find_by_id::<user::Entity>(person)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((person, kinds))
}

async fn unsubscribe_page(
    app: &AppState,
    ctx: PageContext,
    person: &user::Model,
    kinds: &[Kind],
    done: bool,
) -> Result<Response, AppError> {
    let site = ctx.site()?;
    let chosen = choices::of_person(&app.db, site.id, person.id).await?;
    let l = &ctx.l10n;
    let shown = kinds
        .iter()
        .map(|kind| {
            let cadence = chosen
                .iter()
                .find(|(k, _)| k == kind)
                .map_or(kind.default_cadence(), |(_, c)| *c);
            (l.t(&kind.label()), l.t(&cadence.label()))
        })
        .collect();
    let required = kinds
        .iter()
        .filter(|k| k.required())
        .map(|k| l.t(&k.label()))
        .collect();
    // The form posts back to the link itself.
    let action = ctx.path.clone();
    let choices = ctx.link(CHOICES_PATH);
    render(&UnsubscribePage {
        ctx,
        kinds: shown,
        done,
        required,
        action,
        choices,
    })
}

/// `GET /unsubscribe/{person}/{kinds}/{signature}`: what the link would
/// stop, and one button. Changes nothing: mail scanners open links.
pub async fn unsubscribe_form(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(link): Path<(i32, String, String)>,
) -> Result<Response, AppError> {
    let (person, kinds) = unsubscribing(&app, &ctx, &link).await?;
    unsubscribe_page(&app, ctx, &person, &kinds, false).await
}

/// `POST /unsubscribe/{person}/{kinds}/{signature}`: the one click (RFC
/// 8058: mail programs post `List-Unsubscribe=One-Click`, with no session
/// and no form token; the signed link is the authority). Never for each
/// kind the person's role does not require.
pub async fn unsubscribe_now(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(link): Path<(i32, String, String)>,
) -> Result<Response, AppError> {
    let (person, kinds) = unsubscribing(&app, &ctx, &link).await?;
    choices::unsubscribe(&app.db, ctx.site()?.id, person.id, &kinds, app.clock.now()).await?;
    unsubscribe_page(&app, ctx, &person, &kinds, true).await
}
