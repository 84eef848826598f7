//! A proposal's team: the lead invites colleagues of the same city by
//! email or name; each must accept. The team never exceeds the call's size
//! (pending invitations count), and every member must be eligible.

use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, IntoActiveModel, QueryFilter, TransactionTrait,
};
use serde::Deserialize;
use serde_json::json;

use super::{
    Entity, Status, access,
    member::{self, MemberRole, MemberStatus},
    pages::{RefusedInvitation, refused_invitation},
    service::{accepting, too_late},
};
use crate::ids::{PersonId, ProposalId};
use crate::notifications::mail::{Mailer, Notice, Outbox};
use crate::{
    attachments::Attachments,
    auth::{Action, csrf::CsrfForm, require},
    error::AppError,
    notifications,
    people::user,
    state::AppState,
    web::PageContext,
};

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    colleague: String,
}

/// The proposal page again, saying why the invitation cannot be sent (or
/// accepted), with the colleague as typed.
async fn refuse(
    app: &AppState,
    files: &Attachments,
    ctx: PageContext,
    id: ProposalId,
    person: PersonId,
    colleague: &str,
    problem: String,
) -> Result<Response, AppError> {
    let refused = RefusedInvitation {
        colleague: colleague.to_owned(),
        problem,
    };
    refused_invitation(app, files, ctx, id, person, refused).await
}

/// `POST /proposals/{id}/team`: the lead invites a colleague.
pub async fn invite(
    State(app): State<AppState>,
    State(mailer): State<Option<Mailer>>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::WriteProposals)?;
    let lead = viewer.user.clone().ok_or(AppError::Forbidden)?;
    let site = ctx.site()?.clone();
    let proposal = site
        .id
        .find_by_id::<Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let team = access::team_of(&app.db, site.id, id).await?;
    if !team
        .iter()
        .any(|m| m.person(&app.secrets) == Some(lead.id) && m.role == MemberRole::Lead)
    {
        return Err(AppError::NotFound);
    }
    if !matches!(proposal.status, Status::Draft | Status::Submitted) {
        return Err(AppError::Locked);
    }
    let call = crate::calls::service::find(&app.db, site.id, proposal.call_id).await?;
    let now = app.clock.now();
    if !accepting(&call, now) {
        return Err(too_late(&call, site.timezone));
    }
    let wanted = form.colleague.trim();
    if wanted.is_empty() || wanted.chars().count() > 254 {
        let message = ctx.l10n.t("team-error-who");
        return refuse(&app, &files, ctx, id, lead.id, wanted, message).await;
    }
    let matches = site
        .id
        .find::<user::Entity>()
        .filter(user::Column::Active.eq(true))
        .filter(
            Condition::any()
                .add(user::Column::Email.eq(wanted.to_lowercase()))
                .add(user::Column::DisplayName.eq(wanted)),
        )
        .all(&app.db)
        .await?;
    let colleague = match matches.as_slice() {
        [one] => one.clone(),
        [] => {
            let message = ctx
                .l10n
                .args("team-error-unknown", &[("who", wanted.to_owned().into())]);
            return refuse(&app, &files, ctx, id, lead.id, wanted, message).await;
        }
        _ => {
            let message = ctx
                .l10n
                .args("team-error-ambiguous", &[("who", wanted.to_owned().into())]);
            return refuse(&app, &files, ctx, id, lead.id, wanted, message).await;
        }
    };
    if team
        .iter()
        .any(|m| m.person(&app.secrets) == Some(colleague.id))
    {
        let message = ctx.l10n.args(
            "team-error-already",
            &[("name", colleague.display_name.clone().into())],
        );
        return refuse(&app, &files, ctx, id, lead.id, wanted, message).await;
    }
    if access::eligibility_of(&app.db, site.id, &call, &colleague)
        .await?
        .is_err()
    {
        let message = ctx.l10n.args(
            "team-error-ineligible",
            &[("name", colleague.display_name.clone().into())],
        );
        return refuse(&app, &files, ctx, id, lead.id, wanted, message).await;
    }
    let txn = app.db.begin().await?;
    // Holds the proposal while its seats are counted and one is taken, so
    // that two invitations racing for the last seat cannot both take it.
    if !crate::db::hold::<Entity>(&txn, site.id, id).await? {
        return Err(AppError::NotFound);
    }
    let seats = access::team_of(&txn, site.id, id).await?.len() as i32;
    if seats >= call.max_team_size {
        drop(txn);
        let message = ctx
            .l10n
            .count("team-error-full", "size", i64::from(call.max_team_size));
        return refuse(&app, &files, ctx, id, lead.id, wanted, message).await;
    }
    let declined = site
        .id
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(id))
        .filter(member::of_person(&app.secrets, site.id, colleague.id))
        .one(&txn)
        .await?;
    match declined {
        Some(row) => {
            let mut row = row.into_active_model();
            row.status = Set(MemberStatus::Invited);
            site.id.update(row, &txn).await?;
        }
        None => {
            site.id
                .insert(
                    member::ActiveModel {
                        proposal_id: Set(id),
                        role: Set(MemberRole::CoAuthor),
                        status: Set(MemberStatus::Invited),
                        ..member::new_row(
                            &app.secrets,
                            site.id,
                            colleague.id,
                            call.identities_sealed(),
                        )
                    },
                    &txn,
                )
                .await?;
        }
    }
    // Stored, the lead is named by id (read when shown, so an erasure
    // reaches it); the email, sent now, carries the name.
    let args = json!({ "name": lead.display_name, "title": proposal.title });
    let link = format!("/proposals/{id}");
    notifications::notify(
        &txn,
        site.id,
        &[colleague.id],
        "notification-team-invitation",
        json!({ notifications::PERSON: lead.id, "title": proposal.title }),
        &link,
        now,
    )
    .await?;
    txn.commit().await?;
    let outbox = Outbox {
        platform: mailer.as_ref(),
        site_url: format!("{}{}", ctx.origin, ctx.base),
    };
    let notice = Notice {
        people: &[colleague.id],
        message: "notification-team-invitation",
        args: &args,
        link: &link,
    };
    notifications::mail::send(&app.db, &app.secrets, &app.locales, &site, &outbox, &notice).await;
    Ok(Redirect::to(&ctx.link(&format!("/proposals/{id}"))).into_response())
}

