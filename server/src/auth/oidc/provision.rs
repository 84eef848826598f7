//! The person behind an SSO sign-in: created on first sign-in with the
//! employee role, their attributes updated from the provider's claims after.

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, IntoActiveModel, QueryFilter};

use super::protocol::{OidcError, Profile};
use crate::ids::PersonId;
use crate::{
    organisation::division,
    people::{Role, role, user},
    tenancy::TenantId,
};

/// Creates the person on first sign-in, updates their attributes after.
/// Keyed by (issuer, subject): the same email from another subject is
/// another person.
pub async fn provision(
    db: &impl ConnectionTrait,
    scope: TenantId,
    profile: Profile,
) -> Result<PersonId, OidcError> {
    let division_id = match &profile.division {
        Some(code) => scope
            .find::<division::Entity>()
            .filter(
                sea_orm::Condition::any()
                    .add(division::Column::Code.eq(code.as_str()))
                    .add(division::Column::Name.eq(code.as_str())),
            )
            .one(db)
            .await?
            .map(|d| d.id),
        None => None,
    };
    let name = profile
        .name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| profile.email.clone());
    let existing = scope
        .find::<user::Entity>()
        .filter(user::Column::Issuer.eq(&profile.issuer))
        .filter(user::Column::Subject.eq(&profile.subject))
        .one(db)
        .await?;
    match existing {
        Some(person) if !person.active => Err(OidcError::Refused("deactivated".into())),
        Some(person) => {
            let id = person.id;
            let mut row = person.into_active_model();
            row.email = Set(profile.email);
            row.display_name = Set(name);
            row.division_id = Set(division_id);
            row.grade = Set(profile.grade);
            row.attributes = Set(profile.attributes);
            scope.update(row, db).await?;
            Ok(id)
        }
        None => {
            let person = scope
                .insert(
                    user::ActiveModel {
                        issuer: Set(profile.issuer),
                        subject: Set(profile.subject),
                        email: Set(profile.email),
                        display_name: Set(name),
                        division_id: Set(division_id),
                        grade: Set(profile.grade),
                        locale: Set(None),
                        active: Set(true),
                        created_at: Set(Utc::now()),
                        attributes: Set(profile.attributes),
                        ..Default::default()
                    },
                    db,
                )
                .await?;
            scope
                .insert(
                    role::ActiveModel {
                        user_id: Set(person.id),
                        role: Set(Role::Employee),
                        call_id: Set(None),
                        created_at: Set(Utc::now()),
                        ..Default::default()
                    },
                    db,
                )
                .await?;
            Ok(person.id)
        }
    }
}
