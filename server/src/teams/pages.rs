//! The team finder of a co-creation call (`/calls/{id}/teams`): per
//! selected challenge its team, what the team lacks and who offered
//! themselves; starting a team, offering oneself and withdrawing, and the
//! lead inviting an offerer. A team's page (`/proposals/{id}/stakeholders`)
//! lists its members and its external stakeholders, which the lead adds
//! and removes.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, QueryFilter};
use serde::Deserialize;

use super::{
    service::{self, StakeholderForm, Team},
    stakeholder,
};
use crate::ids::{CallId, ChallengeId, PersonId, ProposalId};
use crate::{
    auth::csrf::CsrfForm,
    auth::{Action, require},
    calls::text as call_text,
    error::AppError,
    people::user,
    proposals::service::Writing,
    state::AppState,
    web::{
        FieldError, PageContext,
        confirm::{self, Ask, Confirm},
        field_errors, render,
    },
};

/// The signed-in city person allowed to join teams (employees and the
/// city's admins), for the pages and the API alike.
pub fn writer(ctx: &PageContext) -> Result<&user::Model, AppError> {
    require(ctx, Action::WriteProposals)?
        .user
        .as_ref()
        .ok_or(AppError::Forbidden)
}

/// What a team's card says of it, in the visitor's language.
struct TeamCard {
    team: Team,
    /// "3 members, 2 divisions": where it stands.
    standing: String,
    /// What the call still needs of it, one sentence each.
    needs: Vec<String>,
    mine: bool,
    leads: bool,
    offered: bool,
    /// The viewer may open its workspace: an accepted member, a
    /// facilitator of the call or an admin.
    opens: bool,
    /// The offer to it just refused: what was typed, and why.
    failed: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "teams/templates/finder.html")]
struct FinderPage {
    ctx: PageContext,
    call_id: CallId,
    call_title: String,
    forming: bool,
    /// The viewer may join teams (not a facilitator, who only looks).
    joins: bool,
    rule: String,
    cards: Vec<TeamCard>,
    /// The offer refused, with its challenge and what was typed.
    refused: Option<(ChallengeId, String, FieldError)>,
}

/// The finder of `id` for the signed-in writer, perhaps with a refused
/// offer.
async fn finder_page(
    app: &AppState,
    ctx: PageContext,
    id: CallId,
    refused: Option<(ChallengeId, String, FieldError)>,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let viewer = require(&ctx, Action::ViewOwnAccount)?;
    let me = viewer
        .user
        .as_ref()
        .map(|u| u.id)
        .ok_or(AppError::Forbidden)?;
    let joins = viewer.can(Action::WriteProposals);
    // Facilitators of the call look at its teams, to reach their
    // workspaces; they join none.
    let oversees = viewer.can(Action::ManageCalls)
        || (viewer.can(Action::FacilitateTeams)
            && super::facilitators::facilitates(&app.db, scope, me, id).await?);
    if !joins && !oversees {
        return Err(AppError::Forbidden);
    }
    let finder = service::finder(&app.db, &app.secrets, scope, id, app.clock.now()).await?;
    let texts = scope
        .find::<call_text::Entity>()
        .filter(call_text::Column::CallId.eq(id))
        .all(&app.db)
        .await?;
    let l = &ctx.l10n;
    let call = &finder.call;
    let rule = l.args(
        "teams-rule",
        &[
            ("min", i64::from(call.min_team_size).into()),
            ("max", i64::from(call.max_team_size).into()),
            ("divisions", i64::from(call.min_team_divisions).into()),
        ],
    );
    let cards = finder
        .teams
        .into_iter()
        .map(|team| {
            let standing = l.args(
                "teams-standing",
                &[
                    ("members", (team.accepted as i64).into()),
                    ("divisions", (team.divisions.len() as i64).into()),
                ],
            );
            let mut needs = Vec::new();
            if team.members_needed > 0 {
                needs.push(l.count("teams-needs-members", "count", team.members_needed as i64));
            }
            if team.divisions_needed > 0 {
                needs.push(l.count(
                    "teams-needs-divisions",
                    "count",
                    team.divisions_needed as i64,
                ));
            }
            let failed = refused
                .as_ref()
                .filter(|(challenge, _, _)| *challenge == team.challenge.id)
                .map(|(_, typed, error)| (typed.clone(), error.message.clone()));
            TeamCard {
                failed,
                standing,
                needs,
                mine: team.has(me),
                opens: oversees || team.members.iter().any(|m| m.person.id == me && !m.pending),
                leads: team.led_by(me),
                offered: team.offered_by(me),
                team,
            }
        })
        .collect();
    render(&FinderPage {
        call_id: id,
        call_title: call_text::title_in(&texts, ctx.l10n.lang()),
        forming: finder.forming,
        joins,
        rule,
        cards,
        refused,
        ctx,
    })
}