#[derive(Deserialize)]
pub struct Answer {
    /// `accept` or `decline`.
    answer: String,
}

/// `POST /proposals/{id}/team/answer`: the invited colleague accepts or
/// declines.
pub async fn answer(
    State(app): State<AppState>,
    State(files): State<Attachments>,
    ctx: PageContext,
    Path(id): Path<ProposalId>,
    CsrfForm(form): CsrfForm<Answer>,
) -> Result<Response, AppError> {
    let viewer = require(&ctx, Action::WriteProposals)?;
    let me = viewer.user.clone().ok_or(AppError::Forbidden)?;
    let site = ctx.site()?.clone();
    let proposal = site
        .id
        .find_by_id::<Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let membership = site
        .id
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(id))
        .filter(member::of_person(&app.secrets, site.id, me.id))
        .filter(member::Column::Status.eq(MemberStatus::Invited))
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let status = match form.answer.as_str() {
        "accept" => MemberStatus::Accepted,
        "decline" => MemberStatus::Declined,
        _ => return Err(AppError::BadRequest),
    };
    if status == MemberStatus::Accepted {
        let call = crate::calls::service::find(&app.db, site.id, proposal.call_id).await?;
        if !accepting(&call, app.clock.now()) {
            return Err(too_late(&call, site.timezone));
        }
        if access::eligibility_of(&app.db, site.id, &call, &me)
            .await?
            .is_err()
        {
            let message = ctx.l10n.args(
                "team-error-ineligible",
                &[("name", me.display_name.clone().into())],
            );
            return refuse(&app, &files, ctx, id, me.id, "", message).await;
        }
    }
    let mut row = membership.into_active_model();
    row.status = Set(status);
    site.id.update(row, &app.db).await?;
    let target = if status == MemberStatus::Accepted {
        format!("/proposals/{id}")
    } else {
        "/proposals".to_owned()
    };
    Ok(Redirect::to(&ctx.link(&target)).into_response())
}
