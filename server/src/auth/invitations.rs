//! Outside experts: a tenant admin invites a person by email to be a juror
//! or mentor; the single-use, expiring link lets them choose a password.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, QueryFilter, QueryOrder, TransactionTrait,
    entity::prelude::*,
    sea_query::{ExprTrait, Func},
};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{
    Action, Principal, Realm, csrf::CsrfForm, local, pages::begin_session, password, require,
    session::random_token, viewer_cache,
};
use crate::auth::Viewing;
use crate::auth::viewer_cache::ViewerCache;
use crate::ids::{CallId, PersonId};
use crate::{
    audit,
    error::AppError,
    people::{Role, role, user},
    state::AppState,
    tenancy::TenantId,
    web::{FieldError, PageContext, render},
};
use std::sync::Arc;

/// How long an invitation link works.
pub const VALID_FOR_DAYS: i64 = 14;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub call_id: Option<CallId>,
    /// SHA-256 of the link's token: the token itself is never stored.
    #[sea_orm(unique)]
    pub token_hash: String,
    pub expires_at: DateTimeUtc,
    pub accepted_at: Option<DateTimeUtc>,
    pub user_id: Option<PersonId>,
    pub created_at: DateTimeUtc,
    /// Set when an admin revoked the invitation before it was accepted.
    pub revoked_at: Option<DateTimeUtc>,
}

impl Model {
    /// Why the invitation cannot be revoked, if it cannot: only a pending
    /// one can (an expired link already works no more).
    fn revoke_refusal(&self, now: chrono::DateTime<Utc>) -> Option<AppError> {
        if self.accepted_at.is_some() {
            Some(AppError::Refused("invitation-revoke-accepted"))
        } else if self.revoked_at.is_some() {
            Some(AppError::Refused("invitation-revoke-revoked"))
        } else if self.expires_at <= now {
            Some(AppError::Refused("invitation-revoke-expired"))
        } else {
            None
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);

pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A plausible email address: one `@`, something either side, a dot in the
/// domain, no spaces; at most 254 characters.
pub fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && email.chars().all(|c| !c.is_whitespace() && !c.is_control())
}

/// Stores an invitation, audited as sent by `actor` (`None`: the
/// platform's operator), and returns the token of its link.
pub async fn issue(
    db: &impl sea_orm::ConnectionTrait,
    scope: TenantId,
    actor: Option<PersonId>,
    email: &str,
    name: &str,
    role: Role,
    now: chrono::DateTime<Utc>,
) -> Result<String, DbErr> {
    let token = random_token();
    let invitation = scope
        .insert(
            ActiveModel {
                email: Set(email.to_owned()),
                display_name: Set(name.to_owned()),
                role: Set(role),
                call_id: Set(None),
                token_hash: Set(token_hash(&token)),
                expires_at: Set(now + Duration::days(VALID_FOR_DAYS)),
                accepted_at: Set(None),
                user_id: Set(None),
                created_at: Set(now),
                revoked_at: Set(None),
                ..Default::default()
            },
            db,
        )
        .await?;
    audit::record(
        db,
        scope,
        now,
        audit::Event {
            actor,
            action: "invitation.send",
            subject_type: "invitation",
            subject_id: invitation.id,
            before: json!({}),
            // Not the address: the log cannot forget it when the person is
            // erased; the invitation it names holds it.
            after: json!({ "role": role.to_value(), "expires_at": invitation.expires_at }),
        },
    )
    .await?;
    Ok(token)
}

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
    let invitations = tenant
        .id
        .find::<Entity>()
        .order_by_desc(Column::CreatedAt)
        .all(&app.db)
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
    let tenant = ctx.site()?;
    form.email = form.email.trim().to_lowercase();
    form.name = form.name.trim().to_owned();
    let mut errors = Vec::new();
    if !valid_email(&form.email) {
        errors.push(FieldError::new(&ctx, "email", "invite-error-email"));
    }
    if form.name.is_empty() || form.name.chars().count() > 200 {
        errors.push(FieldError::new(&ctx, "name", "invite-error-name"));
    }
    let role = match form.role.as_str() {
        "juror" => Some(Role::Juror),
        "mentor" => Some(Role::Mentor),
        _ => {
            errors.push(FieldError::new(&ctx, "role", "invite-error-role"));
            None
        }
    };
    let Some(role) = role.filter(|_| errors.is_empty()) else {
        return invitations_page(&app, ctx, form, errors, None).await;
    };
    let txn = app.db.begin().await?;
    let token = issue(
        &txn,
        tenant.id,
        actor,
        &form.email,
        &form.name,
        role,
        app.clock.now(),
    )
    .await?;
    txn.commit().await?;
    let link = format!("{}{}/invitations/{token}", ctx.origin, ctx.base);
    invitations_page(&app, ctx, InviteForm::default(), Vec::new(), Some(link)).await
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
    let invitation = scope
        .find_by_id::<Entity>(id)
        .one(&app.db)
        .await?
        .ok_or(AppError::NotFound)?;
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
    let txn = app.db.begin().await?;
    // Only while nobody accepted it: of a revocation and an acceptance
    // racing, one wins (see `spend`).
    let revoked = scope
        .update_many::<Entity>()
        .col_expr(Column::RevokedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::AcceptedAt.is_null())
        .filter(Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if revoked.rows_affected != 1 {
        txn.rollback().await?;
        let current = scope
            .find_by_id::<Entity>(id)
            .one(&app.db)
            .await?
            .ok_or(AppError::NotFound)?;
        return Err(current
            .revoke_refusal(now)
            .unwrap_or(AppError::Refused("invitation-revoke-accepted")));
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor,
            action: "invitation.revoke",
            subject_type: "invitation",
            subject_id: id,
            before: json!({ "revoked_at": null }),
            // Not the address, as for `invitation.send`.
            after: json!({ "revoked_at": now, "role": invitation.role.to_value() }),
        },
    )
    .await?;
    txn.commit().await?;
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

/// Who may accept an invitation. An email the city already knows is an
/// account whose owner must be signed in to take the role: the link alone
/// never sets its password nor signs anyone in as it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Holder {
    /// No account has the email: the link's holder chooses a password.
    NewAccount,
    /// The viewer is signed in as the account with the email.
    Owner(PersonId),
    /// An account has the email, and the viewer is not signed in as it.
    SignInFirst,
}