/// `GET /calls/{id}/teams`: the team finder.
pub async fn finder(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<CallId>,
) -> Result<Response, AppError> {
    finder_page(&app, ctx, id, None).await
}

/// The finder of the call a challenge belongs to.
async fn call_of(app: &AppState, ctx: &PageContext, id: ChallengeId) -> Result<CallId, AppError> {
    Ok(ctx
        .site()?
        .id
        .find_by_id::<crate::challenges::Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?
        .call_id)
}

/// `POST /challenges/{id}/team`: the person starts the challenge's team
/// and leads it; on to the team's proposal.
pub async fn start(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ChallengeId>,
    CsrfForm(_): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let proposal =
        service::start(Writing::at(&app), ctx.site()?, person, ctx.l10n.lang(), id).await?;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{proposal}"))).into_response())
}

#[derive(Deserialize)]
pub struct OfferForm {
    #[serde(default)]
    message: String,
}

/// `POST /challenges/{id}/offer`: the person offers themselves to the
/// challenge's team.
pub async fn offer(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ChallengeId>,
    CsrfForm(form): CsrfForm<OfferForm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let call = call_of(&app, &ctx, id).await?;
    match service::offer(Writing::at(&app), ctx.site()?, person, id, &form.message).await {
        Ok(_) => Ok(Redirect::to(&ctx.link(&format!("/calls/{call}/teams"))).into_response()),
        Err(AppError::Invalid(issues)) => {
            let Some(first) = issues.first() else {
                return Err(AppError::BadRequest);
            };
            let error = FieldError::of(&ctx.l10n, first);
            let response = finder_page(&app, ctx, call, Some((id, form.message, error))).await?;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, response).into_response())
        }
        Err(error) => Err(error),
    }
}

/// `POST /challenges/{id}/offer/withdraw`: the person withdraws their
/// offer.
pub async fn withdraw_offer(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ChallengeId>,
    CsrfForm(_): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let person = writer(&ctx)?;
    let call = call_of(&app, &ctx, id).await?;
    service::withdraw_offer(&app.db, ctx.site()?.id, person.id, id).await?;
    Ok(Redirect::to(&ctx.link(&format!("/calls/{call}/teams"))).into_response())
}

/// `POST /offers/{id}/invite`: the team's lead invites the person who
/// offered themselves; they accept from their proposals as any invitee.
pub async fn invite(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let lead = writer(&ctx)?;
    let challenge = service::invite_offerer(Writing::at(&app), ctx.site()?, lead, id).await?;
    let call = call_of(&app, &ctx, challenge).await?;
    Ok(Redirect::to(&ctx.link(&format!("/calls/{call}/teams"))).into_response())
}

struct MemberLine {
    name: String,
    division: String,
    lead: bool,
    pending: bool,
}

#[derive(Template)]
#[template(path = "teams/templates/team.html")]
struct TeamPage {
    ctx: PageContext,
    id: ProposalId,
    title: String,
    leads: bool,
    members: Vec<MemberLine>,
    stakeholders: Vec<stakeholder::Model>,
    form: StakeholderForm,
    errors: Vec<FieldError>,
}

