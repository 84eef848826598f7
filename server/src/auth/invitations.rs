//! Outside experts: a tenant admin invites a person by email to be a juror
//! or mentor; the single-use, expiring link lets them choose a password, or
//! lets the owner of an account the city knows take the role. The queries,
//! rules and writes of invitations.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseConnection, QueryFilter, QueryOrder, TransactionTrait,
    entity::prelude::*,
    sea_query::{ExprTrait, Func},
};
use serde_json::json;
use sha2::{Digest, Sha256};

pub use super::invitation::{ActiveModel, Column, Entity, Model};
use super::{local, password, session::random_token};
use crate::ids::PersonId;
use crate::{
    audit,
    error::{AppError, FieldIssue},
    people::{Role, role, user},
    tenancy::TenantId,
};

/// How long an invitation link works.
pub const VALID_FOR_DAYS: i64 = 14;

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
    db: &impl ConnectionTrait,
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

/// The city's invitations, newest first.
pub async fn list(db: &impl ConnectionTrait, scope: TenantId) -> Result<Vec<Model>, DbErr> {
    scope
        .find::<Entity>()
        .order_by_desc(Column::CreatedAt)
        .all(db)
        .await
}

/// An admin invites one person (`email` and `name` as they will be stored)
/// as juror or mentor (`role`: `juror` or `mentor`); returns the token of
/// the link. Every field's problem is refused at once.
pub async fn invite(
    db: &DatabaseConnection,
    scope: TenantId,
    actor: Option<PersonId>,
    email: &str,
    name: &str,
    role: &str,
    now: chrono::DateTime<Utc>,
) -> Result<String, AppError> {
    let mut issues = Vec::new();
    if !valid_email(email) {
        issues.push(FieldIssue::new("email", "invite-error-email"));
    }
    if name.is_empty() || name.chars().count() > 200 {
        issues.push(FieldIssue::new("name", "invite-error-name"));
    }
    let role = match role {
        "juror" => Some(Role::Juror),
        "mentor" => Some(Role::Mentor),
        _ => {
            issues.push(FieldIssue::new("role", "invite-error-role"));
            None
        }
    };
    let Some(role) = role.filter(|_| issues.is_empty()) else {
        return Err(AppError::Invalid(issues));
    };
    let txn = db.begin().await?;
    let token = issue(&txn, scope, actor, email, name, role, now).await?;
    txn.commit().await?;
    Ok(token)
}

/// One invitation of the city.
pub async fn find(db: &impl ConnectionTrait, scope: TenantId, id: i32) -> Result<Model, AppError> {
    scope
        .find_by_id::<Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Revokes a pending invitation, audited: its link works no more, at once.
pub async fn revoke(
    db: &DatabaseConnection,
    scope: TenantId,
    actor: Option<PersonId>,
    invitation: &Model,
    now: chrono::DateTime<Utc>,
) -> Result<(), AppError> {
    let id = invitation.id;
    let txn = db.begin().await?;
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
        let current = find(db, scope, id).await?;
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
    Ok(())
}

/// The open invitation behind a link.
pub async fn open(
    db: &impl ConnectionTrait,
    scope: TenantId,
    token: &str,
) -> Result<Model, AppError> {
    scope
        .find::<Entity>()
        .filter(Column::TokenHash.eq(token_hash(token)))
        .one(db)
        .await?
        .filter(|i| i.accepted_at.is_none() && i.revoked_at.is_none() && i.expires_at > Utc::now())
        .ok_or(AppError::InvitationInvalid)
}

/// Who may accept an invitation. An email the city already knows is an
/// account whose owner must be signed in to take the role: the link alone
/// never sets its password nor signs anyone in as it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Holder {
    /// No account has the email: the link's holder chooses a password.
    NewAccount,
    /// The viewer is signed in as the account with the email.
    Owner(PersonId),
    /// An account has the email, and the viewer is not signed in as it.
    SignInFirst,
}

impl Holder {
    /// Who `me` (the signed-in person, if any) is to the invitation.
    pub async fn of(
        db: &impl ConnectionTrait,
        scope: TenantId,
        invitation: &Model,
        me: Option<PersonId>,
    ) -> Result<Self, AppError> {
        let accounts: Vec<PersonId> = scope
            .find::<user::Entity>()
            .filter(
                Expr::expr(Func::lower(Expr::col(user::Column::Email)))
                    .eq(invitation.email.to_lowercase()),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        if accounts.is_empty() {
            return Ok(Self::NewAccount);
        }
        Ok(me
            .filter(|id| accounts.contains(id))
            .map_or(Self::SignInFirst, Self::Owner))
    }
}

/// The signed-in owner of the invited account takes the role (unless they
/// hold it already); nothing else about the account changes. The caller
/// tells the viewer cache their roles changed.
pub async fn take_role(
    db: &DatabaseConnection,
    scope: TenantId,
    invitation: &Model,
    person: PersonId,
    now: chrono::DateTime<Utc>,
) -> Result<(), AppError> {
    let txn = db.begin().await?;
    spend(&txn, scope, invitation, person, now).await?;
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
        give_role(&txn, scope, invitation, person).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Marks the invitation used by `person`, with its audit entry; of two
/// acceptances racing, or an acceptance and a revocation, only one gets
/// past here.
async fn spend(
    txn: &impl ConnectionTrait,
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
    txn: &impl ConnectionTrait,
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
/// chosen password (refused as an `Invalid` of the `password` field), the
/// role given and the link spent. Returns the new person.
pub async fn new_account(
    db: &DatabaseConnection,
    scope: TenantId,
    invitation: &Model,
    password: &str,
    confirmation: &str,
) -> Result<PersonId, AppError> {
    password::refuse(password, confirmation)?;
    let hash = password::hash_off_thread(password).await?;
    let now = Utc::now();
    let txn = db.begin().await?;
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
    spend(&txn, scope, invitation, person.id, now).await?;
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
    give_role(&txn, scope, invitation, person.id).await?;
    txn.commit().await?;
    Ok(person.id)
}