impl Holder {
    async fn of(app: &AppState, ctx: &PageContext, invitation: &Model) -> Result<Self, AppError> {
        let scope = ctx.site()?.id;
        let accounts: Vec<PersonId> = scope
            .find::<user::Entity>()
            .filter(
                Expr::expr(Func::lower(Expr::col(user::Column::Email)))
                    .eq(invitation.email.to_lowercase()),
            )
            .all(&app.db)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        if accounts.is_empty() {
            return Ok(Self::NewAccount);
        }
        let me = ctx.viewer().and_then(|v| v.user.as_ref()).map(|u| u.id);
        Ok(me
            .filter(|id| accounts.contains(id))
            .map_or(Self::SignInFirst, Self::Owner))
    }
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

/// The open invitation behind a link, or the error a person sees.
async fn open_invitation(
    app: &AppState,
    ctx: &PageContext,
    token: &str,
) -> Result<Model, AppError> {
    let tenant = ctx.site()?;
    tenant
        .id
        .find::<Entity>()
        .filter(Column::TokenHash.eq(token_hash(token)))
        .one(&app.db)
        .await?
        .filter(|i| i.accepted_at.is_none() && i.revoked_at.is_none() && i.expires_at > Utc::now())
        .ok_or(AppError::InvitationInvalid)
}

/// `GET /invitations/{token}`
pub async fn accept_form(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let invitation = open_invitation(&app, &ctx, &token).await?;
    let holder = Holder::of(&app, &ctx, &invitation).await?;
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
    let invitation = open_invitation(&app, &ctx, &token).await?;
    match Holder::of(&app, &ctx, &invitation).await? {
        Holder::NewAccount => new_account(app, &viewers, ctx, &token, invitation, form).await,
        Holder::Owner(person) => {
            let scope = ctx.site()?.id;
            let txn = app.db.begin().await?;
            spend(&txn, scope, &invitation, person, app.clock.now()).await?;
            let held = scope
                .find::<role::Entity>()
                .filter(role::Column::UserId.eq(person))
                .filter(role::Column::Role.eq(invitation.role))
                .filter(match invitation.call_id {
                    Some(call) => role::Column::CallId.eq(call),
                    None => role::Column::CallId.is_null(),
                })
                .one(&txn)
                .await?;
            if held.is_none() {
                give_role(&txn, scope, &invitation, person).await?;
            }
            txn.commit().await?;
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

/// Marks the invitation used by `person`, with its audit entry; of two
/// acceptances racing, or an acceptance and a revocation, only one gets
/// past here.
async fn spend(
    txn: &impl sea_orm::ConnectionTrait,
    scope: TenantId,
    invitation: &Model,
    person: PersonId,
    now: chrono::DateTime<Utc>,
) -> Result<(), AppError> {
    let spent = scope
        .update_many::<Entity>()
        .col_expr(Column::AcceptedAt, Expr::value(now))
        .col_expr(Column::UserId, Expr::value(person))
        .filter(Column::Id.eq(invitation.id))
        .filter(Column::AcceptedAt.is_null())
        .filter(Column::RevokedAt.is_null())
        .exec(txn)
        .await?;
    if spent.rows_affected != 1 {
        return Err(AppError::InvitationInvalid);
    }
    audit::record(
        txn,
        scope,
        now,
        audit::Event {
            actor: Some(person),
            action: "invitation.accept",
            subject_type: "invitation",
            subject_id: invitation.id,
            before: json!({}),
            after: json!({ "person": person, "role": invitation.role.to_value(), "call": invitation.call_id }),
        },
    )
    .await?;
    Ok(())
}

async fn give_role(
    txn: &impl sea_orm::ConnectionTrait,
    scope: TenantId,
    invitation: &Model,
    person: PersonId,
) -> Result<(), DbErr> {
    scope
        .insert(
            role::ActiveModel {
                user_id: Set(person),
                role: Set(invitation.role),
                call_id: Set(invitation.call_id),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            txn,
        )
        .await?;
    Ok(())
}

/// The invited person has no account in the city: one is made with the
/// chosen password, and they are signed in.
async fn new_account(
    app: AppState,
    viewers: &ViewerCache,
    ctx: PageContext,
    token: &str,
    invitation: Model,
    form: AcceptForm,
) -> Result<Response, AppError> {
    let scope = ctx.site()?.id;
    if let Some(problem) = password::problem(&form.password, &form.confirmation) {
        let errors = vec![FieldError::new(&ctx, "password", problem)];
        return accept_page(
            ctx,
            token,
            invitation,
            Holder::NewAccount,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let hash = password::hash_off_thread(&form.password).await?;
    let now = Utc::now();
    let txn = app.db.begin().await?;
    let person = scope
        .insert(
            user::ActiveModel {
                issuer: Set(local::LOCAL_ISSUER.into()),
                subject: Set(random_token()),
                email: Set(invitation.email.clone()),
                display_name: Set(invitation.display_name.clone()),
                division_id: Set(None),
                grade: Set(None),
                locale: Set(None),
                active: Set(true),
                created_at: Set(now),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    spend(&txn, scope, &invitation, person.id, now).await?;
    scope
        .insert(
            local::ActiveModel {
                user_id: Set(person.id),
                password_hash: Set(hash),
                updated_at: Set(now),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    give_role(&txn, scope, &invitation, person.id).await?;
    txn.commit().await?;
    let account = ctx.link("/account");
    begin_session(
        &app,
        viewers,
        &ctx,
        Realm::Tenant(scope.get()),
        Principal::User(person.id),
        None,
        Some(&account),
    )
    .await
}