async fn team_page(
    app: &AppState,
    ctx: PageContext,
    id: ProposalId,
    me: PersonId,
    form: StakeholderForm,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    let (proposal, leads) = service::own_team(&app.db, &app.secrets, scope, id, me).await?;
    let names = service::division_names(&app.db, scope).await?;
    let rows = crate::proposals::team_of(&app.db, scope, id).await?;
    let ids: Vec<PersonId> = rows.iter().filter_map(|m| m.person(&app.secrets)).collect();
    let people: std::collections::HashMap<PersonId, crate::people::user::Model> = scope
        .find::<crate::people::user::Entity>()
        .filter(crate::people::user::Column::Id.is_in(ids))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let members = rows
        .iter()
        .filter_map(|m| {
            let person = people.get(&m.person(&app.secrets)?)?;
            Some(MemberLine {
                name: person.display_name.clone(),
                division: person
                    .division_id
                    .and_then(|d| names.get(&d).cloned())
                    .unwrap_or_default(),
                lead: m.role == crate::proposals::member::MemberRole::Lead,
                pending: m.status != crate::proposals::member::MemberStatus::Accepted,
            })
        })
        .collect();
    let stakeholders = service::stakeholders(&app.db, scope, id).await?;
    render(&TeamPage {
        id,
        title: proposal.title,
        leads,
        members,
        stakeholders,
        form,
        errors,
        ctx,
    })
}

/// `GET /proposals/{id}/stakeholders`: the team and its stakeholders.
pub async fn team(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
) -> Result<Response, AppError> {
    let me = writer(&ctx)?.id;
    team_page(&app, ctx, id, me, StakeholderForm::default(), Vec::new()).await
}

/// `POST /proposals/{id}/stakeholders`: the lead adds a stakeholder.
pub async fn add_stakeholder(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<StakeholderForm>,
) -> Result<Response, AppError> {
    let me = writer(&ctx)?.id;
    match service::add_stakeholder(Writing::at(&app), ctx.site()?.id, me, id, &form).await {
        Ok(_) => {
            Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}/stakeholders"))).into_response())
        }
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            let page = team_page(&app, ctx, id, me, form, errors).await?;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(error) => Err(error),
    }
}

/// `POST /proposals/{id}/stakeholders/{stakeholder}/remove`: the lead
/// removes a stakeholder, once asked.
pub async fn remove_stakeholder(
    State(app): State<AppState>,
    ctx: PageContext,
    Path((id, stakeholder)): Path<(ProposalId, i32)>,
    CsrfForm(form): CsrfForm<Confirm>,
) -> Result<Response, AppError> {
    let me = writer(&ctx)?.id;
    if !form.yes() {
        let scope = ctx.site()?.id;
        let (_, leads) = service::own_team(&app.db, &app.secrets, scope, id, me).await?;
        let named = service::stakeholders(&app.db, scope, id)
            .await?
            .into_iter()
            .find(|s| s.id == stakeholder)
            .filter(|_| leads)
            .ok_or(AppError::NotFound)?;
        let l = &ctx.l10n;
        let ask = Ask {
            title: l.t("teams-remove-stakeholder-title"),
            consequences: vec![l.args(
                "teams-remove-stakeholder-consequence",
                &[("organisation", named.organisation.into())],
            )],
            confirm_label: l.t("teams-remove-stakeholder"),
            action: ctx.link(&format!(
                "/proposals/{id}/stakeholders/{stakeholder}/remove"
            )),
            fields: Vec::new(),
            cancel: ctx.link(&format!("/proposals/{id}/stakeholders")),
            irreversible: true,
        };
        return confirm::ask(ctx, ask);
    }
    service::remove_stakeholder(Writing::at(&app), ctx.site()?.id, me, id, stakeholder).await?;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}/stakeholders"))).into_response())
}
