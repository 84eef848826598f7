//! A person's email choices: per kind of notification, at once, in the
//! daily or weekly digest, or never (never is refused for the kinds their
//! role requires, `Kind::required`).

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, QueryFilter,
    TransactionTrait,
};

use super::{Cadence, Kind, preference};
use crate::{
    error::{AppError, FieldIssue},
    ids::PersonId,
    tenancy::TenantId,
};

/// The person's choice for every kind, the kind's default where they made
/// none.
pub async fn of_person<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
) -> Result<Vec<(Kind, Cadence)>, DbErr> {
    let stored = scope
        .find::<preference::Entity>()
        .filter(preference::Column::UserId.eq(person))
        .all(db)
        .await?;
    Ok(Kind::ALL
        .into_iter()
        .map(|kind| {
            let chosen = stored
                .iter()
                .find(|p| p.kind == kind.token())
                .and_then(|p| Cadence::parse(&p.cadence))
                .filter(|c| !(kind.required() && *c == Cadence::Never));
            (kind, chosen.unwrap_or_else(|| kind.default_cadence()))
        })
        .collect())
}

/// Stores the person's `chosen` cadences. Never for a kind their role
/// requires is refused at that kind's field, and nothing is stored.
pub async fn save(
    db: &DatabaseConnection,
    scope: TenantId,
    person: PersonId,
    chosen: &[(Kind, Cadence)],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let refused: Vec<FieldIssue> = chosen
        .iter()
        .filter(|(kind, cadence)| kind.required() && *cadence == Cadence::Never)
        .map(|(kind, _)| FieldIssue::new(kind.token(), "mail-choice-required"))
        .collect();
    if !refused.is_empty() {
        return Err(AppError::Invalid(refused));
    }
    let txn = db.begin().await?;
    store(&txn, scope, person, chosen, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Replaces the person's stored choices for the kinds in `chosen`.
async fn store<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
    chosen: &[(Kind, Cadence)],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .delete_many::<preference::Entity>()
        .filter(preference::Column::UserId.eq(person))
        .filter(preference::Column::Kind.is_in(chosen.iter().map(|(k, _)| k.token())))
        .exec(db)
        .await?;
    scope
        .insert_many(
            chosen
                .iter()
                .map(|(kind, cadence)| preference::ActiveModel {
                    user_id: Set(person),
                    kind: Set(kind.token().to_owned()),
                    cadence: Set(cadence.token().to_owned()),
                    updated_at: Set(now),
                    ..Default::default()
                }),
            db,
        )
        .await
}

/// One click on an email's unsubscribe link: never again for each of
/// `kinds` that the person's role does not require; the required ones,
/// unchanged, are returned for the page to explain.
pub async fn unsubscribe(
    db: &DatabaseConnection,
    scope: TenantId,
    person: PersonId,
    kinds: &[Kind],
    now: DateTime<Utc>,
) -> Result<Vec<Kind>, DbErr> {
    let (kept, stopped): (Vec<Kind>, Vec<Kind>) = kinds.iter().partition(|k| k.required());
    let never: Vec<(Kind, Cadence)> = stopped.into_iter().map(|k| (k, Cadence::Never)).collect();
    let txn = db.begin().await?;
    store(&txn, scope, person, &never, now).await?;
    txn.commit().await?;
    Ok(kept)
}

/// An erased person's choices and the emails still waiting for them go
/// with the rest of their data.
pub async fn forget<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    person: PersonId,
) -> Result<(), DbErr> {
    scope
        .delete_many::<preference::Entity>()
        .filter(preference::Column::UserId.eq(person))
        .exec(db)
        .await?;
    scope
        .delete_many::<super::outbox::Entity>()
        .filter(super::outbox::Column::UserId.eq(person))
        .exec(db)
        .await?;
    Ok(())
}
