//! Facilitators of a co-creation call: outside action researchers invited
//! by email like outside jurors (an invitation for the facilitator role and
//! the call), or city people given the role. The role is held per call
//! (`role_memberships.call_id`); a facilitator supports every team of the
//! calls they facilitate and nothing else.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, TransactionTrait, entity::prelude::Expr,
};
use serde_json::json;

use crate::ids::{CallId, PersonId};
use crate::{
    audit,
    auth::invitations,
    calls::{Kind, entity as calls},
    clock::Clock,
    error::{AppError, FieldIssue},
    people::{Role, role, user},
    tenancy::TenantId,
};

/// The people who facilitate the call, by name.
pub async fn of_call(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<user::Model>, DbErr> {
    // One statement: the role holders as a sub-select.
    let holders = scope
        .find::<role::Entity>()
        .select_only()
        .column(role::Column::UserId)
        .filter(role::Column::Role.eq(Role::Facilitator))
        .filter(role::Column::CallId.eq(call))
        .into_query();
    scope
        .find::<user::Entity>()
        .filter(user::Column::Id.in_subquery(holders))
        .order_by_asc(user::Column::DisplayName)
        .all(db)
        .await
}

/// Whether `person` facilitates `call`.
pub async fn facilitates(
    db: &impl ConnectionTrait,
    scope: TenantId,
    person: PersonId,
    call: CallId,
) -> Result<bool, DbErr> {
    Ok(scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::Facilitator))
        .filter(role::Column::CallId.eq(call))
        .filter(role::Column::UserId.eq(person))
        .one(db)
        .await?
        .is_some())
}

/// The invitations to facilitate the call nobody accepted nor revoked yet.
pub async fn pending(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: CallId,
) -> Result<Vec<invitations::Model>, DbErr> {
    let now = Utc::now();
    Ok(scope
        .find::<invitations::Entity>()
        .filter(invitations::Column::Role.eq(Role::Facilitator))
        .filter(invitations::Column::CallId.eq(call))
        .filter(invitations::Column::AcceptedAt.is_null())
        .filter(invitations::Column::RevokedAt.is_null())
        .order_by_asc(invitations::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .filter(|i| i.expires_at > now)
        .collect())
}

/// What adding a facilitator did.
#[derive(Debug, PartialEq, Eq)]
pub enum Added {
    /// A person of the city took the role for the call at once.
    Person(PersonId),
    /// Nobody of the city has the address: an invitation for the role and
    /// the call was issued; the token of its link.
    Invited(String),
}

/// The admin adds a facilitator to a co-creation call: an active person of
/// the city with that email takes the role for the call; an unknown email
/// gets an invitation (named `name`), as outside jurors do. Admins are
/// refused (they see every team anyway).
pub async fn add(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    email: &str,
    name: &str,
    actor: PersonId,
) -> Result<Added, AppError> {
    if call.kind != Kind::Cocreation {
        return Err(AppError::NotFound);
    }
    if call.phase.has_results() {
        return Err(AppError::Locked);
    }
    let email = email.trim().to_lowercase();
    let name = name.trim();
    if !invitations::valid_email(&email) {
        return Err(AppError::Invalid(vec![FieldIssue::new(
            "email",
            "facilitator-error-email",
        )]));
    }
    let known = scope
        .find::<user::Entity>()
        .all(db)
        .await?
        .into_iter()
        .find(|u| u.email.to_lowercase() == email);
    let now = clock.now();
    let txn = db.begin().await?;
    let added = match known {
        Some(person) => {
            if !person.active {
                return Err(AppError::Refused("facilitator-error-inactive"));
            }
            let admin = scope
                .find::<role::Entity>()
                .filter(role::Column::UserId.eq(person.id))
                .filter(role::Column::Role.eq(Role::TenantAdmin))
                .one(&txn)
                .await?;
            if admin.is_some() {
                return Err(AppError::Refused("facilitator-error-admin"));
            }
            if facilitates(&txn, scope, person.id, call.id).await? {
                return Err(AppError::Refused("facilitator-error-already"));
            }
            scope
                .insert(
                    role::ActiveModel {
                        user_id: Set(person.id),
                        role: Set(Role::Facilitator),
                        call_id: Set(Some(call.id)),
                        created_at: Set(now),
                        ..Default::default()
                    },
                    &txn,
                )
                .await?;
            Added::Person(person.id)
        }
        None => {
            if name.is_empty() || name.chars().count() > 200 {
                return Err(AppError::Invalid(vec![FieldIssue::new(
                    "name",
                    "facilitator-error-name",
                )]));
            }
            let token = invitations::issue(
                &txn,
                scope,
                Some(actor),
                &email,
                name,
                Role::Facilitator,
                now,
            )
            .await?;
            // The invitation is for this call: accepting it gives the role
            // held for the call.
            scope
                .update_many::<invitations::Entity>()
                .col_expr(invitations::Column::CallId, Expr::value(call.id))
                .filter(invitations::Column::TokenHash.eq(invitations::token_hash(&token)))
                .exec(&txn)
                .await?;
            Added::Invited(token)
        }
    };
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "facilitator.add",
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!(null),
            after: match &added {
                Added::Person(id) => json!({ "facilitator": id }),
                Added::Invited(_) => json!({ "invited": true }),
            },
        },
    )
    .await?;
    txn.commit().await?;
    Ok(added)
}

/// The admin takes the facilitator role for the call from `person`; their
/// notes and workshops stay with the teams.
pub async fn remove(
    db: &DatabaseConnection,
    clock: &Clock,
    scope: TenantId,
    call: &calls::Model,
    person: PersonId,
    actor: PersonId,
) -> Result<(), AppError> {
    let now = clock.now();
    let txn = db.begin().await?;
    let removed = scope
        .delete_many::<role::Entity>()
        .filter(role::Column::Role.eq(Role::Facilitator))
        .filter(role::Column::CallId.eq(call.id))
        .filter(role::Column::UserId.eq(person))
        .exec(&txn)
        .await?;
    if removed.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        scope,
        now,
        audit::Event {
            actor: Some(actor),
            action: "facilitator.remove",
            subject_type: "call",
            subject_id: call.id.get(),
            before: json!({ "facilitator": person }),
            after: json!(null),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
