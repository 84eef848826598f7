//! The pages of invitations: a tenant admin's list, invite and revoke, and
//! the link's page where the invited person accepts.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use serde::Deserialize;
use std::sync::Arc;

use super::{
    Action, Principal, Realm,
    csrf::CsrfForm,
    invitations::{self, Holder, Model},
    pages::begin_session,
    require,
    viewer_cache::{self, ViewerCache},
};
use crate::auth::Viewing;
use crate::{
    error::AppError,
    state::AppState,
    web::{FieldError, PageContext, field_errors, render},
};

struct InvitationLine {
    id: i32,
    /// Neither accepted, revoked nor expired: it may be revoked.
    pending: bool,
    email: String,
    name: String,
    role: String,
    state: String,
}

#[derive(Template)]
#[template(path = "auth/templates/invitations.html")]
struct InvitationsPage {
    ctx: PageContext,
    invitations: Vec<InvitationLine>,
    form: InviteForm,
    errors: Vec<FieldError>,
    /// The link of the invitation just created, shown once.
    created_link: Option<String>,
}

#[derive(Clone, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
}

async fn invitations_page(
    app: &AppState,
    ctx: PageContext,
    form: InviteForm,
    errors: Vec<FieldError>,
    created_link: Option<String>,
) -> Result<Response, AppError> {
    let tenant = ctx.site()?;
    let now = Utc::now();
    let l = &ctx.l10n;
    let invitations = invitations::list(&app.db, tenant.id)
        .await?
        .into_iter()
        .map(|i| InvitationLine {
            id: i.id,
            pending: i.revoke_refusal(now).is_none(),
            state: if i.accepted_at.is_some() {
                l.t("invitation-accepted")
            } else if i.revoked_at.is_some() {
                l.t("invitation-revoked")
            } else if i.expires_at <= now {
                l.t("invitation-expired")
            } else {
                l.args(
                    "invitation-pending",
                    &[(
                        "date",
                        l.date(&i.expires_at.with_timezone(&tenant.timezone)).into(),
                    )],
                )
            },
            role: l.t(i.role.message_id()),
            email: i.email,
            name: i.display_name,
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(&InvitationsPage {
        ctx,
        invitations,
        form,
        errors,
        created_link,
    })?;
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /admin/invitations`
pub async fn list(State(app): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    require(&ctx, Action::InviteExperts)?;
    invitations_page(&app, ctx, InviteForm::default(), Vec::new(), None).await
}

/// `POST /admin/invitations`: invites one person as juror or mentor.
pub async fn create(
    State(app): State<AppState>,
    ctx: PageContext,
    CsrfForm(mut form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let actor = require(&ctx, Action::InviteExperts)?
        .user
        .as_ref()
        .map(|u| u.id);
    let scope = ctx.site()?.id;
    form.email = form.email.trim().to_lowercase();
    form.name = form.name.trim().to_owned();
    let invited = invitations::invite(
        &app.db,
        scope,
        actor,
        &form.email,
        &form.name,
        &form.role,
        app.clock.now(),
    )
    .await;
    match invited {
        Ok(token) => {
            let link = format!("{}{}/invitations/{token}", ctx.origin, ctx.base);
            invitations_page(&app, ctx, InviteForm::default(), Vec::new(), Some(link)).await
        }
        Err(AppError::Invalid(issues)) => {
            let errors = field_errors(&ctx.l10n, &issues);
            invitations_page(&app, ctx, form, errors, None).await
        }
        Err(error) => Err(error),
    }
}

/// Asks before revoking: the link's holder is not told, and it cannot be
/// undone.
#[derive(Template)]
#[template(path = "auth/templates/invitation_revoke.html")]
struct RevokePage {
    ctx: PageContext,
    id: i32,
    email: String,
    name: String,
}

#[derive(Deserialize)]
pub struct RevokeForm {
    /// `yes` once the admin confirmed on the page that asks.
    #[serde(default)]
    confirm: String,
}

/// `POST /admin/invitations/{id}/revoke`: asks first; confirmed, the
/// invitation's link works no more, at once.
pub async fn revoke(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<RevokeForm>,
) -> Result<Response, AppError> {
    let actor = require(&ctx, Action::InviteExperts)?
        .user
        .as_ref()
        .map(|u| u.id);
    let scope = ctx.site()?.id;
    let now = app.clock.now();
    let invitation = invitations::find(&app.db, scope, id).await?;
    if let Some(refusal) = invitation.revoke_refusal(now) {
        return Err(refusal);
    }
    if form.confirm != "yes" {
        return render(&RevokePage {
            ctx,
            id,
            email: invitation.email,
            name: invitation.display_name,
        });
    }
    invitations::revoke(&app.db, scope, actor, &invitation, now).await?;
    Ok(Redirect::to(&ctx.link("/admin/invitations")).into_response())
}

#[derive(Template)]
#[template(path = "auth/templates/accept.html")]
struct AcceptPage {
    ctx: PageContext,
    name: String,
    email: String,
    action: String,
    errors: Vec<FieldError>,
}

/// An invitation to an account the city knows: its owner, signed in,
/// accepts the role; anyone else is asked to sign in as it first.
#[derive(Template)]
#[template(path = "auth/templates/accept_role.html")]
struct AcceptRolePage {
    ctx: PageContext,
    email: String,
    action: String,
    /// The role offered, in the page's language.
    role: String,
    owner: bool,
}

fn accept_page(
    ctx: PageContext,
    token: &str,
    invitation: Model,
    holder: Holder,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let action = ctx.link(&format!("/invitations/{token}"));
    let mut response = if holder == Holder::NewAccount {
        render(&AcceptPage {
            action,
            name: invitation.display_name,
            email: invitation.email,
            errors,
            ctx,
        })?
    } else {
        render(&AcceptRolePage {
            action,
            role: ctx.l10n.t(invitation.role.message_id()),
            email: invitation.email,
            owner: matches!(holder, Holder::Owner(_)),
            ctx,
        })?
    };
    *response.status_mut() = status;
    Ok(response)
}

/// The open invitation behind a link, and who the viewer is to it.
async fn open_invitation(
    app: &AppState,
    ctx: &PageContext,
    token: &str,
) -> Result<(Model, Holder), AppError> {
    let scope = ctx.site()?.id;
    let invitation = invitations::open(&app.db, scope, token).await?;
    let me = ctx.viewer().and_then(|v| v.user.as_ref()).map(|u| u.id);
    let holder = Holder::of(&app.db, scope, &invitation, me).await?;
    Ok((invitation, holder))
}

/// `GET /invitations/{token}`
pub async fn accept_form(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (invitation, holder) = open_invitation(&app, &ctx, &token).await?;
    accept_page(ctx, &token, invitation, holder, Vec::new(), StatusCode::OK)
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirmation: String,
}

/// `POST /invitations/{token}`: for a new account, the password is set,
/// the role given, the link spent, and the person signed in; for an
/// account the city knows, its signed-in owner takes the role, and nothing
/// else about the account changes.
pub async fn accept(
    State(app): State<AppState>,
    State(viewers): State<Arc<ViewerCache>>,
    ctx: PageContext,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> Result<Response, AppError> {
    let (invitation, holder) = open_invitation(&app, &ctx, &token).await?;
    let scope = ctx.site()?.id;
    match holder {
        Holder::NewAccount => {
            let created = invitations::new_account(
                &app.db,
                scope,
                &invitation,
                &form.password,
                &form.confirmation,
            )
            .await;
            let person = match created {
                Ok(person) => person,
                Err(AppError::Invalid(issues)) => {
                    let errors = field_errors(&ctx.l10n, &issues);
                    return accept_page(
                        ctx,
                        &token,
                        invitation,
                        Holder::NewAccount,
                        errors,
                        StatusCode::UNPROCESSABLE_ENTITY,
                    );
                }
                Err(error) => return Err(error),
            };
            let account = ctx.link("/account");
            begin_session(
                &app,
                &viewers,
                &ctx,
                Realm::Tenant(scope.get()),
                Principal::User(person),
                None,
                Some(&account),
            )
            .await
        }
        Holder::Owner(person) => {
            invitations::take_role(&app.db, scope, &invitation, person, app.clock.now()).await?;
            viewer_cache::changed(
                &viewers,
                &app.store,
                Realm::Tenant(scope.get()),
                Principal::User(person),
            )
            .await;
            Ok(Redirect::to(&ctx.link("/account")).into_response())
        }
        holder @ Holder::SignInFirst => accept_page(
            ctx,
            &token,
            invitation,
            holder,
            Vec::new(),
            StatusCode::FORBIDDEN,
        ),
    }
}
